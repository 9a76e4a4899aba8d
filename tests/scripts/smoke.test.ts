/**
 * Every script the project ships runs here at least once, small: the benchmark (the real
 * corpus's site as npm test has just built it, or built in a temporary copy when dist/ is
 * not up to date; one ×2 synthetic build through the real pipeline in that copy, profiled;
 * the action page measured and photographed); search indexing without Astro on the real corpus,
 * in several indexes (scripts/lib/bench/search-scale.ts). The ingest check of the project
 * (`node scripts/ingest.ts --check`) runs in every build (scripts/lib/astro/edition.ts), the one
 * `npm test` starts with and the one the benchmark makes when dist/ is not up to date; its
 * failures are tested in tests/ingest.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/inputs.ts';

const out = mkdtempSync(join(tmpdir(), 'smoke-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The width in a PNG file's header (its IHDR chunk), or undefined when the file is no PNG. */
function pngWidth(file: string): number | undefined {
  const b = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (b.length < 24 || !b.subarray(0, 8).equals(signature) || b.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return b.readUInt32BE(16);
}

const node = (args: string[]) =>
  spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

describe('scripts', () => {
  it('search-scale.ts: indexes the corpus without Astro, in as many Pagefind indexes as asked for', { timeout: 120_000 }, () => {
    const res = node(['scripts/lib/bench/search-scale.ts', ROOT, '--records-per-index=40']);
    expect(res.status, res.stderr).toBe(0);
    const pages = Number(/model and route data: (\d+) pages/.exec(res.stdout)?.[1]);
    expect(pages).toBeGreaterThan(100);
    expect(res.stdout).toContain(`Pagefind: ${Math.ceil(pages / 40)} indexes built`);
    expect(res.stdout).toMatch(/its services' peak [1-9]\d* MiB/);
    expect(res.stdout).toMatch(/^total [\d.]+ s; peak resident \d+ MiB/m);
  });

  it("npm run bench -- --smoke: measures the real corpus's site, builds a ×2 synthetic corpus, and reports", { timeout: 600_000 }, () => {
    const res = node(['scripts/bench.ts', '--smoke', `--out=${out}`]);
    expect(res.status, `${res.stdout}\n${res.stderr}`.slice(-3000)).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8'));
    expect(report.build.stages.map((s: { name: string }) => s.name)).toEqual(['ingest', 'astro', 'pagefind', 'offline']);
    expect(report.build.stages.every((s: { medianMs: number }) => s.medianMs > 0)).toBe(true);
    const [x2] = report.scaling;
    expect(x2.scale).toBe(2);
    expect(x2.actions).toBe(172);
    // 172 action pages and the other pages of the ×2 corpus, all built.
    expect(x2.htmlPages).toBeGreaterThan(report.build.htmlPages + 80);
    expect(report.pages.find((p: { kind: string }) => p.kind === 'action').weight.total.gzip).toBeGreaterThan(1000);
    const md = readFileSync(join(out, 'latest.md'), 'utf8');
    expect(md).toContain('## Scaling');
    // Each process's own peak (from /proc): none above the build's, and the build's is one of them.
    const peaks = Object.values<number>(x2.processPeaks);
    expect(Object.keys(x2.processPeaks).sort()).toEqual(['astro', 'finish', 'pagefind']);
    expect(Math.max(...peaks)).toBeLessThanOrEqual(x2.peakRss * 1.02);
    expect(peaks.every((p) => p > 10 * 2 ** 20)).toBe(true);
    expect(md).toMatch(/\| scale \| build peak MiB \| Astro MiB \| steps after Astro MiB \| Pagefind MiB \|/);
    // Each process's own processor time: all three there, together no more than the whole build's (/usr/bin/time, children included).
    expect(Object.keys(x2.processCpu).sort()).toEqual(['astro', 'finish', 'pagefind']);
    const cpu = Object.values<number>(x2.processCpu);
    expect(cpu.every((ms) => ms > 0)).toBe(true);
    const buildCpu = x2.stages.find((s: { name: string }) => s.name === 'astro').cpuMs.filter((ms: number | null) => ms !== null);
    if (buildCpu.length) expect(cpu.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(Math.max(...buildCpu) * 1.05);
    expect(md).toMatch(/\| scale \| Astro s \| steps after Astro s \| Pagefind s \| peer build s \|\n[^\n]*\n\| ×2 \|/);
    // The floor of the search step: Pagefind's own CLI on the same built site, timed, in a table.
    expect(x2.pagefindCli.ms).toBeGreaterThan(0);
    expect(x2.pagefindCli.maxRss).toBeGreaterThan(2 ** 20);
    expect(md).toMatch(/\| scale \| HTML pages \| Pagefind CLI s \| Pagefind CLI MiB \| our search step s \| our Pagefind service MiB \|\n[^\n]*\n\| ×2 \|/);
    // The query set online and from file://, by category.
    const { querySet } = report.search;
    expect(querySet.queries).toBeGreaterThan(0);
    expect(Object.keys(querySet.offline)).toEqual(Object.keys(querySet.online));
    expect(Object.values<{ total: number }>(querySet.online).reduce((n, c) => n + c.total, 0)).toBe(querySet.queries);
    // The first visit to an action page, with and without the service worker, as a table.
    const { firstVisit } = report;
    expect(firstVisit.without.sizes.gzip).toBeGreaterThan(1000);
    expect(firstVisit.with.sizes.gzip).toBeGreaterThanOrEqual(firstVisit.without.sizes.gzip);
    expect(md).toMatch(/### First visit to an action page[\s\S]*\| without the service worker[^\n]*\| 1\.00 \|\n\| with the service worker[^\n]*×\d+\.\d\d/);
    // Screenshots of the action page at both widths, light and dark: real PNG files of that width.
    const shots: { kind: string; width: number; scheme: string; file: string }[] = report.screenshots;
    expect(shots.map((s) => `${s.kind} ${s.width} ${s.scheme}`).sort()).toEqual([
      'action 1440 dark',
      'action 1440 light',
      'action 390 dark',
      'action 390 light',
    ]);
    for (const s of shots) {
      expect(pngWidth(join(out, s.file)), s.file).toBe(s.width);
      expect(md).toContain(`](${s.file})`);
    }
    expect(md).toContain('## Screenshots');
    // The profiled ×2 build: its steps found in the CPU profile, and the memory at each step.
    const [profile] = report.profiles;
    expect(profile.scale).toBe(2);
    expect(profile.steps.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['indexSite', 'offlineBuild', 'relativeLinks', 'writeZip']));
    expect(profile.memory.map((m: { at: string }) => m.at)).toContain('after the offline step');
    expect(profile.memory.every((m: { rss: number; heapUsed: number }) => m.rss > m.heapUsed && m.heapUsed > 0)).toBe(true);
    expect(md).toMatch(/## Profile: where the time and the memory go[\s\S]*### ×2: [\d.]+ s sampled/);
  });
});
