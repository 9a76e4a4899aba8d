/**
 * The time of each build step and the process's memory at marked moments, as the build's
 * processes record them (the integration, scripts/lib/astro/edition.ts, and the steps after
 * Astro, scripts/lib/astro/finish.ts) for the benchmark (scripts/lib/bench/profile.ts).
 */
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
