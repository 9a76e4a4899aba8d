/**
 * Every page of the built site, loaded once in Chromium (three tabs side by side, page after
 * page), and everything that is checked on every page read from that one load:
 *   - axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) in light and in dark: every rule in one scheme,
 *     the rules that depend on colour in the other (the page's structure, names and roles do not
 *     change with the scheme); landmarks unique and named, headings named by their words. The outcome
 *     is written to content/toegankelijkheid/axe.json, which the accessibility statement
 *     (/toegankelijkheid/) reads when it is built: the statement's claims are this run's, and
 *     the test fails when the built statement says anything else;
 *   - fidelity: every word of every document stands, in order, in the main element of its page
 *     as the browser renders it (innerText): the blocks of the model, its footnotes and the lines
 *     of the document's head, three sequences each in order (scripts/lib/words.ts says what
 *     counts as a word and where the page may add words);
 *   - each action's one short title in its h1 and <title> (tests/site/words.test.ts compares them
 *     with the annex table, the home and theme lists and data/acties.json);
 *   - keyboard: the first Tab stop is the skip link, visible when focused, and Enter on it moves
 *     the focus to main.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Block, Footnote, Letter } from '../../src/model/schema.ts';
import { routes } from '../../src/model/routes.ts';
import { titleEntry } from '../../src/model/titles.ts';
import { eachConcurrently, useBrowser } from './helpers/browser.ts';
import { AXE_TAGS, COLOUR_RULES, describeViolations, runAxe, settle } from './helpers/axe.ts';
import { serveDist } from './helpers/server.ts';
import { structureProblems } from './helpers/structure.ts';
import { htmlFiles, pathOfFile } from './helpers/dist.ts';
import { loadModel } from './helpers/model.ts';
import { DIST, ROOT } from './helpers/paths.ts';
import { t } from '../../src/site/strings.ts';
import { A11Y_RESULTS_FILE, AxeResultsSchema, type AxeResults } from '../../src/site/a11y-results.ts';
import { blockPiece, describeMiss, findInOrder, footnotePiece, textPiece, words, type Piece } from '../../scripts/lib/words.ts';

const site = serveDist();
const b = useBrowser();
const SCHEMES = ['light', 'dark'] as const;
/** Tabs that load pages side by side: while one waits for its page, the others run axe. */
const TABS = 3;

/** Every page of the built site, as the path it is served at; the 404 page at an unknown address. */
function allPages(): { path: string; status: number }[] {
  return htmlFiles()
    .map((f) => (f === '404.html' ? { path: '/deze-pagina-bestaat-niet/', status: 404 } : { path: pathOfFile(f), status: 200 }))
    .sort((x, y) => x.path.localeCompare(y.path));
}

/** A11Y_ONLY=/documenten/,/over/ loads only the pages under those paths (while fixing); the results file is then left alone. */
const ONLY = process.env.A11Y_ONLY?.split(',').filter(Boolean);

/** What one load of a page showed. */
interface Seen {
  path: string;
  structure: string[];
  violations: { scheme: (typeof SCHEMES)[number]; found: Awaited<ReturnType<typeof runAxe>> }[];
  /** The words of each h1 without its badges, the number of badges beside the h1, the document's title. */
  h1s: string[];
  badges: number;
  title: string;
  /** The words of the main element as rendered (innerText), «Meer kerngegevens» open on a document. */
  mainWords: string[];
  mains: number;
  /** The first Tab stop (its tag, link, target and whether it shows) and where Enter on it put the focus. */
  skipLink: { tag: string; href: string | null; target: string | null; visible: boolean; text: string; focusAfter: string };
}

type Scheme = (typeof SCHEMES)[number];
const otherScheme = (s: Scheme): Scheme => (s === 'light' ? 'dark' : 'light');

/**
 * One page in a tab that shows `first` (the scheme the tab's previous page ended in): every rule
 * in that scheme, then the colour rules in the other, which the tab keeps for its next page —
 * a scheme switched back would restyle the whole page once more for nothing. Half the pages are
 * so checked with every rule in dark and the colour rules in light: the same rules, both schemes.
 */
async function look(tab: Page, path: string, status: number, first: Scheme): Promise<Seen> {
  await b.goto(tab, site.url(path), status);
  const structure = await structureProblems(tab);
  const violations: Seen['violations'] = [];
  for (const scheme of [first, otherScheme(first)]) {
    if (scheme !== first) await tab.emulateMedia({ colorScheme: scheme });
    await settle(tab);
    violations.push({ scheme, found: await runAxe(tab, scheme === first ? AXE_TAGS : { rules: COLOUR_RULES }) });
  }
  // Before anything else takes the focus (a click would move the starting point of Tab).
  const skipLink = await followSkipLink(tab);
  // «Meer kerngegevens» open: the website's metadata about a document (29 362 nr. 290) is shown there, before the head.
  if (path.startsWith('/documenten/')) {
    const more = tab.locator('.more-facts-toggle');
    if ((await more.count()) && (await more.isVisible()) && (await more.getAttribute('aria-expanded')) === 'false') await more.click();
  }
  // What the page shows, read in one go.
  const shown = await tab.evaluate(() => {
    const mains = document.querySelectorAll('main');
    return {
      h1s: [...document.querySelectorAll('h1')].map((h) => {
        const copy = h.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.badge').forEach((x) => x.remove());
        return copy.textContent!.replace(/\s+/g, ' ').trim();
      }),
      badges: document.querySelectorAll('.heading-line:has(> h1) .badge').length,
      title: document.title,
      mains: mains.length,
      mainText: mains.length === 1 ? mains[0]!.innerText : '',
    };
  });
  const { h1s, badges, title, mains } = shown;
  const mainWords = mains === 1 ? words(shown.mainText) : [];
  return { path, structure, violations, h1s, badges, title, mainWords, mains, skipLink };
}

/**
 * Tab from the top of the page as loaded (nothing focused yet), then Enter: where the first Tab
 * stop is and where it sends the focus.
 */
async function followSkipLink(tab: Page): Promise<Seen['skipLink']> {
  await tab.keyboard.press('Tab');
  const first = await tab.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', href: null, target: null, visible: false, text: '' };
    const href = el.getAttribute('href');
    const target = href?.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
    const main = document.querySelector('main');
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      href,
      target: target === main ? 'main' : target && main?.contains(target) ? 'inside main' : target ? target.tagName.toLowerCase() : null,
      visible: r.width > 1 && r.height > 1 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
      text: (el.textContent ?? '').trim(),
    };
  });
  if (first.tag !== 'a') return { ...first, focusAfter: 'not followed' };
  await tab.keyboard.press('Enter');
  await tab
    .waitForFunction(
      () => {
        const main = document.querySelector('main');
        return !!main && !!document.activeElement && (document.activeElement === main || main.contains(document.activeElement));
      },
      undefined,
      { timeout: 2_000 },
    )
    .catch(() => {});
  const focusAfter = await tab.evaluate(() => {
    const main = document.querySelector('main');
    const el = document.activeElement;
    return el === main ? 'main' : el && main?.contains(el) ? 'inside main' : el ? `<${el.tagName.toLowerCase()}> outside main` : 'nothing';
  });
  return { ...first, focusAfter };
}

const pages = allPages().filter((p) => !ONLY || ONLY.some((o) => p.path.startsWith(o)));
const seen = new Map<string, Seen>();
let crawlSeconds = 0;

beforeAll(async () => {
  const started = Date.now();
  const tabs = await Promise.all(Array.from({ length: TABS }, () => b.newPage({ serviceWorkers: 'block', axe: true })));
  // The scheme each tab shows now: it starts in light and keeps the scheme its last page ended in.
  const shows: Scheme[] = tabs.map(() => 'light');
  const all = await eachConcurrently(pages, TABS, async (p, lane) => {
    const s = await look(tabs[lane]!, p.path, p.status, shows[lane]!);
    shows[lane] = otherScheme(shows[lane]!);
    return s;
  });
  for (const s of all) seen.set(s.path, s);
  crawlSeconds = (Date.now() - started) / 1000;
}, 1_200_000);

describe('accessibility of every page', () => {
  it(`axe finds no violations on any of the ${pages.length} pages, light and dark; landmarks unique and named; headings named by their words`, () => {
    if (!ONLY) expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    const found: AxeResults['violations'] = [];
    const structural: AxeResults['structure'] = [];
    let runs = 0;
    for (const { path } of pages) {
      const s = seen.get(path)!;
      for (const problem of s.structure) structural.push({ page: path, problem });
      if (s.structure.length > 0) problems.push(`${path}: landmarks and headings:\n    ${s.structure.join('\n    ')}`);
      for (const { scheme, found: violations } of s.violations) {
        runs++;
        for (const v of violations) found.push({ rule: v.id, help: v.help, page: path, scheme, nodes: v.nodes.length });
        if (violations.length > 0) problems.push(describeViolations(`${path} [${scheme}]`, violations));
      }
    }
    const axeVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'axe-core', 'package.json'), 'utf8')) as { version: string }).version;
    const results = AxeResultsSchema.parse({
      axe: axeVersion,
      tags: AXE_TAGS,
      pages: pages.length,
      schemes: [...SCHEMES],
      runs,
      structure: structural.sort((x, y) => x.page.localeCompare(y.page) || x.problem.localeCompare(y.problem)),
      violations: found.sort((x, y) => x.page.localeCompare(y.page) || x.scheme.localeCompare(y.scheme) || x.rule.localeCompare(y.rule)),
    });
    if (!ONLY) {
      // Written only when the outcome changed: a new mtime would make dist/ look older than what it
      // is built from (npm start and the benchmark's smoke run would build again for nothing).
      const file = join(ROOT, A11Y_RESULTS_FILE);
      const text = `${JSON.stringify(results, null, 2)}\n`;
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
    }
    console.log(`every page: ${pages.length} pages loaded once, axe × ${SCHEMES.length} schemes = ${runs} runs, in ${crawlSeconds.toFixed(1)} s`);
    expect(runs).toBe(pages.length * SCHEMES.length);
    if (problems.length > 0) throw new Error(`${problems.length} page(s) with violations:\n${problems.join('\n')}`);
  });

  it('the built accessibility statement says what this run found (or, run alone, what the last run recorded)', () => {
    const html = readFileSync(join(DIST, 'toegankelijkheid', 'index.html'), 'utf8');
    if (!existsSync(join(ROOT, A11Y_RESULTS_FILE))) {
      // No run recorded yet: the statement says so, and claims nothing.
      expect(html).toContain(t.a11yNoResults);
      expect(html).not.toContain('data-axe-results');
      return;
    }
    const built = AxeResultsSchema.parse(JSON.parse(readFileSync(join(ROOT, A11Y_RESULTS_FILE), 'utf8')));
    // The Dutch model statement: norm, status, outcomes, shortcomings, a feedback route, how it was drawn up.
    for (const id of ['norm', 'status', 'uitkomsten', 'tekortkomingen', 'feedback', 'opstelling']) expect(html, `section #${id}`).toContain(`<h2 id="${id}">`);
    expect(html).toContain(`${built.pages} pagina’s`);
    const claim = html.match(/data-axe-results="([^"]*)"/)?.[1];
    expect(claim, 'the statement marks the results it was built from').toBeDefined();
    expect(
      JSON.parse(claim!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')),
      `the statement was built from other results than this run's (${A11Y_RESULTS_FILE} is now up to date: build again)`,
    ).toEqual({ pages: built.pages, runs: built.runs, violations: built.violations.length, structure: built.structure.length, axe: built.axe });
  });
});

interface Check {
  path: string;
  sequences: Array<{ name: string; pieces: Piece[] }>;
}

const blocksSeq = (blocks: readonly Block[]) => ({ name: 'text', pieces: blocks.map(blockPiece) });
const notesSeq = (notes: readonly Footnote[]) => ({ name: 'footnotes', pieces: notes.map(footnotePiece) });
const frontSeq = (doc: Letter) => ({ name: 'head', pieces: doc.front.map((l) => textPiece(`head line ${l.line}`, l.text)) });

/** The pages that carry the documents' words, and the sequences each must show in order. */
function fidelityChecks(): Check[] {
  const m = loadModel();
  const byId = (ids: readonly string[]) =>
    ids.map((id) => {
      const block = m.regelsEnRuimte.blocks.find((x) => x.id === id);
      if (!block) throw new Error(`29 362 nr. 282: no block «${id}» in the model`);
      return block;
    });
  return [
    { path: routes.document('kst-35510-60'), sequences: [frontSeq(m.letter), blocksSeq(m.letter.blocks), notesSeq(m.letter.footnotes)] },
    {
      path: routes.document('kst-29362-290'),
      sequences: [frontSeq(m.werkAanUitvoering), blocksSeq(m.werkAanUitvoering.blocks), notesSeq(m.werkAanUitvoering.footnotes)],
    },
    {
      path: routes.document('kst-29362-282'),
      sequences: [frontSeq(m.regelsEnRuimte), blocksSeq(m.regelsEnRuimte.blocks), notesSeq(m.regelsEnRuimte.footnotes)],
    },
    { path: routes.actions(), sequences: [blocksSeq(m.annex.intro)] },
    ...m.annex.actions.map((a) => ({
      path: routes.action(a.number),
      sequences: [blocksSeq([...a.description, ...a.status]), notesSeq(a.footnotes)],
    })),
    ...m.regelsEnRuimte.actions.map((a) => ({ path: routes.rrAction(a.number), sequences: [blocksSeq(byId(a.blockIds))] })),
    ...m.regelsEnRuimte.recommendations.map((r) => ({
      path: routes.rrRecommendation(r.number),
      sequences: [blocksSeq(byId([...r.textBlockIds, ...r.reactionBlockIds]))],
    })),
  ].filter((c) => !ONLY || ONLY.some((o) => c.path.startsWith(o)));
}

describe('every word of the documents on the built pages', () => {
  it('renders every word of the four documents in order, page by page', () => {
    const all = fidelityChecks();
    let total = 0;
    const counts: string[] = [];
    for (const check of all) {
      const s = seen.get(check.path);
      expect(s, `${check.path}: a page of the built site`).toBeDefined();
      expect(s!.mains, `${check.path}: one main element`).toBe(1);
      let n = 0;
      for (const seq of check.sequences) {
        const miss = findInOrder(s!.mainWords, seq.pieces);
        if (miss) throw new Error(`[${seq.name}] ${describeMiss(check.path, s!.mainWords, miss)}`);
        n += seq.pieces.reduce((sum, p) => sum + p.words.length, 0);
      }
      total += n;
      if (!check.path.startsWith('/acties/') || check.path === routes.actions()) counts.push(`${check.path}: ${n}`);
    }
    console.log(`fidelity (built): ${total} words checked on ${all.length} pages (${counts.join(', ')})`);
    if (!ONLY) expect(total).toBeGreaterThan(20_000);
  });
});

describe('each action’s one short title on its own page', () => {
  it('in its h1 (with a badge beside it iff the title is editorial) and its <title>', () => {
    const model = loadModel();
    const actions = model.annex.actions.filter((a) => !ONLY || ONLY.some((o) => routes.action(a.number).startsWith(o)));
    for (const a of actions) {
      const entry = titleEntry(model, 'actions', a.number);
      const full = `Actie ${a.number} — ${entry.title}`;
      const s = seen.get(routes.action(a.number));
      expect(s, `action ${a.number}: a page of the built site`).toBeDefined();
      expect(s!.h1s, `action ${a.number}: one h1`).toEqual([full]);
      expect(s!.title, `action ${a.number}: <title>`).toContain(full);
      expect(s!.badges, `action ${a.number}: badge beside the h1 iff editorial`).toBe(entry.editorial ? 1 : 0);
    }
    if (!ONLY) expect(actions).toHaveLength(86);
  });
});

describe('the skip link on every page', () => {
  it('is the first Tab stop, visible when focused, and Enter on it moves the focus to main', () => {
    const problems: string[] = [];
    for (const { path } of pages) {
      const { skipLink: k } = seen.get(path)!;
      if (k.tag !== 'a') problems.push(`${path}: the first Tab stop is <${k.tag}> «${k.text}», not a link`);
      else if (!/^(main|inside main)$/.test(k.target ?? ''))
        problems.push(`${path}: the first link (${k.href}) leads to ${k.target ?? 'nothing'}, not to main`);
      else if (!k.visible) problems.push(`${path}: the skip link is not visible when focused`);
      else if (!/^(main|inside main)$/.test(k.focusAfter)) problems.push(`${path}: after Enter on the skip link the focus is on ${k.focusAfter}`);
    }
    expect(problems).toEqual([]);
  });
});
