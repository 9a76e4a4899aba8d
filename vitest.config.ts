/**
 * The tests in tiers, by what they cost (the README lists them with their npm scripts):
 *
 *   unit     pure functions on small inputs made for them; no build, seconds
 *   corpus   the real sources: one corpus, built once (tests/setup/corpus.ts) and shared
 *   site     the built site in dist/ read as files (run `npm run build` first)
 *   browser  the built site in Chromium
 *   slow     a second build under a sub-path, the benchmark's smoke run, the mutation test
 *
 * Every test file belongs to exactly one tier (tests/tiers.test.ts checks it).
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const TIERS = {
  unit: [
    'tests/address.test.ts',
    'tests/bench-targets.test.ts',
    'tests/bench-phases.test.ts',
    'tests/boundaries.test.ts',
    'tests/changelog.test.ts',
    'tests/client.test.ts',
    'tests/client-cite.test.ts',
    'tests/client-offline.test.ts',
    'tests/client-site.test.ts',
    'tests/enrich.test.ts',
    'tests/hyphenation.test.ts',
    'tests/mdx-tree.test.ts',
    'tests/mdx-text.test.ts',
    'tests/mdx-html.test.ts',
    'tests/search-page-text.test.ts',
    'tests/minify.test.ts',
    'tests/page-copies.test.ts',
    'tests/ordered-feed.test.ts',
    'tests/entries.test.ts',
    'tests/readme.test.ts',
    'tests/route-utils.test.ts',
    'tests/search-query.test.ts',
    'tests/search-terms.test.ts',
    'tests/idle-work.test.ts',
    'tests/search-synonyms.test.ts',
    'tests/seeds.test.ts',
    'tests/server.test.ts',
    'tests/source.test.ts',
    'tests/text.test.ts',
    'tests/tiers.test.ts',
    'tests/toolkit.test.ts',
    'tests/json-pieces.test.ts',
    'tests/client/**/*.test.ts',
    'tests/offline/**/*.test.ts',
  ],
  corpus: [
    'tests/accuracy.test.ts',
    'tests/mdx-frontmatter.test.ts',
    'tests/action-references.test.ts',
    'tests/cite.test.ts',
    'tests/edition.test.ts',
    'tests/editorial-words.test.ts',
    'tests/fidelity.test.ts',
    'tests/glossary.test.ts',
    'tests/labels.test.ts',
    'tests/ingest.test.ts',
    'tests/licence.test.ts',
    'tests/linear.test.ts',
    'tests/mdx.test.ts',
    'tests/mdx-pieces.test.ts',
    'tests/pagebreaks.test.ts',
    'tests/references.test.ts',
    'tests/registry.test.ts',
    'tests/strings.test.ts',
    'tests/slips.test.ts',
    'tests/titles.test.ts',
    'tests/trust.test.ts',
    'tests/urls.test.ts',
    'tests/parse/**/*.test.ts',
  ],
  site: [
    'tests/site/accuracy-built.test.ts',
    'tests/site/page-text-built.test.ts',
    'tests/site/pagefind-region-built.test.ts',
    'tests/site/page-copies-built.test.ts',
    'tests/site/titles-everywhere.test.ts',
    'tests/site/data.test.ts',
    'tests/site/labels-built.test.ts',
    'tests/site/links.test.ts',
    'tests/site/offline.test.ts',
    'tests/site/opendata-edition.test.ts',
  ],
  browser: [
    'tests/site/a11y.test.ts',
    'tests/site/every-page.test.ts',
    'tests/site/browser.test.ts',
    'tests/site/cite.test.ts',
    'tests/site/controls.test.ts',
    'tests/site/budgets.test.ts',
    'tests/site/csp.test.ts',
    'tests/site/downloads.test.ts',
    'tests/site/measure.test.ts',
    'tests/site/reader.test.ts',
    'tests/site/reading.test.ts',
    'tests/site/search-queries.test.ts',
    'tests/site/search-ui.test.ts',
    'tests/site/trust.test.ts',
    'tests/site/words.test.ts',
  ],
  slow: ['tests/mutation.test.ts', 'tests/scripts/**/*.test.ts', 'tests/site/subpath.test.ts'],
} as const;

/**
 * Files of the corpus tier that replace a module of the project (vi.mock): each needs a module
 * graph of its own. The tier's other files share one per worker (`isolate: false`), which halves
 * the tier's processor time (the corpus, the parsers and zod's schemas are loaded once per
 * worker instead of once per file); none of them changes the state of a module.
 */
export const OWN_MODULES = ['tests/labels.test.ts', 'tests/registry.test.ts'];

/** The order the tiers start in: the longest files first, so that no core waits at the end for one file. */
const START_ORDER = ['slow', 'browser', 'site', 'corpus', 'corpus-own-modules', 'unit'];

/**
 * Files start by tier (START_ORDER), then, as in Vitest's own order, those without a last run
 * first (by size), then the longest of the last run first. Vitest's own order goes by project
 * name, which started the slow tier's builds near the end, where a build kept one core busy and
 * left the other idle.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => START_ORDER.indexOf(f.project.name);
    const lastRun = (f: TestSpecification) => this.ctx.cache.getTestSpecificationResult(f)?.duration;
    const key = new Map(files.map((f) => [f, { rank: rank(f), known: lastRun(f) !== undefined, cost: lastRun(f) ?? statSync(f.moduleId).size }]));
    return [...files].sort((a, b) => {
      const x = key.get(a)!;
      const y = key.get(b)!;
      return x.rank - y.rank || Number(x.known) - Number(y.known) || y.cost - x.cost;
    });
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    // Two files at a time at least: Vitest's default (one fewer than the cores) is one on a
    // machine of two cores, where much of a file's time is spent waiting for Chromium or a build.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: [...TIERS.unit], isolate: false } },
      {
        extends: true,
        test: {
          name: 'corpus',
          include: [...TIERS.corpus],
          exclude: [...configDefaults.exclude, ...OWN_MODULES],
          globalSetup: ['tests/setup/corpus.ts'],
          isolate: false,
        },
      },
      // (They build the corpus themselves: tests/fixtures/corpus.ts.)
      { extends: true, test: { name: 'corpus-own-modules', include: OWN_MODULES } },
      // Files read dist/ (npm test builds it first), side by side with the other tiers'. The slow
      // tier's files run side by side too: each builds in a temporary copy of the project.
      { extends: true, test: { name: 'site', include: [...TIERS.site] } },
      // One Chromium and one server for the whole tier (tests/setup/browser.ts). Its files share
      // the workers with the other tiers' (no group of their own): while a build of the slow
      // tier waits, a browser file works, and the other way round. Like the corpus tier, its files
      // share one module graph per worker (Playwright, the model and its helpers loaded once per
      // worker, not once per file; none of them replaces or changes a module): the tier alone took
      // 343 s of processor time isolated, 316 s so.
      { extends: true, test: { name: 'browser', include: [...TIERS.browser], globalSetup: ['tests/setup/browser.ts'], isolate: false } },
      { extends: true, test: { name: 'slow', include: [...TIERS.slow] } },
    ],
  },
});
