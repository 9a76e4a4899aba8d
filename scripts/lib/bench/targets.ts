/**
 * The build's targets as the benchmark report states them (scripts/bench.ts, «The build against
 * its targets»): at each scale the peer was built at, ours no slower and no heavier than the
 * peer (ratio ours ÷ peer at most 1); at ×100, when it was built, the build within a time and a
 * peak memory on the machine's cores.
 */
import { mib, s1 } from './stats.ts';
import type { ProcessFigures } from '../astro/steps.ts';
import type { BuildPhases } from './phases.ts';

/** ×100: the build (Astro, search, offline; not the synthetic model) within this time and peak memory. */
export const BUILD_TARGET_X100 = { scale: 100, seconds: 100, bytes: 1.5 * 2 ** 30 };

/** What the targets read of the report: the peer's scales and ours at each scale, by stage. */
export interface TargetInput {
  peer?: {
    scales: {
      scale: number;
      buildMs: number;
      peakRss: number | null;
      ours: { buildMs: number; peakRss: number | null; cpuMs?: number | null };
      /** Processor time (user and system) of the peer's build. */
      cpuMs?: number | null;
      /** The phases of both builds as Astro's log states them (scripts/lib/bench/phases.ts). */
      phases?: { ours?: BuildPhases; peer?: BuildPhases };
    }[];
  };
  scaling: {
    scale: number;
    peakRss: number | null;
    stages: { name: string; medianMs: number; medianMaxRss: number | null }[];
    /** The peak of each process of the build (Astro's, the steps after it, Pagefind's service). */
    processPeaks?: ProcessFigures;
    /** The processor time of each process of the build, in ms. */
    processCpu?: ProcessFigures;
    /** Pagefind's own CLI on the same built site: the floor of the search step. */
    pagefindCli?: { ms: number; maxRss: number | null };
  }[];
}

export interface Target {
  target: string;
  limit: string;
  measured: string;
  met: boolean;
}

export function buildTargets(r: TargetInput): Target[] {
  const out: Target[] = [];
  for (const x of r.peer?.scales ?? []) {
    const time = x.ours.buildMs / x.buildMs;
    // Where it falls short: how much of it is Astro's own part (content, bundling, rendering), before search and offline.
    const astro = r.scaling.find((s) => s.scale === x.scale)?.stages.find((st) => st.name === 'astro');
    out.push({
      target: `×${x.scale}: build time against the peer`,
      limit: '≤ 1.00',
      measured:
        `${time.toFixed(2)} (${s1(x.ours.buildMs)} s ÷ ${s1(x.buildMs)} s)` +
        (time > 1 && astro ? `; Astro's part alone ${s1(astro.medianMs)} s = ${(astro.medianMs / x.buildMs).toFixed(2)} of the peer's build` : '') +
        (time > 1 ? phaseText(x.phases) : '') +
        (time > 1 ? cpuText(x, r.scaling.find((s) => s.scale === x.scale)?.processCpu) : ''),
      met: time <= 1,
    });
    if (x.ours.peakRss && x.peakRss) {
      const mem = x.ours.peakRss / x.peakRss;
      out.push({
        target: `×${x.scale}: peak memory against the peer`,
        limit: '≤ 1.00',
        measured: `${mem.toFixed(2)} (${mib(x.ours.peakRss)} ÷ ${mib(x.peakRss)} MiB)`,
        met: mem <= 1,
      });
    }
  }
  const big = r.scaling.find((s) => s.scale === BUILD_TARGET_X100.scale);
  if (big) {
    // The build: the stages after the synthetic model (its «ingest»), which a real corpus's build replaces by its own.
    const stages = big.stages.filter((x) => x.name !== 'ingest');
    const ms = stages.reduce((t, x) => t + x.medianMs, 0);
    const where = stages.map((x) => `${x.name} ${s1(x.medianMs)} s`).join(', ');
    out.push({
      target: `×${big.scale}: build time`,
      limit: `≤ ${BUILD_TARGET_X100.seconds} s`,
      measured: `${s1(ms)} s (${where})${big.pagefindCli ? `; Pagefind's own CLI on the same built pages alone ${s1(big.pagefindCli.ms)} s` : ''}`,
      met: ms <= BUILD_TARGET_X100.seconds * 1000,
    });
    if (big.peakRss)
      out.push({
        target: `×${big.scale}: peak memory`,
        limit: `≤ ${mib(BUILD_TARGET_X100.bytes)} MiB`,
        // The largest process of the build, and each process's own peak.
        measured: `${mib(big.peakRss)} MiB${peaksText(big.processPeaks)}${big.pagefindCli?.maxRss ? `; Pagefind's own CLI on the same built pages ${mib(big.pagefindCli.maxRss)} MiB` : ''}`,
        met: big.peakRss <= BUILD_TARGET_X100.bytes,
      });
  }
  return out;
}

/** « (Astro 1546, steps after Astro 1939, Pagefind 1339 MiB)», or nothing when no process told its peak. */
function peaksText(p: ProcessFigures | undefined): string {
  const parts = [
    ['Astro', p?.astro],
    ['steps after Astro', p?.finish],
    ['Pagefind', p?.pagefind],
  ].filter((x): x is [string, number] => x[1] !== undefined);
  return parts.length ? ` (${parts.map(([name, bytes]) => `${name} ${mib(bytes)}`).join(', ')} MiB)` : '';
}

/**
 * The processor time of a build slower than the peer's, by process, against the peer's whole
 * build: «; processor time 5.3 s against 4.2 s: Astro's process 3.1 s, the steps after it 1.8 s, Pagefind's service 0.3 s».
 */
function cpuText(x: { cpuMs?: number | null; ours: { cpuMs?: number | null } }, cpu: ProcessFigures | undefined): string {
  if (!x.cpuMs || !x.ours.cpuMs) return '';
  const parts = [
    ["Astro's process", cpu?.astro],
    ['the steps after it', cpu?.finish],
    ["Pagefind's service", cpu?.pagefind],
  ].filter((p): p is [string, number] => p[1] !== undefined);
  return `; processor time ${s1(x.ours.cpuMs)} s against ${s1(x.cpuMs)} s${parts.length ? `: ${parts.map(([name, ms]) => `${name} ${s1(ms)} s`).join(', ')}` : ''}`;
}

/** Where a build slower than the peer's loses its time: rendering, and what comes after it, against the peer's. */
function phaseText(phases: { ours?: BuildPhases; peer?: BuildPhases } | undefined): string {
  const { ours, peer } = phases ?? {};
  if (!ours || !peer) return '';
  const after = ours.after !== undefined && peer.after !== undefined ? `, after rendering ${s1(ours.after)} s against its Pagefind's ${s1(peer.after)} s` : '';
  return `; rendering ${s1(ours.render)} s against the peer's ${s1(peer.render)} s${after} (the phases below the peer table)`;
}
