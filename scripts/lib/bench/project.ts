/**
 * The build, run stage by stage in a temporary copy of the project, so that the real
 * dist/ and content/generated/ (and the caches of anyone building in the tree) are
 * never touched.
 *
 * `npm run build` is `astro build` (BUILD_COMMAND, with its environment); the build integration (scripts/lib/astro/edition.ts)
 * times its own steps (model, Pagefind, offline) into .astro/edition-steps.json, so one
 * build gives the four steps ingest, astro, pagefind and offline. A synthetic corpus is
 * written first by scripts/lib/bench/synth.ts (its «ingest») and then built with
 * EDITION_CORPUS=generated. Each process runs under /usr/bin/time -v for its wall time
 * and peak memory (the largest resident set of the process and its children).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, sep } from 'node:path';

/**
 * The command `npm run build` runs, read from package.json: the benchmark builds as the project
 * does. Its environment, `MIMALLOC_PURGE_DELAY=0`: Rolldown's allocator (mimalloc, inside its
 * native module) hands memory it has freed back to the system at once instead of after a delay,
 * so what bundling used is not still held while the pages are rendered. Read by mimalloc when
 * the module loads, so it cannot be set from the configuration. At ×1 the build's peak
 * 635–647 → 550–561 MiB, processor time not more. And `--max-semi-space-size=8` for Node (added
 * to NODE_OPTIONS, so a profile's flags before it stay): V8's young generation at most 8 MiB per
 * semi-space instead of growing to its default. Alternating with the default: ×1 peak 540–567 →
 * 456–476 MiB, processor time 9.9–10.6 → 9.3–9.9 s; ×10 peak 690–697 → 655–656 MiB; ×100 the
 * Astro process 1,992 → 1,846 MiB, the steps after it 1,033 → 901 MiB, processor time 187 → 191 s.
 */
export const BUILD_COMMAND: string = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8')) as { scripts: { build: string } }
).scripts.build;

export interface Stage {
  name: string;
  command: string;
}

export interface StageRun extends Stage {
  ms: number;
  /** Peak resident set size in bytes (undefined when /usr/bin/time is not there). */
  maxRss?: number;
  /** Processor time (user + system) of the process and its children in ms (undefined without /usr/bin/time). */
  cpuMs?: number;
}

const TIME = '/usr/bin/time';

/** Not copied: installed packages, build output, caches, the benchmark's own reports. */
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'bench', 'content/generated', 'src/content/generated']);
/** Caches a build writes under node_modules/: each copy gets its own. */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * A copy of the project in a new temporary folder: the sources (without node_modules,
 * dist, caches) and a node_modules folder of links to the real packages, so that the
 * build's caches under node_modules/ stay the copy's own.
 */
export function copyProject(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  cpSync(root, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(root, src).split(sep).join('/');
      return rel === '' || !SKIP.has(rel);
    },
  });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!OWN_CACHES.has(entry)) symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  return dir;
}

/** Back to a clean checkout: no output, no generated content, no build caches (as on CI). */
export function cleanBuild(dir: string): void {
  for (const p of ['dist', '.astro', 'content/generated', 'src/content/generated', ...[...OWN_CACHES].map((c) => `node_modules/${c}`)]) {
    rmSync(join(dir, p), { recursive: true, force: true });
  }
}

export function removeProject(dir: string): void {
  if (!dir.startsWith(join(tmpdir(), 'bench-'))) throw new Error(`refusing to remove ${dir}`);
  rmSync(dir, { recursive: true, force: true });
}

/** Runs one stage in dir; its output goes to logFile. Throws with the log's tail when it fails. */
export function runStage(dir: string, stage: Stage, logFile: string): StageRun {
  const env = { ...process.env, PATH: [join(dir, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter), ASTRO_TELEMETRY_DISABLED: '1' };
  const timeOut = `${logFile}.time`;
  const fd = openSync(logFile, 'a');
  const useTime = existsSync(TIME);
  const started = performance.now();
  const res = useTime
    ? spawnSync(TIME, ['-v', '-o', timeOut, 'sh', '-c', stage.command], { cwd: dir, env, stdio: ['ignore', fd, fd] })
    : spawnSync('sh', ['-c', stage.command], { cwd: dir, env, stdio: ['ignore', fd, fd] });
  const ms = performance.now() - started;
  closeSync(fd);
  if (res.status !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n');
    throw new Error(`stage ${stage.name} («${stage.command}») failed with ${res.status ?? res.signal} in ${dir}:\n${tail}`);
  }
  let maxRss: number | undefined;
  let cpuMs: number | undefined;
  if (useTime) {
    const time = readFileSync(timeOut, 'utf8');
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(time);
    if (m) maxRss = Number(m[1]) * 1024;
    const user = /User time \(seconds\): ([\d.]+)/.exec(time);
    const system = /System time \(seconds\): ([\d.]+)/.exec(time);
    if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
    rmSync(timeOut, { force: true });
  }
  return { ...stage, ms, maxRss, cpuMs };
}

/**
 * The floor of the search step: Pagefind's own CLI indexing the site built in dir/dist, whole
 * pages by its own rules (no Dutch terms, no passage of its own), into a temporary folder
 * removed afterwards. Its wall time, processor time and peak memory.
 */
export function pagefindFloor(dir: string, logFile: string): StageRun {
  const out = mkdtempSync(join(tmpdir(), 'bench-pagefind-'));
  try {
    return runStage(dir, { name: 'pagefind-cli', command: `pagefind --site dist --output-path '${out}'` }, logFile);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** What one build of dir took, by step, from the times its integration wrote (.astro/edition-steps.json). */
export function buildStages(dir: string, build: { ms: number; maxRss?: number; cpuMs?: number }, command: string, scale?: number): StageRun[] {
  const steps = JSON.parse(readFileSync(join(dir, '.astro', 'edition-steps.json'), 'utf8')) as Record<string, number>;
  const step = (name: string) => {
    const ms = steps[name];
    if (ms === undefined) throw new Error(`bench: the build wrote no time for its step «${name}» (.astro/edition-steps.json)`);
    return ms;
  };
  const out: StageRun[] = [];
  // The ingest runs beside Astro's startup: its stage is the time the build waited for it.
  const ingest = scale === undefined ? (steps.ingestWait ?? step('ingest')) : 0;
  const inner = ingest + step('pagefind') + step('offline');
  if (scale === undefined)
    out.push({
      name: 'ingest',
      command: `${command} (model: node scripts/ingest.ts --check, started by the integration beside Astro; the time the build waited for it)`,
      ms: ingest,
      maxRss: build.maxRss,
      cpuMs: build.cpuMs,
    });
  out.push({ name: 'astro', command, ms: build.ms - inner, maxRss: build.maxRss, cpuMs: build.cpuMs });
  out.push({
    name: 'pagefind',
    command: `${command} (Pagefind Node API, in scripts/lib/astro/finish.ts, started by the integration)`,
    ms: step('pagefind'),
    maxRss: build.maxRss,
    cpuMs: build.cpuMs,
  });
  out.push({
    name: 'offline',
    command: `${command} (offline step, in scripts/lib/astro/finish.ts)`,
    ms: step('offline'),
    maxRss: build.maxRss,
    cpuMs: build.cpuMs,
  });
  return out;
}

/**
 * One clean build of dir: the real corpus, or (with `scale`) a synthetic one K times
 * larger. Returns the steps ingest, astro, pagefind, offline; the three inside
 * `astro build` share the build's peak memory. With `cpuProfileDir`, the build runs under
 * `node --cpu-prof` and writes its CPU profiles there (scripts/lib/bench/profile.ts).
 */
export function runBuild(dir: string, logFile: string, scale?: number, { cpuProfileDir }: { cpuProfileDir?: string } = {}): StageRun[] {
  cleanBuild(dir);
  const out: StageRun[] = [];
  if (scale !== undefined) out.push(runStage(dir, { name: 'ingest', command: `node scripts/lib/bench/synth.ts ${scale}` }, logFile));
  const profile = cpuProfileDir ? `NODE_OPTIONS="--cpu-prof --cpu-prof-dir=${cpuProfileDir}" ` : '';
  const command = `${scale !== undefined ? 'EDITION_CORPUS=generated ' : ''}${profile}${BUILD_COMMAND}`;
  const build = runStage(dir, { name: 'build', command }, logFile);
  return [...out, ...buildStages(dir, build, command, scale)];
}
