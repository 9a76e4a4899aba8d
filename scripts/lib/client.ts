/**
 * The site's client code: TypeScript in src/client/, bundled by esbuild at build time into
 * classic scripts — one self-contained IIFE per entry, no module syntax left (a classic script
 * runs from file:// and under the strict CSP without a module loader), syntax no newer than
 * ES2019, minified, no comments.
 *
 * CLIENT_SCRIPTS maps the address a script is served at (relative to the site root) to its
 * entry module; that is the one list. The steps after Astro (scripts/lib/astro/finish.ts)
 * write them into dist/ before Pagefind and the offline step run, so the service worker lists
 * them with the hash of what is served. Shared contracts (names, folding, message types) are
 * ordinary modules the entries import, and the build and the tests import them too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, buildSync, type BuildOptions } from 'esbuild';

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

/** One entry bundled to a classic script's text. */
export function bundleClientScript(entry: string, options: BuildOptions = {}): string {
  const result = buildSync({ ...CLASSIC_BUNDLE, ...options, entryPoints: [resolve(ROOT, entry)], outfile: 'out.js' });
  const file = result.outputFiles?.[0];
  if (!file) throw new Error(`${entry}: esbuild wrote no output`);
  return file.text;
}

/** Each client script's served path and text. */
export type ClientBundle = { served: string; text: string }[];

/**
 * Every client script bundled, in memory: one esbuild run for all entries (each still its own
 * classic script), asynchronous — esbuild works in its own process, so the steps after Astro
 * start it before the site is built and write the scripts into dist/ after
 * (`writeClientScripts`).
 */
export async function bundleClientScripts(scripts: Readonly<Record<string, string>> = CLIENT_SCRIPTS): Promise<ClientBundle> {
  const entries = Object.entries(scripts);
  // Only to name the outputs: nothing is written (write: false), and the text does not depend on it.
  const outdir = join(ROOT, 'dist');
  const result = await build({
    ...CLASSIC_BUNDLE,
    entryPoints: entries.map(([served, entry]) => ({ in: resolve(ROOT, entry), out: served.replace(/\.js$/, '') })),
    outdir,
  });
  return entries.map(([served, entry]) => {
    const file = result.outputFiles?.find((f) => f.path === join(outdir, served));
    if (!file) throw new Error(`${entry}: esbuild wrote no output for ${served}`);
    return { served, text: file.text };
  });
}

/** Writes the bundled client scripts into DIST; returns how many and their bytes. */
export function writeClientScripts(dist: string, bundle: ClientBundle): { files: number; bytes: number } {
  let bytes = 0;
  for (const { served, text } of bundle) {
    const path = join(dist, served);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: bundle.length, bytes };
}
