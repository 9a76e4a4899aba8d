/**
 * After `astro build` and the Pagefind index: makes dist/ work offline.
 *
 *   1. every HTML page: root-relative URLs → relative paths (the site opens from file://)
 *   2. dist/zoeken/zoekindex.js + zoeken-offline.js: search that answers from disk
 *   3. dist/sw-register.js + dist/sw.js: service worker that precaches the whole site
 *   4. dist/herstel-kinderopvangtoeslag-site.zip: the whole built site as one download
 *
 * Called by the build integration (scripts/lib/astro/edition.ts) in `astro:build:done`.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routes } from '../../../src/model/routes.ts';
import type { RouteData } from '../../../src/site/route-data.ts';
import { ZIP_NAME } from '../../../src/site/opendata.ts';
import { listFiles, routeOf } from './files.ts';
import { rewriteHtml } from './rewrite.ts';
import { buildSearchIndex, searchIndexScript, type BuiltPage } from './searchindex.ts';
import { buildHash, serviceWorkerScript } from './serviceworker.ts';
import { zipSite } from './zip.ts';

const BROWSER = join(dirname(fileURLToPath(import.meta.url)), 'browser');
const ZIP_FOLDER = ZIP_NAME.replace(/\.zip$/, '');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** Makes the built site in DIST work offline; returns a one-line summary. */
export function offlineBuild(DIST: string, pages: readonly RouteData[]): string {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}: expected a built site (index.html), found none — run astro build first`);
  const started = performance.now();

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
  const built: BuiltPage[] = [];
  for (const file of htmlFiles) {
    const path = join(DIST, file);
    const html = readFileSync(path, 'utf8');
    // 404.html is served at any address, so its links must stay root-relative.
    if (file === '404.html') continue;
    const out = rewriteHtml(html, file, { isDir });
    if (out.changed) writeFileSync(path, out.html);
    changed += out.changed;
    const route = routeOf(file);
    if (route !== routes.search()) built.push({ route, html: out.html });
  }

  // 2. search from disk
  const index = buildSearchIndex(pages, built);
  const indexJs = searchIndexScript(index);
  const searchDir = join(DIST, routes.search().replace(/^\/|\/$/g, ''));
  mkdirSync(searchDir, { recursive: true });
  writeFileSync(join(searchDir, 'zoekindex.js'), indexJs);
  copyFileSync(join(BROWSER, 'zoeken-offline.js'), join(searchDir, 'zoeken-offline.js'));

  // 3. service worker (over every file but itself and the zip), 4. the zip of the whole site
  copyFileSync(join(BROWSER, 'sw-register.js'), join(DIST, 'sw-register.js'));
  const precached = listFiles(DIST)
    .filter((f) => f !== 'sw.js' && f !== ZIP_NAME)
    .map((path) => ({ path, data: readFileSync(join(DIST, path)) }));
  const hash = buildHash(precached);
  const sw = Buffer.from(serviceWorkerScript(hash, precached.map((f) => f.path)));
  writeFileSync(join(DIST, 'sw.js'), sw);
  const all = [...precached, { path: 'sw.js', data: sw }].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const zip = zipSite(ZIP_FOLDER, all);
  writeFileSync(join(DIST, ZIP_NAME), zip);

  const ms = Math.round(performance.now() - started);
  return (
    `offline: ${changed} URLs made relative in ${htmlFiles.length} pages; search index ${index.paginas.length} pages, ` +
      `${index.items.length} items, ${kb(Buffer.byteLength(indexJs))}; service worker ${precached.length} files (cache ${hash}); ` +
      `zip ${all.length} files, ${kb(zip.byteLength)}; ${ms} ms`
  );
}
