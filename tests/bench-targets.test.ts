/** The build's targets as the benchmark report states them (scripts/lib/bench/targets.ts), on small report data made for it. */
import { describe, expect, it } from 'vitest';
import { buildTargets, type TargetInput } from '../scripts/lib/bench/targets.ts';

const MiB = 2 ** 20;
const stage = (name: string, s: number, mib: number) => ({ name, medianMs: s * 1000, medianMaxRss: mib * MiB });

describe('the build against its targets', () => {
  it('compares ours with the peer at each scale it was built at: met at a ratio of at most 1', () => {
    const r: TargetInput = {
      peer: {
        scales: [
          { scale: 1, buildMs: 9000, peakRss: 590 * MiB, ours: { buildMs: 8100, peakRss: 600 * MiB } },
          { scale: 10, buildMs: 30000, peakRss: 800 * MiB, ours: { buildMs: 30000, peakRss: 790 * MiB } },
        ],
      },
      scaling: [],
    };
    const t = buildTargets(r);
    expect(t.map((x) => [x.target, x.met])).toEqual([
      ['×1: build time against the peer', true],
      ['×1: peak memory against the peer', false],
      ['×10: build time against the peer', true],
      ['×10: peak memory against the peer', true],
    ]);
    expect(t[0]!.measured).toBe('0.90 (8.10 s ÷ 9.00 s)');
    expect(t[1]!.measured).toBe('1.02 (600 ÷ 590 MiB)');
  });

  it('at ×100 counts the build without the synthetic model, and names the stages where the time and memory go', () => {
    const r: TargetInput = {
      scaling: [
        { scale: 1, peakRss: 600 * MiB, stages: [stage('ingest', 2, 150), stage('astro', 6, 600)] },
        {
          scale: 100,
          peakRss: 2100 * MiB,
          stages: [stage('ingest', 30, 500), stage('astro', 92, 2100), stage('pagefind', 85, 1100), stage('offline', 27, 1100)],
        },
      ],
    };
    const [time, memory] = buildTargets(r);
    expect(time).toEqual({ target: '×100: build time', limit: '≤ 100 s', measured: '204.00 s (astro 92.00 s, pagefind 85.00 s, offline 27.00 s)', met: false });
    expect(memory!.met).toBe(false);
    expect(memory!.measured).toBe('2100 MiB');
    // Within both limits: met.
    const small = buildTargets({
      scaling: [{ scale: 100, peakRss: 1000 * MiB, stages: [stage('ingest', 30, 500), stage('astro', 60, 1000), stage('pagefind', 30, 900)] }],
    });
    expect(small.map((x) => x.met)).toEqual([true, true]);
  });

  it("where ours is slower, says how long Astro's own part took against the peer's whole build", () => {
    const r: TargetInput = {
      peer: { scales: [{ scale: 1, buildMs: 5000, peakRss: null, ours: { buildMs: 7000, peakRss: null } }] },
      scaling: [{ scale: 1, peakRss: null, stages: [stage('ingest', 1, 150), stage('astro', 5.5, 600), stage('pagefind', 1, 600)] }],
    };
    expect(buildTargets(r)[0]!.measured).toBe("1.40 (7.00 s ÷ 5.00 s); Astro's part alone 5.50 s = 1.10 of the peer's build");
    // With the phases of both builds: rendering, and what follows it, against the peer's.
    r.peer!.scales[0]!.phases = {
      ours: { content: 1000, bundle: 500, render: 1100, after: 900 },
      peer: { content: 1000, bundle: 600, render: 570, after: 210 },
    };
    expect(buildTargets(r)[0]!.measured).toBe(
      "1.40 (7.00 s ÷ 5.00 s); Astro's part alone 5.50 s = 1.10 of the peer's build; rendering 1.10 s against the peer's 0.57 s, after rendering 0.90 s against its Pagefind's 0.21 s (the phases below the peer table)",
    );
    // With the processor time of both builds, and of each of our processes.
    r.peer!.scales[0]!.cpuMs = 4200;
    r.peer!.scales[0]!.ours.cpuMs = 5300;
    r.scaling[0]!.processCpu = { astro: 3100, finish: 1800, pagefind: 300 };
    expect(buildTargets(r)[0]!.measured).toMatch(
      /the phases below the peer table\); processor time 5\.30 s against 4\.20 s: Astro's process 3\.10 s, the steps after it 1\.80 s, Pagefind's service 0\.30 s$/,
    );
    // Met: the ratio alone.
    r.peer!.scales[0]!.ours.buildMs = 4000;
    expect(buildTargets(r)[0]!.measured).toBe('0.80 (4.00 s ÷ 5.00 s)');
  });

  it("at ×100 gives each process's own peak beside the build's", () => {
    const [, memory] = buildTargets({
      scaling: [
        {
          scale: 100,
          peakRss: 2000 * MiB,
          stages: [stage('astro', 70, 2000), stage('pagefind', 60, 2000)],
          processPeaks: { astro: 1600 * MiB, finish: 2000 * MiB, pagefind: 1300 * MiB },
        },
      ],
    });
    expect(memory!.measured).toBe('2000 MiB (Astro 1600, steps after Astro 2000, Pagefind 1300 MiB)');
  });

  it("at ×100 gives Pagefind's own CLI on the same pages beside the build, when it was measured", () => {
    const [time, memory] = buildTargets({
      scaling: [
        {
          scale: 100,
          peakRss: 2000 * MiB,
          stages: [stage('astro', 70, 2000), stage('pagefind', 60, 2000)],
          pagefindCli: { ms: 12_500, maxRss: 1032 * MiB },
        },
      ],
    });
    expect(time!.measured).toBe("130.00 s (astro 70.00 s, pagefind 60.00 s); Pagefind's own CLI on the same built pages alone 12.50 s");
    expect(memory!.measured).toBe("2000 MiB; Pagefind's own CLI on the same built pages 1032 MiB");
  });

  it('states no target it has no figures for', () => {
    expect(buildTargets({ scaling: [{ scale: 1, peakRss: null, stages: [stage('astro', 6, 600)] }] })).toEqual([]);
  });
});
