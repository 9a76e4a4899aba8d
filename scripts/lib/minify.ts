/**
 * The site's own classic scripts, minified with esbuild's transform API: comments and
 * whitespace go, names inside functions get short, and nothing else changes — no module
 * wrapper (top-level names stay what they are, so a script stays a classic script, from
 * file:// too) and syntax no newer than ES2019, for older browsers.
 *
 * The build integration (scripts/lib/astro/edition.ts) minifies the scripts Astro copied
 * from public/ before Pagefind and the offline step run, so the service worker lists them
 * with the hash of what is served. Pagefind's own files (dist/pagefind/) are written later
 * and never pass through here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync, type TransformOptions } from 'esbuild';
import { listFiles } from './offline/files.ts';

const CLASSIC_SCRIPT: TransformOptions = { loader: 'js', minify: true, target: 'es2019', legalComments: 'none' };

/** One classic script's text, minified. */
export function minifyScript(code: string, file = 'script.js'): string {
  return transformSync(code, { ...CLASSIC_SCRIPT, sourcefile: file }).code;
}

/**
 * Minifies in place, under dist/, every .js file that came from publicDir; returns how many
 * and their bytes before and after.
 */
export function minifyPublicScripts(publicDir: string, dist: string): { files: number; before: number; after: number } {
  let before = 0;
  let after = 0;
  const scripts = listFiles(publicDir).filter((f) => f.endsWith('.js'));
  for (const file of scripts) {
    const path = join(dist, file);
    const code = readFileSync(path, 'utf8');
    const out = minifyScript(code, file);
    writeFileSync(path, out);
    before += Buffer.byteLength(code);
    after += Buffer.byteLength(out);
  }
  return { files: scripts.length, before, after };
}
