/**
 * Every path the README names, and every path a comment in the code names, exists: a
 * maintainer following either lands on a real file or folder. Paths with a placeholder
 * («content/editions/<versie>.json», «{id}») and build output (dist/, content/generated/)
 * are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const PATH = /(?<![\w./-])((?:src|scripts|tests|content|public|seeds|LICENSES|bench|\.ci)\/[\w./[\]-]*[\w\]/])([<{*]?)/g;
const BUILT = /^(?:dist\/|content\/generated\/|bench\/reports\/|bench\/peer\/)/;

/** The project paths a text names, without placeholders and build output. */
export function pathsIn(text: string): string[] {
  return [...text.matchAll(PATH)]
    .filter((m) => !m[2])
    .map((m) => m[1]!.replace(/[.]+$/, ''))
    .map((p) => (p.includes(']') && !p.includes('[') ? p.slice(0, p.indexOf(']')) : p))
    .filter((p) => !/[<>{}*]/.test(p) && !BUILT.test(p));
}

/** The comments of a source file: block comments and line comments (not «//» inside an address). */
export function commentsOf(source: string): string {
  return [...source.matchAll(/\/\*[\s\S]*?\*\/|(?<![:'"`\\\w])\/\/.*$/gm)].map((m) => m[0]).join('\n');
}

const missing = (paths: string[]) => [...new Set(paths)].filter((p) => !existsSync(join(ROOT, p)));

describe('paths named in the README and in comments', () => {
  it('finds the paths a text names, and only the comments of code', () => {
    expect(pathsIn('see `src/model/documents.ts`, `content/editions/<versie>.json` and dist/index.html.')).toEqual(['src/model/documents.ts']);
    const [line, open] = ['/' + '/', '/' + '*'];
    expect(commentsOf(`const u = 'https://x.org/src/a.ts'; ${line} src/b.ts\n${open} tests/c.ts */`)).toBe(`${line} src/b.ts\n${open} tests/c.ts */`);
  });

  it('the README names only paths that exist', () => {
    expect(missing(pathsIn(readFileSync(join(ROOT, 'README.md'), 'utf8')))).toEqual([]);
  });

  it('comments in the code name only paths that exist', () => {
    const files = execFileSync('git', ['ls-files', 'src', 'scripts', 'tests', '*.mjs', '*.ts', '*.js'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(ts|mjs|js|astro)$/.test(f) && existsSync(join(ROOT, f)));
    const stale = files.flatMap((f) => missing(pathsIn(commentsOf(readFileSync(join(ROOT, f), 'utf8')))).map((p) => `${f}: ${p}`));
    expect(stale).toEqual([]);
  });
});
