/**
 * After `astro build`: indexes the site for search and makes dist/ work offline.
 *
 *   0. search: Pagefind through its Node API, with the Dutch extra terms, the vocabulary
 *      for «Bedoelde u …?» and the same engine for file:// (scripts/lib/search/index-site.ts)
 *   1. every HTML page: root-relative URLs → relative paths (the site opens from file://)
 *   3. dist/sw-register.js + dist/sw.js: service worker that precaches the whole site
 *   4. dist/herstel-kinderopvangtoeslag-site.zip: the whole built site as one download
 *
 * Usage: node scripts/postbuild.ts [distDir]
 */
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './lib/offline/files.ts';
import { ZIP_NAME } from '../src/site/opendata.ts';
import { rewriteHtml } from './lib/offline/rewrite.ts';
import { indexSite, isFileOnly } from './lib/search/index-site.ts';
import { buildHash, serviceWorkerScript } from './lib/offline/serviceworker.ts';
import { zipSite } from './lib/offline/zip.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(process.argv[2] ?? process.env.SITE_DIST ?? join(ROOT, 'dist'));
const BROWSER = join(ROOT, 'scripts', 'lib', 'offline', 'browser');
const ZIP_FOLDER = ZIP_NAME.replace(/\.zip$/, '');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}: expected a built site (index.html), found none — run astro build first`);
  const started = performance.now();

  // 0. search
  await indexSite(DIST);

  // 1. relative URLs
  const isDir = (p: string) => {
    try {
      return statSync(join(DIST, p)).isDirectory();
    } catch {
      return false;
    }
  };
  const htmlFiles = listFiles(DIST).filter((f) => f.endsWith('.html'));
  let changed = 0;
  for (const file of htmlFiles) {
    const path = join(DIST, file);
    const html = readFileSync(path, 'utf8');
    // 404.html is served at any address, so its links must stay root-relative.
    if (file === '404.html') continue;
    const out = rewriteHtml(html, file, { isDir });
    if (out.changed) writeFileSync(path, out.html);
    changed += out.changed;
  }

  // 3. service worker (over every file but itself, the zip and the file://-only search files), 4. the zip of the whole site
  copyFileSync(join(BROWSER, 'sw-register.js'), join(DIST, 'sw-register.js'));
  const files = listFiles(DIST)
    .filter((f) => f !== 'sw.js' && f !== ZIP_NAME)
    .map((path) => ({ path, data: readFileSync(join(DIST, path)) }));
  // Search from file:// only (zoeken/pagefind-offline.js and its files): in the zip, not in the cache of a visit over http.
  const precached = files.filter((f) => !isFileOnly(f.path));
  const hash = buildHash(files);
  const sw = Buffer.from(serviceWorkerScript(hash, precached.map((f) => f.path)));
  writeFileSync(join(DIST, 'sw.js'), sw);
  const all = [...files, { path: 'sw.js', data: sw }].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const zip = zipSite(ZIP_FOLDER, all);
  writeFileSync(join(DIST, ZIP_NAME), zip);

  const ms = Math.round(performance.now() - started);
  console.log(
    `postbuild: ${changed} URLs made relative in ${htmlFiles.length} pages; service worker ${precached.length} files (cache ${hash}); ` +
      `zip ${all.length} files, ${kb(zip.byteLength)}; ${ms} ms`,
  );
}

try {
  await main();
} catch (err) {
  console.error(`postbuild failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
