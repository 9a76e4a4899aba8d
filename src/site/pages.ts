/**
 * The MDX pages of the site, one per document, theme and action (and per action and
 * recommendation of 29 362 nr. 282). Called by scripts/ingest.ts.
 *
 * An MDX page holds only frontmatter (every value written with JSON.stringify) and
 * one component call with numeric or id props. Source text never goes into MDX:
 * the view components read it from the model at build time and Astro escapes it.
 */
import type { Corpus } from '../model/schema.ts';
import { DOC_IDS, routes, type DocId } from '../model/routes.ts';
import { t } from './strings.ts';

export type PageKind = 'document' | 'annex' | 'theme' | 'action' | 'rr-action' | 'rr-recommendation';

export interface PageData {
  kind: PageKind;
  route: string;
  title: string;
  description: string;
  docId?: DocId;
  number?: number;
}

/** The page's file name (without .mdx) under content/generated/pages/, from its route. */
export function fileFor(route: string): string {
  const path = route.replace(/^\/+|\/+$/g, '');
  return path === '' ? 'index' : path;
}

function frontmatter(data: PageData): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(data)) {
    if (value !== undefined) lines.push(`${key}: ${JSON.stringify(value)}`);
  }
  lines.push('---');
  return lines.join('\n');
}

/** A component call; props are numbers or known ids, still written through JSON.stringify. */
function call(component: string, props: Record<string, string | number>): string {
  const attrs = Object.entries(props).map(([k, v]) => ` ${k}={${JSON.stringify(v)}}`).join('');
  return `<${component}${attrs} />`;
}

/** A generated page: its file, its MDX, and the frontmatter data the MDX holds. */
export interface GeneratedPage {
  file: string;
  mdx: string;
  data: PageData;
}

function page(data: PageData, body: string): GeneratedPage {
  if (!/^[A-Z][A-Za-z]*$/.test(body.slice(1).split(/[\s/]/)[0] ?? '')) throw new Error(`pages: bad component call ${body}`);
  return { file: fileFor(data.route), mdx: `${frontmatter(data)}\n\n${body}\n`, data };
}

export function pagesFor(corpus: Corpus): GeneratedPage[] {
  const out: GeneratedPage[] = [];
  const metaOf: Record<DocId, Corpus['letter']['meta']> = {
    'kst-35510-60': corpus.letter.meta,
    bijlage: corpus.annex.meta,
    'kst-29362-290': corpus.werkAanUitvoering.meta,
    'kst-29362-282': corpus.regelsEnRuimte.meta,
  };

  for (const id of DOC_IDS) {
    const meta = metaOf[id];
    if (id === 'bijlage') {
      out.push(
        page(
          { kind: 'annex', route: routes.document(id), title: t.actionsTitle, description: t.descAnnex, docId: id },
          call('AnnexView', {}),
        ),
      );
    } else {
      out.push(
        page(
          { kind: 'document', route: routes.document(id), title: meta.shortTitle, description: t.descDocument(meta.citation), docId: id },
          call('DocumentView', { id }),
        ),
      );
    }
  }

  for (const theme of corpus.themes) {
    out.push(
      page(
        {
          kind: 'theme',
          route: routes.theme(theme.slug),
          title: t.theme(theme.number, theme.title),
          description: t.descTheme(theme.title),
          number: theme.number,
        },
        call('ThemeView', { number: theme.number }),
      ),
    );
  }

  for (const action of corpus.annex.actions) {
    out.push(
      page(
        {
          kind: 'action',
          route: routes.action(action.number),
          title: t.action(action.number),
          description: t.descAction(action.number),
          docId: 'bijlage',
          number: action.number,
        },
        call('ActionView', { number: action.number }),
      ),
    );
  }

  for (const action of corpus.regelsEnRuimte.actions) {
    out.push(
      page(
        {
          kind: 'rr-action',
          route: routes.rrAction(action.number),
          title: t.rrAction(action.number),
          description: t.descRrAction(action.number),
          docId: 'kst-29362-282',
          number: action.number,
        },
        call('RrActionView', { number: action.number }),
      ),
    );
  }

  for (const rec of corpus.regelsEnRuimte.recommendations) {
    out.push(
      page(
        {
          kind: 'rr-recommendation',
          route: routes.rrRecommendation(rec.number),
          title: t.rrRecommendation(rec.number),
          description: t.descRrRecommendation(rec.number),
          docId: 'kst-29362-282',
          number: rec.number,
        },
        call('RrRecommendationView', { number: rec.number }),
      ),
    );
  }

  const seen = new Set<string>();
  for (const p of out) {
    if (seen.has(p.file)) throw new Error(`pages: two pages would be written to ${p.file}.mdx`);
    seen.add(p.file);
  }
  return out;
}
