/**
 * The build steps around Astro, as an Astro integration (astro.config.mjs):
 *
 *   astro:config:setup  sources → model: builds and validates the corpus from seeds/ and
 *                       content/, writes content/generated/, and stops the build when the
 *                       committed MDX pages (content/pages/) are stale — in `astro dev` too.
 *   astro:build:done    the classic scripts copied from public/, minified (scripts/lib/minify.ts),
 *                       and those written in TypeScript (src/client/), bundled (scripts/lib/client.ts);
 *                       search (Pagefind's Node API with the Dutch terms, and the same index
 *                       for file://, scripts/lib/search/index-site.ts) and the offline step
 *                       (relative links, search from disk, service worker, zip).
 *
 * With EDITION_CORPUS=generated the corpus already written to content/generated/ and
 * content/pages/ is used as it is (the benchmark's synthetic corpora, scripts/lib/bench).
 * Step timings (and `build`, the whole build from the start of the setup) are written to
 * .astro/edition-steps.json for the benchmark, and the process's
 * memory at each step (resident set, JavaScript heap, memory outside it) to
 * .astro/edition-memory.json (the benchmark's profile, scripts/lib/bench/profile.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCorpus } from '../../../src/parse/corpus.ts';
import { loadInputs } from '../inputs.ts';
import { assertSlipsReviewed } from '../slips.ts';
import { bundleClientScripts } from '../client.ts';
import { minifyPublicScripts } from '../minify.ts';
import { offlineBuild } from '../offline/index.ts';
import { indexSite } from '../search/index-site.ts';
import { checkPages, describeStale, generate, writeGenerated } from '../generated.ts';

export interface StepTimes {
  [step: string]: number;
}

export interface MemoryAt {
  at: string;
  /** Milliseconds since the build process started. */
  ms?: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export default function edition(): AstroIntegration {
  let root = '';
  let publicDir = '';
  let setupStarted = 0;
  const steps: StepTimes = {};
  const memory: MemoryAt[] = [];
  const note = (at: string) => {
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    memory.push({ at, ms: Math.round(performance.now()), rss, heapUsed, heapTotal, external });
  };
  const timed = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await fn();
    } finally {
      steps[name] = performance.now() - started;
    }
  };

  return {
    name: 'herstel-edition',
    hooks: {
      'astro:build:start': () => note('Astro build starts (model ready)'),
      // Between this and «pages rendered»: compiling the pages (Vite, Rolldown, MDX), then rendering them.
      'astro:build:setup': ({ vite, target }) => {
        if (target !== 'server') return;
        vite.plugins = [
          ...(vite.plugins ?? []),
          {
            name: 'herstel-edition-marks',
            writeBundle() {
              const env = (this as { environment?: { name?: string } }).environment?.name ?? 'bundle';
              note(`modules bundled (${env})`);
            },
          },
        ];
      },
      'astro:build:generated': () => note('pages rendered'),
      'astro:config:setup': async ({ config, logger }) => {
        setupStarted = performance.now();
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
        if (process.env.EDITION_CORPUS === 'generated') {
          logger.info('using the corpus in content/generated/ and content/pages/ as written (EDITION_CORPUS=generated)');
          return;
        }
        const gen = await timed('ingest', () => {
          const inputs = loadInputs(root);
          const built = buildCorpus(inputs);
          assertSlipsReviewed(built.corpus);
          const g = generate(built, { reviewed: inputs.reviewed });
          writeGenerated(root, g, { pages: false });
          return g;
        });
        const stale = describeStale(checkPages(root, gen));
        if (stale) throw new Error(stale);
        logger.info(`model: ${gen.corpus.annex.actions.length} actions, ${gen.pages.length} pages, committed MDX pages up to date`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // Before Pagefind and the offline step: the worker lists and the zip holds the files as served.
        const min = minifyPublicScripts(publicDir, dist);
        logger.info(`scripts: ${min.files} from public/ minified, ${(min.before / 1024).toFixed(1)} → ${(min.after / 1024).toFixed(1)} KiB`);
        // The client scripts are bundled by esbuild in its own process while the search index is made
        // (the search step reads only the HTML pages); the offline step waits for both.
        const bundling = bundleClientScripts(dist);
        // Search first (Pagefind, Dutch terms, the same engine for file://): the offline step lists its files.
        await timed('pagefind', () => indexSite(dist, (line) => logger.info(line)));
        note('after search');
        const client = await bundling;
        logger.info(`scripts: ${client.files} from src/client/ bundled, ${(client.bytes / 1024).toFixed(1)} KiB`);
        logger.info(await timed('offline', () => offlineBuild(dist)));
        note('after the offline step');
        steps.build = performance.now() - setupStarted;
        mkdirSync(join(root, '.astro'), { recursive: true });
        writeFileSync(join(root, '.astro', 'edition-steps.json'), JSON.stringify(steps));
        writeFileSync(join(root, '.astro', 'edition-memory.json'), JSON.stringify(memory));
      },
    },
  };
}
