/**
 * The build steps around Astro, as an Astro integration (astro.config.mjs):
 *
 *   astro:config:setup  sources → model: builds and validates the corpus from seeds/ and
 *                       content/, writes content/generated/, and stops the build when the
 *                       committed MDX pages (content/pages/) are stale — in `astro dev` too.
 *   astro:build:done    the Pagefind index (its Node API) and the offline step
 *                       (relative links, search from disk, service worker, zip).
 *
 * With EDITION_CORPUS=generated the corpus already written to content/generated/ and
 * content/pages/ is used as it is (the benchmark's synthetic corpora, scripts/lib/bench).
 * Step timings are written to .astro/edition-steps.json for the benchmark.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { CorpusSchema } from '../../../src/model/schema.ts';
import { buildCorpus } from '../../../src/parse/corpus.ts';
import { routeData, type RouteData } from '../../../src/site/route-data.ts';
import { loadInputs } from '../inputs.ts';
import { offlineBuild } from '../offline/index.ts';
import { checkPages, describeStale, generate, GENERATED_DIR, writeGenerated } from '../generated.ts';

export interface StepTimes {
  [step: string]: number;
}

/** Indexes the built site with Pagefind's Node API into dist/pagefind/. */
export async function indexSite(dist: string): Promise<string> {
  const { errors, index } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return `pagefind: ${added.page_count} pages indexed`;
}

export default function edition(): AstroIntegration {
  let root = '';
  let pages: RouteData[] | undefined;
  const steps: StepTimes = {};
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
      'astro:config:setup': async ({ config, logger }) => {
        root = fileURLToPath(config.root);
        if (process.env.EDITION_CORPUS === 'generated') {
          logger.info('using the corpus in content/generated/ and content/pages/ as written (EDITION_CORPUS=generated)');
          return;
        }
        const gen = await timed('ingest', () => {
          const g = generate(buildCorpus(loadInputs(root)));
          writeGenerated(root, g, { pages: false });
          return g;
        });
        const stale = describeStale(checkPages(root, gen));
        if (stale) throw new Error(stale);
        pages = gen.pages.map((p) => p.data);
        logger.info(`model: ${gen.corpus.annex.actions.length} actions, ${gen.pages.length} pages, committed MDX pages up to date`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        logger.info(await timed('pagefind', () => indexSite(dist)));
        const data =
          pages ?? routeData(CorpusSchema.parse(JSON.parse(readFileSync(join(root, ...GENERATED_DIR, 'model.json'), 'utf8'))));
        logger.info(await timed('offline', () => offlineBuild(dist, data)));
        mkdirSync(join(root, '.astro'), { recursive: true });
        writeFileSync(join(root, '.astro', 'edition-steps.json'), JSON.stringify(steps));
      },
    },
  };
}
