/**
 * Measurements of the built site, shared by `npm run bench` (scripts/bench.ts) and the
 * budget test (tests/site/budgets.test.ts): what a page costs in Chromium over
 * localhost, compressed sizes, layout shift, the search's bytes per query, and
 * figures read from dist/ itself.
 *
 * Compressed sizes are computed here (node:zlib), since the local static server sends
 * files as they are: gzip at level 6 and brotli at quality 11, as a static host that
 * pre-compresses would send them. A file that does not get smaller (Pagefind's index
 * chunks are gzip already, images) counts at its own size.
 */
import { readFileSync, statSync } from 'node:fs';
import { listFiles } from '../offline/files.ts';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request, Response } from 'playwright-core';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

export function add(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

export function sum(list: readonly Sizes[]): Sizes {
  return list.reduce(add, ZERO);
}

export function sizesOf(data: Uint8Array | string): Sizes {
  const buf = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.byteLength === 0) return { ...ZERO };
  const gzip = gzipSync(buf, { level: 6 }).byteLength;
  const brotli = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.byteLength } }).byteLength;
  return { raw: buf.byteLength, gzip: Math.min(buf.byteLength, gzip), brotli: Math.min(buf.byteLength, brotli) };
}

/** Kinds of resource, as the report splits a page's weight. */
export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
export const RESOURCE_KINDS: readonly ResourceKind[] = ['html', 'css', 'js', 'font', 'image', 'other'];

function kindOf(res: Response): ResourceKind {
  const type = res.request().resourceType();
  const ct = (res.headers()['content-type'] ?? '').toLowerCase();
  if (type === 'document' || ct.startsWith('text/html')) return 'html';
  if (type === 'stylesheet' || ct.startsWith('text/css')) return 'css';
  if (type === 'script' || ct.includes('javascript')) return 'js';
  if (type === 'font' || ct.startsWith('font/')) return 'font';
  if (type === 'image' || ct.startsWith('image/')) return 'image';
  return 'other';
}

export interface Fetched {
  url: string;
  /** Path and query on the site. */
  path: string;
  kind: ResourceKind;
  status: number;
  /** Bytes on the wire over localhost (uncompressed: the test server does not compress), headers included. */
  transfer: number;
  /** The body, raw and as it would be sent compressed. */
  sizes: Sizes;
}

/** Records every response of a page (not of its service worker) until stopped. */
export function recorder(page: Page): { stop(): Promise<Fetched[]>; mark(): Promise<Fetched[]> } {
  const pending: Promise<Fetched | undefined>[] = [];
  const onResponse = (res: Response) => {
    pending.push(
      (async () => {
        if (res.status() >= 300 && res.status() < 400) return undefined;
        const req: Request = res.request();
        let body: Buffer;
        try {
          body = await res.body();
        } catch {
          body = Buffer.alloc(0);
        }
        let transfer = body.byteLength;
        try {
          const s = await req.sizes();
          transfer = s.responseBodySize + s.responseHeadersSize;
        } catch {
          /* the page may be gone */
        }
        const u = new URL(res.url());
        return { url: res.url(), path: u.pathname + u.search, kind: kindOf(res), status: res.status(), transfer, sizes: sizesOf(body) };
      })(),
    );
  };
  page.on('response', onResponse);
  const take = async () => {
    const list = pending.splice(0);
    return (await Promise.all(list)).filter((f): f is Fetched => f !== undefined);
  };
  return {
    mark: take,
    async stop() {
      page.off('response', onResponse);
      return take();
    },
  };
}

/** Inline <style> and <script> in an HTML text (the site inlines its stylesheet). */
export function inlineParts(html: string): { css: Sizes; js: Sizes } {
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!).join('\n');
  const js = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!).join('\n');
  return { css: sizesOf(css), js: sizesOf(js) };
}

export interface PageWeight {
  path: string;
  requests: number;
  /** Bytes on the wire over localhost, uncompressed, headers included. */
  transfer: number;
  total: Sizes;
  byKind: Record<ResourceKind, Sizes & { requests: number }>;
  /** Of the HTML: what is inline stylesheet and inline script. */
  inline: { css: Sizes; js: Sizes };
  fetched: Fetched[];
}

export function weightOf(path: string, fetched: Fetched[]): PageWeight {
  const byKind = Object.fromEntries(RESOURCE_KINDS.map((k) => [k, { ...ZERO, requests: 0 }])) as PageWeight['byKind'];
  const inline = { css: { ...ZERO }, js: { ...ZERO } };
  for (const f of fetched) {
    const k = byKind[f.kind];
    Object.assign(k, add(k, f.sizes), { requests: k.requests + 1 });
  }
  return {
    path,
    requests: fetched.length,
    transfer: fetched.reduce((n, f) => n + f.transfer, 0),
    total: sum(fetched.map((f) => f.sizes)),
    byKind,
    inline,
    fetched,
  };
}

export interface OpenOptions {
  javaScript?: boolean;
  viewport?: { width: number; height: number };
}

/**
 * A fresh context with service workers blocked: a first visit, measured up to the point
 * where the page is rendered and the network is quiet. (What the site's service worker
 * fetches after that is measured apart, from dist/: see precacheOf.)
 */
export async function newContext(browser: Browser, opts: OpenOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    locale: 'nl-NL',
    serviceWorkers: 'block',
    javaScriptEnabled: opts.javaScript ?? true,
  });
  // Only the local site: anything else is refused (and would show up as a failed request).
  await context.route(/^(?!(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost)[:/])[a-z-]+:\/\/.*/i, (route) => route.abort('blockedbyclient'));
  // Layout shifts, FCP and LCP, collected from the first byte on.
  await context.addInitScript(() => {
    const w = window as unknown as { __perf: { cls: number; shifts: number; moved: string[]; fcp?: number; lcp?: number } };
    w.__perf = { cls: 0, shifts: 0, moved: [] };
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const describe = (n: Node | undefined) =>
      n instanceof Element
        ? `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${typeof n.className === 'string' && n.className ? `.${n.className.trim().split(/\s+/).join('.')}` : ''}`
        : (n?.nodeName ?? '?');
    const box = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Shift[]) {
          if (e.hadRecentInput) continue;
          w.__perf.cls += e.value;
          w.__perf.shifts += 1;
          for (const s of e.sources)
            w.__perf.moved.push(`${describe(s.node)} at ${Math.round(e.startTime)} ms: ${box(s.previousRect)} → ${box(s.currentRect)}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') w.__perf.fcp = e.startTime;
      }).observe({ type: 'paint', buffered: true });
      new PerformanceObserver((list) => {
        const entries = list.getEntries();
        if (entries.length) w.__perf.lcp = entries[entries.length - 1]!.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } catch {
      /* an observer type this browser lacks */
    }
  });
  return context;
}

export interface PerfFigures {
  cls: number;
  shifts: number;
  /** What moved in each shift, where from and to (for the message of a failed budget). */
  moved: string[];
  fcp?: number;
  lcp?: number;
}

export async function perfOf(page: Page): Promise<PerfFigures> {
  // Let late shifts (a script that inserts something after load) be reported.
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __perf: PerfFigures }).__perf);
}

/** Loads a page in a fresh context and measures what it fetches. */
export async function measurePage(
  browser: Browser,
  url: string,
  opts: OpenOptions = {},
): Promise<{ weight: PageWeight; perf: PerfFigures; page: Page; close(): Promise<void> }> {
  const context = await newContext(browser, opts);
  const page = await context.newPage();
  const rec = recorder(page);
  const res = await page.goto(url, { waitUntil: 'networkidle' });
  if (!res || res.status() !== 200) throw new Error(`${url}: expected HTTP 200, got ${res?.status()}`);
  const perf = await perfOf(page);
  const fetched = await rec.stop();
  const weight = weightOf(new URL(url).pathname, fetched);
  const doc = fetched.find((f) => f.kind === 'html' && f.url === res.url());
  if (doc) weight.inline = inlineParts((await res.body()).toString('utf8'));
  return { weight, perf, page, close: () => context.close() };
}

/** The text of a page's <main> as the browser shows it, with scripts on or off. */
export async function mainText(browser: Browser, url: string, javaScript: boolean): Promise<string> {
  const context = await newContext(browser, { javaScript });
  try {
    const page = await context.newPage();
    const res = await page.goto(url, { waitUntil: 'load' });
    if (!res || res.status() !== 200) throw new Error(`${url}: expected HTTP 200, got ${res?.status()}`);
    return await page.locator('main').innerText();
  } finally {
    await context.close();
  }
}

/** The search box of /zoeken/ (src/client/search/zoeken.ts). */
export const SEARCH_INPUT = '#zoeken-invoer';
const RESULT = '#zoeken-resultaten .zoeken-resultaat';

export interface SearchBytes {
  /** Loading /zoeken/ until the network is quiet (Pagefind waits until the search box gets focus). */
  page: PageWeight;
  /** Each query: what was fetched from typing it until its results are shown. */
  queries: { query: string; results: number; weight: PageWeight }[];
}

/** Opens /zoeken/, then runs the queries one after the other, recording the bytes of each. */
export async function measureSearch(
  browser: Browser,
  url: string,
  queries: readonly string[],
  { open, ui = 'edition' }: { open?: (page: Page) => Promise<void>; ui?: 'edition' | 'pagefind-ui' } = {},
): Promise<SearchBytes> {
  // The edition's own search page, or Pagefind's default UI (the Starlight peer).
  const input = ui === 'edition' ? SEARCH_INPUT : '.pagefind-ui__search-input';
  const result = ui === 'edition' ? RESULT : '.pagefind-ui__result';
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const rec = recorder(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    // A site whose search sits in a dialog (the Starlight peer) opens it first; those bytes count for the first query.
    const pageWeight = open ? weightOf(new URL(url).pathname, await rec.mark()) : undefined;
    if (open) await open(page);
    await page.waitForSelector(input, { timeout: 15_000 });
    const loaded = pageWeight ?? weightOf(new URL(url).pathname, await rec.mark());
    const out: SearchBytes['queries'] = [];
    for (const query of queries) {
      await page.fill(input, query);
      if (ui === 'edition') {
        await page.press(input, 'Enter');
        await page.waitForFunction(
          ({ sel, q }) => {
            const root = document.getElementById('zoeken');
            return document.querySelectorAll(sel).length > 0 && root?.getAttribute('data-query') === q && root.getAttribute('data-state') === 'klaar';
          },
          { sel: result, q: query },
          { timeout: 30_000 },
        );
      } else {
        await page.waitForFunction(
          ({ sel, q }) => {
            const el = document.querySelector('.pagefind-ui__message');
            return document.querySelectorAll(sel).length > 0 && !!el && /\d/.test(el.textContent ?? '') && (el.textContent ?? '').includes(q);
          },
          { sel: result, q: query },
          { timeout: 30_000 },
        );
      }
      // Results load their fragments lazily; wait until the network is quiet again.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(600);
      await page.waitForLoadState('networkidle');
      const results = await page.locator(result).count();
      out.push({ query, results, weight: weightOf(new URL(url).pathname, await rec.mark()) });
    }
    await rec.stop();
    return { page: loaded, queries: out };
  } finally {
    await context.close();
  }
}

export function fileSizes(path: string): Sizes {
  return sizesOf(readFileSync(path));
}

/** Bytes on disk of the files under dir, by a grouping of their relative paths. */
export function diskUsage(dir: string, group: (file: string) => string): Record<string, { files: number; bytes: number }> {
  const out: Record<string, { files: number; bytes: number }> = {};
  for (const f of listFiles(dir)) {
    const g = group(f);
    const entry = (out[g] ??= { files: 0, bytes: 0 });
    entry.files += 1;
    entry.bytes += statSync(join(dir, f)).size;
  }
  return out;
}

/**
 * What «Bewaar deze site voor offline lezen» downloads: the files of the service worker's
 * FILES list (dist/sw.js, written by the offline step, scripts/lib/offline/), read from dist/.
 */
export function precacheOf(dist: string): { files: number; sizes: Sizes } | undefined {
  let sw: string;
  try {
    sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  } catch {
    return undefined;
  }
  const m = /const FILES = (\{.*\});/.exec(sw);
  if (!m) return undefined;
  const files = Object.keys(JSON.parse(m[1]!) as Record<string, string>);
  return { files: files.length, sizes: sum(files.map((f) => fileSizes(join(dist, f)))) };
}

export interface FirstVisit {
  path: string;
  /** Without a service worker: the page and what it loads. */
  without: { requests: number; sizes: Sizes };
  /** With the site's service worker, until it has kept the page and the network is quiet. */
  with: { requests: number; sizes: Sizes; kept: number };
  /** with.gzip / without.gzip */
  ratio: number;
  /** dist/sw.js, which the worker adds to a visit when the page's files come from the browser's cache. */
  worker: Sizes;
}

/**
 * A first visit to `url` with and without the service worker: every request of the context
 * (the worker's included), each counted by the size of its file in dist/.
 */
export async function measureFirstVisit(browser: Browser, url: string, dist: string): Promise<FirstVisit> {
  const visit = async (serviceWorkers: 'allow' | 'block') => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', serviceWorkers });
    const paths: string[] = [];
    context.on('requestfinished', (req) => paths.push(new URL(req.url()).pathname));
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    let kept = 0;
    if (serviceWorkers === 'allow') {
      await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 30_000 });
      const target = new URL(url).pathname;
      await page.waitForFunction(async (p) => !!(await caches.open('hkt-bestanden').then((c) => c.match(p.endsWith('/') ? `${p}index.html` : p))), target, {
        timeout: 30_000,
        polling: 200,
      });
      await page.waitForTimeout(500);
      kept = await page.evaluate(async () => (await (await caches.open('hkt-bestanden')).keys()).length);
    } else {
      await page.waitForTimeout(500);
    }
    await context.close();
    const files = paths.map((p) => {
      const rel = decodeURIComponent(p).replace(/^\/+/, '');
      return join(dist, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
    });
    return { requests: paths.length, sizes: sum(files.map((f) => fileSizes(f))), kept };
  };
  const without = await visit('block');
  const withSw = await visit('allow');
  return {
    path: new URL(url).pathname,
    without: { requests: without.requests, sizes: without.sizes },
    with: { requests: withSw.requests, sizes: withSw.sizes, kept: withSw.kept },
    ratio: withSw.sizes.gzip / without.sizes.gzip,
    worker: fileSizes(join(dist, 'sw.js')),
  };
}

/** @font-face rules in a stylesheet text, with their font-display value. */
export function fontFaces(css: string): { rule: string; display?: string }[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/gi)].map((m) => ({
    rule: m[0].slice(0, 120),
    display: /font-display\s*:\s*([a-z-]+)/i.exec(m[1]!)?.[1]?.toLowerCase(),
  }));
}

export const kB = (n: number) => n / 1000;
export const fmtKB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
