/**
 * The built site without a server and without a network:
 *  - from file://: links between pages, and search (Pagefind and its index as classic scripts, dist/zoeken/pagefind-offline.js);
 *  - over http with the service worker: after one visit, pages and search work offline.
 * Run after the build (npm run build, which ends with scripts/postbuild.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksText } from '../../src/model/text.ts';
import { themeOf } from '../../src/model/corpus.ts';
import { launchChromium } from './helpers/browser.ts';
import { htmlFiles } from './helpers/dist.ts';
import { loadModel } from './helpers/model.ts';
import { DIST } from './helpers/paths.ts';
import { startServer, type SiteServer } from './helpers/server.ts';

const fileUrl = (rel: string) => pathToFileURL(join(DIST, rel)).href;
const norm = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ');

/** An action with a phrase of four words from the start of its description that no other action has. */
function distinctivePhrase(): { number: number; phrase: string } {
  const actions = loadModel().annex.actions;
  const texts = actions.map((a) => norm(`${blocksText(a.description)} ${blocksText(a.status)}`));
  for (const [i, a] of actions.entries()) {
    if (a.number < 10) continue;
    const words = blocksText(a.description).replace(/\s+/g, ' ').split(' ').slice(0, 30);
    for (let w = 0; w + 4 <= words.length; w++) {
      const phrase = words.slice(w, w + 4).join(' ').replace(/[^\p{L}\p{N} -]/gu, '').trim();
      if (phrase.split(' ').length < 4 || phrase.length < 20) continue;
      if (texts.every((t, j) => j === i || !t.includes(norm(phrase)))) return { number: a.number, phrase };
    }
  }
  throw new Error('no action with a distinctive phrase');
}

let browser: Browser;
const contexts: BrowserContext[] = [];
const problems: string[] = [];
async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', ...options });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (err) => problems.push(`${page.url()}: ${err.message}`));
  return page;
}
beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}: build the site first (npm run build)`);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
});

describe('dist/ from file://', () => {
  it('has no root-relative URL left in href, src or action (except 404.html)', () => {
    for (const file of htmlFiles().filter((f) => f !== '404.html')) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const bad = html.match(/\s(?:href|src|action)=["']?\/(?!\/)[^"'\s>]*/g);
      expect(bad, file).toBeNull();
    }
  });

  it('follows home → theme → action → footnote by clicking links', async () => {
    const corpus = loadModel();
    const action = corpus.annex.actions.find((a) => a.footnotes.length > 0 && themeOf(a, corpus.themes));
    expect(action, 'an action with a footnote and a theme').toBeDefined();
    const theme = themeOf(action!, corpus.themes)!;
    const page = await newPage();
    await page.goto(fileUrl('index.html'));
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();

    await Promise.all([page.waitForURL(fileUrl(`themas/${theme.slug}/index.html`)), page.locator(`main a[href$="themas/${theme.slug}/index.html"]`).first().click()]);
    await Promise.all([
      page.waitForURL(fileUrl(`acties/${action!.number}/index.html`)),
      page.locator(`main a[href$="acties/${action!.number}/index.html"]`).first().click(),
    ]);
    expect(await page.locator('h1').first().textContent()).toContain(String(action!.number));
    // The stylesheet is inline, so the page is styled from disk too.
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);

    const note = action!.footnotes[0]!;
    await page.locator(`main a[href="#${note.id}"]`).first().click();
    await page.waitForURL(`${fileUrl(`acties/${action!.number}/index.html`)}#${note.id}`);
    const target = page.locator(`[id="${note.id}"]`);
    await expect(target.isVisible()).resolves.toBe(true);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('searches from disk and ranks the action first for its own phrase', async () => {
    const { number, phrase } = distinctivePhrase();
    const page = await newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: ${m.text()}`));
    await page.goto(fileUrl('zoeken/index.html'));
    const box = page.locator('#zoeken-invoer');
    await box.waitFor({ state: 'visible' });
    await box.fill(phrase);
    await box.press('Enter');
    const first = page.locator('#zoeken-resultaten > li .zoeken-titel a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe(fileUrl(`acties/${number}/index.html`));
    await expect(page.locator('#zoeken-status').textContent()).resolves.toMatch(/resultaat|resultaten/);
    // The result is a real link.
    await Promise.all([page.waitForURL(fileUrl(`acties/${number}/index.html`)), first.click()]);
    expect(problems).toEqual([]);
  });

  it('says so in Dutch when the index cannot be loaded', async () => {
    const page = await newPage();
    await page.route('**/pagefind-offline.js', (r) => r.abort());
    await page.goto(`${fileUrl('zoeken/index.html')}?q=toeslagen`);
    await page.waitForFunction(() => /niet beschikbaar/.test(document.getElementById('zoeken-status')?.textContent ?? ''));
    expect(await page.locator('#zoeken-resultaten a').count()).toBeGreaterThan(0);
  });
});

describe('service worker: offline after one visit', () => {
  let server: SiteServer;
  beforeAll(async () => {
    server = await startServer(DIST);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('precaches the site; an action page and search then work offline', async () => {
    const files = JSON.parse(/const FILES = (\[.*\]);/.exec(readFileSync(join(DIST, 'sw.js'), 'utf8'))![1]!) as string[];
    expect(files).toContain('index.html');
    expect(files.some((f) => f.startsWith('pagefind/'))).toBe(true);
    const { number, phrase } = distinctivePhrase();
    const page = await newPage();
    await page.goto(server.url('/'));
    // Installed (all files cached) and controlling this page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 60_000 });
    const cached = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((k) => k.startsWith('hkt-'));
      const keys = names.length === 1 ? await (await caches.open(names[0]!)).keys() : [];
      return { names, count: keys.length };
    });
    expect(cached.names).toHaveLength(1);
    expect(cached.count).toBe(files.length);

    await page.context().setOffline(true);
    const res = await page.goto(server.url(`/acties/${number}/`));
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').first().textContent()).toContain(String(number));
    await page.reload();
    expect(await page.locator('h1').first().textContent()).toContain(String(number));

    await page.goto(server.url(`/zoeken/?q=${encodeURIComponent(phrase)}`));
    // Pagefind (precached) or the fallback search: either way the action is found.
    const link = page.locator(`#zoeken-resultaten a[href*="/acties/${number}/"]`).first();
    await link.waitFor({ timeout: 20_000 });
    expect(problems).toEqual([]);
  });
});
