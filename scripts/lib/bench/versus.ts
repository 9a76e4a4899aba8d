/**
 * The build against the peer (Starlight) at one scale, and nothing else: the quick form of
 * the comparison in `npm run bench` (no Chromium, no Lighthouse, no profile), for measuring
 * a change on a shared machine. In a temporary copy of the project: the synthetic corpus ×K
 * (scripts/lib/bench/synth.ts), then, --runs times and alternating, one clean build of ours
 * (`EDITION_CORPUS=generated astro build` with the environment of `npm run build`: Astro, Pagefind, offline) and one of the peer
 * with the same pages (scripts/lib/bench/peer.ts), each under /usr/bin/time -v. Prints the
 * wall time, the processor time (user + system) and the peak memory of each build, and the
 * ratios of the medians (ours ÷ peer; at most 1 is the goal).
 *
 * With --peer=0 only ours is built, with --ours=0 only the peer (one side of a scale that
 * would take too long for both). After each of
 * our builds it prints the time of each step and the memory at each step (.astro/edition-*.json).
 *
 * Usage (in the project root): node scripts/lib/bench/versus.ts --scale=10 [--runs=2] [--peer=0 | --ours=0]
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusSchema } from '../../../src/model/schema.ts';
import { routeData } from '../../../src/site/route-data.ts';
import { mdxContext } from '../generated.ts';
import { ensurePeer, writePeer } from './peer.ts';
import { BUILD_COMMAND, cleanBuild, copyProject, removeProject, runStage, type StageRun } from './project.ts';
import { median } from './stats.ts';
import type { MemoryAt } from '../astro/edition.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const args = new Map(
  process.argv.slice(2).map((a) => {
    const m = /^--([\w-]+)=(\d+)$/.exec(a);
    if (!m) throw new Error(`versus: unknown argument ${a} (expected --scale=K, --runs=N, --peer=0, --ours=0)`);
    return [m[1]!, Number(m[2])] as const;
  }),
);
const SCALE = args.get('scale') ?? 1;
const RUNS = args.get('runs') ?? 1;
const PEER = args.get('peer') !== 0;
const OURS = args.get('ours') !== 0;
if (!PEER && !OURS) throw new Error('versus: --peer=0 and --ours=0 leave nothing to build');
if (!(SCALE >= 1 && RUNS >= 1)) throw new Error('versus: --scale and --runs are at least 1');

const log = (msg: string) => console.log(`[versus ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const mib = (bytes: number | undefined) => (bytes === undefined ? '?' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);
const sec = (ms: number | undefined) => (ms === undefined ? '?' : `${(ms / 1000).toFixed(1)} s`);

const work = copyProject(ROOT);
const logFile = join(work, 'versus-build.log');
try {
  log(`×${SCALE}: synthetic corpus in ${work}`);
  cleanBuild(work);
  runStage(work, { name: 'ingest', command: `node scripts/lib/bench/synth.ts ${SCALE}` }, logFile);
  const corpus = CorpusSchema.parse(JSON.parse(readFileSync(join(work, 'content', 'generated', 'model.json'), 'utf8')));
  const pages = routeData(corpus);
  const peerDir = PEER ? ensurePeer(join(ROOT, 'bench', 'peer', 'starlight'), log) : '';
  if (PEER) writePeer(peerDir, pages, mdxContext(corpus));
  const ours: StageRun[] = [];
  const peer: StageRun[] = [];
  for (let i = 1; i <= RUNS; i++) {
    if (OURS) {
      // A clean build of the corpus written above: no output, no caches (cleanBuild would remove the corpus too).
      for (const p of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'])
        rmSync(join(work, p), { recursive: true, force: true });
      const o = runStage(work, { name: 'ours', command: `EDITION_CORPUS=generated ${BUILD_COMMAND}` }, logFile);
      ours.push(o);
      log(`ours ${i}/${RUNS}: ${sec(o.cpuMs)} processor, ${mib(o.maxRss)} peak (${sec(o.ms)} wall)`);
      const steps = JSON.parse(readFileSync(join(work, '.astro', 'edition-steps.json'), 'utf8')) as Record<string, number>;
      log(
        `  steps: ${Object.entries(steps)
          .map(([name, ms]) => `${name} ${sec(ms)}`)
          .join(', ')}`,
      );
      const memory = JSON.parse(readFileSync(join(work, '.astro', 'edition-memory.json'), 'utf8')) as MemoryAt[];
      log(`  memory: ${memory.map((x) => `${x.at}${x.process ? ` (${x.process})` : ''} ${sec(x.ms)} ${mib(x.rss)}`).join('; ')}`);
    }
    if (!PEER) continue;
    cleanBuild(peerDir);
    const s = runStage(peerDir, { name: 'peer', command: 'astro build' }, logFile);
    peer.push(s);
    log(`peer ${i}/${RUNS}: ${sec(s.cpuMs)} processor, ${mib(s.maxRss)} peak (${sec(s.ms)} wall)`);
  }
  const m = (runs: StageRun[], key: 'ms' | 'cpuMs' | 'maxRss') => median(runs.map((r) => r[key] ?? NaN));
  const side = (runs: StageRun[]) => `${sec(m(runs, 'ms'))} wall, ${sec(m(runs, 'cpuMs'))} processor, ${mib(m(runs, 'maxRss'))}`;
  const ratio = (key: 'ms' | 'cpuMs' | 'maxRss') => (m(ours, key) / m(peer, key)).toFixed(2);
  if (!PEER) log(`×${SCALE}, ${pages.length} pages, median of ${RUNS}: ours ${side(ours)}`);
  else if (!OURS) log(`×${SCALE}, ${pages.length} pages, median of ${RUNS}: Starlight ${side(peer)}`);
  else
    log(
      `×${SCALE}, ${pages.length} pages, median of ${RUNS}: ours ${side(ours)}; Starlight ${side(peer)}; ` +
        `ratio wall ${ratio('ms')}, processor ${ratio('cpuMs')}, memory ${ratio('maxRss')}`,
    );
} finally {
  removeProject(work);
}
