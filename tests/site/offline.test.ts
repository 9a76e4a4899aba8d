/**
 * The built site without a server and without a network:
 *  - from file://: links between pages, and search (Pagefind and its index as classic scripts, dist/zoeken/pagefind-offline.js);
 *  - over http with the service worker: pages are kept as they are read; the whole site when the
 *    reader chooses (then pages and search work offline); an update fetches only changed files.
 * Run after the build (npm run build; its integration ends with the offline step, scripts/lib/offline/index.ts).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksText } from '../../src/model/text.ts';
import { t } from '../../src/site/strings.ts';
import { savedOn } from '../../src/client/offline-logic.ts';
import { themeOf } from '../../src/model/corpus.ts';
import { launchChromium } from './helpers/browser.ts';
import { htmlFiles } from './helpers/dist.ts';
import { loadModel } from './helpers/model.ts';
import { DIST } from './helpers/paths.ts';
import { startServer, type SiteServer } from './helpers/server.ts';
import { buildHash, offlineFiles, serviceWorkerScript, workerManifest } from '../../scripts/lib/offline/serviceworker.ts';
import { urlAttributes, urlAttributesHtmlparser2, urlAttributesParse5 } from '../../scripts/lib/offline/rewrite.ts';

const fileUrl = (rel: string) => pathToFileURL(join(DIST, rel)).href;
const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ');

/** An action with a phrase of four words from the start of its description that no other action has. */
function distinctivePhrase(): { number: number; phrase: string } {
  const actions = loadModel().annex.actions;
  const texts = actions.map((a) => norm(`${blocksText(a.description)} ${blocksText(a.status)}`));
  for (const [i, a] of actions.entries()) {
    if (a.number < 10) continue;
    const words = blocksText(a.description).replace(/\s+/g, ' ').split(' ').slice(0, 30);
    for (let w = 0; w + 4 <= words.length; w++) {
      const phrase = words
        .slice(w, w + 4)
        .join(' ')
        .replace(/[^\p{L}\p{N} -]/gu, '')
        .trim();
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

  it('reads every attribute of every page with htmlparser2 as with parse5 (the relative links are made from the first)', () => {
    const all = () => true;
    let attributes = 0;
    for (const file of htmlFiles()) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const parse5 = urlAttributesParse5(html, all);
      // A page with a <noscript> is read by parse5 (urlAttributes): its content is text there.
      if (!/<noscript/i.test(html)) expect(urlAttributesHtmlparser2(html, all), file).toEqual(parse5);
      expect(urlAttributes(html), file).toEqual(urlAttributesParse5(html));
      attributes += parse5.length;
    }
    expect(attributes).toBeGreaterThan(10_000);
  });

  it('follows home → theme → action → footnote by clicking links', async () => {
    const corpus = loadModel();
    const action = corpus.annex.actions.find((a) => a.footnotes.length > 0 && themeOf(a, corpus.themes));
    expect(action, 'an action with a footnote and a theme').toBeDefined();
    const theme = themeOf(action!, corpus.themes)!;
    const page = await newPage();
    await page.goto(fileUrl('index.html'));
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();

    await Promise.all([
      page.waitForURL(fileUrl(`themas/${theme.slug}/index.html`)),
      page.locator(`main a[href$="themas/${theme.slug}/index.html"]`).first().click(),
    ]);
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

  it('says on the home page that the site is read from disk already, and the save button is off', async () => {
    const page = await newPage();
    await page.goto(fileUrl('index.html'));
    const button = page.getByRole('button', { name: t.offlineSave });
    await expect.poll(() => button.isDisabled(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('.offline-status').textContent()).toBe(t.offlineFromDisk);
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

/** The files the worker lists, with their content hashes. */
function workerFiles(dir: string = DIST): Record<string, string> {
  return workerManifest(readFileSync(join(dir, 'sw.js'), 'utf8')).files;
}
const CACHE = 'hkt-bestanden';
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async (name) => {
    if (!(await caches.has(name))) return [];
    const keys = await (await caches.open(name)).keys();
    return keys.map((r) => decodeURIComponent(new URL(r.url).pathname.slice(1)));
  }, CACHE);
}
/** Bytes over the wire (headers and body) for every request of the context, the worker's included. */
function meter(context: BrowserContext): { paths: string[]; settle(): Promise<number> } {
  const sizes: Promise<number>[] = [];
  const paths: string[] = [];
  context.on('requestfinished', (req) => {
    paths.push(new URL(req.url()).pathname);
    sizes.push(
      req
        .sizes()
        .then((s) => s.responseBodySize + s.responseHeadersSize)
        .catch(() => 0),
    );
  });
  return { paths, settle: async () => (await Promise.all(sizes)).reduce((x, y) => x + y, 0) };
}

describe('service worker: offline by choice', () => {
  let server: SiteServer;
  beforeAll(async () => {
    server = await startServer(DIST);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('keeps the page read, downloads nothing else, and a first visit stays within a few times the page’s weight', async () => {
    const files = workerFiles();
    const path = '/acties/41/';
    // The page's own weight: the same visit without a service worker.
    const plain = await newPage({ serviceWorkers: 'block' });
    const own = meter(plain.context());
    await plain.goto(server.url(path), { waitUntil: 'load' });
    await plain.waitForTimeout(300);
    const ownBytes = await own.settle();

    const page = await newPage();
    const visit = meter(page.context());
    await page.goto(server.url(path), { waitUntil: 'load' });
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 30_000 });
    await expect.poll(() => cachedPaths(page), { timeout: 15_000 }).toContain('acties/41/index.html');
    await page.waitForTimeout(500);
    const visitBytes = await visit.settle();
    const kept = await cachedPaths(page);
    // Only this page and the files it uses, and the 404 page (for an unknown address offline); no other page of the site.
    expect(kept.filter((p) => p.endsWith('.html')).sort()).toEqual(['404.html', 'acties/41/index.html']);
    expect(kept.length).toBeLessThan(10);
    expect(visit.paths.filter((p) => p.endsWith('/') && p !== path)).toEqual([]);
    const ratio = visitBytes / ownBytes;
    console.log(
      `first visit to ${path}: ${ownBytes} B without the worker, ${visitBytes} B with it (×${ratio.toFixed(2)}); worker lists ${Object.keys(files).length} files`,
    );
    expect(ratio).toBeLessThanOrEqual(4);
  });

  it('in a browser without service workers, says the site cannot be kept and points to the zip', async () => {
    const page = await newPage({ serviceWorkers: 'block' });
    await page.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
    await page.goto(server.url('/'));
    await expect.poll(() => page.getByRole('button', { name: t.offlineSave }).isDisabled(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('.offline-status').textContent()).toBe(t.offlineNoWorker);
    const zip = page.locator('.offline-save a[download]');
    expect(await zip.getAttribute('href')).toMatch(/\.zip$/);
  });

  it('saves the whole site when the reader chooses; then pages and search work offline', async () => {
    const files = workerFiles();
    const { number, phrase } = distinctivePhrase();
    const page = await newPage();
    await page.goto(server.url('/'));
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 30_000 });
    const button = page.getByRole('button', { name: 'Bewaar deze site voor offline lezen' });
    expect(await page.locator('.offline-size').textContent()).toMatch(/^\(\d+,\d MB, \d+ bestanden\)$/);
    await button.click();
    await page.locator('.offline-status', { hasText: 'De hele site is bewaard' }).waitFor({ timeout: 60_000 });
    expect((await cachedPaths(page)).sort()).toEqual(Object.keys(files).sort());

    await page.context().setOffline(true);
    const res = await page.goto(server.url(`/acties/${number}/`));
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').first().textContent()).toContain(String(number));
    await page.goto(server.url(`/zoeken/?q=${encodeURIComponent(phrase)}`));
    // Pagefind (precached) or the fallback search: either way the action is found.
    const link = page.locator(`#zoeken-resultaten a[href*="/acties/${number}/"]`).first();
    await link.waitFor({ timeout: 20_000 });
    // An address that is not in the site, offline: the site's own 404 page, not a browser error.
    const missing = await page.goto(server.url('/deze-pagina-bestaat-niet/'));
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').first().textContent()).toBe(t.notFoundTitle);
    // A reload still says the site was saved, and on which day.
    await page.goto(server.url('/'));
    await page.reload();
    const day = savedOn(new Date().toISOString())!;
    await page.locator('.offline-status', { hasText: t.offlineSavedOn.replace('{date}', day) }).waitFor({ timeout: 15_000 });
    expect(problems).toEqual([]);
  });

  it('after an update, fetches again only the files whose content changed', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'hkt-update-'));
    cpSync(DIST, copy, { recursive: true });
    const local = await startServer(copy);
    try {
      const page = await newPage();
      await page.goto(local.url('/'));
      await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 30_000 });
      await page.getByRole('button', { name: 'Bewaar deze site voor offline lezen' }).click();
      await page.locator('.offline-status', { hasText: 'De hele site is bewaard' }).waitFor({ timeout: 60_000 });

      // A new build in which one page changed.
      const changed = 'acties/2/index.html';
      writeFileSync(join(copy, changed), `${readFileSync(join(copy, changed), 'utf8')}<!-- nieuw -->\n`);
      const listed = Object.keys(workerFiles(copy)).map((p) => ({ path: p, data: readFileSync(join(copy, p)) }));
      writeFileSync(join(copy, 'sw.js'), serviceWorkerScript(buildHash(listed), offlineFiles(listed)));

      const after: string[] = [];
      page.context().on('requestfinished', (req) => {
        if (req.serviceWorker()) after.push(new URL(req.url()).pathname);
      });
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await expect
        .poll(() => page.evaluate(async () => (await (await caches.open('hkt-bestanden')).match('/acties/2/index.html'))?.headers.get('x-hkt-hash') ?? ''), {
          timeout: 30_000,
        })
        .toBe(workerFiles(copy)[changed]);
      await page.waitForTimeout(500);
      expect(after.filter((p) => p !== '/sw.js')).toEqual(['/acties/2/index.html']);
    } finally {
      await local.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
