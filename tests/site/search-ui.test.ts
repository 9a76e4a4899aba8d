/**
 * The search page as a reader uses it, in Chromium: ten results on the first screen,
 * grouped under headings, titles as headings with the terms marked in the excerpt;
 * «Meer resultaten» adds the next ones and moves the focus to them; every filter narrows
 * the results to pages that carry its value; the «Bedoelde u …?» states; a best bet first;
 * an empty result with ways on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULT_LINKS, routeOfHref, searchOnPage } from '../../scripts/lib/search/run-queries.ts';
import { useBrowser } from './helpers/browser.ts';
import { fileOfPath } from './helpers/dist.ts';
import { DIST } from './helpers/paths.ts';
import { serveDist } from './helpers/server.ts';

const b = useBrowser();
const site = serveDist();

/** The search page, loaded afresh in the file's kept page (each test reads one state at a time), with a query run. */
async function open(q?: string): Promise<Page> {
  const page = await b.keptPage();
  await b.goto(page, site.url('/zoeken/'));
  if (q) await searchOnPage(page, q, site.url('/'));
  return page;
}
const results = (page: Page) => page.locator(RESULT_LINKS).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
const waitDone = (page: Page) => page.waitForFunction(() => document.getElementById('zoeken')?.getAttribute('data-state') === 'klaar');

describe('search results', () => {
  it('shows ten on the first screen, grouped under headings, titles as headings, terms marked', async () => {
    const page = await open('schulden');
    expect(await page.locator('#zoeken-resultaten .zoeken-resultaat').count()).toBe(10);
    const groups = await page.locator('#zoeken-resultaten > li.zoeken-groep > h2').allTextContents();
    expect(groups.length).toBeGreaterThanOrEqual(2);
    expect(new Set(groups).size).toBe(groups.length);
    for (const g of groups) expect(['In de brief', 'Acties', 'Andere brieven']).toContain(g);
    // The letter's own passage is on the first screen, linking to its anchor.
    expect((await results(page)).some((h) => /\/documenten\/kst-35510-60\/#/.test(h))).toBe(true);
    expect(await page.locator('.zoeken-resultaat h3.zoeken-titel a').count()).toBe(10);
    expect(await page.locator('.zoeken-resultaat .zoeken-fragment mark').count()).toBeGreaterThanOrEqual(10);
    // An action shows the date of its status.
    expect(await page.locator('.zoeken-over', { hasText: 'Stand van zaken op 29 juni 2021' }).count()).toBeGreaterThan(0);
  });

  it('titles a result as its page is titled (an action by its short title, not by the description in the annex)', async () => {
    for (const q of ['schulden', 'gemeente', 'Regels en ruimte maatwerk']) {
      const page = await open(q);
      const shown = await page
        .locator(RESULT_LINKS)
        .evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).href, (a as HTMLElement).innerText.trim()] as const));
      let checked = 0;
      for (const [href, text] of shown) {
        const route = routeOfHref(href, site.url('/'));
        if (!/^\/(acties|documenten\/[^/]+\/(acties|aanbevelingen))\/\d+\/$/.test(route) || href.includes('#')) continue;
        const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/
          .exec(readFileSync(join(DIST, fileOfPath(route)!), 'utf8'))![1]!
          .replace(/<[^>]+>/g, '')
          .replace(/&amp;/g, '&')
          .replace(/&#39;/g, "'")
          .trim();
        expect(text, `«${q}»: the result for ${route}`).toBe(h1);
        checked++;
      }
      expect(checked, `«${q}»: results that are action or recommendation pages`).toBeGreaterThan(0);
      await page.close();
    }
  });

  it('«Meer resultaten» adds the next results and moves the focus to the first of them', async () => {
    const page = await open('schulden');
    const before = await results(page);
    await page.click('.zoeken-meer');
    await page.waitForFunction((n) => document.querySelectorAll('#zoeken-resultaten .zoeken-resultaat').length > n, before.length);
    const after = await results(page);
    expect(after.length).toBeGreaterThan(before.length);
    for (const h of before) expect(after).toContain(h);
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    expect(after).toContain(focused);
    expect(before).not.toContain(focused);
  });

  it('each filter narrows the results to pages that carry its value', { timeout: 240_000 }, async () => {
    const page = await open('overheid');
    const all = (await results(page)).length;
    const selects = await page
      .locator('.zoeken-filters select')
      .evaluateAll((ss) => ss.map((s) => ({ id: s.id, values: [...(s as HTMLSelectElement).options].map((o) => o.value).filter(Boolean) })));
    expect(selects.map((s) => s.id).sort()).toEqual(['zoeken-filter-document', 'zoeken-filter-soort', 'zoeken-filter-thema']);
    const key: Record<string, string> = { 'zoeken-filter-document': 'document', 'zoeken-filter-soort': 'kind', 'zoeken-filter-thema': 'theme' };
    for (const s of selects) {
      expect(s.values.length, s.id).toBeGreaterThan(0);
      for (const value of s.values) {
        await page.selectOption(`#${s.id}`, value);
        await waitDone(page);
        const routes = (await results(page)).map((h) => routeOfHref(h, site.url('/')));
        for (const r of routes) {
          const html = readFileSync(join(DIST, fileOfPath(r)!), 'utf8');
          const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
          expect(html, `${s.id} = ${value}: ${r}`).toContain(`data-pagefind-filter="${key[s.id]}">${escaped}<`);
        }
      }
      await page.selectOption(`#${s.id}`, '');
      await waitDone(page);
      expect((await results(page)).length).toBe(all);
    }
  });
});

describe('«Bedoelde u …?», best bets and the empty result', () => {
  it('a misspelt word: the results for the nearest spelling, and a link back to the query as typed', async () => {
    const page = await open('Belastingdiesnt invordering');
    expect(await page.getAttribute('#zoeken', 'data-suggestie')).toBe('replace');
    const hint = page.locator('#zoeken-suggestie');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toContain('Belastingdienst invordering');
    await hint.locator('a').click();
    await page.waitForFunction(
      () =>
        document.getElementById('zoeken')?.getAttribute('data-query') === 'Belastingdiesnt invordering' &&
        document.getElementById('zoeken')?.getAttribute('data-state') === 'klaar',
    );
    // Asked for as typed: no suggestion replaces it.
    expect(await page.getAttribute('#zoeken', 'data-suggestie')).toBe('none');
  });

  it('whole questions: stop words do not decide, and pages with some of the words are said to be so', async () => {
    const page = await open('wat gebeurt er met mijn schulden');
    expect((await results(page)).length).toBeGreaterThan(3);
    const partial = await open('wachten ouders compensatie belastingdienst kindpanel');
    expect(await partial.getAttribute('#zoeken', 'data-treffers')).toBe('some');
    expect(await partial.locator('#zoeken-uitleg').textContent()).toContain('Geen pagina met alle woorden');
  }, 180_000);

  it('an action by number and a Kamerstuk by citation come first', async () => {
    for (const [q, route] of [
      ['actie 41', '/acties/41/'],
      ['kst-29362-282', '/documenten/kst-29362-282/'],
      ['35 510, nr. 60', '/documenten/kst-35510-60/'],
    ] as const) {
      const page = await open(q);
      const first = (await results(page))[0]!;
      expect(routeOfHref(first, site.url('/')), q).toBe(route);
      expect(await page.locator('li[data-groep="gericht"] h2').textContent()).toBe('Rechtstreeks naar');
    }
  }, 240_000);

  it('a term the glossary explains leads to its explanation first', async () => {
    const page = await open('wat is de commissie werkelijke schade');
    const first = (await results(page))[0]!;
    expect(routeOfHref(first, site.url('/'))).toBe('/begrippen/');
    expect(first).toContain('#commissie-werkelijke-schade');
  });

  it('an empty result shows the themes and example searches, which run', async () => {
    const page = await open('xyzzyq');
    expect((await results(page)).length).toBe(0);
    const ways = page.locator('#zoeken-verder');
    expect(await ways.isVisible()).toBe(true);
    expect(await ways.locator('a[href*="/themas/"]').count()).toBe(6);
    expect(await ways.locator('a[href*="/begrippen/"]').count()).toBe(1);
    await ways.locator('a[data-zoekvraag]').first().click();
    await waitDone(page);
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(await ways.isVisible()).toBe(false);
  });
});
