/**
 * Every address of the site, in one place. These are promises: once published an
 * address never changes (tests/urls.test.ts pins them; the README documents them).
 * All paths are root-relative and end in "/"; the offline build rewrites them to
 * relative file paths.
 */
export const DOC_IDS = ['kst-35510-60', 'bijlage', 'kst-29362-290', 'kst-29362-282'] as const;
export type DocId = (typeof DOC_IDS)[number];

export const routes = {
  home: () => '/',
  documents: () => '/documenten/',
  document: (id: DocId) => (id === 'bijlage' ? '/acties/' : `/documenten/${id}/`),
  actions: () => '/acties/',
  action: (n: number) => `/acties/${n}/`,
  themes: () => '/themas/',
  theme: (slug: string) => `/themas/${slug}/`,
  rrAction: (n: number) => `/documenten/kst-29362-282/acties/${n}/`,
  rrRecommendation: (n: number) => `/documenten/kst-29362-282/aanbevelingen/${n}/`,
  rrActions: () => '/documenten/kst-29362-282/acties/',
  rrRecommendations: () => '/documenten/kst-29362-282/aanbevelingen/',
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

/** In-corpus Kamerstukken: dossier (no spaces) + number → document id. */
export const CORPUS_KAMERSTUKKEN: Readonly<Record<string, DocId>> = {
  '35510-60': 'kst-35510-60',
  '29362-290': 'kst-29362-290',
  '29362-282': 'kst-29362-282',
};

/** The official publication of a Kamerstuk. */
export function officialUrl(dossier: string, number: string): string {
  return `https://zoek.officielebekendmakingen.nl/kst-${dossier.replace(/\s+/g, '-')}-${number}.html`;
}
