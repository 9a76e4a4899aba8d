/**
 * Runs queries through the site's own search page in Chromium, as a reader does: types
 * the query into the page's search box, presses Enter and reads the first results.
 * Online (http) and from disk (file://) alike.
 */
import type { Browser, Page } from 'playwright-core';
import { passRates, type SearchQuery } from './queries.ts';

export const SEARCH_ROOT = '#zoeken';
export const SEARCH_BOX = '#zoeken-invoer';
/** Result titles in reading order: best bets first, then the groups as the page shows them. */
export const RESULT_LINKS = '#zoeken-resultaten .zoeken-resultaat .zoeken-titel a';

/** The site route of a result link: "http://h/acties/1/" or "file:///…/dist/acties/1/index.html" → "/acties/1/". */
export function routeOfHref(href: string, siteRoot: string): string {
  const rel = href.startsWith(siteRoot) ? href.slice(siteRoot.length) : new URL(href).pathname.replace(/^\//, '');
  return '/' + rel.split('#')[0]!.replace(/(^|\/)index\.html$/, '$1');
}

/** Types a query into the search page and waits for its results; returns the routes of the results shown. */
export async function searchOnPage(page: Page, query: string, siteRoot: string): Promise<string[]> {
  const box = page.locator(SEARCH_BOX);
  await box.fill(query);
  await box.press('Enter');
  await page.waitForFunction(
    ({ sel, q }) => {
      const root = document.querySelector(sel);
      return !!root && root.getAttribute('data-query') === q && root.getAttribute('data-state') === 'klaar';
    },
    { sel: SEARCH_ROOT, q: query.trim() },
    { timeout: 30_000 },
  );
  const hrefs = await page.locator(RESULT_LINKS).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((h) => routeOfHref(h, siteRoot));
}

export interface QueryOutcome extends SearchQuery {
  top: string[];
  ok: boolean;
}

/** All queries on one search page (opened once); `siteRoot` is the URL of the site's root, ending in "/". */
export async function runQuerySet(
  browser: Browser,
  searchUrl: string,
  siteRoot: string,
  queries: readonly SearchQuery[],
): Promise<{ outcomes: QueryOutcome[]; rates: ReturnType<typeof passRates> }> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    await page.goto(searchUrl);
    const outcomes: QueryOutcome[] = [];
    for (const sq of queries) {
      const routes = await searchOnPage(page, sq.query, siteRoot);
      const top = routes.slice(0, 3);
      outcomes.push({ ...sq, top, ok: top.includes(sq.route) });
    }
    return { outcomes, rates: passRates(outcomes) };
  } finally {
    await context.close();
  }
}
