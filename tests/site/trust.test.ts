/**
 * A site a parent can trust at a glance (built dist/, in Chromium where a person sees it):
 * the banner that says who speaks on every kind of page, visible and in the accessibility
 * tree; «Bent u gedupeerde ouder?» where content/help.json promises it and nowhere else,
 * with its addresses; a date wherever a status is shown (action, theme, annex table, page
 * data, JSON, CSV); «Wat gebeurde er daarna?» on every theme, from content/vervolg.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { routes } from '../../src/model/routes.ts';
import { CorpusSchema, type Corpus } from '../../src/model/schema.ts';
import { routeData, statusAsOf, FOLLOW_UP_ID } from '../../src/site/route-data.ts';
import { showsHelp } from '../../src/site/help.ts';
import { CSV_HEADER, type ActionsFile } from '../../src/site/opendata.ts';
import { formatDate, t } from '../../src/site/strings.ts';
import { useBrowser } from './helpers/browser.ts';
import { htmlFiles, pathOfFile } from './helpers/dist.ts';
import { loadModel } from './helpers/model.ts';
import { DIST } from './helpers/paths.ts';
import { serveDist } from './helpers/server.ts';

const site = serveDist();
const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const corpus: Corpus = CorpusSchema.parse(loadModel());
const pages = routeData(corpus);
const asOf = statusAsOf(corpus)!;
const day = formatDate(asOf.date);
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** The page at `path` in the file's kept page for the viewport and scheme (the tests here only read). */
async function open(path: string, viewport = DESKTOP, colorScheme: 'light' | 'dark' = 'light', status = 200): Promise<Page> {
  const page = await b.keptPage({ viewport, colorScheme, serviceWorkers: 'block' });
  await b.goto(page, site.url(path), status);
  return page;
}

/** One page of every kind, with the official text its banner links to. */
function kinds(): { name: string; path: string; official: string; status?: number }[] {
  const letter = corpus.letter.meta.officialUrl!;
  const of = (kind: string) => pages.find((p) => p.kind === kind)!;
  return [
    { name: 'home', path: routes.home(), official: letter },
    { name: 'documents', path: routes.documents(), official: letter },
    { name: 'letter', path: routes.document('kst-35510-60'), official: letter },
    { name: 'Werk aan Uitvoering', path: routes.document('kst-29362-290'), official: corpus.werkAanUitvoering.meta.officialUrl! },
    { name: 'annex table', path: routes.actions(), official: corpus.annex.meta.officialUrl ?? letter },
    { name: 'themes', path: routes.themes(), official: letter },
    { name: 'theme', path: of('theme').route, official: letter },
    { name: 'action', path: routes.action(41), official: corpus.annex.meta.officialUrl ?? letter },
    { name: '282 action', path: of('rr-action').route, official: corpus.regelsEnRuimte.meta.officialUrl! },
    { name: '282 recommendation', path: of('rr-recommendation').route, official: corpus.regelsEnRuimte.meta.officialUrl! },
    { name: 'abbreviations', path: routes.abbreviations(), official: letter },
    { name: 'search', path: routes.search(), official: letter },
    { name: 'about', path: routes.about(), official: letter },
    { name: 'data', path: routes.data(), official: letter },
    { name: 'accessibility', path: routes.accessibility(), official: letter },
    { name: 'changes', path: '/wijzigingen/', official: letter },
    { name: '404', path: '/deze-pagina-bestaat-niet/', official: letter, status: 404 },
  ];
}

describe('the banner: who speaks', () => {
  it.each(kinds().map((k) => [k.name, k] as const))(
    '%s: visible first on the screen, heard by assistive technology, with the official text (390 light, 1440 dark)',
    async (_name, k) => {
      for (const [viewport, scheme] of [
        [PHONE, 'light'],
        [DESKTOP, 'dark'],
      ] as const) {
        const page = await open(k.path, viewport, scheme, k.status);
        const banner = page.locator('.id-banner');
        await expect(banner.count()).resolves.toBe(1);
        expect(await banner.isVisible()).toBe(true);
        const box = (await banner.boundingBox())!;
        // The first thing on the screen: nothing above it, its whole width.
        expect(box.y, `${k.path} ${viewport.width}`).toBeLessThanOrEqual(1);
        expect(box.height).toBeGreaterThan(10);
        expect(box.width).toBeGreaterThanOrEqual(viewport.width - 1);
        // Not hidden from assistive technology: no aria-hidden or inert above it, and in the accessibility tree.
        expect(await banner.evaluate((e) => e.closest('[aria-hidden="true"], [inert], [hidden]') === null)).toBe(true);
        const tree = await banner.ariaSnapshot();
        expect(tree).toContain(t.bannerTag);
        // In full on a wide screen; in one line on a phone, where the site's name below says «Leesuitgave».
        expect(tree).toContain(viewport === PHONE ? t.bannerShort : t.bannerText);
        if (viewport === PHONE) {
          expect(box.height, 'one line on a phone').toBeLessThan(30);
          expect(await page.locator('.site-name').textContent()).toMatch(/^Leesuitgave/);
        }
        expect(tree).toMatch(new RegExp(`link "${t.bannerLink}`));
        const href = await banner.locator('a').getAttribute('href');
        expect(href, k.path).toBe(k.official);
        // Its words have the contrast of body text (the tag's too).
        const colours = await banner.evaluate((e) => {
          const tag = e.querySelector('.tag')!;
          return [getComputedStyle(e).color, getComputedStyle(e).backgroundColor, getComputedStyle(tag).color, getComputedStyle(tag).backgroundColor];
        });
        expect(colours[0]).not.toBe(colours[1]);
        expect(colours[2]).not.toBe(colours[3]);
        // The site's name cannot be taken for the operation itself.
        expect(await page.locator('.site-name').textContent()).toBe(t.siteName);
        expect(t.siteName).toMatch(/^Leesuitgave /);
      }
    },
    120_000,
  );

  it('is on every built page, and its official link is the official publication of what the page shows', () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const html = read(f);
      if (/http-equiv="refresh"/.test(html)) continue;
      expect(html.match(/<p class="id-banner">/g)?.length, f).toBe(1);
      const banner = /<p class="id-banner">([\s\S]*?)<\/p>/.exec(html)![1]!;
      expect(banner, f).toContain(t.bannerText);
      expect(banner, f).toContain(t.bannerShort);
      expect(banner, f).toMatch(/href="https:\/\/zoek\.officielebekendmakingen\.nl\/kst-\d+-\d+\.html"/);
      expect(banner, f).not.toMatch(/aria-hidden="true"[^>]*>[^<]*Leesuitgave/);
    }
  });
});

describe('«Bent u gedupeerde ouder?»', () => {
  const expected = corpus.help.links.map((l) => l.url);
  it('stands on every page content/help.json names, with its addresses in order, and on no other page', () => {
    const withHelp: string[] = [];
    for (const f of htmlFiles()) {
      const html = read(f);
      const path = pathOfFile(f);
      const asides = html.match(/<aside class="help[^"]*"[\s\S]*?<\/aside>/g) ?? [];
      const page = pages.find((p) => p.route === path);
      const promised = path === routes.home() ? showsHelp(corpus, { kind: 'home' }) : page ? showsHelp(corpus, page) : false;
      expect(asides.length, path).toBe(promised ? 1 : 0);
      if (!asides.length) continue;
      withHelp.push(path);
      const hrefs = [...asides[0]!.matchAll(/<a href="(https:[^"]+)" rel="external"/g)].map((m) => m[1]);
      expect(hrefs, path).toEqual(expected);
      expect(asides[0], path).toContain(t.helpTitle);
      expect(asides[0], path).toContain(t.editorialText);
    }
    expect(withHelp).toContain(routes.home());
    expect(withHelp).toContain(routes.theme('toeslagen'));
    for (let n = 1; n <= 16; n++) expect(withHelp).toContain(routes.action(n));
    expect(withHelp).not.toContain(routes.action(17));
  });

  it('is seen on a phone and a wide screen, its links where the data puts them', async () => {
    for (const [path, viewport] of [
      [routes.home(), PHONE],
      [routes.action(3), PHONE],
      [routes.theme('toeslagen'), DESKTOP],
    ] as const) {
      const page = await open(path, viewport);
      const help = page.locator('aside.help');
      expect(await help.isVisible(), path).toBe(true);
      expect(await help.getByText(t.helpTitle).isVisible()).toBe(true);
      const links = help.locator('a[rel="external"]');
      expect(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).toEqual(expected);
      for (const l of await links.all()) expect(await l.isVisible()).toBe(true);
      // In the first screen of the page, above the text.
      expect((await help.boundingBox())!.y, path).toBeLessThan(viewport.height * 1.5);
    }
  }, 120_000);
});

describe('a date wherever a status is shown', () => {
  it('on every action page: under «Stand van zaken», with the way to what happened next', () => {
    for (const a of corpus.annex.actions) {
      const html = read(`acties/${a.number}/index.html`);
      const section =
        /<section[^>]*id="stand-van-zaken"[\s\S]*?<\/section>/.exec(html)?.[0] ??
        /id="stand-van-zaken"[\s\S]*?class="status-date[\s\S]*?<\/aside>/.exec(html)?.[0];
      expect(section, `actie ${a.number}`).toBeDefined();
      expect(section, `actie ${a.number}`).toContain(asOf.text);
      expect(section).not.toMatch(/stand op 29 juni/);
    }
  });

  it('on an action page and a theme page in the browser, at 390 and 1440 px', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const action = await open(routes.action(1), viewport);
      const note = action.locator('aside.status-date');
      expect(await note.isVisible()).toBe(true);
      expect(await note.innerText()).toContain(asOf.text);
      const later = note.getByRole('link', { name: t.statusLaterLink });
      expect(await later.getAttribute('href')).toMatch(new RegExp(`themas/toeslagen/(index\\.html)?#${FOLLOW_UP_ID}$`));

      const theme = await open(routes.theme('toeslagen'), viewport);
      const statuses = theme.locator('.short-status');
      const n = await statuses.count();
      expect(n).toBe(pages.find((p) => p.route === routes.theme('toeslagen'))!.theme!.actions.length);
      for (const s of await statuses.all()) expect(await s.innerText()).toContain(t.statusLabel(day));
      expect(await theme.locator('.status-asof').innerText()).toContain(asOf.text);
    }
  }, 120_000);

  it('in the annex table: the caption, the column head and, on a phone, every status cell', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open(routes.actions(), viewport);
      expect(await page.locator('#actions-caption').innerText()).toContain(asOf.text);
      expect(await page.locator('.actions-table thead th').allTextContents()).toContain(t.colStatus(day));
      if (viewport === PHONE) {
        const labels = await page.locator('.actions-table td.status-cell').evaluateAll((cells) => cells.map((c) => getComputedStyle(c, '::before').content));
        expect(labels).toHaveLength(corpus.annex.actions.length);
        for (const l of labels) expect(l).toContain(t.colStatus(day));
      }
    }
  }, 120_000);

  it('in acties.json, acties.csv and the data of each action and theme page', () => {
    const json = JSON.parse(read('data/acties.json')) as ActionsFile;
    for (const r of json.acties) expect(r.standVanZakenDatumBrief, `actie ${r.nummer}`).toBe(r.standVanZaken ? asOf.date : null);
    expect(json.velden.standVanZakenDatumBrief).toMatch(/zegt niet wanneer/);
    const rows = parse(read('data/acties.csv'), { bom: true }) as string[][];
    expect(rows[0]).toEqual([...CSV_HEADER]);
    const col = CSV_HEADER.indexOf('Stand van zaken: datum van de brief');
    for (const row of rows.slice(1)) expect(row[col]).toBe(row[CSV_HEADER.indexOf('Stand van zaken')] ? asOf.date : '');
    const csvw = JSON.parse(read('data/acties.csv-metadata.json')) as { tableSchema: { columns: { name: string; datatype: string }[] } };
    expect(csvw.tableSchema.columns.map((c) => c.name)).toContain('stand_van_zaken_datum_brief');
    const action = JSON.parse(read('acties/41.json')) as { gegevens: { standVanZakenVolgens: unknown } };
    expect(action.gegevens.standVanZakenVolgens).toEqual({ tekst: asOf.text, datumBrief: asOf.date });
    const theme = JSON.parse(read('themas/toeslagen.json')) as { gegevens: { standVanZakenVolgens: unknown; daarna: { adres: string }[] } };
    expect(theme.gegevens.standVanZakenVolgens).toEqual({ tekst: asOf.text, datumBrief: asOf.date });
    expect(theme.gegevens.daarna.map((d) => d.adres)).toEqual(
      corpus.followUp
        .filter((f) => f.theme === 1)
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((f) => f.url),
    );
  });
});

describe('«Wat gebeurde er daarna?»', () => {
  it('on every theme page: the checked later documents of content/vervolg.json, cited officially and dated, marked editorial; honest where there are none', async () => {
    for (const theme of corpus.themes) {
      const page = await open(routes.theme(theme.slug), PHONE);
      const section = page.locator(`section:has(> h2#${FOLLOW_UP_ID})`);
      expect(await section.locator('h2').innerText()).toBe(t.followUpTitle);
      expect(await section.locator('.badge').first().innerText()).toBe(t.editorialText);
      const docs = corpus.followUp.filter((f) => f.theme === theme.number).sort((a, b) => a.date.localeCompare(b.date) || a.url.localeCompare(b.url));
      const items = section.locator('.follow-up-list > li');
      expect(await items.count(), theme.slug).toBe(docs.length);
      for (const [i, f] of docs.entries()) {
        const item = items.nth(i);
        const text = await item.innerText();
        expect(text).toContain(t.officialCitation(f.vergaderjaar, f.dossier, f.number));
        expect(text).toContain(formatDate(f.date));
        expect(text).toContain(`«${f.title}»`);
        expect(await item.locator('a').first().getAttribute('href')).toBe(f.url);
        expect(await item.locator('time').getAttribute('datetime')).toBe(f.date);
      }
      const all = await section.innerText();
      expect(all).toContain(t.followUpIncomplete);
      if (!docs.length) expect(all).toContain(t.followUpNone);
      // In «Op deze pagina», right after the actions.
      expect(await page.locator(`.page-toc a[href$="#${FOLLOW_UP_ID}"]`).count()).toBeGreaterThan(0);
    }
  }, 240_000);
});
