/** The open data in dist/data/ and the zip of the site. Run after the build. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, ZIP_NAME, motionCell, type ActionsFile } from '../../src/site/opendata.ts';
import { DOC_IDS } from '../../src/model/routes.ts';
import { fileOfPath } from './helpers/dist.ts';
import { loadModel } from './helpers/model.ts';
import { DIST } from './helpers/paths.ts';

import { publicUrl, siteAddress } from '../../src/site/address.ts';
const read = (rel: string) => readFileSync(join(DIST, rel));

describe('acties.csv', () => {
  const bytes = read('data/acties.csv');
  const rows = parse(bytes, { bom: true, relax_column_count: false }) as string[][];
  const col = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
  it('is UTF-8 with a BOM, CRLF line ends and a Dutch header row', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/^\uFEFF[^\n]*\r\n/);
    expect(rows[0]).toEqual([...CSV_HEADER]);
  });
  it('has the 86 actions in order, with their section, theme and address', () => {
    const model = loadModel();
    const body = rows.slice(1);
    expect(body).toHaveLength(86);
    expect(body.map((r) => Number(r[0]))).toEqual(model.annex.actions.map((a) => a.number));
    for (const [i, r] of body.entries()) {
      const a = model.annex.actions[i]!;
      expect(r[col('Sectie')]).toBe(a.section);
      expect(r[col('Subsectie')]).toBe(a.subsection ?? '');
      expect(r[col('Omschrijving')]!.length).toBeGreaterThan(0);
      expect(r[CSV_HEADER.indexOf('Adres')]).toBe(publicUrl(`/acties/${a.number}/`));
    }
    // Accents survive.
    expect(body.some((r) => /[ëéï]/.test(r.join(' ')))).toBe(true);
  });
  it('agrees with acties.json', () => {
    const json = JSON.parse(read('data/acties.json').toString('utf8')) as ActionsFile;
    for (const [i, r] of rows.slice(1).entries()) {
      const a = json.acties[i]!;
      expect(r[col('Titel')]).toBe(a.titel);
      expect(r[col('Omschrijving')]).toBe(a.omschrijving);
      expect(r[col('Stand van zaken')]).toBe(a.standVanZaken);
      expect(r[col('Thema')]).toBe(a.thema?.titel ?? '');
      expect(r[CSV_HEADER.indexOf('Moties')]).toBe(a.moties.map(motionCell).join('; '));
      expect(r[CSV_HEADER.indexOf('Verwijst naar acties')]).toBe(a.verwijstNaarActies.join('; '));
      expect(r[CSV_HEADER.indexOf('Voetnoten')]).toBe(a.voetnoten.map((f) => `${f.nummer}: ${f.tekst}`).join('; '));
    }
  });
  it('includes the footnotes of an action: action 58 and its note, as the model has them', () => {
    const model = loadModel();
    const withNotes = model.annex.actions.filter((a) => a.footnotes.length > 0).map((a) => a.number);
    expect(withNotes).toContain(58);
    const json = JSON.parse(read('data/acties.json').toString('utf8')) as ActionsFile;
    expect(json.acties.filter((a) => a.voetnoten.length > 0).map((a) => a.nummer)).toEqual(withNotes);
    const r58 = rows.find((r) => r[0] === '58')!;
    expect(r58[CSV_HEADER.indexOf('Voetnoten')]).toMatch(/^1: \S/);
  });
});

describe('acties.json', () => {
  const json = JSON.parse(read('data/acties.json').toString('utf8')) as ActionsFile;
  it('has 86 actions with plain text', () => {
    expect(json.aantal).toBe(86);
    expect(json.acties).toHaveLength(86);
    expect(new Set(json.acties.map((a) => a.nummer)).size).toBe(86);
    for (const a of json.acties) {
      expect(a.omschrijving).not.toMatch(/<\/?[a-z]+[\s>]/i);
      expect(typeof a.standVanZaken).toBe('string');
    }
    const model = loadModel();
    expect(json.acties.filter((a) => a.moties.length).length).toBe(model.annex.actions.filter((a) => a.motions.length).length);
  });
  it('every address is a page of the built site', () => {
    for (const a of json.acties) {
      // Absolute only when the build was given its address (SITE_URL); never a placeholder.
      expect(a.url).toBe(publicUrl(`/acties/${a.nummer}/`));
      const { base } = siteAddress();
      const path = new URL(a.url, 'http://site.invalid').pathname.slice(base.length - 1);
      expect(fileOfPath(path), path).toBe(`acties/${a.nummer}/index.html`);
    }
  });
});

describe('documents', () => {
  it('has one JSON per document, the model part', () => {
    const model = loadModel();
    const parts = { 'kst-35510-60': model.letter, bijlage: model.annex, 'kst-29362-290': model.werkAanUitvoering, 'kst-29362-282': model.regelsEnRuimte };
    for (const id of DOC_IDS) {
      const doc = JSON.parse(read(`data/documenten/${id}.json`).toString('utf8'));
      expect(doc.document).toEqual(parts[id]);
    }
  });
});

describe('the Data page and the zip', () => {
  it('links to every data file and to the zip, and each link resolves', () => {
    const html = read('data/index.html').toString('utf8');
    for (const f of ['acties.json', 'acties.csv', ...DOC_IDS.map((id) => `documenten/${id}.json`)]) {
      expect(html, f).toContain(`href="${f}"`);
    }
    expect(html).toContain(`href="../${ZIP_NAME}"`);
    // Code samples highlighted by Shiki into classes, with their own style sheet: no inline
    // styles (strict Content-Security-Policy), and the colours are there.
    expect(html).toMatch(/<pre class="shiki[^"]*"/);
    expect(html).not.toMatch(/\sstyle="/);
    const css = read('data/voorbeelden.css').toString('utf8');
    const used = [...html.matchAll(/class="[^"]*\b(hl-\d+)\b/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(20);
    for (const c of new Set(used)) expect(css, c).toMatch(new RegExp(`\\.${c}\\{[^}]*color:#`, 'i'));
    expect(html).toContain('href="voorbeelden.css"');
  });
  it('zips the whole built site', () => {
    const zipPath = join(DIST, ZIP_NAME);
    expect(existsSync(zipPath)).toBe(true);
    expect(statSync(zipPath).size).toBeLessThan(50 * 1024 * 1024);
    const entries = unzipSync(readFileSync(zipPath));
    const folder = ZIP_NAME.replace(/\.zip$/, '');
    for (const f of ['index.html', 'acties/1/index.html', 'data/acties.csv', 'zoeken/pagefind-offline.js', 'zoeken/zoeken.js', 'sw.js']) {
      expect(entries[`${folder}/${f}`], f).toBeDefined();
    }
    expect(Buffer.from(entries[`${folder}/index.html`]!).equals(read('index.html'))).toBe(true);
    expect(Object.keys(entries).some((k) => k.endsWith('.zip'))).toBe(false);
  });
});
