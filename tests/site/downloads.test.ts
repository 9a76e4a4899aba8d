/**
 * What a reader downloads or reads about the edition (built dist/):
 *  - the annex table offers its data where the table is: a CSV for Dutch Excel (semicolons,
 *    BOM), the plain CSV and JSON; the semicolon CSV holds the same cells as the plain one;
 *  - a paragraph of the letter in the data is named as a paragraph, with its page beside it;
 *  - the zip of the whole site carries a LEESMIJ;
 *  - «Over deze uitgave» says who makes it, why, and how to report an error;
 *  - 29 362 nr. 282 carries its date, with the official record it was taken from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/model/routes.ts';
import { ZIP_NAME } from '../../src/site/opendata.ts';
import { edition } from '../../src/site/edition.ts';
import { useBrowser } from './helpers/browser.ts';
import { canonicalPath } from './helpers/dist.ts';
import { loadModel } from './helpers/model.ts';
import { DIST } from './helpers/paths.ts';
import { serveDist } from './helpers/server.ts';

const site = serveDist();
const b = useBrowser();
const read = (rel: string) => readFileSync(join(DIST, rel), 'utf8');

describe('downloads beside the annex table', () => {
  it('links the Excel CSV, the plain CSV and the JSON where the table is, and each opens', async () => {
    const page = await b.newPage({ serviceWorkers: 'block' });
    await b.goto(page, site.url(routes.actions()));
    const links = page.locator('section:has(#acties) a[download]');
    const hrefs = (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).map((h) => canonicalPath(h));
    expect(hrefs).toEqual(['/data/acties-excel.csv', '/data/acties.csv', '/data/acties.json']);
    // Above the table, so it is found before 86 rows.
    expect(
      await page
        .locator('section:has(#acties) .table-downloads')
        .evaluate((p) => !!(p.compareDocumentPosition(document.querySelector('.actions-table')!) & Node.DOCUMENT_POSITION_FOLLOWING)),
    ).toBe(true);
    for (const h of hrefs) {
      const res = await page.request.get(site.url(h));
      expect(res.status(), h).toBe(200);
    }
  });

  it('gives Dutch Excel semicolons and a BOM, with the same cells as the plain CSV', () => {
    const excel = read('data/acties-excel.csv');
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    const header = excel.slice(1).split('\r\n')[0]!;
    expect(header.split(';').length).toBeGreaterThan(10);
    expect(header).not.toContain(',');
    const rowsExcel = parse(excel, { bom: true, delimiter: ';' }) as string[][];
    const rowsPlain = parse(read('data/acties.csv'), { bom: true }) as string[][];
    expect(rowsExcel).toHaveLength(loadModel().annex.actions.length + 1);
    expect(rowsExcel).toEqual(rowsPlain);
  });

  it('names a paragraph of the letter as a paragraph, with its page beside it', () => {
    const model = loadModel();
    const actions = (JSON.parse(read('data/acties.json')) as { acties: { nummer: number; inBrief: { alinea: string; pagina: number | null }[] }[] }).acties;
    const rows = parse(read('data/acties.csv'), { bom: true, columns: true }) as Record<string, string>[];
    const column = Object.keys(rows[0]!).find((k) => /alinea/i.test(k))!;
    let seen = 0;
    for (const a of actions) {
      for (const p of a.inBrief) {
        const block = model.letter.blocks.find((x) => x.id === p.alinea)!;
        expect(p.pagina, `action ${a.nummer}, ${p.alinea}`).toBe(block.page ?? null);
        seen++;
      }
      const cell = rows.find((r) => Number(r['Nummer']) === a.nummer)![column]!;
      // Never a bare «p9 (…)» that reads as page 9.
      expect(cell).not.toMatch(/(^|; )p\d+\b/);
      for (const p of a.inBrief) expect(cell).toContain(`alinea ${p.alinea.replace(/^p/, '')} (#${p.alinea}, p. ${p.pagina}`);
    }
    expect(seen).toBeGreaterThan(20);
  });
});

describe('the edition', () => {
  it('carries a LEESMIJ in the zip of the whole site', () => {
    const entries = unzipSync(new Uint8Array(readFileSync(join(DIST, ZIP_NAME))));
    const folder = ZIP_NAME.replace(/\.zip$/, '');
    const readme = new TextDecoder().decode(entries[`${folder}/LEESMIJ.txt`]);
    expect(readme).toContain(`editie ${edition().version}`);
    expect(readme).toContain('index.html');
    expect(readme).toContain('https://zoek.officielebekendmakingen.nl/');
    expect(readme).toContain('geen website van de overheid');
    expect(readme).toMatch(/\r\n/);
    expect(entries[`${folder}/index.html`]).toBeDefined();
  });

  it('says on «Over deze uitgave» who makes it, why, and how to report an error', async () => {
    const page = await b.newPage({ serviceWorkers: 'block' });
    await b.goto(page, site.url(routes.about()));
    const who = page.locator('section:has(> h2#wie)');
    expect(await who.isVisible()).toBe(true);
    expect(await who.textContent()).toMatch(/onafhankelijke redactie/);
    expect(await who.textContent()).toMatch(/Waarom/);
    const report = page.locator('section:has(> h2#fout-melden)');
    expect(await report.isVisible()).toBe(true);
    expect(await report.textContent()).toMatch(/Meld het/);
    // Before the long lists of corrections: within the first screens.
    expect(await page.locator('#fout-melden').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(2000);
  });

  it('dates 29 362 nr. 282 from its official record, kept in the data', async () => {
    const doc = JSON.parse(read('data/documenten/kst-29362-282.json')) as { document: { meta: { date?: string; fieldSources?: Record<string, string> } } };
    expect(doc.document.meta.date).toBe('2020-01-16');
    expect(doc.document.meta.fieldSources?.date).toMatch(/^https:\/\/www\.tweedekamer\.nl\/kamerstukken\/brieven_regering\/detail\?did=2020D01126/);
    const page = await b.newPage({ serviceWorkers: 'block' });
    await b.goto(page, site.url(routes.document('kst-29362-282')));
    expect(await page.locator('.key-facts').textContent()).toContain('16 januari 2020');
  });
});
