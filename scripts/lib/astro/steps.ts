/**
 * The time of each build step and the process's memory at marked moments, as the build's
 * processes record them (the integration, scripts/lib/astro/edition.ts, and the steps after
 * Astro, scripts/lib/astro/finish.ts) for the benchmark (scripts/lib/bench/profile.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';

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
  /** Set when measured in another process than Astro's (`finish`: scripts/lib/astro/finish.ts). */
  process?: string;
}

/** A record of this process's steps: `timed` runs and times a step, `note` marks the memory now. */
export function stepLog() {
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
  return { steps, memory, note, timed };
}

/** The peak resident set of a process (its VmHWM), in bytes, read from /proc; undefined where there is none (not Linux, or gone). */
export function peakRss(pid: number | 'self' = 'self'): number | undefined {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The processor time (user and system, all its threads) a process has had so far, in
 * milliseconds: this process's from Node, another's from /proc (its clock ticks, 100 a second
 * on Linux); undefined where there is none (not Linux, or gone).
 */
export function processorTime(pid: number | 'self' = 'self'): number | undefined {
  if (pid === 'self') {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
  try {
    // The fields after the command's closing parenthesis (the command may hold one itself); utime and stime are the 14th and 15th of the line.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** The running child processes of this process (pid and command name), read from /proc; [] where there is none. */
export function childProcesses(): { pid: number; command: string }[] {
  try {
    const pids = readdirSync('/proc/self/task').flatMap((task) =>
      readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
    return pids.map((pid) => ({ pid, command: readFileSync(`/proc/${pid}/comm`, 'utf8').trim() }));
  } catch {
    return [];
  }
}

/**
 * Resolves once none of `pids` is a child of this process any more (ended and reaped), or after
 * `limitMs`. A child ended but not yet reaped when this process exits is lost to its parent's
 * count of its children's processor time.
 */
export async function reaped(pids: readonly number[], limitMs = 1000): Promise<void> {
  const until = performance.now() + limitMs;
  const alive = () => {
    const children = new Set(childProcesses().map((p) => p.pid));
    return pids.some((pid) => children.has(pid));
  };
  while (alive() && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 2));
}

/**
 * A figure for each process of the build (.astro/edition-peaks.json: the peak resident set in
 * bytes; .astro/edition-cpu.json: the processor time in milliseconds), for the benchmark.
 */
export interface ProcessFigures {
  /** The Astro process (its own, not its children's). */
  astro?: number;
  /** The process of the steps after Astro (scripts/lib/astro/finish.ts). */
  finish?: number;
  /** Pagefind's service (its indexer, a child of the steps after Astro). */
  pagefind?: number;
}
