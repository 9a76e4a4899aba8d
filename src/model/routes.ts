/**
 * Every address of the site, in one place. These are promises: once published an
 * address never changes (tests/urls.test.ts pins them; the README documents them).
 * All paths are root-relative and end in "/"; the offline build rewrites them to
 * relative file paths.
 */
import { ANNEX_ID, LISTS_ID, type DocId } from './registry.ts';

export { DOC_IDS, CORPUS_KAMERSTUKKEN, type DocId } from './registry.ts';

export const routes = {
  home: () => '/',
  documents: () => '/documenten/',
  document: (id: DocId) => (id === ANNEX_ID ? '/acties/' : `/documenten/${id}/`),
  actions: () => '/acties/',
  action: (n: number) => `/acties/${n}/`,
  themes: () => '/themas/',
  theme: (slug: string) => `/themas/${slug}/`,
  rrAction: (n: number) => `/documenten/${LISTS_ID}/acties/${n}/`,
  rrRecommendation: (n: number) => `/documenten/${LISTS_ID}/aanbevelingen/${n}/`,
  rrActions: () => `/documenten/${LISTS_ID}/acties/`,
  rrRecommendations: () => `/documenten/${LISTS_ID}/aanbevelingen/`,
  accessibility: () => '/toegankelijkheid/',
  abbreviations: () => '/afkortingen/',
  glossary: () => '/begrippen/',
  /** An entry of «Begrippen»: its slug is a promise like any address. */
  term: (slug: string) => `/begrippen/#${slug}`,
  about: () => '/over/',
  readingGuide: () => '/leeswijzer/',
  search: () => '/zoeken/',
  data: () => '/data/',
} as const;

/** The official publication of a Kamerstuk. */
export function officialUrl(dossier: string, number: string): string {
  return `https://zoek.officielebekendmakingen.nl/kst-${dossier.replace(/\s+/g, '-')}-${number}.html`;
}
