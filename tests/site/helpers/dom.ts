/** Small DOM helpers shared by the browser tests. */
import type { Locator, Page } from 'playwright-core';
import { canonical, canonicalPath } from './dist.ts';

/** A site URL's path and fragment, for comparing where the browser is. */
export function here(page: Page): string {
  return canonicalPath(page.url());
}

/**
 * The visible links whose resolved address is `target` (path with optional #fragment),
 * optionally inside `within` (a CSS selector).
 */
export async function linksTo(page: Page, target: string, within = 'body'): Promise<Locator> {
  const all = await page.evaluate(
    (within) => [...document.querySelectorAll<HTMLAnchorElement>(`${within} a[href]`)].map((a) => ({ raw: a.getAttribute('href')!, href: a.href })),
    within,
  );
  const want = canonical(target, page.url());
  const raws = [...new Set(all.filter((a) => canonical(a.href) === want).map((a) => a.raw))];
  if (raws.length === 0) throw new Error(`${page.url()}: no link to ${target} inside ${within}`);
  const selector = raws.map((r) => `${within} a[href=${JSON.stringify(r)}]`).join(', ');
  return page.locator(selector).filter({ visible: true });
}

/** Clicks the first visible link to `target` and waits until the browser is there. */
export async function follow(page: Page, target: string, within = 'body'): Promise<void> {
  const links = await linksTo(page, target, within);
  if ((await links.count()) === 0) throw new Error(`${page.url()}: the links to ${target} inside ${within} are all hidden`);
  const want = canonical(target, page.url());
  await Promise.all([page.waitForURL((u) => canonical(u.href) === want, { timeout: 10_000 }), links.first().click()]);
  await page.waitForLoadState('load');
}

/** The lang attribute of the page's root element. */
export function langOf(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('lang'));
}

/** Is the element the page's search box? Evaluated in the page. */
export const SEARCH_BOX = [
  'input[type="search"]',
  '[role="searchbox"]',
  '[role="search"] input',
  'search input',
  '.pagefind-ui__search-input',
  'pagefind-input input',
].join(', ');
