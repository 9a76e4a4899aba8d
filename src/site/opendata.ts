/**
 * The open data of the site: the 86 actions of the annex as records (JSON and CSV)
 * and the documents as the model gives them. Pure functions on the corpus; the
 * endpoints in src/pages/data/ call them at build time.
 */
import { LETTER_ID } from '../model/registry.ts';
import { documentOf } from '../model/corpus.ts';
import type { Action, Corpus, Theme } from '../model/schema.ts';
import { blocksText, inlineText } from '../model/text.ts';
import { routes, type DocId } from '../model/routes.ts';
import { seeAlsoOf } from '../model/editorial.ts';
import { titleEntry } from '../model/titles.ts';
import { toCsv, type Cell } from './csv.ts';
import type { ActionReferences, MotionReference, RouteFrontmatter } from './route-data.ts';
import type { Edition } from './edition.ts';
import { DATA_LICENCE } from './licence.ts';
import { t } from './strings.ts';

/**
 * What every data file carries: the edition it belongs to, its licence and the reuse
 * status of the source texts in it. `urlOf` gives the address of a site path (src/site/address.ts publicUrl).
 */
export interface DataMeta {
  editie: { versie: string; datum: string; wijzigingen: string };
  licentie: { id: string; naam: string; url: string; tekst: string };
  rechten: string;
}

/** The address of a site path: absolute when the site's address is set, else the path (src/site/address.ts publicUrl). */
export type UrlOf = (path: string) => string;

export function dataMeta(edition: Edition, urlOf: UrlOf): DataMeta {
  return {
    editie: { versie: edition.version, datum: edition.date, wijzigingen: urlOf(`${CHANGES_PATH}#v${edition.version}`) },
    licentie: { id: DATA_LICENCE.id, naam: DATA_LICENCE.name, url: DATA_LICENCE.url, tekst: urlOf(DATA_LICENCE.path) },
    rechten: t.dataRights,
  };
}

/** Site path of the change log («Wijzigingen»). */
export const CHANGES_PATH = '/wijzigingen/';

export interface ActionRecord {
  nummer: number;
  /** The short title (content/titles.json), the same as on the action's page. */
  titel: string;
  /** Whether the title is the edition's words rather than the annex's. */
  titelRedactioneel: boolean;
  sectie: string;
  subsectie: string | null;
  thema: { nummer: number; slug: string; titel: string } | null;
  omschrijving: string;
  standVanZaken: string;
  /** ISO date of the letter whose annex gives the status (the annex does not date each status); null where it gives none. */
  standVanZakenDatumBrief: string | null;
  moties: MotionRecord[];
  verwijstNaarActies: number[];
  /** The action's footnotes, with the number as printed. */
  voetnoten: { nummer: string; tekst: string }[];
  /** Paragraphs of 35 510 nr. 60 that discuss or mention the action (content/letter-actions.json). */
  /**
   * `alinea`: the paragraph's anchor in the letter («p19» is alinea 19, not a page); `pagina`:
   * the page of the original the paragraph starts on.
   */
  inBrief: { alinea: string; pagina: number | null; rol: 'bespreekt' | 'noemt'; url: string }[];
  /** Editorial: the «zie ook» groups of the action (content/see-also.json), without the action itself. */
  zieOok: { groep: string; onderwerp: string; acties: number[] }[];
  url: string;
}

/** A motion in the data: its dossier and number, and whether the text or the edition says which motion it is. */
export interface MotionRecord {
  dossier: string;
  nummer: string;
  indieners: string;
  deel: string | null;
  tekst: string;
  /** «Kamerstuk 35 510, nr. 26». */
  kamerstuk: string;
  url: string;
  /** «tekst»: the number stands in the text; «redactie»: the text names the motion without a number and the edition resolves it (reden). */
  vastgesteldDoor: 'tekst' | 'redactie';
  reden: string | null;
}

/** A motion of an action's route-data record as the data gives it (acties.json, acties.csv, /acties/N.json). */
export function motionRecord(m: MotionReference): MotionRecord {
  return {
    dossier: m.dossier,
    nummer: m.number,
    indieners: m.submitters,
    deel: m.part ?? null,
    tekst: m.text,
    kamerstuk: m.kamerstuk,
    url: m.href,
    vastgesteldDoor: m.resolvedBy === 'edition' ? 'redactie' : 'tekst',
    reden: m.reason ?? null,
  };
}

/** A motion as one CSV list item: «motie Segers (Kamerstuk 35 510, nr. 26, nummer vastgesteld door de redactie)». */
export function motionCell(m: MotionRecord): string {
  return `${m.tekst} (${m.kamerstuk}${m.vastgesteldDoor === 'redactie' ? `, ${t.resolvedByEdition}` : ''})`;
}

export type ThemeOf = (action: Action, themes: readonly Theme[]) => Theme | undefined;

/** The references of every action page, by action number, from the route-data records the pages are made from. */
export function referencesByAction(pages: readonly Pick<RouteFrontmatter, 'kind' | 'number' | 'action'>[]): Map<number, ActionReferences> {
  const out = new Map<number, ActionReferences>();
  for (const p of pages) if (p.kind === 'action' && p.number !== undefined && p.action) out.set(p.number, p.action.references);
  return out;
}

/**
 * The records of all actions, in annex order. `urlOf` gives the address of a route: absolute
 * when the site's address is set (src/site/address.ts publicUrl), else the path. The motions and
 * the cited actions are read from the action pages' route-data records (`pages`), so the data
 * says what the pages say.
 */
export function actionRecords(
  corpus: Corpus,
  pages: readonly Pick<RouteFrontmatter, 'kind' | 'number' | 'action'>[],
  urlOf: (route: string) => string,
  themeOf: ThemeOf,
): ActionRecord[] {
  const refs = referencesByAction(pages);
  return corpus.annex.actions.map((a) => {
    const theme = themeOf(a, corpus.themes);
    const r = refs.get(a.number);
    if (!r) throw new Error(`open data: expected the page of action ${a.number} among the route data, found none`);
    return {
      nummer: a.number,
      titel: titleEntry(corpus, 'actions', a.number).title,
      titelRedactioneel: titleEntry(corpus, 'actions', a.number).editorial,
      sectie: a.section,
      subsectie: a.subsection ?? null,
      thema: theme ? { nummer: theme.number, slug: theme.slug, titel: theme.title } : null,
      omschrijving: blocksText(a.description),
      standVanZaken: blocksText(a.status),
      standVanZakenDatumBrief: a.status.length ? (corpus.letter.meta.date ?? null) : null,
      moties: r.motions.map(motionRecord),
      verwijstNaarActies: [...r.cites],
      voetnoten: a.footnotes.map((f) => ({ nummer: f.label, tekst: inlineText(f.content, { sic: true }) })),
      inBrief: (a.inLetter?.paragraphs ?? []).map((p) => ({
        alinea: p.block,
        pagina: corpus.letter.blocks.find((b) => b.id === p.block)?.page ?? null,
        rol: p.role === 'discusses' ? ('bespreekt' as const) : ('noemt' as const),
        url: urlOf(`${routes.document(LETTER_ID)}#${p.block}`),
      })),
      zieOok: seeAlsoOf(corpus, a.number).map((g) => ({ groep: g.id, onderwerp: g.subject, acties: g.actions.filter((n) => n !== a.number) })),
      url: urlOf(routes.action(a.number)),
    };
  });
}

/** What each field of an action record means (the texts live in src/site/strings.ts). */
export const FIELD_DOCS: Record<keyof ActionRecord, string> = t.dataFields;

/** A column of the actions table: its title in the CSV, its name and type in the CSVW metadata, what it means, and its cell. */
export interface ActionColumn {
  /** The CSV header. */
  readonly title: string;
  /** The CSVW column name (letters, digits, underscore). */
  readonly name: string;
  readonly datatype: 'integer' | 'string' | 'date' | 'anyURI';
  /** The field of the JSON record it shows (the /data/ page lists them side by side). */
  readonly field: keyof ActionRecord;
  readonly doc: string;
  /** The separator of a list in one cell (CSVW `separator`). */
  readonly separator?: string;
  readonly required?: boolean;
  readonly cell: (r: ActionRecord) => Cell;
}

/**
 * The one table of the actions' CSV: acties.csv, acties-excel.csv and their CSVW metadata
 * (acties.csv-metadata.json, src/site/datafiles.ts) are all made from it, in this order.
 */
export const ACTION_COLUMNS = [
  { title: 'Nummer', name: 'nummer', datatype: 'integer', field: 'nummer', doc: FIELD_DOCS.nummer, required: true, cell: (r) => r.nummer },
  { title: 'Titel', name: 'titel', datatype: 'string', field: 'titel', doc: FIELD_DOCS.titel, required: true, cell: (r) => r.titel },
  { title: 'Sectie', name: 'sectie', datatype: 'string', field: 'sectie', doc: FIELD_DOCS.sectie, required: true, cell: (r) => r.sectie },
  { title: 'Subsectie', name: 'subsectie', datatype: 'string', field: 'subsectie', doc: FIELD_DOCS.subsectie, cell: (r) => r.subsectie },
  { title: 'Themanummer', name: 'themanummer', datatype: 'integer', field: 'thema', doc: t.csvColumnDocs.themanummer, cell: (r) => r.thema?.nummer },
  { title: 'Thema', name: 'thema', datatype: 'string', field: 'thema', doc: t.csvColumnDocs.thema, cell: (r) => r.thema?.titel },
  {
    title: 'Omschrijving',
    name: 'omschrijving',
    datatype: 'string',
    field: 'omschrijving',
    doc: `${FIELD_DOCS.omschrijving} ${t.csvColumnDocs.formula}`,
    required: true,
    cell: (r) => r.omschrijving,
  },
  {
    title: 'Stand van zaken',
    name: 'stand_van_zaken',
    datatype: 'string',
    field: 'standVanZaken',
    doc: FIELD_DOCS.standVanZaken,
    cell: (r) => r.standVanZaken,
  },
  {
    title: 'Stand van zaken: datum van de brief',
    name: 'stand_van_zaken_datum_brief',
    datatype: 'date',
    field: 'standVanZakenDatumBrief',
    doc: t.csvColumnDocs.standDatum,
    cell: (r) => r.standVanZakenDatumBrief,
  },
  {
    title: 'Moties',
    name: 'moties',
    datatype: 'string',
    field: 'moties',
    separator: '; ',
    doc: t.csvColumnDocs.moties,
    cell: (r) => r.moties.map(motionCell).join('; '),
  },
  {
    title: 'Verwijst naar acties',
    name: 'verwijst_naar_acties',
    datatype: 'integer',
    field: 'verwijstNaarActies',
    separator: '; ',
    doc: `${FIELD_DOCS.verwijstNaarActies} ${t.csvColumnDocs.separated}`,
    cell: (r) => r.verwijstNaarActies.join('; '),
  },
  // A footnote's text may itself hold «; », so the cell is one string, not a list.
  {
    title: 'Voetnoten',
    name: 'voetnoten',
    datatype: 'string',
    field: 'voetnoten',
    doc: `${FIELD_DOCS.voetnoten} ${t.csvColumnDocs.voetnoten}`,
    cell: (r) => r.voetnoten.map((f) => `${f.nummer}: ${f.tekst}`).join('; '),
  },
  {
    title: 'Alinea’s in de brief',
    name: 'alineas_in_brief',
    datatype: 'string',
    field: 'inBrief',
    separator: '; ',
    doc: `${FIELD_DOCS.inBrief} ${t.csvColumnDocs.alineas}`,
    cell: (r) => r.inBrief.map((p) => t.csvLetterParagraph(p.alinea, p.pagina, p.rol)).join('; '),
  },
  { title: 'Adres', name: 'adres', datatype: 'anyURI', field: 'url', doc: FIELD_DOCS.url, required: true, cell: (r) => r.url },
] as const satisfies readonly ActionColumn[];

/** The CSV header, in column order. */
export const CSV_HEADER: readonly (typeof ACTION_COLUMNS)[number]['title'][] = ACTION_COLUMNS.map((c) => c.title);

/** The CSV columns that show a field of the JSON record («Themanummer, Thema» for `thema`), or «—» for none. */
export function csvColumnsOf(field: keyof ActionRecord): string {
  return (
    ACTION_COLUMNS.filter((c) => c.field === field)
      .map((c) => c.title)
      .join(', ') || '—'
  );
}

/**
 * The actions as CSV (see csv.ts); lists within a cell are separated by «; ». With `delimiter`
 * «;»: the variant for a spreadsheet program in Dutch (acties-excel.csv).
 */
export function actionsCsv(records: readonly ActionRecord[], delimiter: ',' | ';' = ','): string {
  const columns: readonly ActionColumn[] = ACTION_COLUMNS;
  return toCsv(
    CSV_HEADER,
    records.map((r) => columns.map((c) => c.cell(r))),
    delimiter,
  );
}

export interface ActionsFile extends DataMeta {
  titel: string;
  bron: string;
  aantal: number;
  velden: Record<string, string>;
  acties: ActionRecord[];
}

export function actionsFile(corpus: Corpus, records: ActionRecord[], meta: DataMeta): ActionsFile {
  return {
    ...meta,
    titel: corpus.annex.meta.title,
    bron: corpus.annex.meta.citation,
    aantal: records.length,
    velden: FIELD_DOCS,
    acties: records,
  };
}

/** The model part of one document. */
export function documentData(corpus: Corpus, id: DocId): unknown {
  return documentOf(corpus, id);
}

/** /data/documenten/<id>.json: the edition, the licence and the document's model part. */
export function documentFile(corpus: Corpus, id: DocId, meta: DataMeta): DataMeta & { document: unknown } {
  return { ...meta, document: documentData(corpus, id) };
}

/** /data/model.json: the edition, the licence and the whole validated model. */
export function modelFile(corpus: Corpus, meta: DataMeta): DataMeta & { model: Corpus } {
  return { ...meta, model: corpus };
}

/** Site path of a document's JSON file. */
export function documentDataPath(id: DocId): string {
  return `${routes.data()}documenten/${id}.json`;
}
export const ACTIONS_JSON_PATH = `${routes.data()}acties.json`;
export const ACTIONS_CSV_PATH = `${routes.data()}acties.csv`;
/** The same table with semicolons, as Excel and LibreOffice in Dutch open it in columns. */
export const ACTIONS_EXCEL_CSV_PATH = `${routes.data()}acties-excel.csv`;
export const ZIP_NAME = 'herstel-kinderopvangtoeslag-site.zip';
export const ZIP_PATH = `/${ZIP_NAME}`;
