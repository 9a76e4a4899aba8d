/**
 * What the rest of the code reads from the document registry (src/model/documents.ts): the
 * ids, the lookups, the lists derived from it. Nothing here names a document.
 */
import { DOCUMENTS, type DocumentSpec } from './documents.ts';

export type { DocumentShape, DocumentSpec } from './documents.ts';
export { DOCUMENTS } from './documents.ts';

type Declared = (typeof DOCUMENTS)[number];
export type DocId = Declared['id'];
/** The corpus key of each document, by id. */
export type DocKey = Declared['key'];
export type KeyOf<I extends DocId> = Extract<Declared, { id: I }>['key'];
export type ShapeOfKey<K extends DocKey> = Extract<Declared, { key: K }>['shape'];

/** Every document id, in the order of the registry (the order of lists on the site). */
export const DOC_IDS = DOCUMENTS.map((d) => d.id) as unknown as readonly [DocId, ...DocId[]];

/** The declaration of a document; throws on an id the registry does not hold, naming it. */
export function documentSpec(id: string): DocumentSpec {
  const spec = (DOCUMENTS as readonly DocumentSpec[]).find((d) => d.id === id);
  if (!spec) throw new Error(`unknown document «${id}»: expected one of ${DOC_IDS.join(', ')} (src/model/documents.ts)`);
  return spec;
}

/** The documents of one role: the letter the annex belongs to, and the annex. */
export const LETTER: DocumentSpec = (DOCUMENTS as readonly DocumentSpec[]).find((d) => d.references === 'letter')!;
export const ANNEX: DocumentSpec = (DOCUMENTS as readonly DocumentSpec[]).find((d) => d.shape === 'annex')!;
export const LETTER_ID = LETTER.id as Extract<Declared, { references: 'letter' }>['id'];
export const ANNEX_ID = ANNEX.id as Extract<Declared, { shape: 'annex' }>['id'];
/** The letter with its lists of actions and recommendations (pages of their own per item). */
export const LISTS: DocumentSpec = (DOCUMENTS as readonly DocumentSpec[]).find((d) => d.shape === 'letter-with-lists')!;
export const LISTS_ID = LISTS.id as Extract<Declared, { shape: 'letter-with-lists' }>['id'];

/** The documents with a letter's text (blocks and footnotes), in registry order. */
export function letterDocuments(): DocumentSpec[] {
  return (DOCUMENTS as readonly DocumentSpec[]).filter((d) => d.shape !== 'annex');
}

/** In-corpus Kamerstukken: «dossier-number» (no spaces) → document id. */
export const CORPUS_KAMERSTUKKEN: Readonly<Record<string, DocId>> = Object.fromEntries(
  (DOCUMENTS as readonly DocumentSpec[]).flatMap((d) => (d.kamerstuk ? [[`${d.kamerstuk.dossier}-${d.kamerstuk.number}`, d.id as DocId]] : [])),
);

/** Every source file of the corpus, in registry order. */
export const SOURCE_FILES: readonly string[] = (DOCUMENTS as readonly DocumentSpec[]).flatMap((d) => d.sources);

/** The identifier of a document in open and structured data. */
export const identifierOf = (id: string): string => documentSpec(id).identifier ?? id;

/** The short name of a document. */
export const nameOf = (id: string): string => documentSpec(id).name;
