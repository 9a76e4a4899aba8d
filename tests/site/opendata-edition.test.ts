/**
 * The open data as a re-user gets it, on the built site: every data file carries the edition
 * and its licence, its SHA-256 beside it; the CSVW and DCAT-AP-DONL metadata validate (ajv,
 * schemas written from the specs); the JSON beside every page says what the page shows.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { CORPUS_PAGES_ROUTES } from './helpers/pages.ts';
import { DIST } from './helpers/paths.ts';

/** The published address of the build under test: without SITE_URL the addresses are paths (src/site/address.ts). */
const SITE = (process.env.SITE_URL ?? '').replace(/\/+$/, '');
/** Our own addresses are absolute IRIs with a published address, relative references without one. */
const OWN = SITE ? 'uri' : 'uri-reference';
const read = (rel: string) => readFileSync(join(DIST, rel));
const readJson = (rel: string) => JSON.parse(read(rel).toString('utf8'));
const pkg = JSON.parse(readFileSync(join(DIST, '..', 'package.json'), 'utf8')) as { version: string };
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const DATA_FILES = [
  'data/acties.json',
  'data/acties.csv',
  'data/acties-excel.csv',
  'data/acties.csv-metadata.json',
  'data/documenten/kst-35510-60.json',
  'data/documenten/bijlage.json',
  'data/documenten/kst-29362-290.json',
  'data/documenten/kst-29362-282.json',
  'data/model.json',
  'data/catalogus.jsonld',
];

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);

describe('every data file', () => {
  it('carries the edition (version of this build, a date) and the CC0 licence', () => {
    for (const f of DATA_FILES.filter((f) => f.endsWith('.json') && !f.includes('csv-metadata'))) {
      const j = readJson(f);
      expect(j.editie?.versie, f).toBe(pkg.version);
      expect(j.editie?.datum, f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(j.licentie, f).toMatchObject({ id: 'CC0-1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' });
      expect(j.rechten, f).toMatch(/15b Auteurswet/);
    }
    // The CSV carries them in its CSVW metadata, the catalogue in DCAT terms.
    const csvw = readJson('data/acties.csv-metadata.json');
    expect(csvw['schema:version']).toBe(pkg.version);
    expect(csvw['dc:license']['@id']).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    const dcat = readJson('data/catalogus.jsonld');
    expect(dcat['owl:versionInfo']).toBe(pkg.version);
    expect(dcat['dct:license']['@id']).toMatch(/publicdomain\/zero\/1\.0/);
  });
  it('has its SHA-256 beside it, in the format sha256sum checks, and listed on /data/', () => {
    const page = read('data/index.html').toString('utf8');
    for (const f of DATA_FILES) {
      const line = read(`${f}.sha256`).toString('utf8');
      const name = f.split('/').pop()!;
      expect(line, f).toBe(`${sha(read(f))}  ${name}\n`);
      expect(page, f).toContain(sha(read(f)));
    }
  });
  it('the licence texts are published where the data points', () => {
    expect(read('licenties/CC0-1.0.txt').toString('utf8')).toContain('CC0 1.0 Universal');
    expect(read('licenties/EUPL-1.2.txt').toString('utf8')).toContain('EUROPEAN UNION PUBLIC LICENCE v. 1.2');
    expect(readJson('data/acties.json').licentie.tekst).toBe(`${SITE}/licenties/CC0-1.0.txt`);
  });
});

// CSVW (W3C «Metadata Vocabulary for Tabular Data»): the parts this file uses.
const CSVW_SCHEMA = {
  type: 'object',
  required: ['@context', 'url', 'tableSchema'],
  properties: {
    '@context': {
      oneOf: [
        { const: 'http://www.w3.org/ns/csvw' },
        {
          type: 'array',
          prefixItems: [
            { const: 'http://www.w3.org/ns/csvw' },
            { type: 'object', properties: { '@language': { type: 'string' }, '@base': { type: 'string' } }, additionalProperties: false },
          ],
          minItems: 2,
          maxItems: 2,
        },
      ],
    },
    url: { type: 'string', format: 'uri-reference' },
    dialect: {
      type: 'object',
      properties: {
        encoding: { type: 'string' },
        lineTerminators: { type: 'array', items: { type: 'string' } },
        header: { type: 'boolean' },
        headerRowCount: { type: 'integer', minimum: 0 },
        delimiter: { type: 'string' },
        quoteChar: { type: ['string', 'null'] },
        doubleQuote: { type: 'boolean' },
        trim: { enum: [true, false, 'true', 'false', 'start', 'end'] },
      },
      additionalProperties: false,
    },
    tableSchema: {
      type: 'object',
      required: ['columns'],
      properties: {
        columns: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['name', 'titles', 'datatype'],
            properties: {
              name: { type: 'string', pattern: '^(?!_)[A-Za-z0-9_%]+$' },
              titles: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
              datatype: { enum: ['string', 'integer', 'decimal', 'boolean', 'date', 'anyURI', 'number', 'json'] },
              separator: { type: ['string', 'null'] },
              required: { type: 'boolean' },
              null: { type: 'string' },
              'dc:description': { type: 'string' },
            },
            additionalProperties: false,
          },
        },
        primaryKey: { type: 'string' },
        aboutUrl: { type: 'string' },
      },
      additionalProperties: false,
    },
  },
  patternProperties: { '^(dc|schema):': {} },
  additionalProperties: false,
} as const;

describe('acties.csv-metadata.json (CSVW)', () => {
  const meta = readJson('data/acties.csv-metadata.json');
  it('validates against the CSVW schema', () => {
    const validate = ajv.compile(CSVW_SCHEMA);
    expect(validate(meta), ajv.errorsText(validate.errors)).toBe(true);
  });
  it('describes the CSV as it is: titles, datatypes, required cells, lists, primary key', () => {
    expect(meta.url).toBe(`${SITE}/data/acties.csv`);
    const rows = parseCsv(read('data/acties.csv'), { bom: true }) as string[][];
    const cols = meta.tableSchema.columns as { name: string; titles: string; datatype: string; separator?: string; required: boolean }[];
    expect(cols.map((c) => c.titles)).toEqual(rows[0]);
    const keys = new Set<string>();
    for (const r of rows.slice(1)) {
      cols.forEach((c, i) => {
        const cell = r[i]!;
        if (c.required) expect(cell, `${c.name} in ${r[0]}`).not.toBe('');
        if (cell === '') return;
        const values = c.separator ? cell.split(c.separator) : [cell];
        for (const v of values) {
          if (c.datatype === 'integer') expect(v, c.name).toMatch(/^-?\d+$/);
          if (c.datatype === 'anyURI') expect(() => new URL(v, SITE || 'http://relative.invalid/'), c.name).not.toThrow();
        }
      });
      const key = r[cols.findIndex((c) => c.name === meta.tableSchema.primaryKey)]!;
      expect(keys.has(key)).toBe(false);
      keys.add(key);
    }
    expect(keys.size).toBe(86);
  });
});

// DCAT-AP-DONL: mandatory properties of catalogue, dataset and distribution, and its value lists.
const uri = (pattern?: string) => ({
  type: 'object',
  required: ['@id'],
  properties: { '@id': { type: 'string', format: pattern ? 'uri' : OWN, ...(pattern ? { pattern } : {}) } },
});
const literal = {
  oneOf: [
    { type: 'string', minLength: 1 },
    { type: 'object', required: ['@value'] },
  ],
};
const DONL_LICENCES = [
  'http://creativecommons.org/publicdomain/zero/1.0/deed.nl',
  'http://creativecommons.org/publicdomain/mark/1.0/deed.nl',
  'http://creativecommons.org/licenses/by/4.0/deed.nl',
  'http://creativecommons.org/licenses/by-sa/4.0/deed.nl',
];
const DISTRIBUTION = {
  type: 'object',
  required: ['@type', 'dct:title', 'dct:description', 'dct:license', 'dcat:accessURL', 'dct:format'],
  properties: {
    '@type': { const: 'dcat:Distribution' },
    'dct:title': literal,
    'dct:description': literal,
    'dct:license': { ...uri(), properties: { '@id': { enum: DONL_LICENCES } } },
    'dcat:accessURL': uri(),
    'dcat:downloadURL': uri(),
    'dct:format': uri('^http://publications\\.europa\\.eu/resource/authority/file-type/[A-Z_]+$'),
    'dcat:mediaType': uri('^https://www\\.iana\\.org/assignments/media-types/[a-z]+/[a-z0-9.+-]+$'),
    'dct:language': uri('^http://publications\\.europa\\.eu/resource/authority/language/[A-Z]{3}$'),
    'spdx:checksum': {
      type: 'object',
      required: ['spdx:algorithm', 'spdx:checksumValue'],
      properties: { 'spdx:checksumValue': { type: 'object', required: ['@value'], properties: { '@value': { type: 'string', pattern: '^[0-9a-f]{64}$' } } } },
    },
  },
};
const DATASET = {
  type: 'object',
  required: [
    '@type',
    'dct:identifier',
    'dct:title',
    'dct:description',
    'dct:language',
    'dct:license',
    'dcat:contactPoint',
    'dct:publisher',
    'dct:creator',
    'dcat:theme',
    'adms:status',
    'dcat:distribution',
  ],
  properties: {
    '@type': { const: 'dcat:Dataset' },
    'dct:identifier': { type: 'string', format: OWN },
    'dct:title': literal,
    'dct:description': literal,
    'dct:language': uri('^http://publications\\.europa\\.eu/resource/authority/language/[A-Z]{3}$'),
    'dct:license': { ...uri(), properties: { '@id': { enum: DONL_LICENCES } } },
    'dct:accessRights': {
      ...uri(),
      properties: {
        '@id': {
          enum: [
            'http://publications.europa.eu/resource/authority/access-right/PUBLIC',
            'http://publications.europa.eu/resource/authority/access-right/RESTRICTED',
            'http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC',
          ],
        },
      },
    },
    'adms:status': {
      ...uri(),
      properties: {
        '@id': {
          enum: [
            'http://data.overheid.nl/status/beschikbaar',
            'http://data.overheid.nl/status/in_onderzoek',
            'http://data.overheid.nl/status/gepland',
            'http://data.overheid.nl/status/niet_beschikbaar',
          ],
        },
      },
    },
    'dcat:theme': { type: 'array', minItems: 1, items: uri('^http://standaarden\\.overheid\\.nl/owms/terms/') },
    'dcat:contactPoint': { type: 'object', required: ['vcard:fn'], anyOf: [{ required: ['vcard:hasEmail'] }, { required: ['vcard:hasURL'] }] },
    'dct:publisher': uri(),
    'dct:creator': uri(),
    'dcat:distribution': { type: 'array', minItems: 1, items: DISTRIBUTION },
  },
};
const CATALOGUE = {
  type: 'object',
  required: ['@context', '@type', 'dct:title', 'dct:description', 'dct:publisher', 'dcat:dataset'],
  properties: {
    '@type': { const: 'dcat:Catalog' },
    '@context': {
      type: 'object',
      required: ['dcat', 'dct'],
      properties: { dcat: { const: 'http://www.w3.org/ns/dcat#' }, dct: { const: 'http://purl.org/dc/terms/' } },
    },
    'dcat:dataset': { type: 'array', minItems: 1, items: DATASET },
  },
};

describe('catalogus.jsonld (DCAT-AP-DONL)', () => {
  const cat = readJson('data/catalogus.jsonld');
  it('validates against the mandatory properties and value lists of DCAT-AP-DONL', () => {
    const validate = ajv.compile(CATALOGUE);
    expect(validate(cat), ajv.errorsText(validate.errors)).toBe(true);
  });
  it('describes every data file, with its real size and checksum', () => {
    const dists = cat['dcat:dataset'].flatMap((d: { 'dcat:distribution': unknown[] }) => d['dcat:distribution']) as Record<
      string,
      { '@id'?: string; '@value'?: string } & Record<string, unknown>
    >[];
    const described = dists.map((d) => (d['dcat:downloadURL'] as { '@id': string })['@id'].slice(SITE.length + 1)).sort();
    expect(described).toEqual(DATA_FILES.filter((f) => !f.endsWith('catalogus.jsonld')).sort());
    for (const d of dists) {
      const f = (d['dcat:downloadURL'] as { '@id': string })['@id'].slice(SITE.length + 1);
      expect((d['dcat:byteSize'] as { '@value': string })['@value'], f).toBe(String(read(f).length));
      const checksum = d['spdx:checksum'] as unknown as { 'spdx:checksumValue': { '@value': string } };
      expect(checksum['spdx:checksumValue']['@value'], f).toBe(sha(read(f)));
    }
  });
});

// Text of an element as a reader sees it: blocks, links and note markers (sup) set apart,
// other inline elements (abbr, em) run on, so «<abbr>POK</abbr>-rapport» stays one word.
const APART = new Set([
  'sup',
  'a',
  'p',
  'li',
  'ol',
  'ul',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'td',
  'th',
  'tr',
  'dd',
  'dt',
  'blockquote',
  'br',
  'aside',
  'nav',
  'table',
  'figure',
  'figcaption',
  'details',
  'summary',
]);
type Node = { nodeName: string; value?: string; childNodes?: Node[]; attrs?: { name: string; value: string }[] };
function find(node: Node, pred: (n: Node) => boolean): Node | undefined {
  if (pred(node)) return node;
  for (const c of node.childNodes ?? []) {
    const f = find(c, pred);
    if (f) return f;
  }
  return undefined;
}
function textOf(node: Node, skipBadges = false): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (skipBadges && node.attrs?.some((a) => a.name === 'class' && a.value.split(/\s+/).includes('badge'))) return ' ';
  if (node.nodeName === 'script' || node.nodeName === 'style') return ' ';
  const inner = (node.childNodes ?? []).map((c) => textOf(c, skipBadges)).join('');
  const cls = node.attrs?.find((a) => a.name === 'class')?.value.split(/\s+/) ?? [];
  // A [sic] mark and a heading's number are set apart by style, not by a space; a term's link to
  // «Begrippen» stands in the word it links («KOT-affaire»).
  return (APART.has(node.nodeName) && !cls.includes('term')) || cls.includes('sic') || cls.includes('heading-number') ? ` ${inner} ` : inner;
}
const tokens = (s: string) =>
  s
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
/** The first word of `want` not found, in order, in `have` (undefined when all are). */
function missingInOrder(want: string[], have: string[]): string | undefined {
  let j = 0;
  for (const [i, w] of want.entries()) {
    while (j < have.length && have[j] !== w) j++;
    if (j === have.length) return `${w} (word ${i} of ${want.length}: …${want.slice(Math.max(0, i - 5), i + 5).join(' ')}…)`;
    j++;
  }
  return undefined;
}

describe('the JSON beside every page', () => {
  it.each(CORPUS_PAGES_ROUTES)('%s: linked as alternate, and the same title, text and notes as the page', (route) => {
    const html = read(`${route.slice(1)}index.html`).toString('utf8');
    const jsonRel = `${route.slice(1, -1)}.json`;
    expect(existsSync(join(DIST, jsonRel)), jsonRel).toBe(true);
    const doc = parseHtml(html) as unknown as Node;
    const link = find(doc, (n) => n.nodeName === 'link' && n.attrs?.some((a) => a.name === 'rel' && a.value === 'alternate') === true);
    const href = link?.attrs?.find((a) => a.name === 'href')?.value;
    expect(href, 'rel=alternate').toBeDefined();
    expect(new URL(href!, `http://x${route}index.html`).pathname).toBe(`/${jsonRel}`);
    expect(link!.attrs!.find((a) => a.name === 'type')?.value).toBe('application/json');

    const data = readJson(jsonRel);
    expect(data.adres).toBe(`${SITE}${route}`);
    expect(data.editie.versie).toBe(pkg.version);
    const main = find(doc, (n) => n.nodeName === 'main')!;
    const h1 = find(main, (n) => n.nodeName === 'h1')!;
    // The heading without the edition's badges («redactioneel»), which mark where a title comes from.
    expect(tokens(textOf(h1, true)).join(' ')).toBe(tokens(data.titel).join(' '));
    const page = tokens(textOf(main));
    const missing = missingInOrder(tokens((data.tekst as string[]).join('\n')), page);
    expect(missing, 'text of the JSON not on the page').toBeUndefined();
    for (const n of data.voetnoten as { tekst: string }[]) expect(missingInOrder(tokens(n.tekst), page), 'footnote').toBeUndefined();
  });
});
