/**
 * The build steps around Astro, as an Astro integration (astro.config.mjs). The work on either
 * side of Astro runs in a Node process of its own, so that the memory it takes is never added to
 * what the Astro process holds (the build's peak is its largest process, not their sum):
 *
 *   astro:config:setup  sources → model: `node scripts/ingest.ts --check` builds and validates
 *                       the corpus from seeds/ and content/, writes content/generated/, and
 *                       stops the build when the committed MDX pages (content/pages/) are stale —
 *                       in `astro dev` too; its message for the editor (file, line, what was
 *                       expected) is the build's error.
 *   astro:build:done    `node scripts/lib/astro/finish.ts`: the classic scripts copied from
 *                       public/, minified (scripts/lib/minify.ts), and those written in TypeScript
 *                       (src/client/), bundled (scripts/lib/client.ts); search (Pagefind's Node API
 *                       with the Dutch terms, and the same index for file://,
 *                       scripts/lib/search/index-site.ts) and the offline step (relative links,
 *                       search from disk, service worker, zip).
 *
 * With EDITION_CORPUS=generated the corpus already written to content/generated/ and
 * content/pages/ is used as it is (the benchmark's synthetic corpora, scripts/lib/bench).
 * Step timings (and `build`, the whole build from the start of the setup) are written to
 * .astro/edition-steps.json for the benchmark, and the memory at each step (resident set,
 * JavaScript heap, memory outside it; after search and after the offline step that of their
 * process) to .astro/edition-memory.json (the benchmark's profile, scripts/lib/bench/profile.ts).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { FinishReport } from './finish.ts';
import { stepLog } from './steps.ts';

export type { MemoryAt, StepTimes } from './steps.ts';

/**
 * Runs `node script ...args` in root; each line it prints goes to `log` as it comes. Resolves
 * with what it wrote to stderr when it exits with 0, rejects with that text otherwise.
 */
function runNode(root: string, script: string, args: string[], log: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, script), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (out + chunk).split('\n');
      out = lines.pop()!;
      for (const line of lines) log(line);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (out) log(out);
      if (code === 0) resolve(err);
      else reject(new Error(err.trim() || `${script} exited with ${code}`));
    });
  });
}

export default function edition(): AstroIntegration {
  let root = '';
  let publicDir = '';
  let setupStarted = 0;
  const { steps, memory, note, timed } = stepLog();

  return {
    name: 'herstel-edition',
    hooks: {
      'astro:build:start': () => note('Astro build starts (model ready)'),
      // Between this and «pages rendered»: bundling (Vite, Rolldown), then rendering the pages.
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
        note('configuration loaded');
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
        if (process.env.EDITION_CORPUS === 'generated') {
          logger.info('using the corpus in content/generated/ and content/pages/ as written (EDITION_CORPUS=generated)');
          return;
        }
        // The model is built and the pages are checked in a process of its own: the Astro process
        // reads only what it writes (content/generated/, content/pages/).
        let line = '';
        try {
          const warnings = await timed('ingest', () => runNode(root, 'scripts/ingest.ts', ['--check', root], (l) => (line = l)));
          if (warnings.trim()) logger.warn(warnings.trim());
        } catch (err) {
          // The ingest's own message for the editor (the file, the line, what was expected).
          throw new Error((err as Error).message.replace(/^ingest failed: /, ''), { cause: err });
        }
        note('model built, pages checked (ingest process)');
        logger.info(`model: ${line.replace(/^ingest: /, '')}; committed MDX pages up to date`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const reportFile = join(root, '.astro', 'edition-finish.json');
        mkdirSync(join(root, '.astro'), { recursive: true });
        rmSync(reportFile, { force: true });
        const started = performance.now();
        const stderr = await runNode(root, 'scripts/lib/astro/finish.ts', [dist, publicDir, reportFile], (l) => logger.info(l));
        if (stderr.trim()) logger.warn(stderr.trim());
        const report = JSON.parse(readFileSync(reportFile, 'utf8')) as FinishReport;
        Object.assign(steps, report.steps);
        // Its memory, with the milliseconds counted from the start of the Astro process.
        for (const m of report.memory) memory.push({ ...m, process: 'finish', ms: Math.round(started + (m.ms ?? 0)) });
        steps.build = performance.now() - setupStarted;
        writeFileSync(join(root, '.astro', 'edition-steps.json'), JSON.stringify(steps));
        writeFileSync(join(root, '.astro', 'edition-memory.json'), JSON.stringify(memory));
      },
    },
  };
}
