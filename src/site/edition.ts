/**
 * The edition of the site: a version and a date per build, deterministic (never the
 * wall clock). The version is package.json's; the date is the release date stored in
 * content/editions/<version>.json by `npm run edition` (scripts/edition.ts), or, for a
 * build of a version not yet released, the date of the last commit.
 *
 * Permanent addresses never depend on the edition: the edition is carried in the
 * footer, the data files and the citation, not in any URL.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const ROOT = process.cwd();
export const EDITIONS_DIR = join(ROOT, 'content', 'editions');

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface Edition {
  /** Semantic version, from package.json. */
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  /** True when content/editions/<version>.json records this version as released. */
  released: boolean;
}

const PackageSchema = z.object({ version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/) });

/** The date of the last commit (YYYY-MM-DD), or undefined outside a git work tree. */
function lastCommitDate(root: string): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return ISO_DATE.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

/** The edition of the project at `root` (default: the working directory). */
export function readEdition(root = ROOT): Edition {
  const pkgPath = join(root, 'package.json');
  const parsed = PackageSchema.safeParse(JSON.parse(readFileSync(pkgPath, 'utf8')));
  if (!parsed.success) throw new Error(`${pkgPath}: expected a semantic version in "version", found ${z.prettifyError(parsed.error)}`);
  const version = parsed.data.version;
  const file = join(root, 'content', 'editions', `${version}.json`);
  if (existsSync(file)) {
    const date = z.object({ date: z.string().regex(ISO_DATE) }).parse(JSON.parse(readFileSync(file, 'utf8'))).date;
    return { version, date, released: true };
  }
  // Outside a git work tree (a copy of the project, as the benchmark makes): the date of the
  // newest recorded edition, still never the clock.
  const newest = editionFiles(join(root, 'content', 'editions')).pop();
  const newestDate = newest ? (JSON.parse(readFileSync(join(root, 'content', 'editions', newest), 'utf8')) as { date?: string }).date : undefined;
  const date = process.env.EDITION_DATE ?? lastCommitDate(root) ?? newestDate;
  if (!date || !ISO_DATE.test(date)) {
    throw new Error(`edition ${version}: expected ${file} (run npm run edition), a git work tree, or EDITION_DATE=YYYY-MM-DD; found none`);
  }
  return { version, date, released: false };
}

let cache: Edition | undefined;
/** The edition of this build (read once). */
export function edition(): Edition {
  cache ??= readEdition();
  return cache;
}

/** The released editions' files, oldest first (by semantic version). */
export function editionFiles(dir = EDITIONS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d+\.\d+\.\d+.*\.json$/.test(f))
    .sort((a, b) => compareVersions(a.replace(/\.json$/, ''), b.replace(/\.json$/, '')));
}

/** Compare two semantic versions (major.minor.patch; a pre-release sorts before its release). */
export function compareVersions(a: string, b: string): number {
  const [ca, pa = ''] = a.split('-', 2) as [string, string?];
  const [cb, pb = ''] = b.split('-', 2) as [string, string?];
  const na = ca.split('.').map(Number);
  const nb = cb.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (na[i] ?? 0) - (nb[i] ?? 0);
    if (d !== 0) return d;
  }
  if (pa === pb) return 0;
  if (pa === '') return 1;
  if (pb === '') return -1;
  return pa < pb ? -1 : 1;
}

const EditionRecordSchema = z.object({
  version: z.string(),
  date: z.string().regex(ISO_DATE),
  previous: z.string().nullable(),
  pages: z.record(z.string(), z.string()),
  corrections: z.record(z.string(), z.string()),
  changes: z.array(z.object({ route: z.string(), title: z.string(), kinds: z.array(z.string()), corrections: z.array(z.string()) })),
});
export type StoredEdition = z.infer<typeof EditionRecordSchema>;

/** The recorded editions (content/editions/*.json), newest first. */
export function editionRecords(dir = EDITIONS_DIR): StoredEdition[] {
  return editionFiles(dir)
    .map((f) => {
      const parsed = EditionRecordSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${join(dir, f)}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    })
    .reverse();
}
