/**
 * The performance budgets (scripts/lib/bench/budgets.ts), checked on the built site:
 * figures read from dist/ and measured in Chromium over localhost, not timings.
 *
 *   - reading a page needs no JavaScript;
 *   - an action page's total transfer (search aside) stays within its compressed budget;
 *   - no web font blocks rendering;
 *   - no layout shift while a page loads, also when its HTML arrives in parts;
 *   - search's first query fetches at most its compressed budget.
 *
 * `npm run bench` reports the same figures in full.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/model/routes.ts';
import { t } from '../../src/site/strings.ts';
import { actionTitle } from '../../src/site/route-data.ts';
import { BUDGETS, NON_BLOCKING_FONT_DISPLAY, SEARCH_QUERIES } from '../../scripts/lib/bench/budgets.ts';
import { fontFaces, mainText, measurePage, measureSearch, newContext, perfOf, type PerfFigures } from '../../scripts/lib/bench/measure.ts';
import { kindPages, largestPages } from '../../scripts/lib/bench/pages.ts';
import { eachConcurrently, useBrowser } from './helpers/browser.ts';
import { htmlFiles, listFiles } from './helpers/dist.ts';
import { loadModel } from './helpers/model.ts';
import { DIST } from './helpers/paths.ts';
import { serveDist, startServer } from './helpers/server.ts';
import { blockPiece, describeMiss, findInOrder, textPiece, words, type Miss, type Piece } from '../../scripts/lib/words.ts';

const site = serveDist();
const b = useBrowser();

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
/** Pages one reads (not the search page, which is a tool, nor the 404 page). */
const isReadingPage = (file: string) => file !== '404.html' && !file.startsWith('zoeken/');

/** Pages loaded side by side: a load is mostly waiting (the network quiet, late shifts), little work. */
const SIDE_BY_SIDE = 4;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

interface Load {
  path: string;
  perf: PerfFigures;
  /** Font files the page requested. */
  fonts: string[];
}

/**
 * The page of each lane (eachConcurrently) and width the loads run in: a context of
 * scripts/lib/bench/measure.ts (service workers blocked, nothing but the local site, layout
 * shifts recorded from the first byte of each document), kept from load to load. A new context
 * for each load costs a new renderer (about 0.4 s of processor time, some 60 loads here); a
 * load in a kept page is still a first visit for what is measured here: the context routes its
 * requests, which turns the HTTP cache off (every file is fetched again), and no test stores
 * anything.
 */
const lanes = new Map<string, Promise<Page>>();
function lanePage(lane: number, viewport: { width: number; height: number }): Promise<Page> {
  const key = `${lane} ${viewport.width}×${viewport.height}`;
  if (!lanes.has(key))
    lanes.set(
      key,
      newContext(b.browser, { viewport }).then((context) => context.newPage()),
    );
  return lanes.get(key)!;
}
afterAll(async () => {
  for (const page of lanes.values()) await (await page).context().close();
});

/** A first visit in a lane's page, until the network is quiet and late shifts are in. Only what the layout and font budgets need: no bodies are weighed. */
async function load(origin: { url(path: string): string }, path: string, viewport: { width: number; height: number }, lane: number): Promise<Load> {
  const page = await lanePage(lane, viewport);
  const fonts: string[] = [];
  const onRequest = (r: Request) => r.resourceType() === 'font' && fonts.push(new URL(r.url()).pathname);
  page.on('request', onRequest);
  try {
    // The same document again would not load afresh: leave it first.
    if (page.url().split('#')[0] === origin.url(path)) await page.goto('about:blank');
    const res = await page.goto(origin.url(path), { waitUntil: 'networkidle' });
    if (!res || res.status() !== 200) throw new Error(`${path}: expected HTTP 200, got ${res?.status()}`);
    return { path, perf: await perfOf(page), fonts };
  } finally {
    page.off('request', onRequest);
  }
}

/** Every kind of page loaded at a width, once for the tests that read it. */
const loads = new Map<number, Promise<Load[]>>();
const kindsAt = (viewport: { width: number; height: number }) => {
  if (!loads.has(viewport.width))
    loads.set(
      viewport.width,
      eachConcurrently(kindPages(DIST), SIDE_BY_SIDE, (k, lane) => load(site, k.path, viewport, lane)),
    );
  return loads.get(viewport.width)!;
};

/** The words of <main> as the browser shows them, with JavaScript on or off. */
async function mainWords(path: string, javaScript: boolean): Promise<string[]> {
  return words(await mainText(b.browser, site.url(path), javaScript));
}

describe('budget: reading a page needs no JavaScript', () => {
  it('every reading page has its text in the HTML itself', () => {
    const pages = htmlFiles().filter(isReadingPage);
    expect(pages.length).toBeGreaterThan(80);
    const empty = pages.filter((file) => {
      const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(read(file))?.[1] ?? '';
      const text = main.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
      return words(text).length < 10;
    });
    expect(empty, 'pages whose <main> holds (almost) no text without scripts').toEqual([]);
  });

  it('shows the same text with JavaScript off as with it on, on every kind of reading page', async () => {
    const model = loadModel();
    const action = model.annex.actions[0]!;
    const targets: { path: string; expect: Piece[] }[] = [
      { path: routes.home(), expect: [] },
      { path: routes.document('kst-35510-60'), expect: [model.letter.blocks[0]!, model.letter.blocks.at(-1)!].map(blockPiece) },
      { path: routes.document('kst-29362-282'), expect: [model.regelsEnRuimte.blocks.at(-1)!].map(blockPiece) },
      // The table titles each action by its short title (content/titles.json).
      {
        path: routes.actions(),
        expect: model.annex.actions.map((a) => textPiece(`title of action ${a.number}`, actionTitle(model, a).replace(/^Actie \d+ — /, ''))),
      },
      { path: routes.theme(model.themes[0]!.slug), expect: [textPiece('theme title', model.themes[0]!.title)] },
      { path: routes.action(action.number), expect: [...action.description, ...action.status].map(blockPiece) },
      { path: routes.rrAction(model.regelsEnRuimte.actions[0]!.number), expect: [] },
    ];
    const shown = await eachConcurrently(targets, SIDE_BY_SIDE, async (t) => ({ off: await mainWords(t.path, false), on: await mainWords(t.path, true) }));
    for (const [i, t] of targets.entries()) {
      const { off, on } = shown[i]!;
      const absent = t.expect.map((piece) => findInOrder(off, [piece])).filter((m): m is Miss => m !== undefined);
      expect(
        absent.map((m) => describeMiss(t.path, off, m)),
        `${t.path}: model text not shown without JavaScript`,
      ).toEqual([]);
      // Everything a reader sees with scripts is there without them (scripts may add controls, not text).
      const offSet = new Set(off);
      const missing = on.filter((w) => !offSet.has(w));
      expect(
        (on.length - missing.length) / on.length,
        `${t.path}: words only shown with JavaScript: ${[...new Set(missing)].slice(0, 20).join(' ')}`,
      ).toBeGreaterThanOrEqual(BUDGETS.noJsTextShare);
      // And about as much of it: a script may add a control's words (the annex table's filter
      // adds some 70 words to its 2 800), not show a part of the text that is hidden without it.
      expect(off.length / on.length, `${t.path}: words shown without JavaScript (${off.length}) against with it (${on.length})`).toBeGreaterThanOrEqual(0.95);
    }
  }, 180_000);
});

describe(`budget: an action page transfers at most ${BUDGETS.actionPageKB} kB compressed`, () => {
  it('holds for the heaviest action pages, search aside', async () => {
    const heaviest = largestPages(DIST, 'acties', (n) => /^\d+$/.test(n)).slice(0, 3);
    expect(heaviest.length).toBe(3);
    const measured = await eachConcurrently(heaviest, SIDE_BY_SIDE, async ({ path }) => {
      const m = await measurePage(b.browser, site.url(path));
      await m.close();
      return m.weight;
    });
    for (const [i, { path }] of heaviest.entries()) {
      const w = measured[i]!;
      const list = w.fetched.map((f) => `${f.path} ${kB(f.sizes.gzip)}`).join(', ');
      expect(
        w.fetched.filter((f) => /^\/pagefind\/|^\/zoeken\/.*\.js/.test(f.path)),
        `${path} loads search files`,
      ).toEqual([]);
      expect(w.total.gzip, `${path}: ${w.requests} requests, ${kB(w.total.gzip)} gzip (${list})`).toBeLessThanOrEqual(BUDGETS.actionPageKB * 1000);
    }
  });
});

describe('budget: no web fonts that block rendering', () => {
  it('declares no @font-face that hides text while it loads, and preloads no font', () => {
    const blocking: string[] = [];
    const files = listFiles().filter((f) => f.endsWith('.css') || (f.endsWith('.html') && !f.startsWith('pagefind/')));
    for (const file of files) {
      const text = read(file);
      const css = file.endsWith('.css') ? text : [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
      for (const face of fontFaces(css)) {
        if (!face.display || !NON_BLOCKING_FONT_DISPLAY.includes(face.display))
          blocking.push(`${file}: ${face.rule} (font-display: ${face.display ?? 'none'})`);
      }
      if (file.endsWith('.html') && /<link\b[^>]*\bas=["']?font\b/i.test(text)) blocking.push(`${file}: preloads a font`);
      if (/fonts\.(googleapis|gstatic)\.com|use\.typekit\.net/.test(text)) blocking.push(`${file}: loads fonts from a font service`);
    }
    expect(blocking.length, blocking.slice(0, 10).join('\n')).toBe(BUDGETS.blockingFonts);
  });

  it('fetches no font file on any kind of page', async () => {
    for (const { path, fonts } of await kindsAt(DESKTOP)) expect(fonts.length, `${path}: ${fonts.join(', ')}`).toBe(BUDGETS.blockingFonts);
  });
});

describe('budget: no layout shift', () => {
  it('shifts nothing while any kind of page loads, at desktop and at phone width', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const all = await kindsAt(viewport);
      expect(all).toHaveLength(kindPages(DIST).length);
      for (const { path, perf } of all) {
        expect(perf.cls, `${path} at ${viewport.width} px: ${perf.shifts} layout shift(s): ${perf.moved.join('; ')}`).toBeLessThanOrEqual(BUDGETS.layoutShift);
      }
    }
  });
});

describe('budget: no layout shift on a slow network', () => {
  // The page arrives in two parts; the browser may draw the first before the rest is there.
  // Split inside the site header (before its search form) or inside a link in the text,
  // nothing already drawn may move when the rest comes.
  const cases = [
    { before: '<form class="search-form"', viewports: [DESKTOP, PHONE] },
    // Inside a link, between its start tag and its words: drawn empty, it would move once they came.
    { before: `${t.editorialText}</a>`, viewports: [DESKTOP] },
  ];
  for (const { before, viewports } of cases) {
    it(`shifts nothing when the HTML pauses before ${before}, at ${viewports.map((v) => `${v.width} px`).join(' and ')}`, async () => {
      const slow = await startServer(DIST, { pause: { before, ms: 300 } });
      try {
        for (const viewport of viewports) {
          for (const { path, perf } of await eachConcurrently(kindPages(DIST), SIDE_BY_SIDE, (k, lane) => load(slow, k.path, viewport, lane))) {
            expect(perf.cls, `${path} at ${viewport.width} px, paused before ${before}: ${perf.moved.join('; ')}`).toBeLessThanOrEqual(BUDGETS.layoutShift);
          }
        }
      } finally {
        await slow.close();
      }
    }, 180_000);
  }
});

describe(`budget: search's first query fetches at most ${BUDGETS.searchFirstQueryKB} kB compressed, the search page included`, () => {
  it('finds results for a first and a second query within the budget', async () => {
    const s = await measureSearch(b.browser, site.url(routes.search()), SEARCH_QUERIES);
    const [first, second] = s.queries;
    expect(first!.results, `«${first!.query}» shows results`).toBeGreaterThan(0);
    expect(second!.results, `«${second!.query}» shows results`).toBeGreaterThan(0);
    // The engine waits for the reader: opening the page loads none of Pagefind.
    expect(
      s.page.fetched.map((f) => f.path).filter((p) => p.startsWith('/pagefind/')),
      'Pagefind files fetched before the search box has focus',
    ).toEqual([]);
    // As a reader pays it: the search page with its script, then the engine, the index and the results of the query.
    const fetched = [...s.page.fetched, ...first!.weight.fetched];
    const total = s.page.total.gzip + first!.weight.total.gzip;
    const list = fetched.map((f) => `${f.path.replace(/\?.*/, '')} ${kB(f.sizes.gzip)}`).join(', ');
    expect(total, `search page and first query: ${fetched.length} requests, ${kB(total)} (${list})`).toBeLessThanOrEqual(BUDGETS.searchFirstQueryKB * 1000);
    // A second query reuses the engine: it fetches only index, results and word lists.
    const again = second!.weight.fetched.filter((f) => !/\/pagefind\/(index|fragment|filter)\/|\/zoeken\/woorden\/|favicon/.test(f.path));
    expect(again.map((f) => f.path)).toEqual([]);
  });
});
