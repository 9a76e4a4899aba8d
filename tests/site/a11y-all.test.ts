/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on EVERY built page, in light and in dark.
 * Fast enough for every `npm test`: one browser, two tabs that each load page after page
 * (axe injected once per page, both colour schemes checked on the same load), side by
 * side. In light every rule runs; in dark the rules that depend on colour (the page's
 * structure, names and roles do not change with the scheme). The outcome is written to content/toegankelijkheid/axe.json, which the
 * accessibility statement (/toegankelijkheid/) reads when it is built: the statement's
 * claims are this run's, and the test fails when the built statement says anything else.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './helpers/browser.ts';
import { AXE_TAGS, describeViolations, rulesFor, runAxe, settle } from './helpers/axe.ts';
import { serveDist } from './helpers/server.ts';
import { structureProblems } from './helpers/structure.ts';
import { htmlFiles, pathOfFile } from './helpers/dist.ts';
import { DIST, ROOT } from './helpers/paths.ts';
import { t } from '../../src/site/strings.ts';
import { A11Y_RESULTS_FILE, AxeResultsSchema, type AxeResults } from '../../src/site/a11y-results.ts';

const site = serveDist();
const b = useBrowser();
const SCHEMES = ['light', 'dark'] as const;
/** Tabs that load pages side by side: while one waits for its page, the other runs axe. */
const TABS = 3;

/** Every page of the built site, as the path it is served at; the 404 page at an unknown address. */
function allPages(): { path: string; status: number }[] {
  return htmlFiles()
    .map((f) => (f === '404.html' ? { path: '/deze-pagina-bestaat-niet/', status: 404 } : { path: pathOfFile(f), status: 200 }))
    .sort((x, y) => x.path.localeCompare(y.path));
}

/** A11Y_ONLY=/documenten/,/over/ checks only the pages under those paths (while fixing); the results file is then left alone. */
const ONLY = process.env.A11Y_ONLY?.split(',').filter(Boolean);

describe('accessibility of every page', () => {
  // Landmarks unique and named, headings named by their words (tests/site/helpers/structure.ts), on every page too.
  const pages = allPages().filter((p) => !ONLY || ONLY.some((o) => p.path.startsWith(o)));

  it(`axe finds no violations on any of the ${pages.length} pages, light and dark; landmarks unique and named; headings named by their words`, async () => {
    if (!ONLY) expect(pages.length).toBeGreaterThan(100);
    const started = Date.now();
    const queue = [...pages];
    const problems: string[] = [];
    const found: AxeResults['violations'] = [];
    const structural: AxeResults['structure'] = [];
    let runs = 0;
    const worker = async (tab: Page) => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        await b.goto(tab, site.url(next.path), next.status);
        const structure = await structureProblems(tab);
        for (const problem of structure) structural.push({ page: next.path, problem });
        if (structure.length > 0) problems.push(`${next.path}: landmarks and headings:\n    ${structure.join('\n    ')}`);
        for (const scheme of SCHEMES) {
          await tab.emulateMedia({ colorScheme: scheme });
          await settle(tab);
          const violations = await runAxe(tab, rulesFor(scheme));
          runs++;
          for (const v of violations) found.push({ rule: v.id, help: v.help, page: next.path, scheme, nodes: v.nodes.length });
          if (violations.length > 0) problems.push(describeViolations(`${next.path} [${scheme}]`, violations));
        }
      }
    };
    const tabs = await Promise.all(Array.from({ length: TABS }, () => b.newPage({ serviceWorkers: 'block' })));
    await Promise.all(tabs.map(worker));
    const seconds = (Date.now() - started) / 1000;
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
      mkdirSync(dirname(join(ROOT, A11Y_RESULTS_FILE)), { recursive: true });
      writeFileSync(join(ROOT, A11Y_RESULTS_FILE), `${JSON.stringify(results, null, 2)}\n`);
    }
    console.log(`axe: ${pages.length} pages × ${SCHEMES.length} schemes = ${runs} runs in ${seconds.toFixed(1)} s`);
    expect(runs).toBe(pages.length * SCHEMES.length);
    if (problems.length > 0) throw new Error(`${problems.length} page(s) with violations:\n${problems.join('\n')}`);
  }, 1_200_000);

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
