/**
 * The steps after Astro has written the pages, in a process of their own (started by the
 * integration, scripts/lib/astro/edition.ts, at astro:build:done): the classic scripts from
 * public/ minified, those in src/client/ bundled, search (Pagefind with the Dutch terms, the
 * same index for file://) and the offline step (relative links, service worker, zip). Run
 * here, the memory they take is never added to what the Astro process still holds after
 * rendering: the build's peak is the larger of the two processes, not their sum.
 *
 * Usage: node scripts/lib/astro/finish.ts DIST PUBLIC REPORT
 *   prints its log lines; writes to REPORT (JSON) the time of each step and the process's
 *   memory after search and after the offline step.
 */
import { writeFileSync } from 'node:fs';
import { bundleClientScripts } from '../client.ts';
import { minifyPublicScripts } from '../minify.ts';
import { offlineBuild } from '../offline/index.ts';
import { indexSite } from '../search/index-site.ts';
import { stepLog, type MemoryAt, type StepTimes } from './steps.ts';

export interface FinishReport {
  steps: StepTimes;
  memory: MemoryAt[];
}

export async function finishBuild(dist: string, publicDir: string, log: (line: string) => void): Promise<FinishReport> {
  const { steps, memory, note, timed } = stepLog();
  // Before Pagefind and the offline step: the worker lists and the zip holds the files as served.
  const min = minifyPublicScripts(publicDir, dist);
  log(`scripts: ${min.files} from public/ minified, ${(min.before / 1024).toFixed(1)} → ${(min.after / 1024).toFixed(1)} KiB`);
  // The client scripts are bundled by esbuild in its own process while the search index is made
  // (the search step reads only the HTML pages); the offline step waits for both.
  const bundling = bundleClientScripts(dist);
  // Search first (Pagefind, Dutch terms, the same engine for file://): the offline step lists its files.
  await timed('pagefind', () => indexSite(dist, log));
  note('after search');
  const client = await bundling;
  log(`scripts: ${client.files} from src/client/ bundled, ${(client.bytes / 1024).toFixed(1)} KiB`);
  log(await timed('offline', () => offlineBuild(dist)));
  note('after the offline step');
  return { steps, memory };
}

if (import.meta.main) {
  const [dist, publicDir, report] = process.argv.slice(2);
  if (!dist || !publicDir || !report) {
    console.error('usage: node scripts/lib/astro/finish.ts DIST PUBLIC REPORT');
    process.exit(2);
  }
  try {
    writeFileSync(report, JSON.stringify(await finishBuild(dist, publicDir, (line) => console.log(line))));
  } catch (err) {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  }
}
