/**
 * Lighthouse on a page of the local site, with the Debian Chromium: the `lighthouse`
 * npm package's command line, run as a child process (its default: a mobile device,
 * simulated slow 4G and 4× CPU slowdown). Returns undefined with the reason when it
 * cannot run here; the benchmark then reports its own figures only.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const AUDITS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'cumulative-layout-shift',
  'total-blocking-time',
  'speed-index',
  'total-byte-weight',
] as const;

export interface LighthouseResult {
  version: string;
  formFactor: string;
  /** 0–100 per category. */
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  audits: Record<(typeof AUDITS)[number], number | null>;
  /** Audits that did not pass (score < 0.9), by id, for the report. */
  failing: string[];
  /** Points of the performance score each weighted metric costs (100 · weight · (1 − score) / total weight), those of 0.05 points or more, largest first. */
  performanceLost: Record<string, number>;
  warnings: string[];
}

/** Lighthouse is a tool of the benchmark only: kept out of the project's dependencies, installed on first use. */
export const LIGHTHOUSE = 'lighthouse@12.8.2';

export function lighthouseCli(root: string): string | undefined {
  const own = join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
  if (existsSync(own)) return own;
  const prefix = join(tmpdir(), 'hkt-bench-tools');
  const cli = join(prefix, 'node_modules', 'lighthouse', 'cli', 'index.js');
  if (!existsSync(cli)) {
    try {
      execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', LIGHTHOUSE], { stdio: 'inherit' });
    } catch {
      return undefined;
    }
  }
  return existsSync(cli) ? cli : undefined;
}

/**
 * Runs the CLI without blocking this process (which may be the one serving the site).
 * On timeout it is interrupted with SIGINT, on which Lighthouse closes its Chromium.
 */
function run(args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      output += `\n(timed out after ${timeoutMs / 1000} s)`;
      child.kill('SIGINT');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

export async function runLighthouse(
  root: string,
  url: string,
  chromePath: string,
  chromeArgs: readonly string[],
): Promise<{ result?: LighthouseResult; error?: string }> {
  const cli = lighthouseCli(root);
  if (!cli) return { error: `${LIGHTHOUSE} could not be installed from the npm registry` };
  const dir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const out = join(dir, 'report.json');
  try {
    const res = await run(
      [
        cli,
        url,
        `--chrome-path=${chromePath}`,
        `--chrome-flags=--headless=new ${chromeArgs.join(' ')}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
      ],
      180_000,
    );
    if (res.code !== 0 || !existsSync(out)) {
      return { error: `lighthouse exited with ${res.code}: ${res.output.trim().split('\n').slice(-3).join(' ')}` };
    }
    const lhr = JSON.parse(readFileSync(out, 'utf8'));
    if (lhr.runtimeError) return { error: `lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, lhr.categories?.[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]),
    ) as LighthouseResult['scores'];
    const audits = Object.fromEntries(AUDITS.map((a) => [a, lhr.audits?.[a]?.numericValue ?? null])) as LighthouseResult['audits'];
    const failing = Object.values(lhr.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string }>)
      .filter(
        (a) =>
          a.score !== null && a.score < 0.9 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'metricSavings'),
      )
      .map((a) => a.id);
    const refs = ((lhr.categories?.performance?.auditRefs ?? []) as { id: string; weight: number }[]).filter((r) => r.weight > 0);
    const totalWeight = refs.reduce((n, r) => n + r.weight, 0);
    const performanceLost = Object.fromEntries(
      refs
        .map((r) => [r.id, (100 * r.weight * (1 - (lhr.audits?.[r.id]?.score ?? 0))) / totalWeight] as const)
        .filter(([, lost]) => lost >= 0.05)
        .sort((a, b) => b[1] - a[1]),
    );
    return {
      result: {
        version: lhr.lighthouseVersion,
        formFactor: lhr.configSettings?.formFactor ?? 'mobile',
        scores,
        audits,
        failing,
        performanceLost,
        warnings: lhr.runWarnings ?? [],
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
