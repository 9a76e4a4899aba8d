/**
 * npm run bench — what the build and the built site cost, written to bench/reports/
 * (git-ignored) as Markdown and JSON:
 *
 *   1. build time by stage (ingest, Astro, Pagefind, offline): median of --runs clean builds;
 *   2. scaling: the same pipeline on synthetic corpora ×1, ×10, ×100 (scripts/lib/bench/synth.ts
 *      in place of the ingest stage): time and peak memory per stage, and how they grow;
 *   3. weight of each kind of page in Chromium over localhost, raw, gzip and brotli;
 *   4. search: index size on disk, bytes of a first and a second query, the query set
 *      (scripts/lib/search/queries.ts) online and from file://: top-3 pass rate per category;
 *   5. Lighthouse (the npm package with /usr/bin/chromium) and the page's own figures
 *      (FCP, LCP, layout shift, axe-core violations);
 *   6. the budgets of tests/site/budgets.test.ts against the measured figures;
 *   8. screenshots of the first screen of each kind of page, at 390 and 1440 px, light and
 *      dark (scripts/lib/bench/screenshots.ts), in bench/reports/screens/.
 *
 * Every build runs in a temporary copy of the project: the real dist/ and
 * content/generated/ are never touched.
 *
 *   7. the peer baseline: the same content as a Starlight site (scripts/lib/bench/peer.ts,
 *      installed on first use), built at ×1 and ×10 in the same run, with the ratios, and
 *      both builds by phase as Astro's log states them (scripts/lib/bench/phases.ts).
 *
 *   9. the profile: one more build at ×1 and ×10 under `node --cpu-prof`, not among the
 *      timed runs: where the time goes (by package, by function, the project's steps) and
 *      the memory at each step of the build (scripts/lib/bench/profile.ts).
 *
 * Options: --scales=1,10,100  --runs=3  --scaled-runs=N (default 3 up to ×10, 1 above)
 *          --no-lighthouse  --no-peer  --no-profile  --keep (leave the temporary copy)
 *          --out=DIR (reports elsewhere than bench/reports/)
 *          --smoke: small, to show that every part runs (npm test runs it): the real corpus
 *          as the project's dist/ when that is up to date (npm test has just built it; its
 *          build's step times from .astro/edition-steps.json), else built once in the copy;
 *          one ×2 synthetic build, profiled and timed at once; of the pages only the action
 *          page (weight, first visit, screenshots); one query of each category of the query
 *          set; no Lighthouse, no peer
 */
import { mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { listFiles } from './lib/offline/files.ts';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM as DEBIAN_CHROMIUM, CHROMIUM_ARGS, TEST_CHROMIUM_ARGS, chromiumPath } from './lib/chromium.ts';
import { startServer } from './lib/server.ts';
import { words } from './lib/words.ts';
import { BUDGETS, SEARCH_QUERIES } from './lib/bench/budgets.ts';
import { runLighthouse, type LighthouseResult } from './lib/bench/lighthouse.ts';
import {
  diskUsage,
  fileSizes,
  mainText,
  measurePage,
  measureSearch,
  precacheOf,
  measureFirstVisit,
  type FirstVisit,
  sum,
  type PageWeight,
  type PerfFigures,
  type SearchBytes,
  type Sizes,
} from './lib/bench/measure.ts';
import { kindPages, type PageKindName } from './lib/bench/pages.ts';
import { SCHEMES, SCREENS, takeScreenshots, type Screenshot } from './lib/bench/screenshots.ts';
import { buildStages, cleanBuild, copyProject, pagefindFloor, removeProject, runBuild, runStage, type StageRun } from './lib/bench/project.ts';
import { staleReason } from './start.ts';
import { ensurePeer, writePeer } from './lib/bench/peer.ts';
import { astroLogPhases, medianPhases, PHASE_NAMES, type BuildPhases } from './lib/bench/phases.ts';
import { profileBuild, type ProfileSummary } from './lib/bench/profile.ts';
import { CorpusSchema } from '../src/model/schema.ts';
import { routeData } from '../src/site/route-data.ts';
import { mdxContext } from './lib/generated.ts';
import { SEARCH_QUERY_SET } from './lib/search/queries.ts';
import { runQuerySet, type QueryOutcome } from './lib/search/run-queries.ts';
import { pathToFileURL } from 'node:url';
import { growth, median, mib, s1, type Growth } from './lib/bench/stats.ts';
import { BUILD_TARGET_X100, buildTargets } from './lib/bench/targets.ts';
import type { ProcessFigures } from './lib/astro/steps.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PEER_DIR = join(ROOT, 'bench', 'peer', 'starlight');
// ---------- options ----------
const args = new Map(
  process.argv.slice(2).map((a) => {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`bench: unknown argument ${a}`);
    return [m[1]!, m[2] ?? 'true'] as const;
  }),
);
const SMOKE = args.has('smoke');
const SCALES = (args.get('scales') ?? (SMOKE ? '2' : '1,10,100')).split(',').map(Number);
const RUNS = Number(args.get('runs') ?? (SMOKE ? 1 : 3));
const scaledRuns = (k: number) => (args.has('scaled-runs') ? Number(args.get('scaled-runs')) : SMOKE ? 1 : k <= 10 ? 3 : 1);
const LIGHTHOUSE = !args.has('no-lighthouse') && !SMOKE;
const PEER = !args.has('no-peer') && !SMOKE;
/**
 * The browser that measures: Debian's Chromium, as Lighthouse needs it; the smoke run, without
 * Lighthouse, drives what the tests drive (the headless shell when installed: the same engine,
 * less work per page; the bytes it measures are the same).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? (LIGHTHOUSE ? DEBIAN_CHROMIUM : chromiumPath());
/** Its flags: the browser as readers have it; the smoke run's, which times nothing, as the tests drive it. */
const BROWSER_ARGS = SMOKE ? TEST_CHROMIUM_ARGS : CHROMIUM_ARGS;
/** Scales at which a profiled build runs (after the timed ones; in the smoke run, as the timed one). */
const PROFILE_SCALES = args.has('no-profile') ? [] : SMOKE ? SCALES.slice(0, 1) : [1, 10].filter((k) => SCALES.includes(k));
/** Scales at which the peer is built too. */
const PEER_SCALES = [1, 10];
const REPORTS = resolve(args.get('out') ?? join(ROOT, 'bench', 'reports'));
if (SCALES.some((k) => !Number.isInteger(k) || k < 1) || !(RUNS >= 1)) throw new Error('bench: bad --scales or --runs');

const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

// ---------- report shape ----------
interface StageSummary {
  name: string;
  command: string;
  ms: number[];
  medianMs: number;
  maxRss: (number | null)[];
  medianMaxRss: number | null;
  /** Processor time (user + system) of the process the stage ran in, per run (the steps inside `astro build` share the build's). */
  cpuMs: (number | null)[];
}

interface KindReport {
  kind: PageKindName;
  path: string;
  note: string;
  weight: Omit<PageWeight, 'fetched'> & { files: { path: string; kind: string; sizes: Sizes }[] };
  perf: PerfFigures;
  axe?: { violations: number; nodes: number; ids: string[] };
  /** Words of <main> shown with scripts off, as a share of those shown with scripts on. */
  noJsTextShare?: number;
  lighthouse?: LighthouseResult;
  lighthouseError?: string;
  /** The machine's 1-minute load average when Lighthouse ran: its simulated times scale with what it observed. */
  lighthouseLoad?: number;
}

interface PeerScale {
  scale: number;
  pages: number;
  buildMs: number;
  ours: { buildMs: number; peakRss: number | null; cpuMs?: number | null };
  peakRss: number | null;
  /** Processor time (user + system) of the build, median of the runs. */
  cpuMs?: number | null;
  /** The phases of the builds as Astro's log states them (scripts/lib/bench/phases.ts), median of the runs. */
  phases?: { ours?: BuildPhases; peer?: BuildPhases };
}

interface PeerReport {
  name: string;
  scales: PeerScale[];
  /** ×1: an action page view and a first search query, ours and the peer's (gzip bytes). */
  actionPage?: { path: string; ours: number; peer: number };
  searchFirstQuery?: { ours: number; peer: number };
  error?: string;
}

interface ScaleReport {
  scale: number;
  actions: number;
  htmlPages: number;
  distBytes: number;
  zipBytes: number;
  pagefindBytes: number;
  offlineIndexBytes: number;
  runs: number;
  stages: StageSummary[];
  totalMedianMs: number;
  peakRss: number | null;
  /** The peak memory of each process of the build (median of the runs; from /proc, .astro/edition-peaks.json). */
  processPeaks: ProcessFigures;
  /** The processor time of each process of the build, in ms (median of the runs; .astro/edition-cpu.json). */
  processCpu?: ProcessFigures;
  /** Pagefind's own CLI on the same built site: the floor of the search step (scripts/lib/bench/project.ts). */
  pagefindCli?: { ms: number; maxRss: number | null };
  search?: { firstQuery: Sizes; secondQuery: Sizes; firstRequests: number };
}

/** A figure of each process of the build just made in dir, as the build wrote it to .astro/`name` ({} when it wrote none). */
function processFigures(dir: string, name: 'edition-peaks.json' | 'edition-cpu.json'): ProcessFigures {
  const file = join(dir, '.astro', name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ProcessFigures) : {};
}

/** The median of each process's figure over the runs. */
function medianByProcess(runs: readonly ProcessFigures[]): ProcessFigures {
  const out: ProcessFigures = {};
  for (const key of ['astro', 'finish', 'pagefind'] as const) {
    const known = runs.map((r) => r[key]).filter((x): x is number => x !== undefined);
    if (known.length) out[key] = median(known);
  }
  return out;
}

function summarize(runs: StageRun[][]): StageSummary[] {
  return runs[0]!.map((s, i) => {
    const ms = runs.map((r) => r[i]!.ms);
    const rss = runs.map((r) => r[i]!.maxRss ?? null);
    const known = rss.filter((x): x is number => x !== null);
    return {
      name: s.name,
      command: s.command,
      ms,
      medianMs: median(ms),
      maxRss: rss,
      medianMaxRss: known.length ? median(known) : null,
      cpuMs: runs.map((r) => r[i]!.cpuMs ?? null),
    };
  });
}

function distFigures(dist: string) {
  const files = listFiles(dist);
  const bytes = (f: string) => statSync(join(dist, f)).size;
  const zip = files.find((f) => f.endsWith('.zip'));
  return {
    htmlPages: files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).length,
    distBytes: files.filter((f) => f !== zip).reduce((n, f) => n + bytes(f), 0),
    zipBytes: zip ? bytes(zip) : 0,
    pagefindBytes: files.filter((f) => f.startsWith('pagefind/')).reduce((n, f) => n + bytes(f), 0),
    offlineIndexBytes: files.filter((f) => f === 'zoeken/pagefind-offline.js' || f.startsWith('zoeken/pagefind-bestanden/')).reduce((n, f) => n + bytes(f), 0),
  };
}

async function withSite<T>(dist: string, fn: (url: (p: string) => string, browser: Browser) => Promise<T>): Promise<T> {
  const server = await startServer(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
  try {
    return await fn(server.url, browser);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function axeCounts(page: import('playwright-core').Page): Promise<KindReport['axe']> {
  await page.addScriptTag({ content: readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return { violations: r.violations.length, nodes: r.violations.reduce((n, v) => n + v.nodes.length, 0), ids: r.violations.map((v) => v.id) };
  });
}

/**
 * The project's own build of the real corpus, when dist/ is up to date and the step times
 * its integration wrote are of the build that made it; else undefined.
 */
function projectBuild(): StageRun[] | undefined {
  const stepsFile = join(ROOT, '.astro', 'edition-steps.json');
  if (staleReason(ROOT) || !existsSync(stepsFile) || statSync(stepsFile).mtimeMs < statSync(join(ROOT, 'dist', 'index.html')).mtimeMs) return undefined;
  const steps = JSON.parse(readFileSync(stepsFile, 'utf8')) as Record<string, number>;
  if (steps.build === undefined || steps.ingest === undefined) return undefined;
  return buildStages(ROOT, { ms: steps.build }, 'astro build (npm run build of the project, before this run)');
}

// ---------- main ----------
async function main(): Promise<void> {
  const started = new Date();
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    memory: totalmem(),
    freeMemoryAtStart: freemem(),
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
    chromium: CHROMIUM,
  };
  log(`${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}`);

  const work = copyProject(ROOT);
  const logFile = join(work, 'bench-build.log');
  log(`working copy ${work}`);
  try {
    // 1. the real build, RUNS times (the smoke run: the project's own build, when up to date)
    const realRuns: StageRun[][] = [];
    const reused = SMOKE ? projectBuild() : undefined;
    if (reused) {
      realRuns.push(reused);
      log(`build: the project's dist/, up to date (${reused.map((s) => `${s.name} ${(s.ms / 1000).toFixed(1)} s`).join(', ')})`);
    }
    for (let i = 1; !reused && i <= RUNS; i++) {
      const run = runBuild(work, logFile);
      realRuns.push(run);
      log(`build ${i}/${RUNS}: ${run.map((s) => `${s.name} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}`);
    }
    const build = summarize(realRuns);
    /** The real corpus's site; the scaled builds below go to the copy's dist/. */
    const dist = reused ? join(ROOT, 'dist') : join(work, 'dist');
    const workDist = join(work, 'dist');
    const realDist = distFigures(dist);

    // 2. the built site in Chromium
    // The smoke run measures the action page only (the budget's page).
    const kinds = kindPages(dist).filter((k) => !SMOKE || k.kind === 'action');
    const pages: KindReport[] = [];
    let search: SearchBytes | undefined;
    let firstVisit: FirstVisit | undefined;
    let querySet: Report['search']['querySet'];
    let screenshots: Screenshot[] = [];
    await withSite(dist, async (url, browser) => {
      const actionKind = kinds.find((k) => k.kind === 'action');
      if (actionKind) {
        firstVisit = await measureFirstVisit(browser, url(actionKind.path), dist);
        log(
          `first visit ${actionKind.path}: ${firstVisit.without.sizes.gzip} B gzip without the worker, ${firstVisit.with.sizes.gzip} B with it (×${firstVisit.ratio.toFixed(2)})`,
        );
      }
      for (const k of kinds) {
        const m = await measurePage(browser, url(k.path));
        const axe = await axeCounts(m.page).catch(() => undefined);
        await m.close();
        const { fetched, ...weight } = m.weight;
        const [on, off] = [words(await mainText(browser, url(k.path), true)), words(await mainText(browser, url(k.path), false))];
        const offSet = new Set(off);
        const noJsTextShare = on.filter((w) => offSet.has(w)).length / Math.max(1, on.length);
        pages.push({
          ...k,
          weight: { ...weight, files: fetched.map((f) => ({ path: f.path, kind: f.kind, sizes: f.sizes })) },
          perf: m.perf,
          axe,
          noJsTextShare,
        });
        log(`page ${k.kind} ${k.path}: ${m.weight.requests} requests, ${m.weight.total.gzip} B gzip`);
      }
      screenshots = await takeScreenshots(browser, url, kinds, REPORTS);
      log(`screenshots: ${screenshots.length} in ${join(REPORTS, 'screens')}`);
      search = await measureSearch(browser, url('/zoeken/'), SEARCH_QUERIES);
      log(`search: first query ${search.queries[0]!.weight.total.gzip} B gzip, second ${search.queries[1]!.weight.total.gzip} B gzip`);
      // The query set through the search page, online and from file://.
      // (The smoke run: the first query of each category.)
      const set = SMOKE ? SEARCH_QUERY_SET.filter((q, i) => SEARCH_QUERY_SET.findIndex((x) => x.category === q.category) === i) : SEARCH_QUERY_SET;
      const online = await runQuerySet(browser, url('/zoeken/'), url('/'), set);
      const fileRoot = pathToFileURL(dist).href + '/';
      const offline = await runQuerySet(browser, `${fileRoot}zoeken/index.html`, fileRoot, set);
      querySet = {
        queries: set.length,
        online: online.rates,
        offline: offline.rates,
        misses: online.outcomes.filter((o) => !o.ok),
        sameOrder: online.outcomes.every((o, i) => o.top.join() === offline.outcomes[i]!.top.join()),
      };
      log(
        `search query set: ${online.outcomes.filter((o) => o.ok).length}/${online.outcomes.length} online, ${offline.outcomes.filter((o) => o.ok).length}/${offline.outcomes.length} from file://`,
      );
      if (LIGHTHOUSE) {
        // Served compressed, as a static host serves it (the budgets count gzip bytes too).
        const compressed = await startServer(dist, { compress: true });
        try {
          for (const p of pages) {
            const lh = await runLighthouse(ROOT, compressed.url(p.path), CHROMIUM, CHROMIUM_ARGS);
            p.lighthouse = lh.result;
            p.lighthouseError = lh.error;
            p.lighthouseLoad = Math.round(loadavg()[0]! * 10) / 10;
            log(`lighthouse ${p.kind}: ${lh.result ? JSON.stringify(lh.result.scores) : lh.error}`);
          }
        } finally {
          await compressed.close();
        }
      }
    });
    const index = diskUsage(join(dist, 'pagefind'), (f) =>
      f.startsWith('index/')
        ? 'index chunks'
        : f.startsWith('fragment/')
          ? 'fragments'
          : f.startsWith('filter/')
            ? 'filters'
            : /wasm/.test(f)
              ? 'WebAssembly'
              : /\.pf_meta$/.test(f)
                ? 'metadata'
                : /ui\.|component|modular|highlight/.test(f)
                  ? 'UI (JS/CSS)'
                  : 'search JS',
    );
    const offlineIndex = existsSync(join(dist, 'zoeken', 'pagefind-offline.js')) ? fileSizes(join(dist, 'zoeken', 'pagefind-offline.js')) : undefined;
    const precache = precacheOf(dist);

    // 3. scaling (and the peer at ×1 and ×10)
    const scaling: ScaleReport[] = [];
    const profiles: ProfileSummary[] = [];
    const peer: PeerReport = { name: 'Starlight (@astrojs/starlight, default configuration)', scales: [] };
    for (const scale of SCALES) {
      const runs: StageRun[][] = [];
      const peaks: ProcessFigures[] = [];
      const cpu: ProcessFigures[] = [];
      const n = scaledRuns(scale);
      // The peer's builds alternate with ours (one of each in turn), so that both meet the same
      // load of a shared machine; its pages are written from our corpus after our first build.
      const peerRuns: StageRun[] = [];
      let peerDir = '';
      let peerPages = 0;
      // Each build's phases, from its part of the log.
      const ourPhases: BuildPhases[] = [];
      const peerPhases: BuildPhases[] = [];
      const logFrom = () => (existsSync(logFile) ? statSync(logFile).size : 0);
      const logSince = (at: number) => readFileSync(logFile).subarray(at).toString('utf8');
      for (let i = 1; i <= n; i++) {
        // The smoke run profiles its one build at this scale instead of building once more.
        const profiled = SMOKE && i === 1 && PROFILE_SCALES.includes(scale) ? profileBuild(work, logFile, scale) : undefined;
        if (profiled) profiles.push(profiled.profile);
        const ourLog = logFrom();
        const run = profiled?.stages ?? runBuild(work, logFile, scale);
        runs.push(run);
        // Set beside the peer's, at the scales it is built at. After rendering, in our build: the search and offline steps.
        const phases = PEER && PEER_SCALES.includes(scale) ? astroLogPhases(logSince(ourLog)) : undefined;
        if (phases) ourPhases.push({ ...phases, after: run.filter((st) => st.name === 'pagefind' || st.name === 'offline').reduce((t, st) => t + st.ms, 0) });
        peaks.push(processFigures(work, 'edition-peaks.json'));
        cpu.push(processFigures(work, 'edition-cpu.json'));
        log(
          `×${scale} build ${i}/${n}: ${run.map((s) => `${s.name} ${(s.ms / 1000).toFixed(1)} s, ${((s.maxRss ?? 0) / 2 ** 20).toFixed(0)} MiB`).join('; ')}`,
        );
        if (!PEER || !PEER_SCALES.includes(scale) || peer.error) continue;
        try {
          if (i === 1) {
            peerDir = ensurePeer(PEER_DIR, log);
            const corpus = CorpusSchema.parse(JSON.parse(readFileSync(join(work, 'content', 'generated', 'model.json'), 'utf8')));
            const routePages = routeData(corpus);
            writePeer(peerDir, routePages, mdxContext(corpus));
            peerPages = routePages.length;
          }
          cleanBuild(peerDir);
          const peerLog = logFrom();
          const peerRun = runStage(peerDir, { name: 'peer', command: 'astro build' }, logFile);
          peerRuns.push(peerRun);
          const phases = astroLogPhases(logSince(peerLog));
          if (phases) peerPhases.push(phases);
          log(`peer ×${scale} build ${i}/${n}: Starlight ${(peerRun.ms / 1000).toFixed(1)} s, ${((peerRun.maxRss ?? 0) / 2 ** 20).toFixed(0)} MiB`);
        } catch (err) {
          peer.error = err instanceof Error ? err.message.split('\n').slice(0, 6).join(' ') : String(err);
          log(`peer not measured: ${peer.error}`);
        }
      }
      const summary = summarize(runs);
      const model = JSON.parse(readFileSync(join(work, 'content', 'generated', 'model.json'), 'utf8')) as { annex: { actions: unknown[] } };
      const rss = summary.map((s) => s.medianMaxRss).filter((x): x is number => x !== null);
      const entry: ScaleReport = {
        scale,
        actions: model.annex.actions.length,
        ...distFigures(workDist),
        runs: n,
        stages: summary,
        totalMedianMs: median(runs.map((r) => r.reduce((t, s) => t + s.ms, 0))),
        peakRss: rss.length ? Math.max(...rss) : null,
        processPeaks: medianByProcess(peaks),
        processCpu: medianByProcess(cpu),
      };
      try {
        const cli = pagefindFloor(work, logFile);
        entry.pagefindCli = { ms: cli.ms, maxRss: cli.maxRss ?? null };
        log(`×${scale} Pagefind's CLI on the built site: ${(cli.ms / 1000).toFixed(1)} s, ${((cli.maxRss ?? 0) / 2 ** 20).toFixed(0)} MiB`);
      } catch (err) {
        log(`×${scale} Pagefind's CLI not measured: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
      }
      const sb = await withSite(workDist, (url, browser) => measureSearch(browser, url('/zoeken/'), SEARCH_QUERIES)).catch((err) => {
        log(`×${scale} search not measured: ${err instanceof Error ? err.message : err}`);
        return undefined;
      });
      if (sb)
        entry.search = { firstQuery: sb.queries[0]!.weight.total, secondQuery: sb.queries[1]!.weight.total, firstRequests: sb.queries[0]!.weight.requests };
      scaling.push(entry);
      if (peerRuns.length === n && !peer.error) {
        try {
          const rss = peerRuns.map((r) => r.maxRss).filter((x): x is number => x !== undefined);
          const cpu = peerRuns.map((r) => r.cpuMs).filter((x): x is number => x !== undefined);
          const peerMs = median(peerRuns.map((r) => r.ms));
          const oursCpu = (summary.find((x) => x.name === 'astro')?.cpuMs ?? []).filter((x): x is number => x !== null);
          peer.scales.push({
            scale,
            pages: peerPages,
            buildMs: peerMs,
            peakRss: rss.length ? median(rss) : null,
            cpuMs: cpu.length ? median(cpu) : null,
            ours: {
              buildMs: entry.totalMedianMs - (summary.find((x) => x.name === 'ingest')?.medianMs ?? 0),
              peakRss: entry.peakRss,
              cpuMs: oursCpu.length ? median(oursCpu) : null,
            },
            phases: { ours: medianPhases(ourPhases, median), peer: medianPhases(peerPhases, median) },
          });
          log(`peer ×${scale}: Starlight build ${(peerMs / 1000).toFixed(1)} s`);
          if (scale === 1) {
            const path = '/acties/41/';
            const [oursPage, oursSearch] = await withSite(workDist, async (url, browser) => {
              const m = await measurePage(browser, url(path));
              await m.close();
              const q = await measureSearch(browser, url('/zoeken/'), SEARCH_QUERIES);
              return [m.weight.total.gzip, q.page.total.gzip + q.queries[0]!.weight.total.gzip] as const;
            });
            const [peerPage, peerSearch] = await withSite(join(peerDir, 'dist'), async (url, browser) => {
              const m = await measurePage(browser, url(path));
              await m.close();
              const q = await measureSearch(browser, url(path), SEARCH_QUERIES, {
                ui: 'pagefind-ui',
                open: async (p) => {
                  await p.click('button[data-open-modal]');
                },
              });
              return [m.weight.total.gzip, q.queries[0]!.weight.total.gzip] as const;
            });
            peer.actionPage = { path, ours: oursPage, peer: peerPage };
            peer.searchFirstQuery = { ours: oursSearch, peer: peerSearch };
          }
        } catch (err) {
          peer.error = err instanceof Error ? err.message.split('\n').slice(0, 6).join(' ') : String(err);
          log(`peer not measured: ${peer.error}`);
        }
      }
    }
    // 3b. where the time and memory go: a profiled build per scale (not among the timed runs)
    for (const scale of SMOKE ? [] : PROFILE_SCALES) {
      try {
        const p = profileBuild(work, logFile, scale).profile;
        profiles.push(p);
        log(
          `profile ×${scale}: ${p.byPackage
            .slice(0, 4)
            .map((x) => `${x.name} ${(x.ms / 1000).toFixed(1)} s`)
            .join(', ')}`,
        );
      } catch (err) {
        log(`profile ×${scale} not made: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
      }
    }
    const linearity: Record<string, { time: Growth; memory?: Growth }> = {};
    if (scaling.length >= 2) {
      for (const [i, s] of scaling[0]!.stages.entries()) {
        const time = growth(
          scaling.map((x) => ({ x: x.scale, y: x.stages[i]!.medianMs })),
          2000,
        );
        const mem = scaling.every((x) => x.stages[i]!.medianMaxRss !== null)
          ? growth(
              scaling.map((x) => ({ x: x.scale, y: x.stages[i]!.medianMaxRss! })),
              0,
            )
          : undefined;
        linearity[s.name] = { time, memory: mem };
      }
      linearity.total = {
        time: growth(
          scaling.map((x) => ({ x: x.scale, y: x.totalMedianMs })),
          2000,
        ),
      };
    }

    // 4. budgets against the figures
    const action = pages.find((p) => p.kind === 'action')!;
    const first = search!.queries[0]!.weight;
    const budgets = [
      {
        name: 'action page, total transfer to render (gzip)',
        limit: `${BUDGETS.actionPageKB} kB`,
        measured: `${(action.weight.total.gzip / 1000).toFixed(1)} kB`,
        ok: action.weight.total.gzip <= BUDGETS.actionPageKB * 1000,
      },
      {
        name: 'search: page and first query (compressed)',
        limit: `${BUDGETS.searchFirstQueryKB} kB`,
        measured: `${((search!.page.total.gzip + first.total.gzip) / 1000).toFixed(1)} kB`,
        ok: search!.page.total.gzip + first.total.gzip <= BUDGETS.searchFirstQueryKB * 1000,
      },
      {
        name: 'layout shift (CLS), every kind of page',
        limit: String(BUDGETS.layoutShift),
        measured: String(Math.max(...pages.map((p) => p.perf.cls))),
        ok: pages.every((p) => p.perf.cls <= BUDGETS.layoutShift),
      },
      {
        name: 'font requests, every kind of page',
        limit: String(BUDGETS.blockingFonts),
        measured: String(pages.reduce((n, p) => n + p.weight.byKind.font.requests, 0)),
        ok: pages.every((p) => p.weight.byKind.font.requests === 0),
      },
      {
        name: 'text of `main` shown without JavaScript (reading pages)',
        limit: `≥ ${BUDGETS.noJsTextShare * 100} %`,
        measured: pages
          .filter((p) => p.kind !== 'search')
          .map((p) => `${p.kind} ${(100 * (p.noJsTextShare ?? 0)).toFixed(1)} %`)
          .join(', '),
        ok: pages.filter((p) => p.kind !== 'search').every((p) => (p.noJsTextShare ?? 0) >= BUDGETS.noJsTextShare),
      },
    ];
    const notes: string[] = [];
    if (precache) {
      notes.push(
        `Offline: the service worker downloads the whole site only when the reader chooses «Bewaar deze site voor offline lezen» ` +
          `(${precache.files} files, ${(precache.sizes.gzip / 1e6).toFixed(2)} MB gzip, ${(precache.sizes.raw / 1e6).toFixed(2)} MB raw); ` +
          `otherwise it keeps the pages as they are read` +
          (firstVisit
            ? `: a first visit to ${firstVisit.path} costs ${(firstVisit.with.sizes.gzip / 1000).toFixed(1)} kB gzip with the worker against ${(firstVisit.without.sizes.gzip / 1000).toFixed(1)} kB without (×${firstVisit.ratio.toFixed(2)}).`
            : '.'),
      );
    }

    const report = {
      generatedAt: started.toISOString(),
      durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
      machine,
      options: { scales: SCALES, runs: RUNS, scaledRuns: SCALES.map(scaledRuns), lighthouse: LIGHTHOUSE, smoke: SMOKE },
      build: { runs: RUNS, stages: build, totalMedianMs: median(realRuns.map((r) => r.reduce((t, s) => t + s.ms, 0))), ...realDist },
      scaling,
      linearity,
      profiles,
      peer: PEER ? peer : undefined,
      pages,
      search: {
        index,
        indexTotalBytes: Object.values(index).reduce((n, g) => n + g.bytes, 0),
        offlineIndex,
        page: { requests: search!.page.requests, total: search!.page.total },
        queries: search!.queries.map((q) => ({
          query: q.query,
          results: q.results,
          requests: q.weight.requests,
          total: q.weight.total,
          transfer: q.weight.transfer,
          files: q.weight.fetched.map((f) => ({ path: f.path, sizes: f.sizes })),
        })),
        querySet,
      },
      precache,
      firstVisit,
      screenshots,
      budgets,
      notes,
    };
    mkdirSync(REPORTS, { recursive: true });
    const stamp = started.toISOString().replace(/[:.]/g, '-').slice(0, 19);
    const json = JSON.stringify(report, null, 1);
    const md = markdown(report);
    for (const name of [`bench-${stamp}`, 'latest']) {
      writeFileSync(join(REPORTS, `${name}.json`), json);
      writeFileSync(join(REPORTS, `${name}.md`), md);
    }
    log(`report: ${join(REPORTS, `bench-${stamp}.md`)} and .json (also latest.md, latest.json); ${report.durationSeconds} s`);
  } finally {
    if (args.has('keep')) log(`kept ${work}`);
    else removeProject(work);
  }
}

// ---------- Markdown ----------
const kb = (b: number) => (b / 1000).toFixed(1);
const sz = (x: Sizes) => `${kb(x.raw)} / ${kb(x.gzip)} / ${kb(x.brotli)}`;
/** Short names of Lighthouse's performance metrics. */
const METRIC: Record<string, string> = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
};

type Report = {
  generatedAt: string;
  durationSeconds: number;
  machine: { cpus: number; cpuModel: string; node: string; platform: string; memory: number; loadAverageAtStart: number[]; chromium: string };
  options: { scales: number[]; runs: number; scaledRuns: number[]; lighthouse: boolean; smoke?: boolean };
  build: { runs: number; stages: StageSummary[]; totalMedianMs: number; htmlPages: number; distBytes: number; zipBytes: number };
  scaling: ScaleReport[];
  linearity: Record<string, { time: Growth; memory?: Growth }>;
  profiles: ProfileSummary[];
  pages: KindReport[];
  search: {
    index: Record<string, { files: number; bytes: number }>;
    indexTotalBytes: number;
    offlineIndex?: Sizes;
    page: { requests: number; total: Sizes };
    queries: { query: string; results: number; requests: number; total: Sizes; files: { path: string; sizes: Sizes }[] }[];
    /** The query set (scripts/lib/search/queries.ts): top-3 pass rate per category, online and from file://. */
    querySet?: {
      queries: number;
      online: Record<string, { passed: number; total: number }>;
      offline: Record<string, { passed: number; total: number }>;
      misses: QueryOutcome[];
      sameOrder: boolean;
    };
  };
  precache?: { files: number; sizes: Sizes };
  peer?: PeerReport;
  firstVisit?: FirstVisit;
  screenshots: Screenshot[];
  budgets: { name: string; limit: string; measured: string; ok: boolean }[];
  notes: string[];
};

function table(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map((_h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );
}

function markdown(r: Report): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`# Benchmark ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC`);
  out.push(
    `Machine: **${m.cpus} CPUs** (${m.cpuModel}), **Node ${m.node}**, ${m.platform}, ${(m.memory / 2 ** 30).toFixed(0)} GiB memory, ` +
      `load average at start ${m.loadAverageAtStart.join(' / ')}. Chromium: ${m.chromium}. The whole benchmark took ${Math.round(r.durationSeconds / 60)} min.`,
  );
  out.push(
    'Every build is a clean build (no dist/, content/generated/ or build caches) in a temporary copy of the project; ' +
      '`astro build` runs as a child process under `/usr/bin/time -v` (wall time; peak memory = largest resident set of the process and its children); ' +
      'its steps ingest, pagefind and offline are timed by the build integration, astro is the rest (the ingest runs beside Astro: its stage is the time the build waited for it). ' +
      'kB = 1000 bytes, MiB = 2²⁰ bytes.',
  );

  out.push('## Build time by stage');
  out.push(
    `Median of ${r.build.runs} builds of the real corpus (${r.build.htmlPages} HTML pages, ${(r.build.distBytes / 1e6).toFixed(1)} MB in dist/ besides the ${(r.build.zipBytes / 1e6).toFixed(1)} MB zip).`,
  );
  out.push(
    table(
      ['stage', 'command', 'median s', 'runs s', 'peak MiB'],
      [
        ...r.build.stages.map((s) => [s.name, `\`${s.command}\``, s1(s.medianMs), s.ms.map(s1).join(', '), mib(s.medianMaxRss)]),
        ['**total**', '', `**${s1(r.build.totalMedianMs)}**`, '', ''],
      ],
    ),
  );

  if (r.scaling.length) {
    out.push('## Scaling');
    out.push(
      'Synthetic corpora made from the real sources by `scripts/lib/bench/synth.ts` (its «ingest»; then `EDITION_CORPUS=generated astro build`): ' +
        "×K has 86·K actions (renumbered copies, cross-references shifted) and the three letters' text K times (block and note ids suffixed). " +
        `Runs per scale: ${r.scaling.map((s) => `×${s.scale}: ${s.runs}`).join(', ')} (median shown).`,
    );
    const names = r.scaling[0]!.stages.map((s) => s.name);
    out.push(
      table(
        ['scale', 'actions', 'HTML pages', 'dist MB', 'zip MB', ...names.map((n) => `${n} s`), 'total s', ...names.map((n) => `${n} MiB`)],
        r.scaling.map((s) => [
          `×${s.scale}`,
          s.actions,
          s.htmlPages,
          (s.distBytes / 1e6).toFixed(1),
          (s.zipBytes / 1e6).toFixed(1),
          ...s.stages.map((x) => s1(x.medianMs)),
          s1(s.totalMedianMs),
          ...s.stages.map((x) => mib(x.medianMaxRss)),
        ]),
      ),
    );
    if (r.scaling.some((s) => Object.keys(s.processPeaks ?? {}).length)) {
      out.push(
        "Peak memory of each process of the build (its own largest resident set, from /proc: VmHWM; the build's peak above is the largest of them): " +
          "Astro (content, bundling, rendering), the steps after it in a process of their own (scripts/lib/astro/finish.ts: search and offline), and Pagefind's service, which builds the index.",
      );
      out.push(
        table(
          ['scale', 'build peak MiB', 'Astro MiB', 'steps after Astro MiB', 'Pagefind MiB'],
          r.scaling.map((s) => [
            `×${s.scale}`,
            mib(s.peakRss),
            mib(s.processPeaks?.astro ?? null),
            mib(s.processPeaks?.finish ?? null),
            mib(s.processPeaks?.pagefind ?? null),
          ]),
        ),
      );
    }
    if (r.scaling.some((s) => Object.keys(s.processCpu ?? {}).length)) {
      const peerCpu = (scale: number) => r.peer?.scales.find((x) => x.scale === scale)?.cpuMs;
      out.push(
        "Processor time (user and system) of each process of the build, from the build itself: Astro's when it is done rendering (`process.cpuUsage()`), " +
          "the steps after it at their end, Pagefind's service before it closes (/proc); beside them the peer's whole build (its Pagefind included) where it was built.",
      );
      out.push(
        table(
          ['scale', 'Astro s', 'steps after Astro s', 'Pagefind s', 'peer build s'],
          r.scaling.map((s) => {
            const cpu = s.processCpu ?? {};
            const sec = (ms: number | null | undefined) => (ms ? s1(ms) : '–');
            return [`×${s.scale}`, sec(cpu.astro), sec(cpu.finish), sec(cpu.pagefind), sec(peerCpu(s.scale))];
          }),
        ),
      );
    }
    if (r.scaling.some((s) => s.pagefindCli)) {
      out.push(
        "The floor of the search step: Pagefind's own CLI (`pagefind --site dist`) on the same built site, whole pages by its own rules, beside our search step " +
          "(the same pages with their Dutch terms, every passage of the letters and actions a record of its own, the same index for file://) and the peak of Pagefind's service in our build.",
      );
      out.push(
        table(
          ['scale', 'HTML pages', 'Pagefind CLI s', 'Pagefind CLI MiB', 'our search step s', 'our Pagefind service MiB'],
          r.scaling.map((s) => [
            `×${s.scale}`,
            s.htmlPages,
            s.pagefindCli ? s1(s.pagefindCli.ms) : '–',
            mib(s.pagefindCli?.maxRss ?? null),
            s1(s.stages.find((x) => x.name === 'pagefind')?.medianMs ?? 0),
            mib(s.processPeaks?.pagefind ?? null),
          ]),
        ),
      );
    }
    out.push('### Does it grow linearly?');
    out.push(
      'Per-unit time = median time / K. Marginal = extra time per added ×1 between two scales; linear growth keeps the marginal cost about constant ' +
        '(verdict: last step within ±35 % of the first). Exponent b of (t(K) − t(1)) ∝ (K − 1)^b between the two largest scales: 1 = linear. Fit: least squares t = fixed + per-unit·K.',
    );
    const rows = Object.entries(r.linearity).map(([name, g]) => {
      const perUnit =
        name === 'total'
          ? r.scaling.map((s) => s1(s.totalMedianMs / s.scale))
          : r.scaling.map((s) => s1(s.stages.find((x) => x.name === name)!.medianMs / s.scale));
      return [
        name,
        perUnit.join(' → '),
        g.time.marginal.map((x) => `${s1(x.perUnit)} (×${x.from}→×${x.to})`).join(', '),
        g.time.exponent === undefined ? '–' : g.time.exponent.toFixed(2),
        `${s1(g.time.fit.fixed)} + ${s1(g.time.fit.perUnit)}·K (R² ${g.time.fit.r2.toFixed(3)})`,
        `**${g.time.verdict}**`,
        g.memory ? `${g.memory.verdict} (${mib(g.memory.fit.fixed)} + ${(g.memory.fit.perUnit / 2 ** 20).toFixed(1)}·K MiB)` : '–',
      ];
    });
    out.push(
      table(['stage', 'per-unit s (×' + r.scaling.map((s) => s.scale).join(', ×') + ')', 'marginal s per ×1', 'exponent', 'fit', 'time', 'peak memory'], rows),
    );
    const withSearch = r.scaling.filter((s) => s.search);
    if (withSearch.length) {
      out.push('Search at each scale (Chromium, compressed kB fetched for the query):');
      out.push(
        table(
          ['scale', 'Pagefind index MB', 'offline index MB', 'first query kB gzip', 'requests', 'second query kB gzip'],
          withSearch.map((s) => [
            `×${s.scale}`,
            (s.pagefindBytes / 1e6).toFixed(2),
            (s.offlineIndexBytes / 1e6).toFixed(2),
            kb(s.search!.firstQuery.gzip),
            s.search!.firstRequests,
            kb(s.search!.secondQuery.gzip),
          ]),
        ),
      );
    }
  }

  if (r.profiles.length) {
    out.push('## Profile: where the time and the memory go');
    out.push(
      `${r.options.smoke ? 'The clean build at each scale (the smoke run: its one timed build)' : 'One more clean build per scale, not among the timed runs'} (synthetic corpus, \`EDITION_CORPUS=generated astro build\`), under \`node --cpu-prof\`; ` +
        "the V8 CPU profile of the main thread (Pagefind's own indexer and esbuild run as child processes and appear only as the time spent waiting for them). " +
        'Sampled time is wall time, so a busy machine stretches it; the shares are what counts. Memory: `process.memoryUsage()` at each step, from the build integration, with the seconds since the process started: ' +
        'from «Astro build starts» to «modules bundled (prerender)» Astro bundles the site (Vite, Rolldown), from there to «pages rendered» it renders the pages; ' +
        'meanwhile the process of the steps after Astro gets ready («ready (finish)»: modules, word list, model, Pagefind started), then search and the offline step.',
    );
    for (const p of r.profiles) {
      out.push(`### ×${p.scale}: ${s1(p.sampledMs)} s sampled`);
      const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
      out.push(
        table(
          ['where (time in the function itself)', 's', 'share'],
          p.byPackage.map((x) => [`\`${x.name}\``, s1(x.ms), pct(x.share)]),
        ),
      );
      out.push(
        table(
          ['function (time in itself)', 's', 'share'],
          p.byFunction.map((x) => [`\`${x.name}\``, s1(x.ms), pct(x.share)]),
        ),
      );
      if (p.steps.length)
        out.push(
          table(
            ['step (with what it calls)', 's', 'share'],
            p.steps.map((x) => [`\`${x.name}\``, s1(x.ms), pct(x.share)]),
          ),
        );
      if (p.memory.length) {
        out.push(
          table(
            [
              'memory at',
              's since the process started',
              'resident MiB',
              'JS heap used MiB',
              'JS heap MiB',
              'outside the heap MiB (external)',
              'resident − heap MiB',
            ],
            p.memory.map((m) => [
              m.at,
              m.ms === undefined ? '–' : s1(m.ms),
              mib(m.rss),
              mib(m.heapUsed),
              mib(m.heapTotal),
              mib(m.external),
              mib(m.rss - m.heapTotal),
            ]),
          ),
        );
      }
    }
  }

  out.push('## Weight of each kind of page');
  out.push(
    'A first visit in Chromium (1280×800) over localhost, service workers blocked, until the network is quiet. ' +
      'Sizes in kB as raw / gzip / brotli (computed with node:zlib: the local server does not compress). ' +
      "Stylesheets and scripts are files of their own (`inlineStylesheets: 'never'`: the strict Content-Security-Policy allows no inline code); what the HTML holds inline (the JSON-LD) is shown apart.",
  );
  out.push(
    table(
      [
        'kind',
        'page',
        'requests',
        'HTML',
        '…of it inline CSS',
        '…inline JS',
        'CSS files',
        'JS files',
        'fonts',
        'images',
        'other',
        'total',
        'transferred (raw, with headers)',
      ],
      r.pages.map((p) => [
        p.kind,
        `\`${p.path}\``,
        p.weight.requests,
        sz(p.weight.byKind.html),
        sz(p.weight.inline.css),
        sz(p.weight.inline.js),
        sz(p.weight.byKind.css),
        sz(p.weight.byKind.js),
        sz(p.weight.byKind.font),
        sz(p.weight.byKind.image),
        sz(p.weight.byKind.other),
        `**${sz(p.weight.total)}**`,
        kb(p.weight.transfer),
      ]),
    ),
  );
  out.push(
    `Pages: ${r.pages.map((p) => `${p.kind} = ${p.note}`).join('; ')}. Requests per page: ${r.pages.map((p) => `${p.kind}: ${p.weight.files.map((f) => f.path).join(', ')}`).join(' — ')}.`,
  );
  if (r.firstVisit) {
    const f = r.firstVisit;
    out.push('### First visit to an action page');
    out.push(
      `What a first visit to ${f.path} transfers (Chromium, 390 px, until the network is quiet): every request of the browser, the service worker's included, ` +
        "each counted by the size of its file in dist/. The page's own weight is the visit without the service worker; with it, the worker registers and keeps the page and its files.",
    );
    out.push(
      table(
        ['first visit', 'requests', 'raw kB', 'gzip kB', 'brotli kB', '× own weight (gzip)'],
        [
          [
            "without the service worker (the page's own weight)",
            f.without.requests,
            kb(f.without.sizes.raw),
            kb(f.without.sizes.gzip),
            kb(f.without.sizes.brotli),
            '1.00',
          ],
          [
            `with the service worker (keeps ${f.with.kept} files)`,
            f.with.requests,
            kb(f.with.sizes.raw),
            `**${kb(f.with.sizes.gzip)}**`,
            kb(f.with.sizes.brotli),
            `**×${f.ratio.toFixed(2)}**`,
          ],
          [
            'with it, on a host whose files the browser may cache (computed: own weight + sw.js)',
            f.without.requests + 1,
            kb(f.without.sizes.raw + f.worker.raw),
            kb(f.without.sizes.gzip + f.worker.gzip),
            kb(f.without.sizes.brotli + f.worker.brotli),
            `×${((f.without.sizes.gzip + f.worker.gzip) / f.without.sizes.gzip).toFixed(2)}`,
          ],
        ],
      ),
    );
    out.push(
      "The worker keeps the page by fetching its files once more (`cache: 'force-cache'`); the local server sends `cache-control: no-store`, so here they cross the network twice. " +
        "On a host whose responses the browser may cache, those copies come from the browser's cache and the worker adds only sw.js.",
    );
  }
  if (r.precache) {
    out.push(
      `**On the reader's choice** («Bewaar deze site voor offline lezen») the service worker (\`sw.js\`, src/client/sw.ts) downloads the whole site: ` +
        `${r.precache.files} files, ${sz(r.precache.sizes)} kB (raw / gzip / brotli); an update fetches only files whose content hash changed.`,
    );
  }

  out.push('## Search');
  out.push(
    `Pagefind index on disk: **${(r.search.indexTotalBytes / 1000).toFixed(1)} kB** in dist/pagefind/ (its index chunks and fragments are gzip files already).`,
  );
  out.push(
    table(
      ['part', 'files', 'kB'],
      Object.entries(r.search.index).map(([k, v]) => [k, v.files, kb(v.bytes)]),
    ),
  );
  if (r.search.offlineIndex)
    out.push(
      `Offline engine for file:// (dist/zoeken/pagefind-offline.js: Pagefind as a classic script, loaded only from file://; its index files as classic scripts in dist/zoeken/pagefind-bestanden/, loaded as Pagefind asks for them): ${sz(r.search.offlineIndex)} kB.`,
    );
  out.push(
    `In Chromium on /zoeken/: loading the page fetches ${r.search.page.requests} files, ${sz(r.search.page.total)} kB (its script; Pagefind loads when the reader turns to the search box, and counts with the first query). Then:`,
  );
  out.push(
    table(
      ['query', 'results shown', 'requests', 'raw kB', 'gzip kB', 'brotli kB', 'files'],
      r.search.queries.map((q, i) => [
        `${i === 0 ? 'first' : 'second'}: «${q.query}»`,
        q.results,
        q.requests,
        kb(q.total.raw),
        kb(q.total.gzip),
        kb(q.total.brotli),
        q.files.map((f) => `${f.path.replace(/^\/pagefind\//, '').replace(/\?.*$/, '')} ${kb(f.sizes.gzip)}`).join(', '),
      ]),
    ),
  );
  const firstAll = sum([r.search.page.total, r.search.queries[0]!.total]);
  out.push(`Page plus first query: ${sz(firstAll)} kB.`);
  const qs = r.search.querySet;
  if (qs) {
    out.push(
      `Query set (${qs.queries} of its ${SEARCH_QUERY_SET.length} queries, scripts/lib/search/queries.ts) through the search page in Chromium: the expected page among the first three results.` +
        ` Online and from file:// the top three are ${qs.sameOrder ? 'the same, in the same order, for every query' : 'NOT the same for every query'}.`,
    );
    out.push(
      table(
        ['category', 'online', 'file://'],
        Object.entries(qs.online).map(([c, v]) => [
          c,
          `${v.passed}/${v.total} (${Math.round((100 * v.passed) / v.total)} %)`,
          `${qs.offline[c]!.passed}/${qs.offline[c]!.total}`,
        ]),
      ),
    );
    for (const m of qs.misses)
      out.push(`- missed: «${m.query}» (${m.category}) → expected ${m.route}, top 3 ${m.top.join(' ')}${m.knownMiss ? ` — ${m.knownMiss}` : ''}`);
  }

  out.push('## Lighthouse-style figures');
  const lh = r.pages.filter((p) => p.lighthouse);
  if (lh.length) {
    const l0 = lh[0]!.lighthouse!;
    out.push(
      `Lighthouse ${l0.version} (npm package) with /usr/bin/chromium headless against localhost, the site served compressed (brotli or gzip) as a static host serves it, its default ${l0.formFactor} profile (simulated slow 4G, 4× CPU slowdown). Scores 0–100; ms simulated; «points lost by»: what each metric short of a full score takes off the performance score (its weight × the score it misses). ` +
        `Lighthouse simulates from what it observed, so a busy machine (the load average when it ran, ${r.machine.cpus} CPUs) lengthens blocking time and paints. ` +
        'The local test server sends `cache-control: no-store`, so «bf-cache» fails here by the server, not by the site; «bytes» are the compressed bytes Lighthouse saw transferred.',
    );
    out.push(
      table(
        [
          'kind',
          'performance',
          'points lost by',
          'accessibility',
          'best practices',
          'SEO',
          'FCP ms',
          'LCP ms',
          'CLS',
          'TBT ms',
          'speed index ms',
          'bytes kB',
          'load average',
          'audits below 0.9',
        ],
        r.pages.map((p) =>
          p.lighthouse
            ? [
                p.kind,
                p.lighthouse.scores.performance ?? '–',
                Object.entries(p.lighthouse.performanceLost)
                  .map(([id, lost]) => `${METRIC[id] ?? id} ${lost.toFixed(1)}`)
                  .join(', ') || '–',
                p.lighthouse.scores.accessibility ?? '–',
                p.lighthouse.scores['best-practices'] ?? '–',
                p.lighthouse.scores.seo ?? '–',
                Math.round(p.lighthouse.audits['first-contentful-paint'] ?? NaN),
                Math.round(p.lighthouse.audits['largest-contentful-paint'] ?? NaN),
                (p.lighthouse.audits['cumulative-layout-shift'] ?? NaN).toFixed(3),
                Math.round(p.lighthouse.audits['total-blocking-time'] ?? NaN),
                Math.round(p.lighthouse.audits['speed-index'] ?? NaN),
                kb(p.lighthouse.audits['total-byte-weight'] ?? NaN),
                p.lighthouseLoad ?? '–',
                p.lighthouse.failing.join(', ') || 'none',
              ]
            : [p.kind, `not run: ${p.lighthouseError ?? 'disabled'}`, '', '', '', '', '', '', '', '', '', '', '', ''],
        ),
      ),
    );
  } else {
    out.push(`Lighthouse did not run (${r.pages[0]?.lighthouseError ?? 'disabled with --no-lighthouse'}); the figures below are measured without it.`);
  }
  out.push('Measured directly in Chromium (desktop 1280×800, no throttling; PerformanceObserver for paint and layout shift, axe-core 4 for WCAG 2.1 A/AA):');
  out.push(
    table(
      ['kind', 'FCP ms', 'LCP ms', 'CLS', 'layout shifts', 'axe violations (nodes)'],
      r.pages.map((p) => [
        p.kind,
        p.perf.fcp === undefined ? '–' : Math.round(p.perf.fcp),
        p.perf.lcp === undefined ? '–' : Math.round(p.perf.lcp),
        p.perf.cls.toFixed(3),
        p.perf.shifts,
        p.axe ? `${p.axe.violations} (${p.axe.nodes})${p.axe.ids.length ? ': ' + p.axe.ids.join(', ') : ''}` : '–',
      ]),
    ),
  );

  if (r.peer) {
    const p = r.peer;
    out.push('## Peer baseline: the same content in Starlight');
    out.push(
      `${p.name}, installed on first use into bench/peer/starlight/ (not a dependency of the project), given every page of the edition as Markdown with the same text ` +
        '(scripts/lib/bench/peer.ts) and built in the same run, clean, on the same machine, each of its builds right after one of ours (alternating, so that both meet the same load). «Ours» is `astro build` of the edition (Astro, Pagefind, offline step; ' +
        'the model step left out, as the peer gets its Markdown ready-made). Ratio = ours ÷ peer: below 1 is lighter or faster than the peer. ' +
        'CPU = user + system time of the build process and its children (/usr/bin/time -v): on a shared machine the wall times stretch with the load, the processor time much less.',
    );
    if (p.error) out.push(`Not measured: ${p.error}`);
    if (p.scales.length) {
      out.push(
        table(
          ['scale', 'pages', 'ours s', 'peer s', 'time ratio', 'ours CPU s', 'peer CPU s', 'CPU ratio', 'ours peak MiB', 'peer peak MiB', 'memory ratio'],
          p.scales.map((x) => [
            `×${x.scale}`,
            x.pages,
            s1(x.ours.buildMs),
            s1(x.buildMs),
            (x.ours.buildMs / x.buildMs).toFixed(2),
            x.ours.cpuMs ? s1(x.ours.cpuMs) : '–',
            x.cpuMs ? s1(x.cpuMs) : '–',
            x.ours.cpuMs && x.cpuMs ? (x.ours.cpuMs / x.cpuMs).toFixed(2) : '–',
            mib(x.ours.peakRss),
            mib(x.peakRss),
            x.ours.peakRss && x.peakRss ? (x.ours.peakRss / x.peakRss).toFixed(2) : '–',
          ]),
        ),
      );
    }
    const phased = p.scales.filter((x) => x.phases?.ours && x.phases.peer);
    if (phased.length) {
      out.push(
        "By phase, as Astro's own log states them in both builds (median of the runs; scripts/lib/bench/phases.ts): where the time goes against the peer. " +
          'What the phases leave out (starting Node, loading the configuration, ending) is the rest of each build.',
      );
      const keys = Object.keys(PHASE_NAMES) as (keyof BuildPhases)[];
      out.push(
        table(
          ['scale', 'phase', 'ours s', 'peer s', 'ours − peer s'],
          phased.flatMap((x) =>
            keys.map((k) => {
              const o = x.phases!.ours![k];
              const q = x.phases!.peer![k];
              return [
                `×${x.scale}`,
                PHASE_NAMES[k],
                o === undefined ? '–' : s1(o),
                q === undefined ? '–' : s1(q),
                o === undefined || q === undefined ? '–' : s1(Math.abs(o - q) < 5 ? 0 : o - q),
              ];
            }),
          ),
        ),
      );
    }
    const rows: (string | number)[][] = [];
    if (p.actionPage)
      rows.push([`action page view (${p.actionPage.path})`, kb(p.actionPage.ours), kb(p.actionPage.peer), (p.actionPage.ours / p.actionPage.peer).toFixed(2)]);
    if (p.searchFirstQuery)
      rows.push([
        'first search query (search page or dialog, its scripts and the index)',
        kb(p.searchFirstQuery.ours),
        kb(p.searchFirstQuery.peer),
        (p.searchFirstQuery.ours / p.searchFirstQuery.peer).toFixed(2),
      ]);
    if (rows.length) out.push(table(['×1, kB gzip', 'ours', 'peer', 'ratio'], rows));
  }

  const targets = buildTargets(r);
  if (targets.length) {
    out.push('## The build against its targets');
    out.push(
      `At ×1 and ×10 the build is to take no more time and memory than the peer's on the same content (ratios from the table above: ≤ 1.00); ` +
        `at ×100 no more than ${BUILD_TARGET_X100.seconds} s and ${(BUILD_TARGET_X100.bytes / 2 ** 30).toFixed(1)} GiB on this machine's cores. ` +
        'Where a target is missed, the stages show where the time and the memory go (the profile section says more).',
    );
    out.push(
      table(
        ['target', 'limit', 'measured', 'met'],
        targets.map((x) => [x.target, x.limit, x.measured, x.met ? 'yes' : '**no**']),
      ),
    );
  }

  if (r.screenshots.length) {
    out.push('## Screenshots');
    out.push(
      'The first screen (viewport only) of each kind of page, service workers blocked, as PNG files beside this report (screens/, overwritten by each run): ' +
        `${SCREENS.map((s) => `${s.width}×${s.height}${s.mobile ? ' as a phone (touch)' : ''}`).join(' and ')}, in the light and the dark colour scheme.`,
    );
    const shots = Map.groupBy(r.screenshots, (s) => s.kind);
    const cols = SCREENS.flatMap((s) => SCHEMES.map((scheme) => ({ width: s.width, scheme })));
    out.push(
      table(
        ['kind', ...cols.map((c) => `${c.width} px, ${c.scheme}`)],
        [...shots].map(([kind, list]) => [
          `${kind} (\`${list[0]!.path}\`)`,
          ...cols.map((c) => {
            const s = list.find((x) => x.width === c.width && x.scheme === c.scheme);
            return s ? `[![${kind}, ${c.width} px, ${c.scheme}](${s.file})](${s.file})` : '–';
          }),
        ]),
      ),
    );
  }

  out.push('## Budgets');
  out.push('Checked on every build by `tests/site/budgets.test.ts` (limits in `scripts/lib/bench/budgets.ts`).');
  out.push(
    table(
      ['budget', 'limit', 'measured', 'met'],
      r.budgets.map((b) => [b.name, b.limit, b.measured, b.ok ? 'yes' : '**NO**']),
    ),
  );
  if (r.notes.length) out.push('### Figures outside a budget\n\n' + r.notes.map((n) => `- ${n}`).join('\n'));
  return out.join('\n\n') + '\n';
}

main().catch((err) => {
  console.error(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
