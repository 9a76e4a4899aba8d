/**
 * The document registry: every document of the corpus declared once (the helpers that read
 * it are in src/model/registry.ts). Everything else that
 * lists documents — the id enum and the schemas that name a document, the corpus schema
 * and its assembly (src/parse/corpus.ts), the reviewed files, the in-corpus Kamerstukken,
 * the open data, the pages, the benchmark's synthetic corpora, the tests — is derived from
 * this list. A document's parser and its furniture rules are bound to its id in the parse
 * layer (src/parse/documents.ts, src/parse/furniture/index.ts), typed by this list so that a
 * document without a parser does not compile.
 *
 * To add a document: an entry here, its source files in seeds/ (with the manifest), its
 * metadata in content/documents.json, its parser and furniture rules; nothing else.
 */
/**
 * The shape of a document in the model (src/model/schema.ts): a letter (text and notes), the
 * annex (the table of actions), or a letter with its lists of actions and recommendations.
 */
export type DocumentShape = 'letter' | 'annex' | 'letter-with-lists';

export interface DocumentSpec {
  /** The one name of the document: site id, URL slug, file name of its reviewed data and its open data. */
  readonly id: string;
  /** Where the corpus (src/model/schema.ts) holds the document's model. */
  readonly key: string;
  readonly shape: DocumentShape;
  /** Its source files in seeds/, in the order its parser reads them. */
  readonly sources: readonly string[];
  /**
   * How its references are resolved (src/parse/enrich.ts): `letter` is the letter the annex
   * belongs to («zie bijlage» is the annex, «actie 18» an action), `annex` the annex itself,
   * `other-letter` a letter the corpus holds beside them.
   */
  readonly references: 'letter' | 'annex' | 'other-letter';
  /**
   * Where the source prints its notes: `page` at the foot of a page; `end` in a list at the
   * end of the document, beside a few page notes (ids «pfn-…»).
   */
  readonly footnotes: 'page' | 'end';
  /** The Kamerstuk it is, as dossier (no spaces) and number: a reference to it stays inside the site. */
  readonly kamerstuk?: { readonly dossier: string; readonly number: string };
  /** The identifier in open data and structured data (schema.org `identifier`); the id where absent. */
  readonly identifier?: string;
  /** How its sources print a note marker in the text (tests/mutation.test.ts removes such markers). */
  readonly noteMarker: RegExp;
  /** The one short name a reader sees for the document: navigation, breadcrumbs, lists, headings. */
  readonly name: string;
  /** How a sentence names it («de brief», «Regels en ruimte» in quotes): the home page's «aangehaald door». */
  readonly inSentence: string;
}

export const DOCUMENTS = [
  {
    id: 'kst-35510-60',
    key: 'letter',
    shape: 'letter',
    sources: ['kst-35510-60.web.txt', 'kst-35510-60.pdf.txt'],
    references: 'letter',
    footnotes: 'page',
    kamerstuk: { dossier: '35510', number: '60' },
    noteMarker: /(?<=[\p{L}»)”])\d{1,2}(?![\p{L}\p{N}])/gu,
    name: 'Stand van zaken vervolgacties «Ongekend onrecht»',
    inSentence: 'de brief',
  },
  {
    id: 'bijlage',
    key: 'annex',
    shape: 'annex',
    sources: ['bijlage-35510-60.tabel.txt'],
    references: 'annex',
    footnotes: 'page',
    identifier: 'kst-35510-60-bijlage',
    noteMarker: /[¹²³⁴⁵⁶⁷⁸⁹]+/gu,
    name: 'Bijlage: de 86 vervolgacties',
    inSentence: 'de bijlage',
  },
  {
    id: 'kst-29362-290',
    key: 'werkAanUitvoering',
    shape: 'letter',
    sources: ['kst-29362-290.web.txt'],
    references: 'other-letter',
    footnotes: 'end',
    kamerstuk: { dossier: '29362', number: '290' },
    noteMarker: /(?<=[\p{L}»)”])\d{1,2}(?![\p{L}\p{N}])/gu,
    name: 'Werk aan Uitvoering',
    inSentence: '«Werk aan Uitvoering»',
  },
  {
    id: 'kst-29362-282',
    key: 'regelsEnRuimte',
    shape: 'letter-with-lists',
    sources: ['kst-29362-282.ocr.txt'],
    references: 'other-letter',
    footnotes: 'page',
    kamerstuk: { dossier: '29362', number: '282' },
    noteMarker: /(?<=[\p{L}.»)])(?:['’"”®*™%~]+\d{0,2}|['’]?\d{1,2})(?=[\s.,;:)]|$)/gu,
    name: 'Regels en ruimte',
    inSentence: '«Regels en ruimte»',
  },
] as const satisfies readonly DocumentSpec[];
