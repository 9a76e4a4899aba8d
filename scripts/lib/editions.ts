/** Reading snapshots (MDX pages + corrections) from a folder or from a commit, for scripts/edition.ts. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { CorrectionSchema, type Correction } from '../../src/model/schema.ts';
import { editionRecord, type EditionRecord, type Snapshot } from '../../src/site/changelog.ts';
import { compareVersions, editionFiles, ISO_DATE, readEdition } from '../../src/site/edition.ts';

const Corrections = z.array(CorrectionSchema);

function walk(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, ext));
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}

function parseCorrections(file: string, text: string): Correction[] {
  const parsed = Corrections.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: expected a list of corrections, found ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The passages folder beside a pages folder (content/pages → content/passages). */
export const passagesBeside = (pagesDir: string) => join(pagesDir, '..', 'passages');

/** The snapshot in a working tree: every .mdx under `pagesDir` (and its passages), every .json under `correctionsDir`. */
export function snapshotFromDirs(pagesDir: string, correctionsDir: string, passagesDir = passagesBeside(pagesDir)): Snapshot {
  if (!existsSync(pagesDir)) throw new Error(`${pagesDir}: expected the MDX pages, found no folder`);
  const pages: Record<string, string> = {};
  for (const f of walk(pagesDir, '.mdx')) pages[relative(pagesDir, f)] = readFileSync(f, 'utf8');
  const passages: Record<string, string> = {};
  if (existsSync(passagesDir)) for (const f of walk(passagesDir, '.mdx')) passages[relative(passagesDir, f)] = readFileSync(f, 'utf8');
  const corrections = existsSync(correctionsDir) ? walk(correctionsDir, '.json').flatMap((f) => parseCorrections(f, readFileSync(f, 'utf8'))) : [];
  return { pages, ...(Object.keys(passages).length ? { passages } : {}), corrections };
}

const git = (root: string, args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** The commit that last wrote `path` (relative to root), or undefined. */
export function commitOf(root: string, path: string): string | undefined {
  try {
    return git(root, ['log', '-1', '--format=%H', '--', path]).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The snapshot as committed at `commit` (paths relative to the repository root). */
export function snapshotAtCommit(root: string, commit: string, pagesRel: string, correctionsRel: string): Snapshot {
  const list = (rel: string, ext: string) =>
    git(root, ['ls-tree', '-r', '--name-only', commit, '--', rel])
      .split('\n')
      .filter((f) => f.endsWith(ext));
  const show = (f: string) => git(root, ['show', `${commit}:${f}`]);
  const pages: Record<string, string> = {};
  for (const f of list(pagesRel, '.mdx')) pages[relative(pagesRel, f)] = show(f);
  const passagesRel = passagesBeside(pagesRel);
  const passages: Record<string, string> = {};
  for (const f of list(passagesRel, '.mdx')) passages[relative(passagesRel, f)] = show(f);
  const corrections = list(correctionsRel, '.json').flatMap((f) => parseCorrections(`${commit}:${f}`, show(f)));
  return { pages, ...(Object.keys(passages).length ? { passages } : {}), corrections };
}

export interface RecordOptions {
  /** YYYY-MM-DD; default: the date of the last commit. */
  date?: string;
  /** Folder of the MDX pages, relative to root; default content/pages. */
  pages?: string;
  /** Overwrite an existing record of this version. */
  replace?: boolean;
}

/**
 * Record the edition of the project at `root`: content/editions/<version>.json with a hash per
 * page and correction and the changes since the previous recorded edition, whose pages and
 * corrections are read from the commit that recorded it. Returns the record and its file.
 */
export function recordEdition(root: string, opts: RecordOptions = {}): { file: string; record: EditionRecord & { pagesDir: string } } {
  const { version, date: commitDate } = readEdition(root);
  const date = opts.date ?? commitDate;
  if (!ISO_DATE.test(date)) throw new Error(`date: expected YYYY-MM-DD, found ${date}`);
  const pagesRel = opts.pages ?? join('content', 'pages');
  const correctionsRel = join('content', 'corrections');
  const dir = join(root, 'content', 'editions');
  const file = join(dir, `${version}.json`);
  if (existsSync(file) && !opts.replace) throw new Error(`${relative(root, file)} exists: raise the version in package.json, or pass --replace`);

  const next = snapshotFromDirs(join(root, pagesRel), join(root, correctionsRel));
  const prevVersion = editionFiles(dir)
    .map((f) => f.replace(/\.json$/, ''))
    .filter((v) => compareVersions(v, version) < 0)
    .pop();
  let prev: { version: string; snapshot: Snapshot } | undefined;
  if (prevVersion) {
    const rel = join('content', 'editions', `${prevVersion}.json`);
    const commit = commitOf(root, rel);
    if (!commit) throw new Error(`${rel}: expected it committed (the previous edition is read from its commit), found it uncommitted`);
    const recorded = JSON.parse(readFileSync(join(root, rel), 'utf8')) as { pagesDir?: string };
    prev = { version: prevVersion, snapshot: snapshotAtCommit(root, commit, recorded.pagesDir ?? pagesRel, correctionsRel) };
  }
  const record = { ...editionRecord(version, date, next, prev), pagesDir: pagesRel };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(record, null, 1)}\n`);
  const cff = join(root, 'CITATION.cff');
  if (existsSync(cff)) writeFileSync(cff, citationForEdition(readFileSync(cff, 'utf8'), version, date));
  return { file, record };
}

/** CITATION.cff with the edition's `version` and `date-released` (top-level keys; others kept as they are). */
export function citationForEdition(cff: string, version: string, date: string): string {
  const set = (text: string, key: string, value: string) => {
    const line = `${key}: "${value}"`;
    const re = new RegExp(`^${key}:.*$`, 'm');
    return re.test(text) ? text.replace(re, line) : text.replace(/^(version:.*)$/m, `$1\n${line}`);
  };
  return set(set(cff, 'version', version), 'date-released', date);
}
