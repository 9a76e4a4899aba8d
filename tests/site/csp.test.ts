/**
 * The site under the strict Content-Security-Policy it ships (public/_headers): dist/ is
 * served with that header; every kind of page keeps its styling and its scripts, the
 * browser reports no violation, and it does not scroll sideways at 390 px. A page that the
 * policy blocks nothing of is drawn as without it: axe on every page, light and dark, is
 * tests/site/every-page.test.ts (and at 320 px tests/site/a11y.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { routes } from '../../src/model/routes.ts';
import { copiedText, useBrowser } from './helpers/browser.ts';
import { ROOT } from './helpers/paths.ts';
import { serveDist } from './helpers/server.ts';

/** The policy as shipped: the Content-Security-Policy line of public/_headers. */
export function shippedPolicy(): string {
  const line = readFileSync(join(ROOT, 'public', '_headers'), 'utf8')
    .split('\n')
    .find((l) => /^\s+Content-Security-Policy:/i.test(l));
  if (!line) throw new Error('public/_headers: expected a Content-Security-Policy line, found none');
  return line.replace(/^\s+Content-Security-Policy:\s*/i, '').trim();
}

const POLICY = shippedPolicy();
const site = serveDist(undefined, { headers: { 'content-security-policy': POLICY } });
const b = useBrowser();

const PAGES: { name: string; path: string; status?: number; query?: string }[] = [
  { name: 'home', path: routes.home() },
  { name: 'documents', path: routes.documents() },
  { name: 'document', path: routes.document('kst-35510-60') },
  { name: 'annex table', path: routes.actions() },
  { name: 'theme', path: routes.theme('toeslagen') },
  { name: 'action', path: routes.action(41) },
  { name: '282 actions', path: routes.rrActions() },
  { name: '282 recommendations', path: routes.rrRecommendations() },
  { name: '282 recommendation', path: routes.rrRecommendation(1) },
  { name: 'abbreviations', path: routes.abbreviations() },
  { name: 'search', path: `${routes.search()}?q=algoritmeregister`, query: 'algoritmeregister' },
  { name: 'about', path: routes.about() },
  { name: 'data', path: routes.data() },
  { name: 'accessibility', path: routes.accessibility() },
  { name: '404', path: '/bestaat-niet/', status: 404 },
];

/** In the page, before its own scripts: every violation of the policy the document reports, in window.__csp. */
function recordViolations(): void {
  const list: string[] = [];
  (window as unknown as { __csp: string[] }).__csp = list;
  document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
}
/** Kept pages that record already. */
const recording = new WeakSet<Page>();

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describe('strict Content-Security-Policy', () => {
  it('ships a policy without unsafe-inline', () => {
    expect(POLICY).toMatch(/default-src 'self'/);
    expect(POLICY).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(POLICY).toMatch(/style-src 'self'/);
    expect(POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it.each(PAGES.map((p) => [p.name, p] as const))('%s: styled, scripts run, no violation, no sideways scrolling at 390 px', async (_name, p) => {
    // The file's kept page (these tests store nothing), recording from the first byte of each document.
    const page = await b.keptPage({ serviceWorkers: 'block' });
    if (!recording.has(page)) {
      await page.addInitScript(recordViolations);
      recording.add(page);
    }
    const res = await b.goto(page, site.url(p.path), p.status ?? 200);
    expect((await res.context().request.get(site.url(p.path))).headers()['content-security-policy']).toBe(POLICY);
    // The stylesheet applies: our header colour and the page measure, not the browser's defaults.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    // The head script ran (it marks <html> before the page is drawn).
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    if (p.query) {
      // Pagefind or, if it cannot start, the offline search: either way the page answers.
      await page.locator('#zoeken-resultaten a[href]').first().waitFor({ timeout: 20_000 });
    }
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'scrolls sideways at 390 px').toBeLessThanOrEqual(390);
    expect(await violations(page)).toEqual([]);
  });

  it('opens «Op deze pagina» on a phone, cites a paragraph and copies it, without a violation', async () => {
    const page = await b.newPage({
      serviceWorkers: 'block',
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      clipboard: true,
    });
    await page.addInitScript(recordViolations);
    await b.goto(page, site.url(routes.document('kst-35510-60')));
    await page.locator('.toc-toggle').tap();
    expect(await page.locator('#op-deze-pagina').isVisible()).toBe(true);
    await page.locator('#op-deze-pagina a[href="#s2"]').tap();
    await page.locator('[id="s2"] ~ p.block > a.anchor').first().tap();
    expect(await page.locator('#alinea-citeren').isVisible()).toBe(true);
    await page.locator('#alinea-citeren').getByRole('button', { name: 'Kopieer bronvermelding' }).tap();
    await page.locator('#alinea-citeren .copy-status', { hasText: 'gekopieerd' }).waitFor();
    expect(await copiedText(page)).toMatch(/^Kamerstukken II 2020\/21, 35 510, nr\. 60, p\. \d+(-\d+)?$/);
    expect(await violations(page)).toEqual([]);
  });
});
