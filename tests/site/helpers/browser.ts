/**
 * Chromium for the tests of one file: in the browser tier the one Chromium of the tier
 * (tests/setup/browser.ts), connected to in beforeAll; elsewhere launched in beforeAll. The
 * file's connection (and every context it opened) is closed in afterAll.
 * Every page opened through it records console errors, uncaught page errors, failed
 * and 4xx/5xx requests and any request that leaves 127.0.0.1 (the site must work
 * offline); after each test, every page opened in it must have recorded none.
 */
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../../scripts/lib/chromium.ts';
import { AXE_SOURCE } from './axe-source.ts';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Response } from 'playwright-core';

export { launchChromium } from '../../../scripts/lib/chromium.ts';

interface Tracked {
  errors: string[];
  /** Documents that are expected to answer 404 (the 404 page), by absolute URL. */
  expected404: Set<string>;
}

const tracked = new WeakMap<Page, Tracked>();

/** The problems recorded on a page so far. */
export function errorsOf(page: Page): string[] {
  return tracked.get(page)?.errors ?? [];
}

/** Throws, listing them, if the page recorded any console error, page error or failed request. */
export function assertNoErrors(page: Page): void {
  const errors = errorsOf(page);
  if (errors.length > 0) {
    throw new Error(`${errors.length} error(s) in the browser:\n  ${errors.join('\n  ')}`);
  }
}

function track(page: Page): Tracked {
  const t: Tracked = { errors: [], expected404: new Set() };
  tracked.set(page, t);
  const where = () => page.url();
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location().url;
    if (/Failed to load resource: the server responded with a status of 404/.test(msg.text()) && t.expected404.has(loc)) return;
    t.errors.push(`${where()}: console.error: ${msg.text()}${loc && loc !== where() ? ` (${loc})` : ''}`);
  });
  page.on('pageerror', (err) => t.errors.push(`${where()}: uncaught ${err.name}: ${err.message}`));
  page.on('requestfailed', (req) => {
    // Cancelled (the page navigated on before a request finished), not failed.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
    t.errors.push(`${where()}: request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('response', (res: Response) => {
    if (res.status() < 400) return;
    if (res.status() === 404 && res.request().isNavigationRequest() && t.expected404.has(res.url())) return;
    t.errors.push(`${where()}: HTTP ${res.status()} for ${res.url()}`);
  });
  return t;
}

export interface OpenOptions extends BrowserContextOptions {
  /**
   * axe-core in every document the page loads, before the page's own scripts (for runAxe):
   * injected once into the context instead of evaluated in each page (about 0.6 s a page).
   */
  axe?: boolean;
  /**
   * The page may write to the clipboard, and what it writes is recorded for copiedText(): the
   * clipboard itself is one for the whole browser, which files running side by side share.
   */
  clipboard?: boolean;
}

/** The text the page last wrote to the clipboard (a page opened with { clipboard: true }). */
export function copiedText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { __copied?: string[] }).__copied?.at(-1));
}

export interface BrowserHandle {
  readonly browser: Browser;
  /** A new page in its own context (default viewport 1280×800), with error tracking. */
  newPage(options?: OpenOptions): Promise<Page>;
  /**
   * A page of the file kept for its context options (all but the viewport and the emulated
   * media), to load page after page in: a new context costs a new renderer, a navigation in a
   * kept page does not. Handed back with the viewport and the
   * emulated media of its options; its errors are checked after each test like a new page's.
   * Only for tests that leave nothing behind a navigation does not clear (the storage of the
   * site, permissions): a test that stores something (the colour choice) takes newPage().
   */
  keptPage(options?: OpenOptions): Promise<Page>;
  /**
   * Opens a site URL and checks the status of the document (200 unless told; the 404
   * page answers 404). Returns the page.
   */
  goto(page: Page, url: string, expectedStatus?: number): Promise<Page>;
}

export function useBrowser(): BrowserHandle {
  let browser: Browser | undefined;
  let open: Page[] = [];
  const kept = new Map<string, Page>();
  beforeAll(async () => {
    const endpoint = inject('chromiumEndpoint');
    browser = endpoint ? await chromium.connect(endpoint) : await launchChromium();
  });
  afterEach(async () => {
    const pages = open;
    open = [];
    const problems = [...pages, ...kept.values()].flatMap((p) => errorsOf(p));
    for (const p of kept.values()) errorsOf(p).length = 0;
    await Promise.all(
      pages.map((p) =>
        p
          .context()
          .close()
          .catch(() => {}),
      ),
    );
    if (problems.length > 0) {
      throw new Error(`${problems.length} error(s) in the browser:\n  ${problems.join('\n  ')}`);
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  const handle: BrowserHandle = {
    get browser(): Browser {
      if (!browser) throw new Error('browser not launched (use useBrowser() at the top level of a test file)');
      return browser;
    },
    async newPage({ axe = false, clipboard = false, ...options }: OpenOptions = {}) {
      const permissions = [...(options.permissions ?? []), ...(clipboard ? ['clipboard-read', 'clipboard-write'] : [])];
      const context = await handle.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', ...options, permissions });
      if (axe) await context.addInitScript({ content: AXE_SOURCE });
      if (clipboard) {
        await context.addInitScript(() => {
          const board = navigator.clipboard;
          if (!board) return;
          const write = board.writeText.bind(board);
          const copied: string[] = [];
          Object.defineProperty(window, '__copied', { value: copied });
          board.writeText = (text: string) => {
            copied.push(text);
            return write(text);
          };
        });
      }
      const page = await context.newPage();
      const t = track(page);
      // Nothing but the local site: an outside request is an error and never leaves the machine.
      await context.route(/^(?!(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost)[:/])[a-z-]+:\/\/.*/i, (route) => {
        t.errors.push(`${page.url()}: request outside the site: ${route.request().url()}`);
        return route.abort('blockedbyclient');
      });
      open.push(page);
      return page;
    },
    async keptPage(options: OpenOptions = {}) {
      // One kept page per kind of context (touch, permissions, …): the viewport and the emulated media are set on it each time.
      const { viewport: _viewport, colorScheme: _colorScheme, reducedMotion: _reducedMotion, ...contextOptions } = options;
      const key = JSON.stringify(contextOptions);
      let page = kept.get(key);
      if (!page || page.isClosed()) {
        page = await handle.newPage(options);
        open = open.filter((p) => p !== page);
        kept.set(key, page);
      } else {
        await page.setViewportSize(options.viewport ?? { width: 1280, height: 800 });
        await page.emulateMedia({ media: null, colorScheme: options.colorScheme ?? 'light', reducedMotion: options.reducedMotion ?? 'no-preference' });
      }
      return page;
    },
    async goto(page: Page, url: string, expectedStatus = 200) {
      const t = tracked.get(page);
      if (expectedStatus === 404) t?.expected404.add(url);
      // The same document again (a kept page, another fragment) would not load afresh: leave it first.
      if (page.url().split('#')[0] === url.split('#')[0]) await page.goto('about:blank');
      const res = await page.goto(url, { waitUntil: 'load' });
      if (!res) throw new Error(`no response for ${url}`);
      if (res.status() !== expectedStatus) throw new Error(`${url}: expected HTTP ${expectedStatus}, got ${res.status()}`);
      return page;
    },
  };
  return handle;
}

/**
 * Runs fn on every item, at most `n` at a time (pages load side by side: Chromium is
 * multi-process, and a page spends much of its load waiting). `lane` (0 … n-1) says which of
 * the n runs side by side takes the item, e.g. which of n tabs to load it in. Results in the
 * order of items.
 */
export async function eachConcurrently<T, R>(items: readonly T[], n: number, fn: (item: T, lane: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async (k: number) => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i]!, k);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, (_, k) => lane(k)));
  return out;
}
