/**
 * Where the signpost «Bent u gedupeerde ouder?» stands (content/help.json, showOn): the
 * home page, the themes it names, and the actions of the annex sections it names. Pure.
 */
import type { Corpus, Help } from '../model/schema.ts';
import type { RouteFrontmatter } from './route-data.ts';

export type HelpPlace = { kind: 'home' } | Pick<RouteFrontmatter, 'kind' | 'number'>;

export function showsHelp(corpus: Pick<Corpus, 'help' | 'themes' | 'annex'>, page: HelpPlace): boolean {
  const { showOn } = corpus.help;
  switch (page.kind) {
    case 'home':
      return showOn.home;
    case 'theme': {
      const theme = corpus.themes.find((th) => th.number === page.number);
      return !!theme && showOn.themes.includes(theme.slug);
    }
    case 'action': {
      const action = corpus.annex.actions.find((a) => a.number === page.number);
      return !!action && (showOn.annexSections.includes(action.section) || (!!action.subsection && showOn.annexSections.includes(action.subsection)));
    }
    default:
      return false;
  }
}

/** The latest date on which an address of the signpost was checked. */
export function helpChecked(help: Help): string {
  return help.links
    .map((l) => l.verified)
    .sort()
    .at(-1)!;
}
