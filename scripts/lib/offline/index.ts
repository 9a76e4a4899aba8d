/**
 * After `astro build` and the Pagefind index: makes dist/ work offline.
 *
 *   1. every HTML page: root-relative URLs → relative paths (the site opens from file://)
 *   (search from disk is Pagefind itself, written before this step: scripts/lib/search/index-site.ts)
 *   3. dist/sw.js (registered by sw-register.js, src/client/sw-register.ts): service worker that keeps pages as they are read and
 *      the whole site when the reader asks (every file listed with its content hash)
 *   4. dist/herstel-kinderopvangtoeslag-site.zip: the whole built site as one download, with
 *      LEESMIJ.txt beside the site's files (what it is, how to open it, where the official texts are)
 *
 * Every file is handled on its own (read, rewritten or hashed or compressed, written), and
 * the zip is written as a stream: the step never holds the whole site in memory.
 *
 * Called by the build integration (scripts/lib/astro/edition.ts) in `astro:build:done`.
 */
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ZIP_NAME } from '../../../src/site/opendata.ts';
import { siteAddress } from '../../../src/site/address.ts';
import { edition } from '../../../src/site/edition.ts';
import { formatDate, t } from '../../../src/site/strings.ts';
import { byPath, listFiles } from './files.ts';
import { rewriteAttributes, urlAttributes, type UrlAttribute } from './rewrite.ts';
import { isFileOnly } from '../search/index-site.ts';
import { fileHash, serviceWorkerScript, versionOf, type OfflineFile } from './serviceworker.ts';
import { writeZip, type DeflateAhead } from './zip.ts';

const ZIP_FOLDER = ZIP_NAME.replace(/\.zip$/, '');
/** The zip's read-me, beside index.html (not a file of the site). */
export const README = 'LEESMIJ.txt';
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
/** «4,1 MB» for the reader. */
const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.round(n / 1024)} kB`);
/** Files served but not part of the site a reader keeps offline. */
const NOT_OFFLINE = new Set(['sw.js', ZIP_NAME, '_headers']);
const OFFLINE_SIZE = /(<span class="offline-size"[^>]*>)(<\/span>)/g;
const SIZE_MARK = 'class="offline-size"';

/** What step 1 (relative links) did: the pages it read, the URLs it changed, the pages with the offline size to fill in. */
export interface RelativeLinks {
  pages: number;
  changed: number;
  withSize: string[];
}

/** A page's URL attributes (urlAttributes), found in the copy of it Astro's prerenderer handed on, with the copy's size in bytes. */
export interface ScannedPage {
  bytes: number;
  attributes: UrlAttribute[];
}

/** Scans a page's copy (its HTML, its size in bytes) for relativeLinks, while Astro renders (scripts/lib/astro/finish.ts). */
export function scanPage(html: string, bytes: number): ScannedPage {
  return { bytes, attributes: urlAttributes(html) };
}

/**
 * Step 1: every HTML page of DIST with relative links, each page read, rewritten and written on
 * its own (none is kept). The steps after Astro run it while Pagefind builds its index
 * (scripts/lib/astro/finish.ts): by then search has read every page. `scanned`: the pages'
 * URL attributes, found while Astro rendered them (scanPage); a page without one, or whose
 * file has another size than its copy, is scanned here. `done`: each page as it now stands, where
 * this step leaves it as it is written (all but those with the offline size to fill in).
 */
export function relativeLinks(DIST: string, scanned?: ReadonlyMap<string, ScannedPage>, done?: (file: string, data: Buffer) => void): RelativeLinks {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}: expected a built site (index.html), found none — run astro build first`);
  const { base } = siteAddress();
  const isDir = (p: string) => {
    try {
      return statSync(join(DIST, p)).isDirectory();
    } catch {
      return false;
    }
  };
  const htmlFiles = listFiles(DIST).filter((f) => f.endsWith('.html'));
  const withSize: string[] = [];
  let changed = 0;
  for (const file of htmlFiles) {
    const path = join(DIST, file);
    const bytes = readFileSync(path);
    const html = bytes.toString('utf8');
    // The page's URL attributes as found in its copy, where the file has the copy's size; else found now.
    const scan = scanned?.get(file);
    const attributes = scan && scan.bytes === bytes.byteLength ? scan.attributes : urlAttributes(html);
    // 404.html is served at any address, so its links stay root-relative (under the base).
    const out = rewriteAttributes(html, attributes, file, file === '404.html' ? { base, absolute: true } : { isDir, base });
    const data = out.changed ? Buffer.from(out.html) : bytes;
    if (out.changed) writeFileSync(path, data);
    if (file !== '404.html') changed += out.changed;
    if (out.html.includes(SIZE_MARK)) withSize.push(file);
    else done?.(file, data);
  }
  return { pages: htmlFiles.length, changed, withSize };
}

/**
 * The files of DIST the zip will hold, other than the pages (whose links change) and sw.js, as
 * they are now, handed to `ahead` (deflateAhead) until it is full: read and deflated by Node's
 * thread pool while the steps' own thread goes on.
 */
export function deflateFilesAhead(DIST: string, ahead: DeflateAhead): void {
  for (const file of listFiles(DIST)) {
    if (ahead.room <= 0) break;
    if (file.endsWith('.html') || NOT_OFFLINE.has(file)) continue;
    const path = join(DIST, file);
    ahead.addFile(file, statSync(path).size, () => readFile(path));
  }
}

/**
 * Makes the built site in DIST work offline (with step 1 done already when `links` is given,
 * and the worker's code bundled already when `worker` is; the zip takes the files deflated
 * `ahead` where they are the same); returns a one-line summary.
 */
export async function offlineBuild(DIST: string, links?: RelativeLinks, worker?: string, ahead?: DeflateAhead): Promise<string> {
  const started = performance.now();
  const { pages, changed, withSize } = links ?? relativeLinks(DIST);

  // 3. service worker (over every file but itself and the zip), 4. the zip of the whole site
  // The size of the whole site, for «Bewaar deze site voor offline lezen».
  // Search from file:// only (zoeken/pagefind-offline.js and its files) is in the zip, not kept by the worker.
  const keep = (f: string) => !NOT_OFFLINE.has(f) && !isFileOnly(f);
  const listed = listFiles(DIST);
  const kept = listed.filter(keep);
  const offlineBytes = kept.reduce((n, f) => n + statSync(join(DIST, f)).size, 0);
  const offlineCount = kept.length;
  for (const file of withSize) {
    const path = join(DIST, file);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        OFFLINE_SIZE,
        (_m, open: string, close: string) => `${open}(${t.offlineSize(size(offlineBytes), offlineCount)})${close}`,
      ),
    );
  }
  // Every file's content hash, one file at a time (only the size placeholder in the HTML changed since).
  const site = listed.filter((f) => !NOT_OFFLINE.has(f));
  const all: OfflineFile[] = site
    .map((path) => {
      const data = readFileSync(join(DIST, path));
      return { path, hash: fileHash(data), bytes: data.byteLength };
    })
    .sort(byPath);
  const hash = versionOf(all);
  const files = all.filter((f) => keep(f.path));
  const sw = Buffer.from(serviceWorkerScript(hash, files, worker));
  writeFileSync(join(DIST, 'sw.js'), sw);
  // The zip as a stream to its file: each file read again when its turn comes.
  const ed = edition();
  const readme = Buffer.from(t.zipReadme({ version: ed.version, date: formatDate(ed.date), site: siteAddress().site }).replace(/\n/g, '\r\n'));
  const zipped = [...site.filter((f) => f !== '_headers'), 'sw.js', README].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const fd = openSync(join(DIST, ZIP_NAME), 'w');
  let zipBytes = 0;
  try {
    await writeZip(
      ZIP_FOLDER,
      zipped.map((path) => ({ path, read: () => (path === 'sw.js' ? sw : path === README ? readme : readFileSync(join(DIST, path))) })),
      (chunk) => {
        for (let at = 0; at < chunk.byteLength;) at += writeSync(fd, chunk, at);
        zipBytes += chunk.byteLength;
      },
      all.reduce((n, f) => n + f.bytes, sw.byteLength),
      ahead,
    );
  } finally {
    closeSync(fd);
  }

  const ms = Math.round(performance.now() - started);
  return (
    `offline: ${changed} URLs made relative in ${pages} pages; service worker lists ${files.length} files, ${kb(files.reduce((n, f) => n + f.bytes, 0))} (version ${hash}, sw.js ${kb(sw.byteLength)}); ` +
    `zip ${zipped.length} files, ${kb(zipBytes)}; ${ms} ms`
  );
}
