/**
 * Record a released edition: content/editions/<version>.json with a SHA-256 per page, per
 * correction, and the changes since the previous recorded edition (src/site/changelog.ts).
 * The previous edition's pages and corrections are read from the commit that recorded it.
 *
 * Usage: node scripts/edition.ts [--date YYYY-MM-DD] [--pages content/pages] [--replace]
 *   version: package.json; date: --date, else the date of the last commit.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { editionRecord } from '../src/site/changelog.ts';
import { compareVersions, editionFiles, ISO_DATE, readEdition } from '../src/site/edition.ts';
import { ROOT } from './lib/inputs.ts';
import { commitOf, snapshotAtCommit, snapshotFromDirs } from './lib/editions.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

try {
  const { version, date: commitDate } = readEdition(ROOT);
  const date = arg('--date') ?? commitDate;
  if (!ISO_DATE.test(date)) throw new Error(`--date: expected YYYY-MM-DD, found ${date}`);
  const pagesDir = join(ROOT, arg('--pages') ?? join('content', 'pages'));
  const correctionsDir = join(ROOT, 'content', 'corrections');
  const dir = join(ROOT, 'content', 'editions');
  const out = join(dir, `${version}.json`);
  if (existsSync(out) && !process.argv.includes('--replace')) throw new Error(`${relative(ROOT, out)} exists: raise the version in package.json, or pass --replace`);

  const next = snapshotFromDirs(pagesDir, correctionsDir);
  const prevFile = editionFiles(dir)
    .map((f) => f.replace(/\.json$/, ''))
    .filter((v) => compareVersions(v, version) < 0)
    .pop();
  let prev: { version: string; snapshot: ReturnType<typeof snapshotFromDirs> } | undefined;
  if (prevFile) {
    const rel = join('content', 'editions', `${prevFile}.json`);
    const commit = commitOf(ROOT, rel);
    if (!commit) throw new Error(`${rel}: expected it committed (the previous edition is read from its commit), found it uncommitted`);
    const recorded = JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as { pagesDir?: string };
    prev = { version: prevFile, snapshot: snapshotAtCommit(ROOT, commit, recorded.pagesDir ?? relative(ROOT, pagesDir), relative(ROOT, correctionsDir)) };
  }
  const record = { ...editionRecord(version, date, next, prev), pagesDir: relative(ROOT, pagesDir) };
  mkdirSync(dir, { recursive: true });
  writeFileSync(out, `${JSON.stringify(record, null, 1)}\n`);
  console.log(`edition ${version} (${date}): ${Object.keys(record.pages).length} pages, ${record.changes.length} changed since ${prev?.version ?? '(first edition)'} → ${relative(ROOT, out)}`);
} catch (err) {
  console.error(`edition failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
