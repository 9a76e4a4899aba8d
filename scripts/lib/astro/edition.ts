/**
 * The build steps around Astro, as an Astro integration (astro.config.mjs). The work on either
 * side of Astro runs in a Node process of its own, so that the memory it takes is never added to
 * what the Astro process holds (the build's peak is its largest process, not their sum), and
 * beside Astro where it can, on the core Astro leaves free:
 *
 *   astro:config:setup  sources → model: `node scripts/ingest.ts --check` starts; it builds and
 *                       validates the corpus from seeds/ and content/, writes content/generated/,
 *                       and stops the build when the committed MDX pages (content/pages/) are
 *                       stale; its message for the editor (file, line, what was expected) is the
 *                       build's error. In `astro build` Astro goes on meanwhile (its start and the
 *                       bundling); in `astro dev` the hook waits for it.
 *                       In `astro build`, `node scripts/lib/astro/finish.ts --wait` starts too, the
 *                       steps after Astro: they get ready while Astro starts (their modules, the
 *                       Hunspell word list, Pagefind's service), read the model when the ingest
 *                       has written it (a line on their stdin), and read the pages' copies as
 *                       Astro renders them.
 *   astro:build:start   Astro's prerenderer is wrapped (scripts/lib/astro/page-copies.ts): a copy of
 *                       every HTML page it renders goes to the steps after Astro, and their search
 *                       and offline steps read it as it comes, on the core Astro leaves free (until
 *                       they are ready, READY_FOR_COPIES, the copies wait in the pipe).
 *   bundled (a Vite     the last moment before Astro renders the pages, which read the model: the
 *   buildApp hook)      ingest is awaited here.
 *   astro:build:done    the site's folder goes to the steps' stdin, and they do the rest: the classic
 *                       scripts from public/ minified (scripts/lib/minify.ts) and those from
 *                       src/client/ bundled (scripts/lib/client.ts); search (Pagefind's Node API
 *                       with the Dutch terms, and the same index for file://,
 *                       scripts/lib/search/index-site.ts) and the offline step (relative links,
 *                       search from disk, service worker, zip). Should Astro fail, its process
 *                       exits, the stdin closes and the waiting process exits too.
 *
 * With EDITION_CORPUS=generated the corpus already written to content/generated/ and
 * content/pages/ is used as it is (the benchmark's synthetic corpora, scripts/lib/bench).
 * Step timings (`ingest` and the finish process's `prepare` run beside Astro; `ingestWait`, the
 * time the build waited for the ingest; `build`, the whole build from the start of the setup)
 * are written to .astro/edition-steps.json for the benchmark, and the memory at each step
 * (resident set, JavaScript heap, memory outside it; from «ready» on that of the finish process)
 * to .astro/edition-memory.json (the benchmark's profile, scripts/lib/bench/profile.ts); the
 * peak memory of each process (Astro's, the steps after it, Pagefind's service; from /proc) to
 * .astro/edition-peaks.json, and their processor time to .astro/edition-cpu.json (Astro's when it
 * is done); the pages search indexed, the copies of them that came, how
 * many it read from their copies and how many went to Pagefind as they came, to
 * .astro/edition-search.json.
 */
import { spawn } from 'node:child_process';
import { getCompileCacheDir } from 'node:module';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { FinishReport } from './finish.ts';
import { peakRss, processorTime, stepLog, type ProcessFigures } from './steps.ts';
import { READY_FOR_COPIES, pageFrame, pageListFrame, withPageCopies } from './page-copies.ts';
import { siteAddress } from '../../../src/site/address.ts';

/** Bytes of page copies the pipe to the steps after Astro may hold before a page waits for it to drain. */
const PAGES_IN_PIPE = 16 * 1024 * 1024;

export type { MemoryAt, ProcessFigures, StepTimes } from './steps.ts';

/**
 * Starts `node script ...args` in root; each line it prints goes to `log` as it comes. `done`
 * resolves with what it wrote to stderr when it exits with 0, and rejects with that text
 * otherwise; `input` is its stdin.
 */
function runNode(root: string, script: string, args: string[], log: (line: string) => void) {
  // A fourth pipe, file descriptor 3 in the child: the copies of the pages (scripts/lib/astro/page-copies.ts).
  // The compile cache of this process, when Astro's command line has turned it on (not on CI):
  // the child reads its modules' compiled code (and stripped types) from it too, instead of
  // compiling them again at each build.
  const cache = getCompileCacheDir();
  const env = cache ? { ...process.env, NODE_COMPILE_CACHE: cache } : process.env;
  const child = spawn(process.execPath, [join(root, script), ...args], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  const pages = child.stdio[3] as Writable;
  pages.on('error', () => {});
  // A child that has already exited (with its own error) makes writing fail: that error is the one to report.
  child.stdin.on('error', () => {});
  // Should the build end first (Astro failed), the child ends with it.
  const stop = () => child.kill();
  process.once('exit', stop);
  child.on('close', () => process.off('exit', stop));
  const done = new Promise<string>((resolve, reject) => {
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
  // Awaited where its result is needed; until then a failure must not end the process unreported.
  done.catch(() => {});
  return { input: child.stdin, pages, done };
}

export default function edition(): AstroIntegration {
  let root = '';
  let publicDir = '';
  let setupStarted = 0;
  const { steps, memory, note, timed } = stepLog();
  /** The ingest process: the model written, the pages checked (resolved at once with EDITION_CORPUS=generated). */
  let ingest: Promise<void> = Promise.resolve();
  /** The process of the steps after Astro, started with the build. */
  let finish: (ReturnType<typeof runNode> & { started: number }) | undefined;
  /** Whether the steps after Astro read the pages' copies as they come (READY_FOR_COPIES). */
  let copying = false;
  const reportFile = () => join(root, '.astro', 'edition-finish.json');
  /**
   * Starts the steps after Astro. They get ready while Astro starts (their modules, the
   * Hunspell word list, Pagefind's service), and read the model once the ingest has written it;
   * then they wait on stdin for the site. Should the build
   * fail, this process exits and their stdin closes: they exit too.
   */
  const startFinish = (logger: AstroIntegrationLogger) => {
    mkdirSync(join(root, '.astro'), { recursive: true });
    rmSync(reportFile(), { force: true });
    const log = (line: string) => {
      if (line === READY_FOR_COPIES) copying = true;
      logger.info(line);
    };
    const run = runNode(root, 'scripts/lib/astro/finish.ts', ['--wait', publicDir, reportFile()], log);
    finish = { started: performance.now(), ...run };
    // Their first line: the model is there (nothing is written when the ingest fails).
    ingest.then(() => run.input.write('model\n')).catch(() => {});
  };

  return {
    name: 'herstel-edition',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        setupStarted = performance.now();
        note('configuration loaded');
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
        if (process.env.EDITION_CORPUS === 'generated') {
          logger.info('using the corpus in content/generated/ and content/pages/ as written (EDITION_CORPUS=generated)');
        } else {
          // The model is built and the pages are checked in a process of their own: the Astro process
          // reads only what it writes (content/generated/, content/pages/).
          let line = '';
          const run = runNode(root, 'scripts/ingest.ts', ['--check', root], (l) => (line = l));
          run.input.end();
          ingest = timed('ingest', () => run.done).then(
            (warnings) => {
              note('model built, pages checked (ingest process)');
              if (warnings.trim()) logger.warn(warnings.trim());
              logger.info(`model: ${line.replace(/^ingest: /, '')}; committed MDX pages up to date`);
            },
            (err: Error) => {
              // The ingest's own message for the editor (the file, the line, what was expected).
              throw new Error(err.message.replace(/^ingest failed: /, ''), { cause: err });
            },
          );
          ingest.catch(() => {});
        }
        // A build reads the model only when it renders the pages (below: after bundling), and the
        // committed MDX pages, which the ingest only reads, then too (src/site/entries.ts).
        // Meanwhile Astro starts and bundles, and the steps after Astro get ready.
        // Anything else (astro dev) waits here.
        if (command === 'build') startFinish(logger);
        else await ingest;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        note('Astro build starts');
        // A copy of every page Astro renders goes to the steps after Astro as it is rendered. The
        // pipe holds up to PAGES_IN_PIPE bytes. Until they are ready (READY_FOR_COPIES) the copies
        // wait in it, and a page that would overfill it is not copied (it is read from its file
        // later) rather than held up; from then on a page waits for the pipe to drain. So the
        // copies never pile up in this process.
        setPrerenderer((prerenderer) =>
          withPageCopies(
            prerenderer,
            siteAddress().base,
            async (file, body) => {
              const pages = finish?.pages;
              if (!pages || pages.writableEnded || pages.destroyed) return;
              if (!copying && pages.writableLength + body.byteLength > PAGES_IN_PIPE) return;
              for (const part of pageFrame(file, body)) pages.write(part);
              // Should their process end meanwhile, the pipe closes instead of draining.
              if (copying && pages.writableLength > PAGES_IN_PIPE) await Promise.race([once(pages, 'drain'), once(pages, 'close')]);
            },
            (files) => {
              const pages = finish?.pages;
              if (pages && !pages.writableEnded && !pages.destroyed) for (const part of pageListFrame(files)) pages.write(part);
            },
          ),
        );
      },
      // Between «Astro build starts» and «pages rendered»: bundling (Vite, Rolldown), then rendering the pages.
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
            // Runs after every environment is bundled, before Astro's own post hook renders the
            // pages (its plugin is enforced «post», so it comes after this one).
            buildApp: {
              order: 'post',
              handler: async () => {
                // The last moment before anything reads the model: a failed ingest stops the build here with its message.
                await timed('ingestWait', () => ingest);
              },
            },
          },
        ];
      },
      'astro:build:generated': () => note('pages rendered'),
      'astro:build:done': async ({ dir, logger }) => {
        const { started, input, pages, done } = finish!;
        // This process's processor time, now that Astro is done (from here on it waits for the steps after it).
        const astroCpu = processorTime();
        // The signal: every page copied, and the site is there, in this folder.
        pages.end();
        input.end(`${fileURLToPath(dir)}\n`);
        const stderr = await done;
        if (stderr.trim()) logger.warn(stderr.trim());
        const report = JSON.parse(readFileSync(reportFile(), 'utf8')) as FinishReport;
        Object.assign(steps, report.steps);
        // Its memory, with the milliseconds counted from the start of the Astro process.
        for (const m of report.memory) memory.push({ ...m, process: 'finish', ms: Math.round(started + (m.ms ?? 0)) });
        steps.build = performance.now() - setupStarted;
        writeFileSync(join(root, '.astro', 'edition-steps.json'), JSON.stringify(steps));
        writeFileSync(join(root, '.astro', 'edition-memory.json'), JSON.stringify(memory));
        const peaks: ProcessFigures = { astro: peakRss(), ...report.peaks };
        writeFileSync(join(root, '.astro', 'edition-peaks.json'), JSON.stringify(peaks));
        const cpu: ProcessFigures = { astro: astroCpu, ...report.cpu };
        writeFileSync(join(root, '.astro', 'edition-cpu.json'), JSON.stringify(cpu));
        writeFileSync(join(root, '.astro', 'edition-search.json'), JSON.stringify(report.search));
      },
    },
  };
}
