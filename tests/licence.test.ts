/** Licences: the files are there, complete, and everything that names a licence agrees. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import parseSpdx from 'spdx-expression-parse';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CODE_LICENCE, DATA_LICENCE, SOURCE_REUSE, SPDX_EXPRESSION } from '../src/site/licence.ts';
import { readEdition } from '../src/site/edition.ts';

const ROOT = join(import.meta.dirname, '..');
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

describe('licence files', () => {
  it('LICENSE is the full EUPL-1.2 and LICENSES/CC0-1.0.txt the full CC0 1.0', () => {
    const eupl = read(CODE_LICENCE.file);
    expect(eupl.startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2')).toBe(true);
    expect(eupl).toContain('Appendix');
    expect(eupl).toContain('Compatible Licences');
    expect(eupl.length).toBeGreaterThan(13_000);
    const cc0 = read(DATA_LICENCE.file);
    expect(cc0).toContain('CC0 1.0 Universal');
    expect(cc0).toContain('Statement of Purpose');
    expect(cc0).toContain('Limitations and Disclaimers');
  });
  it('package.json states a valid SPDX expression naming both licences', () => {
    const pkg = JSON.parse(read('package.json')) as { license: string };
    expect(pkg.license).toBe(SPDX_EXPRESSION);
    expect(parseSpdx(pkg.license)).toEqual({ left: { license: 'EUPL-1.2' }, conjunction: 'and', right: { license: 'CC0-1.0' } });
  });
  it('the README names both licences and their files', () => {
    const readme = read('README.md');
    for (const s of ['EUPL-1.2', 'CC0 1.0', 'LICENSE', 'LICENSES/CC0-1.0.txt', 'artikel 15b Auteurswet']) expect(readme, s).toContain(s);
  });
  it('CITATION.cff has the keys and types the CFF 1.2.0 specification asks', () => {
    // From the Citation File Format 1.2.0 specification: required keys and the types of the keys used here.
    const person = {
      type: 'object',
      anyOf: [{ required: ['family-names'] }, { required: ['name'] }],
      properties: { name: { type: 'string', minLength: 1 }, 'family-names': { type: 'string' }, 'given-names': { type: 'string' } },
    };
    const schema = {
      type: 'object',
      required: ['cff-version', 'message', 'title', 'authors'],
      properties: {
        'cff-version': { const: '1.2.0' },
        message: { type: 'string', minLength: 1 },
        title: { type: 'string', minLength: 1 },
        type: { enum: ['software', 'dataset'] },
        abstract: { type: 'string' },
        authors: { type: 'array', minItems: 1, items: person },
        version: { type: ['string', 'number'] },
        'date-released': { type: 'string', format: 'date' },
        license: { type: 'string' },
        url: { type: 'string', format: 'uri' },
        keywords: { type: 'array', items: { type: 'string' } },
        references: {
          type: 'array',
          items: {
            type: 'object',
            required: ['type', 'title', 'authors'],
            properties: {
              type: { type: 'string' },
              title: { type: 'string' },
              authors: { type: 'array', minItems: 1, items: person },
              'date-published': { type: 'string', format: 'date' },
              url: { type: 'string', format: 'uri' },
              identifiers: {
                type: 'array',
                items: { type: 'object', required: ['type', 'value'], properties: { type: { enum: ['doi', 'url', 'swh', 'other'] } } },
              },
            },
          },
        },
      },
      additionalProperties: false,
    };
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const cff = parseYaml(read('CITATION.cff'), { schema: 'failsafe' }) as unknown;
    expect(validate(cff), ajv.errorsText(validate.errors)).toBe(true);
    expect(parseSpdx((cff as { license: string }).license)).toEqual({ license: DATA_LICENCE.id });
  });
  it('CITATION.cff is CFF 1.2 for the edition, with its version and licence', () => {
    const cff = read('CITATION.cff');
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    for (const key of ['message', 'title', 'authors']) expect(cff).toMatch(new RegExp(`^${key}:`, 'm'));
    expect(cff).toMatch(new RegExp(`^version: "${readEdition(ROOT).version.replace(/\./g, '\\.')}"$`, 'm'));
    expect(cff).toMatch(/^license: CC0-1\.0$/m);
    // No address that does not resolve: the edition's own address is known only where it is published (SITE_URL).
    expect(cff).not.toMatch(/\.example\b/);
  });
});

describe('the sources', () => {
  it('no source file reserves copyright (what the art. 15b statement rests on)', () => {
    const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const f of seeds) expect(read(join('seeds', f)), f).not.toMatch(/auteursrecht|©|copyright|alle rechten voorbehouden/i);
  });
  it('quotes the law with its official address', () => {
    for (const a of SOURCE_REUSE.articles) {
      expect(a.url.startsWith('https://wetten.overheid.nl/BWBR0001886/')).toBe(true);
      expect(a.quote.length).toBeGreaterThan(80);
    }
  });
});
