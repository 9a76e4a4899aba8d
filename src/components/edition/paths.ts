/**
 * The static paths of the generated pages (content/pages/**.mdx) of some kinds, under one
 * folder of the site: each kind has a route of its own (src/pages/acties/[number].astro, …),
 * so that each loads only the components and styles it uses.
 */
import { entries, type Entry } from '../../site/entries.ts';
import type { PageKind } from '../../site/route-data.ts';
import { resolveLabels } from '../../site/labels.ts';

export type PageEntry = Entry<'pages'>;

/** The generated pages, their interface words (tokens in the committed MDX, src/site/labels.ts) resolved. */
async function pages(): Promise<PageEntry[]> {
  return entries('pages').map((e) => ({ ...e, data: resolveLabels(e.data) }));
}

/** The pages of `kinds`, with the rest of their route below `/${folder}/` as the parameter `param`. */
export async function pagePaths(kinds: readonly PageKind[], folder: string, param: string) {
  const prefix = `/${folder}/`;
  const found = (await pages()).filter((e) => kinds.includes(e.data.kind));
  if (!found.length) throw new Error(`content/pages: expected pages of kind ${kinds.join(', ')}, found none`);
  return found.map((entry) => {
    const { route } = entry.data;
    if (!route.startsWith(prefix) || route === prefix) throw new Error(`content/pages: expected the ${entry.data.kind} page at ${route} under ${prefix}`);
    return { params: { [param]: route.slice(prefix.length, -1) }, props: { entry } };
  });
}

/** The one generated page of a kind (the annex). */
export async function pageOf(kind: PageKind): Promise<PageEntry> {
  const found = (await pages()).filter((e) => e.data.kind === kind);
  if (found.length !== 1) throw new Error(`content/pages: expected one page of kind ${kind}, found ${found.length}`);
  return found[0]!;
}
