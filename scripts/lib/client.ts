/**
 * The site's client code: TypeScript in src/client/, bundled by esbuild at build time into
 * classic scripts — one self-contained IIFE per entry, no module syntax left (a classic script
 * runs from file:// and under the strict CSP without a module loader), syntax no newer than
 * ES2019, minified, no comments.
 *
 * CLIENT_SCRIPTS maps the address a script is served at (relative to the site root) to its
 * entry module; that is the one list. The steps after Astro (scripts/lib/astro/finish.ts)
 * write them into dist/ while Pagefind indexes the pages and before the offline step runs, so
 * the service worker lists them with the hash of what is served. Shared contracts (names, folding, message types) are
 * ordinary modules the entries import, and the build and the tests import them too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, buildSync, type BuildOptions, type BuildResult } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Served path (relative to the site root) → entry module (relative to the project root). */
export const CLIENT_SCRIPTS: Readonly<Record<string, string>> = {
  'sw-register.js': 'src/client/sw-register.ts',
  'js/inhoud.js': 'src/client/inhoud.ts',
  'zoeken/zoeken.js': 'src/client/search/zoeken.ts',
  'js/actiefilter.js': 'src/client/search/actiefilter.ts',
  'site.js': 'src/client/site.ts',
  'js/offline-bewaren.js': 'src/client/offline-bewaren.ts',
  'js/citeer.js': 'src/client/citeer.ts',
  'js/citeer-alinea.js': 'src/client/citeer-alinea.ts',
};

export const CLASSIC_BUNDLE: BuildOptions = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2019',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  write: false,
};

/** esbuild's options for one entry bundled to a classic script's text (in memory). */
const oneEntry = (entry: string): BuildOptions => ({ ...CLASSIC_BUNDLE, entryPoints: [resolve(ROOT, entry)], outfile: 'out.js' });

/** One entry bundled to a classic script's text. */
export function bundleClientScript(entry: string): string {
  return outputText(entry, buildSync(oneEntry(entry)));
}

/**
 * The same, asynchronous: esbuild's service process does the work (the one that bundles the
 * client scripts), where the synchronous call starts a service of its own and waits for it.
 */
export async function bundleClientScriptAsync(entry: string): Promise<string> {
  return outputText(entry, await build(oneEntry(entry)));
}

function outputText(entry: string, result: BuildResult): string {
  const file = result.outputFiles?.[0];
  if (!file) throw new Error(`${entry}: esbuild wrote no output`);
  return file.text;
}

/**
 * Writes every client script into DIST; returns how many and their bytes. One esbuild run
 * for all entries (each still its own classic script), asynchronous: esbuild works in its
 * own process, so the build goes on with the search index meanwhile (the offline step,
 * which lists and zips these files, waits for it).
 */
export async function bundleClientScripts(dist: string, scripts: Readonly<Record<string, string>> = CLIENT_SCRIPTS): Promise<{ files: number; bytes: number }> {
  const entries = Object.entries(scripts);
  const result = await build({
    ...CLASSIC_BUNDLE,
    entryPoints: entries.map(([served, entry]) => ({ in: resolve(ROOT, entry), out: served.replace(/\.js$/, '') })),
    outdir: dist,
  });
  let bytes = 0;
  for (const [served] of entries) {
    const path = join(dist, served);
    const file = result.outputFiles?.find((f) => f.path === path);
    if (!file) throw new Error(`${scripts[served]}: esbuild wrote no output for ${served}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    bytes += Buffer.byteLength(file.text);
  }
  return { files: entries.length, bytes };
}
