/**
 * Two query sets through the site's own search page in Chromium, online and from file://:
 *   - the expert set (scripts/lib/search/queries.ts): for every query, its page is among the
 *     first three results;
 *   - the everyday questions (scripts/lib/search/everyday.ts): whole sentences, everyday
 *     words, words apart or together, numbers — at least 95 % with an answering page among
 *     the first three results (in the order the reader sees them);
 * no query of either set ends on an empty page without a way on; and online and file://
 * give the same results in the same order for every query (one engine, one index). All
 * queries run in one loaded search page per mode, the two modes side by side. Each expectation rests
 * on the sources: the expected page carries the words the query is meant to find.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVERYDAY_QUESTIONS } from '../../scripts/lib/search/everyday.ts';
import { SEARCH_QUERY_SET, type QueryCategory } from '../../scripts/lib/search/queries.ts';
import { searchOnPage } from '../../scripts/lib/search/run-queries.ts';
import { errorsOf, useBrowser } from './helpers/browser.ts';
import { fileOfPath } from './helpers/dist.ts';
import { DIST } from './helpers/paths.ts';
import { serveDist } from './helpers/server.ts';

const b = useBrowser();
const site = serveDist();
const FILE_ROOT = pathToFileURL(DIST).href + '/';
const fold = (s: string) => s.toLowerCase().normalize('NFC').replace(/\s+/g, ' ');
/**
 * A page's text as a reader reads it: the edition's «[sic]» marks left out, inline markup (a term's
 * link, an abbreviation) joined to the word it stands in («KOT-affaire»), blocks apart.
 */
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<a class="sic"[^>]*>[\s\S]*?<\/a>/g, '')
    .replace(/<\/?(?:a|abbr|span|em|strong|b|i|ins|mark|sup|sub|q|cite)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

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

describe('the everyday questions rest on the sources', () => {
  it('has at least 60 questions, most of them whole sentences, in every category', () => {
    expect(EVERYDAY_QUESTIONS.length).toBeGreaterThanOrEqual(60);
    for (const c of ['zin', 'alledaags', 'los-of-vast', 'getal'] as const)
      expect(EVERYDAY_QUESTIONS.filter((q) => q.category === c).length, c).toBeGreaterThanOrEqual(8);
    expect(new Set(EVERYDAY_QUESTIONS.map((q) => q.query)).size).toBe(EVERYDAY_QUESTIONS.length);
  });
  it.each(EVERYDAY_QUESTIONS.map((q) => [q.query, q] as const))('«%s»: an answering page carries the answer', (_, q) => {
    const texts = q.answers.map((route) => {
      const file = fileOfPath(route);
      expect(file, route).toBeDefined();
      return fold(textOf(readFileSync(join(DIST, file!), 'utf8')));
    });
    expect(
      texts.some((t) => t.includes(fold(q.evidence))),
      `«${q.evidence}» on one of ${q.answers.join(', ')}`,
    ).toBe(true);
  });
});

/** After a query: results are shown, or the ways on (nearest spellings, themes, examples) are. */
async function hasNextStep(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.querySelectorAll('#zoeken-resultaten .zoeken-resultaat').length > 0 || document.getElementById('zoeken-verder')?.hidden === false,
  );
}

const CATEGORIES = [...new Set(SEARCH_QUERY_SET.map((q) => q.category))];
/** Queries compared online and from disk besides those of the two sets. */
const COMPARED = [
  'kinderopvangtoeslag',
  'Belastingdiesnt',
  'toets regeer akkoord',
  'beleid',
  'schulden',
  'SVB',
  'wat gebeurt er met mijn schulden',
  'toeslagen affaire',
  '€ 30.000',
  'actie 41',
];
const MODES = ['online', 'file://'] as const;
type Mode = (typeof MODES)[number];

/**
 * A search page: online through the tracked browser of the tests (an error or a request
 * outside the site fails the test), from file:// in a context of its own (the tracked one
 * allows only the local server) that records console errors and page errors itself.
 */
async function searchPage(mode: Mode): Promise<{ page: Page; root: string; errors(): string[]; close(): Promise<void> }> {
  if (mode === 'online') {
    const page = await b.newPage();
    await b.goto(page, site.url('/zoeken/'));
    return { page, root: site.url('/'), errors: () => errorsOf(page), close: () => page.context().close() };
  }
  const context = await b.browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`${r.url()}: ${r.failure()?.errorText}`));
  await page.goto(`${FILE_ROOT}zoeken/index.html`);
  return { page, root: FILE_ROOT, errors: () => errors, close: () => context.close() };
}

interface Outcome {
  /** The routes of the results, in the order the reader sees them. */
  found: string[];
  /** Results shown, or the ways on. */
  wayOn: boolean;
}

/**
 * Every query of both sets (and COMPARED), typed into the page's own search box of one loaded
 * search page per mode — the online and the file:// page side by side. The engine and the index
 * are the built ones; a query's results do not depend on the queries before it.
 */
const outcomes: Record<Mode, Map<string, Outcome>> = { online: new Map(), 'file://': new Map() };
const pageErrors: Record<Mode, string[]> = { online: [], 'file://': [] };
const ALL_QUERIES = [...new Set([...SEARCH_QUERY_SET.map((q) => q.query), ...EVERYDAY_QUESTIONS.map((q) => q.query), ...COMPARED])];

beforeAll(async () => {
  await Promise.all(
    MODES.map(async (mode) => {
      const { page, root, errors, close } = await searchPage(mode);
      for (const query of ALL_QUERIES) {
        const found = await searchOnPage(page, query, root);
        outcomes[mode].set(query, { found, wayOn: await hasNextStep(page) });
      }
      pageErrors[mode] = [...errors()];
      await close();
    }),
  );
}, 600_000);

for (const mode of MODES) {
  describe(`search ${mode}: the expected page is in the top 3`, () => {
    it('runs every query without an error in the browser', () => {
      expect(outcomes[mode].size).toBe(ALL_QUERIES.length);
      expect(pageErrors[mode]).toEqual([]);
    });
    it.each(CATEGORIES)('%s', (category) => {
      const misses: string[] = [];
      for (const q of SEARCH_QUERY_SET.filter((x) => x.category === category)) {
        const { found, wayOn } = outcomes[mode].get(q.query)!;
        if (!wayOn) misses.push(`«${q.query}»: an empty page without a way on`);
        const top = found.slice(0, 3);
        // A known miss (with its reason in the query set) must still be found.
        if (q.knownMiss ? !found.includes(q.route) : !top.includes(q.route)) {
          misses.push(`«${q.query}»: expected ${q.route} ${q.knownMiss ? 'among the results' : 'in the top 3'}, got ${top.join(' ') || 'nothing'}`);
        }
      }
      expect(misses).toEqual([]);
    });
  });
}

for (const mode of MODES) {
  describe(`search ${mode}: everyday questions find an answering page in the top 3`, () => {
    it('for at least 95 % of the questions, and every question leaves a way on', () => {
      const misses: string[] = [];
      const dead: string[] = [];
      for (const q of EVERYDAY_QUESTIONS) {
        const { found, wayOn } = outcomes[mode].get(q.query)!;
        if (!found.slice(0, 3).some((r) => q.answers.includes(r)))
          misses.push(`«${q.query}»: expected one of ${q.answers.join(' ')}, got ${found.slice(0, 3).join(' ') || 'nothing'}`);
        if (!wayOn) dead.push(q.query);
      }
      expect(dead).toEqual([]);
      const rate = (EVERYDAY_QUESTIONS.length - misses.length) / EVERYDAY_QUESTIONS.length;
      expect(rate, `top-3 ${(100 * rate).toFixed(1)} %; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    });
  });
}

describe('search offline gives the same results in the same order as online', () => {
  it.each(COMPARED)('«%s»', (query) => {
    const a = outcomes.online.get(query)!.found;
    expect(a.length).toBeGreaterThan(0);
    expect(outcomes['file://'].get(query)!.found).toEqual(a);
  });
  it('for every query of both sets too', () => {
    const differ = ALL_QUERIES.filter((q) => JSON.stringify(outcomes.online.get(q)!.found) !== JSON.stringify(outcomes['file://'].get(q)!.found));
    expect(differ).toEqual([]);
  });
});
