/** Reading snapshots (MDX pages + corrections) from a folder or from a commit, for scripts/edition.ts. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { CorrectionSchema, type Correction } from '../../src/model/schema.ts';
import type { Snapshot } from '../../src/site/changelog.ts';

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

/** The snapshot in a working tree: every .mdx under `pagesDir`, every .json under `correctionsDir`. */
export function snapshotFromDirs(pagesDir: string, correctionsDir: string): Snapshot {
  if (!existsSync(pagesDir)) throw new Error(`${pagesDir}: expected the MDX pages, found no folder`);
  const pages: Record<string, string> = {};
  for (const f of walk(pagesDir, '.mdx')) pages[relative(pagesDir, f)] = readFileSync(f, 'utf8');
  const corrections = existsSync(correctionsDir) ? walk(correctionsDir, '.json').flatMap((f) => parseCorrections(f, readFileSync(f, 'utf8'))) : [];
  return { pages, corrections };
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
  const corrections = list(correctionsRel, '.json').flatMap((f) => parseCorrections(`${commit}:${f}`, show(f)));
  return { pages, corrections };
}
