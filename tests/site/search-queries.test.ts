/**
 * The query set (scripts/lib/search/queries.ts) through the site's own search page in
 * Chromium, online and from file://: for every query, its page is among the first three
 * results; and both give the same results in the same order (one engine, one index).
 * Each expectation rests on the sources: the expected page carries the words the query
 * is meant to find (its compound, abbreviation, misspelling, inflection or accented form).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEARCH_QUERY_SET, type QueryCategory } from '../../scripts/lib/search/queries.ts';
import { searchOnPage } from '../../scripts/lib/search/run-queries.ts';
import { useBrowser } from './helpers/browser.ts';
import { fileOfPath } from './helpers/dist.ts';
import { DIST } from './helpers/paths.ts';
import { serveDist } from './helpers/server.ts';

const b = useBrowser();
const site = serveDist();
const FILE_ROOT = pathToFileURL(DIST).href + '/';
const fold = (s: string) => s.toLowerCase().normalize('NFC').replace(/\s+/g, ' ');
const textOf = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');

describe('the query set rests on the sources', () => {
  it('has at least 60 queries, in every category', () => {
    expect(SEARCH_QUERY_SET.length).toBeGreaterThanOrEqual(60);
    const categories: QueryCategory[] = ['samenstelling', 'afkorting', 'typfout', 'sic', 'verbuiging', 'diakriet', 'exact'];
    for (const c of categories) expect(SEARCH_QUERY_SET.filter((q) => q.category === c).length, c).toBeGreaterThanOrEqual(5);
  });
  it.each(SEARCH_QUERY_SET.map((q) => [q.query, q] as const))('«%s»: the expected page carries the words it is meant to find', (_, q) => {
    const file = fileOfPath(q.route);
    expect(file, q.route).toBeDefined();
    const text = fold(textOf(readFileSync(join(DIST, file!), 'utf8')));
    expect(text).toContain(fold(q.evidence));
    // A misspelt or unaccented query is not simply a phrase of the page.
    if (q.category === 'typfout' || q.category === 'diakriet') expect(text).not.toContain(fold(q.query));
  });
});

const CATEGORIES = [...new Set(SEARCH_QUERY_SET.map((q) => q.category))];

/**
 * A search page: online through the tracked browser of the tests (an error or a request
 * outside the site fails the test), from file:// in a context of its own (the tracked one
 * allows only the local server) that records console errors and page errors itself.
 */
async function searchPage(mode: 'online' | 'file://'): Promise<{ page: Page; root: string; errors: string[]; close(): Promise<void> }> {
  if (mode === 'online') {
    const page = await b.newPage();
    await page.goto(site.url('/zoeken/'));
    return { page, root: site.url('/'), errors: [], close: async () => {} };
  }
  const context = await b.browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`${r.url()}: ${r.failure()?.errorText}`));
  await page.goto(`${FILE_ROOT}zoeken/index.html`);
  return { page, root: FILE_ROOT, errors, close: () => context.close() };
}

for (const mode of ['online', 'file://'] as const) {
  describe(`search ${mode}: the expected page is in the top 3`, () => {
    // One search page per category, every query of it typed into the page's own search box.
    it.each(CATEGORIES)('%s', async (category) => {
      const { page, root, errors, close } = await searchPage(mode);
      const misses: string[] = [];
      for (const q of SEARCH_QUERY_SET.filter((x) => x.category === category)) {
        const found = await searchOnPage(page, q.query, root);
        const top = found.slice(0, 3);
        // A known miss (with its reason in the query set) must still be found.
        if (q.knownMiss ? !found.includes(q.route) : !top.includes(q.route)) {
          misses.push(`«${q.query}»: expected ${q.route} ${q.knownMiss ? 'among the results' : 'in the top 3'}, got ${top.join(' ') || 'nothing'}`);
        }
      }
      await close();
      expect(errors).toEqual([]);
      expect(misses).toEqual([]);
    });
  });
}

describe('search offline gives the same results in the same order as online', () => {
  it.each(['kinderopvangtoeslag', 'Belastingdiesnt', 'toets regeer akkoord', 'beleid', 'schulden', 'SVB'])('«%s»', async (query) => {
    const online = await searchPage('online');
    const offline = await searchPage('file://');
    const a = await searchOnPage(online.page, query, online.root);
    const c = await searchOnPage(offline.page, query, offline.root);
    await offline.close();
    expect(offline.errors).toEqual([]);
    expect(a.length).toBeGreaterThan(0);
    expect(c).toEqual(a);
  });
});
