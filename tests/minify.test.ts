/** The minify step of the build (scripts/lib/minify.ts) on small classic scripts. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { minifyPublicScripts, minifyScript } from '../scripts/lib/minify.ts';

const SCRIPT = `/* Zet de kleurkeuze (een opmerking die verdwijnt). */
var teller = 0; // a top-level name: a global of the page, kept
(function () {
  'use strict';
  var root = document.documentElement;
  /** Counts and marks. */
  function markeer(naam) {
    teller += 1;
    root.classList.add(naam);
  }
  markeer('js');
  markeer(window.opties?.kleur ?? 'licht');
})();
`;

/** Runs a classic script as a page would, with just enough of a document; returns its effect. */
function run(code: string): { classes: string[]; teller: unknown } {
  const classes: string[] = [];
  const sandbox: Record<string, unknown> = { document: { documentElement: { classList: { add: (c: string) => classes.push(c) } } } };
  sandbox.window = sandbox;
  runInNewContext(code, sandbox);
  return { classes, teller: sandbox.teller };
}

describe('minifyScript', () => {
  it('makes a classic script smaller, without its comments, and it does the same', () => {
    const out = minifyScript(SCRIPT);
    expect(out.length).toBeLessThan(SCRIPT.length * 0.7);
    expect(out).not.toMatch(/opmerking|Counts and marks|top-level name/);
    expect(run(out)).toEqual(run(SCRIPT));
    expect(run(out)).toEqual({ classes: ['js', 'licht'], teller: 2 });
  });

  it('stays a classic script in ES2019: no module syntax, no optional chaining or ??', () => {
    const out = minifyScript(SCRIPT);
    expect(out).not.toMatch(/\?\.|\?\?|\bexport\b|\bimport\b/);
    expect(out).toMatch(/^var teller=0;/);
  });
});

describe('minifyPublicScripts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minify-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it('minifies in dist/ the scripts that came from public/, and nothing else', () => {
    const other = '/* Pagefind */\nexport const x = 1;\n';
    for (const root of ['public', 'dist']) {
      write(`${root}/site.js`, SCRIPT);
      write(`${root}/js/filter.js`, SCRIPT);
      write(`${root}/_headers`, '/*\n  X-Content-Type-Options: nosniff\n');
    }
    write('dist/pagefind/pagefind.js', other);
    const r = minifyPublicScripts(join(dir, 'public'), join(dir, 'dist'));
    expect(r).toMatchObject({ files: 2, before: 2 * Buffer.byteLength(SCRIPT) });
    expect(r.after).toBeLessThan(r.before);
    for (const f of ['site.js', 'js/filter.js']) expect(readFileSync(join(dir, 'dist', f), 'utf8')).toBe(minifyScript(SCRIPT));
    expect(readFileSync(join(dir, 'dist', 'pagefind', 'pagefind.js'), 'utf8')).toBe(other);
    expect(readFileSync(join(dir, 'dist', '_headers'), 'utf8')).toContain('nosniff');
    // The sources in public/ stay as they are.
    expect(readFileSync(join(dir, 'public', 'site.js'), 'utf8')).toBe(SCRIPT);
  });
});
