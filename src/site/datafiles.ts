/**
 * Every file under /data/, in one registry: its path, media type, title, description, size
 * and checksum, and how its text is made. The endpoints, the SHA-256 files beside each data
 * file, the DCAT catalogue and the /data/ page are all made from this list, so they cannot
 * disagree. Pure: the corpus, the edition and the site's origin go in.
 */
import { createHash } from 'node:crypto';
import type { Corpus } from '../model/schema.ts';
import { DOC_IDS, routes, type DocId } from '../model/routes.ts';
import type { Edition } from './edition.ts';
import { DATA_LICENCE } from './licence.ts';
import {
  ACTIONS_CSV_PATH,
  ACTIONS_EXCEL_CSV_PATH,
  ACTIONS_JSON_PATH,
  ACTION_COLUMNS,
  actionRecords,
  actionsCsv,
  actionsFile,
  dataMeta,
  documentDataPath,
  documentFile,
  modelFile,
  type ActionColumn,
  type ThemeOf,
  type UrlOf,
} from './opendata.ts';
import { t } from './strings.ts';
import { jsonChunks } from './json-pieces.ts';
import { metaById } from '../model/corpus.ts';
import type { RouteFrontmatter } from './route-data.ts';

export interface DataFile {
  /** Site path, e.g. /data/acties.csv. */
  path: string;
  mediaType: string;
  /** File type in the EU Publications Office list (DCAT-AP dct:format). */
  fileType: 'CSV' | 'JSON' | 'JSON_LD';
  title: string;
  description: string;
  /**
   * The file's text in chunks, made anew at each call. No text is kept: at a hundred times the
   * corpus the files are 120 MB together, which the build would hold from the first data file
   * it writes to its end; and a JSON file is never one string (src/site/json-pieces.ts), so
   * measuring and writing it holds a chunk at a time.
   */
  chunks(): Iterable<string>;
  /** The whole text (the chunks joined), for a small file. */
  text(): string;
  /** The size of the text in bytes (UTF-8). */
  bytes: number;
  /** The SHA-256 of the text (hexadecimal). */
  sha256: string;
}

/** A data file before its text is measured. */
type DataFileSpec = Omit<DataFile, 'bytes' | 'sha256' | 'text'>;

/** A data file as described, with its text's size and checksum (the text is made once for them, a chunk at a time, and not kept). */
function described(f: DataFileSpec): DataFile {
  const hash = createHash('sha256');
  let bytes = 0;
  for (const chunk of f.chunks()) {
    hash.update(chunk);
    bytes += Buffer.byteLength(chunk);
  }
  return { ...f, text: () => [...f.chunks()].join(''), bytes, sha256: hash.digest('hex') };
}

export const CSVW_PATH = `${routes.data()}acties.csv-metadata.json`;
export const DCAT_PATH = `${routes.data()}catalogus.jsonld`;
export const MODEL_PATH = `${routes.data()}model.json`;

/** The text of a `.sha256` file, in the format of `sha256sum` (`sha256sum -c` checks it). */
export function checksumLine(file: DataFile): string {
  return `${file.sha256}  ${file.path.split('/').pop()}\n`;
}

/** JSON.stringify's text of `value`, indented by two spaces (or `compact`), and a line break, in chunks. */
function* json(value: unknown, compact = false): Generator<string> {
  yield* jsonChunks(value, compact ? undefined : 2);
  yield '\n';
}

/** CSV on the Web (W3C CSVW) metadata for acties.csv: the same column table as the CSV (ACTION_COLUMNS). */
export function csvwMetadata(edition: Edition, urlOf: UrlOf): unknown {
  const columns: readonly ActionColumn[] = ACTION_COLUMNS;
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'nl' }],
    url: urlOf(ACTIONS_CSV_PATH),
    'dc:title': t.dataActionsTitle,
    'dc:description': t.dataActionsDescription,
    'dc:license': { '@id': DATA_LICENCE.url },
    'dc:rights': t.dataRights,
    'dc:modified': { '@value': edition.date, '@type': 'xsd:date' },
    'schema:version': edition.version,
    dialect: { encoding: 'utf-8', lineTerminators: ['\r\n'], header: true, headerRowCount: 1, delimiter: ',', quoteChar: '"', doubleQuote: true, trim: false },
    tableSchema: {
      columns: columns.map((c) => ({
        name: c.name,
        titles: c.title,
        'dc:description': c.doc,
        datatype: c.datatype,
        ...(c.separator ? { separator: c.separator } : {}),
        required: c.required ?? false,
      })),
      primaryKey: 'nummer',
      aboutUrl: '{+adres}',
    },
  };
}

/** Value lists of DCAT-AP-DONL used below (see tests/site/opendata-edition.test.ts for their checks). */
export const DONL = {
  language: 'http://publications.europa.eu/resource/authority/language/NLD',
  licenceCc0: 'http://creativecommons.org/publicdomain/zero/1.0/deed.nl',
  accessPublic: 'http://publications.europa.eu/resource/authority/access-right/PUBLIC',
  statusAvailable: 'http://data.overheid.nl/status/beschikbaar',
  themes: ['http://standaarden.overheid.nl/owms/terms/Sociale_zekerheid', 'http://standaarden.overheid.nl/owms/terms/Bestuur'],
  fileType: (t: DataFile['fileType']) => `http://publications.europa.eu/resource/authority/file-type/${t}`,
  mediaType: (m: string) => `https://www.iana.org/assignments/media-types/${m}`,
  frequencyIrregular: 'http://publications.europa.eu/resource/authority/frequency/IRREG',
} as const;

/** DCAT catalogue (JSON-LD) in the DCAT-AP-DONL profile: one dataset per group of files. */
export function dcatCatalogue(files: readonly DataFile[], edition: Edition, urlOf: UrlOf): unknown {
  const abs = urlOf;
  const publisher = { '@id': abs('/'), '@type': 'foaf:Agent', 'foaf:name': t.siteName };
  const contact = { '@type': 'vcard:Organization', 'vcard:fn': t.siteName, 'vcard:hasURL': { '@id': abs('/over/') } };
  const distribution = (f: DataFile) => ({
    '@id': abs(f.path),
    '@type': 'dcat:Distribution',
    'dct:title': f.title,
    'dct:description': f.description,
    'dct:license': { '@id': DONL.licenceCc0 },
    'dct:rights': t.dataRights,
    'dcat:accessURL': { '@id': abs(routes.data()) },
    'dcat:downloadURL': { '@id': abs(f.path) },
    'dct:format': { '@id': DONL.fileType(f.fileType) },
    'dcat:mediaType': { '@id': DONL.mediaType(f.mediaType) },
    'dcat:byteSize': { '@value': String(f.bytes), '@type': 'xsd:decimal' },
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': { '@id': 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256' },
      'spdx:checksumValue': { '@value': f.sha256, '@type': 'xsd:hexBinary' },
    },
    'dct:language': { '@id': DONL.language },
    'dct:modified': { '@value': edition.date, '@type': 'xsd:date' },
  });
  const dataset = (id: string, title: string, description: string, members: DataFile[]) => ({
    '@id': abs(`${routes.data()}#${id}`),
    '@type': 'dcat:Dataset',
    'dct:identifier': abs(`${routes.data()}#${id}`),
    'dct:title': title,
    'dct:description': description,
    'dct:language': { '@id': DONL.language },
    'dct:license': { '@id': DONL.licenceCc0 },
    'dct:rights': t.dataRights,
    'dct:accessRights': { '@id': DONL.accessPublic },
    'adms:status': { '@id': DONL.statusAvailable },
    'dcat:theme': DONL.themes.map((th) => ({ '@id': th })),
    'dcat:keyword': ['kinderopvangtoeslag', 'toeslagenaffaire', 'herstel', 'Kamerstukken'],
    'dct:publisher': publisher,
    'dct:creator': publisher,
    'dcat:contactPoint': contact,
    'dcat:landingPage': { '@id': abs(routes.data()) },
    'dct:modified': { '@value': edition.date, '@type': 'xsd:date' },
    'owl:versionInfo': edition.version,
    'dct:accrualPeriodicity': { '@id': DONL.frequencyIrregular },
    'dcat:distribution': members.map(distribution),
  });
  const actions = files.filter((f) => f.path.startsWith(`${routes.data()}acties`));
  const documents = files.filter((f) => f.path.startsWith(`${routes.data()}documenten/`) || f.path === MODEL_PATH);
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      adms: 'http://www.w3.org/ns/adms#',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      spdx: 'http://spdx.org/rdf/terms#',
      owl: 'http://www.w3.org/2002/07/owl#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      '@language': 'nl',
    },
    '@id': abs(DCAT_PATH),
    '@type': 'dcat:Catalog',
    'dct:title': t.siteName,
    'dct:description': t.dataCatalogueDescription,
    'dct:language': { '@id': DONL.language },
    'dct:license': { '@id': DONL.licenceCc0 },
    'dct:publisher': publisher,
    'dcat:contactPoint': contact,
    'foaf:homepage': { '@id': abs('/') },
    'dct:modified': { '@value': edition.date, '@type': 'xsd:date' },
    'owl:versionInfo': edition.version,
    'dcat:dataset': [
      dataset('acties', t.dataActionsTitle, t.dataActionsDescription, actions),
      dataset('documenten', t.dataDocumentsTitle, t.dataDocumentsDescription, documents),
    ],
  };
}

/**
 * All files under /data/, the DCAT catalogue last (it describes the others). `pages`: the
 * route-data records of the pages (src/site/route-data.ts), from which the actions' references are read.
 */
export function dataFiles(corpus: Corpus, pages: readonly RouteFrontmatter[], edition: Edition, urlOf: UrlOf, themeOf: ThemeOf): DataFile[] {
  const meta = dataMeta(edition, urlOf);
  const records = actionRecords(corpus, pages, urlOf, themeOf);
  const metas = metaById(corpus);
  const docTitle = (id: DocId) => `${metas[id].citation} — ${metas[id].shortTitle}`;
  const made: DataFileSpec[] = [
    {
      path: ACTIONS_JSON_PATH,
      mediaType: 'application/json',
      fileType: 'JSON',
      title: `${t.dataActionsTitle} (JSON)`,
      description: t.dataActionsDescription,
      chunks: () => json(actionsFile(corpus, records, meta)),
    },
    {
      path: ACTIONS_CSV_PATH,
      mediaType: 'text/csv',
      fileType: 'CSV',
      title: `${t.dataActionsTitle} (CSV)`,
      description: t.dataActionsDescription,
      chunks: () => [actionsCsv(records)],
    },
    {
      path: ACTIONS_EXCEL_CSV_PATH,
      mediaType: 'text/csv',
      fileType: 'CSV',
      title: `${t.dataActionsTitle} (${t.csvExcel})`,
      description: t.dataActionsDescription,
      chunks: () => [actionsCsv(records, ';')],
    },
    {
      path: CSVW_PATH,
      mediaType: 'application/csvm+json',
      fileType: 'JSON_LD',
      title: t.dataCsvwTitle,
      description: t.dataCsvwDescription,
      chunks: () => json(csvwMetadata(edition, urlOf)),
    },
    ...DOC_IDS.map((id): DataFileSpec => ({
      path: documentDataPath(id),
      mediaType: 'application/json',
      fileType: 'JSON',
      title: docTitle(id),
      description: t.dataDocumentDescription(docTitle(id)),
      chunks: () => json(documentFile(corpus, id, meta)),
    })),
    {
      path: MODEL_PATH,
      mediaType: 'application/json',
      fileType: 'JSON',
      title: t.dataModelTitle,
      description: t.dataModelDescription,
      chunks: () => json(modelFile(corpus, meta), true),
    },
  ];
  // Described one at a time: each text is made, measured and let go before the next.
  const others = made.map(described);
  // The catalogue describes the others, the same ones each time its text is made.
  const catalogue = described({
    path: DCAT_PATH,
    mediaType: 'application/ld+json',
    fileType: 'JSON_LD',
    title: t.dataDcatTitle,
    description: t.dataDcatDescription,
    chunks: () => json(dcatCatalogue(others, edition, urlOf)),
  });
  return [...others, catalogue];
}
