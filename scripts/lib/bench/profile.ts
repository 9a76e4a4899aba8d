/**
 * Where a build spends its time and memory: one extra build (not among the timed runs) under
 * `node --cpu-prof`, summarised from the V8 CPU profile of the build's main thread, with the
 * process's memory at each step of the build (the integration writes it to
 * .astro/edition-memory.json: resident set, JavaScript heap, memory outside the heap).
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild, type StageRun } from './project.ts';
import type { MemoryAt } from '../astro/edition.ts';

export type { MemoryAt };

export interface CostLine {
  name: string;
  ms: number;
  /** Share of the sampled time, 0–1. */
  share: number;
}

export interface ProfileSummary {
  scale: number;
  /** Wall time the profile sampled (the machine's other load included). */
  sampledMs: number;
  /** Time in a function itself, by package (node_modules) or project file. */
  byPackage: CostLine[];
  /** Time in a function itself. */
  byFunction: CostLine[];
  /** Time inside the project's steps and the libraries they call (inclusive). */
  steps: CostLine[];
  memory: MemoryAt[];
}

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Functions whose inclusive time the summary reports when they appear in the profile. */
export const STEP_FUNCTIONS = [
  'prepareSearch',
  'indexSite',
  'readHtmlPage',
  'lexiconFor',
  'extraTerms',
  'addHTMLFile',
  'writeFiles',
  'offlineBuild',
  'relativeLinks',
  'urlAttributes',
  'rewriteAttributes',
  'writeZip',
  'minifyPublicScripts',
  'bundleClientScripts',
  'mdxText',
  'codeToHtml',
];

/** «astro», «@astrojs/mdx», «scripts/lib/offline/rewrite.ts», or what V8 calls the frame. */
export function placeOf(url: string, functionName: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const own = /\/((?:src|scripts)\/.*)$/.exec(url);
  if (own) return own[1]!;
  if (url.startsWith('node:')) return url;
  return url ? url.replace(/^.*\//, '') : `(${functionName || 'native'})`;
}

const lines = (m: Map<string, number>, total: number, top: number): CostLine[] =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => ({ name, ms: us / 1000, share: total ? us / total : 0 }));

/** The top items of a V8 CPU profile (.cpuprofile). */
export function summarizeCpuProfile(profile: CpuProfile, top = 12): Omit<ProfileSummary, 'scale' | 'memory'> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const pkg = new Map<string, number>();
  const fn = new Map<string, number>();
  const steps = new Map<string, number>();
  const wanted = new Set(STEP_FUNCTIONS);
  for (const [id, us] of self) {
    const { callFrame: cf } = byId.get(id)!;
    const place = placeOf(cf.url, cf.functionName);
    pkg.set(place, (pkg.get(place) ?? 0) + us);
    const name = `${cf.functionName || '(anonymous)'} (${place}${cf.url ? `:${cf.lineNumber + 1}` : ''})`;
    fn.set(name, (fn.get(name) ?? 0) + us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame.functionName;
      if (wanted.has(f) && !seen.has(f)) {
        seen.add(f);
        steps.set(f, (steps.get(f) ?? 0) + us);
      }
    }
  }
  return { sampledMs: total / 1000, byPackage: lines(pkg, total, top), byFunction: lines(fn, total, top), steps: lines(steps, total, STEP_FUNCTIONS.length) };
}

/** Profiles of several processes as one: their nodes side by side (ids kept apart), their samples one after the other. */
export function mergeCpuProfiles(profiles: CpuProfile[]): CpuProfile {
  const merged: CpuProfile = { nodes: [], samples: [], timeDeltas: [] };
  let offset = 0;
  for (const p of profiles) {
    let max = 0;
    for (const n of p.nodes) {
      merged.nodes.push({ ...n, id: n.id + offset, children: n.children?.map((c) => c + offset) });
      max = Math.max(max, n.id);
    }
    for (const id of p.samples) merged.samples.push(id + offset);
    for (const dt of p.timeDeltas) merged.timeDeltas.push(dt);
    offset += max + 1;
  }
  return merged;
}

/**
 * One clean build of dir (the real corpus, or with `scale` a synthetic one) under the CPU
 * profiler; the profile itself is removed once summarised. Its steps are timed too (under
 * the profiler, so slower than a plain build: the smoke run takes them as its ×K build).
 */
export function profileBuild(dir: string, logFile: string, scale?: number, top = 12): { profile: ProfileSummary; stages: StageRun[] } {
  const out = join(dir, '.cpu-profile');
  rmSync(out, { recursive: true, force: true });
  const stages = runBuild(dir, logFile, scale, { cpuProfileDir: out });
  // The main thread's profile is the largest (workers write their own); the steps after Astro
  // (search, offline) run in a process of their own (scripts/lib/astro/finish.ts), whose
  // profile is added to it.
  const files = readdirSync(out)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(out, f));
  if (!files.length) throw new Error(`bench: the profiled build wrote no CPU profile in ${out}`);
  const [main, ...rest] = files.sort((a, b) => statSync(b).size - statSync(a).size);
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as CpuProfile;
  const finish = rest.map(read).filter((p) => p.nodes.some((n) => n.callFrame.functionName === 'finishBuild'));
  const summary = summarizeCpuProfile(mergeCpuProfiles([read(main!), ...finish]), top);
  rmSync(out, { recursive: true, force: true });
  const memFile = join(dir, '.astro', 'edition-memory.json');
  const memory = existsSync(memFile) ? (JSON.parse(readFileSync(memFile, 'utf8')) as MemoryAt[]) : [];
  return { profile: { scale: scale ?? 1, ...summary, memory }, stages };
}
