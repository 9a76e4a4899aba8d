/**
 * The service worker. Offline by the reader's choice:
 *   - installing it downloads nothing; pages (and their style sheets and scripts) are
 *     kept as they are read;
 *   - the whole site is downloaded only when the reader asks for it («Bewaar deze site
 *     voor offline lezen», message `save-all`), with progress reported back;
 *   - every file of the build is listed with a hash of its content; a cached copy is kept
 *     with the hash it was stored under, so an update removes or refreshes only the files
 *     whose content changed (one cache, kept across versions).
 * Same-origin GET requests inside the scope are answered from the cache when the cached
 * copy has the current hash, else from the network (and stored); offline, any cached copy
 * or a short Dutch notice.
 */
import { createHash } from 'node:crypto';

export const CACHE_PREFIX = 'hkt-';
/** The one cache of files, kept across versions. */
export const FILE_CACHE = `${CACHE_PREFIX}bestanden`;

export interface OfflineFile {
  /** Path relative to the site root, «acties/12/index.html». */
  path: string;
  /** Content hash (hex, 12 characters). */
  hash: string;
  bytes: number;
}

/** The content hash of one file as the worker lists it. */
export function fileHash(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 12);
}

/** The files as the worker lists them, sorted by path. */
export function offlineFiles(files: readonly { path: string; data: Uint8Array }[]): OfflineFile[] {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => ({ path: f.path, hash: fileHash(f.data), bytes: f.data.byteLength }));
}

/** Hash of the build: the sorted file list with each file's content hash. */
export function buildHash(files: readonly { path: string; data: Uint8Array }[]): string {
  return versionOf(offlineFiles(files));
}

/** The same hash from the files as listed (`offlineFiles`, sorted by path): no file held in memory. */
export function versionOf(listed: readonly OfflineFile[]): string {
  const h = createHash('sha256');
  for (const f of listed) h.update(f.path).update('\0').update(f.hash).update('\n');
  return h.digest('hex').slice(0, 16);
}

/** The text of sw.js for a build (`version`: buildHash) and its files. */
export function serviceWorkerScript(version: string, files: readonly OfflineFile[]): string {
  const map: Record<string, string> = {};
  for (const f of files) map[f.path] = f.hash;
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  return `/* Service worker van de site. Gemaakt door scripts/lib/offline/serviceworker.ts bij elke build; niet met de hand wijzigen. */
'use strict';
const VERSION = ${JSON.stringify(version)};
const PREFIX = ${JSON.stringify(CACHE_PREFIX)};
const CACHE = ${JSON.stringify(FILE_CACHE)};
const STATE = PREFIX + 'staat';
const HASH = 'x-hkt-hash';
const FILES = ${JSON.stringify(map)};
const BYTES = ${bytes};
const SCOPE = new URL('./', self.location.href);
const SAVED = new URL('__bewaard__', SCOPE).href;

/** The site path of a URL inside the scope («acties/12/index.html»), or undefined. */
function pathOf(url) {
  const u = new URL(url);
  if (u.origin !== SCOPE.origin || !u.pathname.startsWith(SCOPE.pathname)) return undefined;
  let p = u.pathname.slice(SCOPE.pathname.length);
  if (p === '' || p.endsWith('/')) p += 'index.html';
  try {
    return decodeURIComponent(p);
  } catch {
    return undefined;
  }
}
const keyOf = (path) => new URL(path.split('/').map(encodeURIComponent).join('/'), SCOPE).href;

/** Stores a network response under the file's current hash. */
async function store(cache, path, res) {
  if (!res.ok || res.type === 'opaqueredirect') return;
  const headers = new Headers(res.headers);
  headers.set(HASH, FILES[path]);
  await cache.put(keyOf(path), new Response(await res.blob(), { status: res.status, statusText: res.statusText, headers }));
}
async function fetchAndStore(cache, path, mode) {
  const res = await fetch(keyOf(path), { cache: mode || 'no-cache' });
  await store(cache, path, res.clone());
  return res;
}
async function isCurrent(cache, path) {
  const hit = await cache.match(keyOf(path));
  return !!hit && hit.headers.get(HASH) === FILES[path];
}
async function savedAll() {
  return !!(await (await caches.open(STATE)).match(SAVED));
}

self.addEventListener('install', () => self.skipWaiting());

// A new version: drop what is no longer in the site or whose content changed (only those
// are fetched again, and only if the reader saved the whole site), and older caches.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const k of await caches.keys()) if (k.startsWith(PREFIX) && k !== CACHE && k !== STATE) await caches.delete(k);
    const cache = await caches.open(CACHE);
    for (const req of await cache.keys()) {
      const path = pathOf(req.url);
      const hit = await cache.match(req);
      if (!path || !(path in FILES) || !hit || hit.headers.get(HASH) !== FILES[path]) {
        await cache.delete(req);
      }
    }
    await self.clients.claim();
    if (await savedAll()) await saveAll(() => {});
  })());
});

/** Downloads every file that is not stored with its current hash. */
async function saveAll(progress) {
  const cache = await caches.open(CACHE);
  const paths = Object.keys(FILES);
  const missing = [];
  for (const p of paths) if (!(await isCurrent(cache, p))) missing.push(p);
  let done = paths.length - missing.length;
  progress({ type: 'progress', done, total: paths.length, bytes: BYTES });
  const queue = missing.slice();
  async function worker() {
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      await fetchAndStore(cache, p);
      done++;
      if (done % 10 === 0 || done === paths.length) progress({ type: 'progress', done, total: paths.length, bytes: BYTES });
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()]);
  await (await caches.open(STATE)).put(SAVED, new Response(VERSION));
  return missing.length;
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  const port = event.ports && event.ports[0];
  const reply = (msg) => (port ? port.postMessage(msg) : event.source && event.source.postMessage(msg));
  if (data.type === 'save-all') {
    event.waitUntil(
      saveAll(reply)
        .then((fetched) => reply({ type: 'saved', fetched, total: Object.keys(FILES).length, bytes: BYTES }))
        .catch((err) => reply({ type: 'failed', message: String(err) })),
    );
  } else if (data.type === 'status') {
    event.waitUntil(savedAll().then((saved) => reply({ type: 'status', saved, version: VERSION, total: Object.keys(FILES).length, bytes: BYTES })));
  } else if (data.type === 'keep' && Array.isArray(data.urls)) {
    // The page that registered the worker was loaded before it: keep that page and its files too.
    event.waitUntil((async () => {
      const cache = await caches.open(CACHE);
      for (const url of data.urls) {
        const path = pathOf(url);
        if (path && path in FILES && !(await isCurrent(cache, path))) await fetchAndStore(cache, path, 'force-cache').catch(() => {});
      }
      reply({ type: 'kept' });
    })());
  }
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const path = pathOf(req.url);
  if (!path || !(path in FILES)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(keyOf(path));
    if (hit && hit.headers.get(HASH) === FILES[path]) return hit;
    try {
      const res = await fetch(req);
      if (res.ok && new URL(res.url || req.url).origin === SCOPE.origin) event.waitUntil(store(cache, path, res.clone()));
      return res;
    } catch (err) {
      if (hit) return hit;
      return new Response('Deze pagina is niet beschikbaar zonder internetverbinding. Pagina’s die u eerder las, en de hele site als u die hebt bewaard, werken wel.', {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    }
  })());
});
`;
}
