/** The schema.org subject of a generated page, from its route-data record (kind, route, docId, number, title). */
import { ANNEX_ID } from '../model/registry.ts';
import type { PageSubject } from './structured.ts';
import { corpus, metaOf, themeByNumber } from './model.ts';

export interface SubjectSource {
  kind: string;
  route: string;
  title: string;
  docId?: string;
  number?: number;
}

export function subjectForPage(data: SubjectSource): PageSubject | undefined {
  const c = corpus();
  switch (data.kind) {
    case 'document':
    case 'annex': {
      const id = (data.docId ?? ANNEX_ID) as Parameters<typeof metaOf>[0];
      return { kind: 'document', meta: metaOf(id), route: data.route, partOf: id === ANNEX_ID ? c.letter.meta : undefined };
    }
    case 'action':
      return data.number === undefined
        ? undefined
        : { kind: 'action', route: data.route, number: data.number, name: data.title, annex: c.annex.meta, letter: c.letter.meta };
    case 'theme': {
      if (data.number === undefined) return undefined;
      const theme = themeByNumber(data.number);
      return { kind: 'theme', route: data.route, number: theme.number, name: data.title, slug: theme.slug, letter: c.letter.meta };
    }
    case 'rr-action':
    case 'rr-recommendation':
      return data.number === undefined
        ? undefined
        : { kind: data.kind, route: data.route, number: data.number, name: data.title, document: c.regelsEnRuimte.meta };
    default:
      return undefined;
  }
}
