/**
 * Every test file runs in exactly one tier of vitest.config.ts: a new file that no tier
 * includes would silently never run.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
// The project's configuration, read as the test runner reads it (outside the layers of tests/boundaries.test.ts).
const { TIERS } = (await import(pathToFileURL(join(ROOT, 'vitest.config.ts')).href)) as { TIERS: Record<string, readonly string[]> };

function testFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) testFiles(full, out);
    else if (name.endsWith('.test.ts')) out.push(relative(ROOT, full).split('\\').join('/'));
  }
  return out;
}

/** Whether a path matches an include pattern of the config (a file, or «dir/**\/*.test.ts»). */
export function matches(pattern: string, path: string): boolean {
  const globbed = pattern.endsWith('/**/*.test.ts');
  return globbed ? path.startsWith(pattern.slice(0, -'**/*.test.ts'.length)) && path.endsWith('.test.ts') : path === pattern;
}

describe('test tiers', () => {
  it('matches files and folders as the config means them', () => {
    expect(matches('tests/parse/**/*.test.ts', 'tests/parse/bijlage.test.ts')).toBe(true);
    expect(matches('tests/parse/**/*.test.ts', 'tests/site/a11y.test.ts')).toBe(false);
    expect(matches('tests/a.test.ts', 'tests/a.test.ts')).toBe(true);
  });

  it('puts every test file in exactly one tier', () => {
    const tiers = Object.entries(TIERS) as [string, readonly string[]][];
    const wrong = testFiles(join(ROOT, 'tests'))
      .map((f) => ({ f, in: tiers.filter(([, pats]) => pats.some((p) => matches(p, f))).map(([name]) => name) }))
      .filter((x) => x.in.length !== 1);
    expect(wrong).toEqual([]);
  });
});
