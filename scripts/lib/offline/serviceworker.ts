/**
 * The service worker: precaches every file of the build under a cache whose name
 * carries a hash of the file list and contents, removes older caches of the site on
 * activate, and answers same-origin GET requests from the cache first (a directory
 * URL from its index.html), falling back to the network.
 */
import { createHash } from 'node:crypto';

export const CACHE_PREFIX = 'hkt-';

/** Hash of the build: the sorted file list with each file's content hash. */
export function buildHash(files: readonly { path: string; data: Uint8Array }[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    h.update(f.path).update('\0').update(createHash('sha256').update(f.data).digest('hex')).update('\n');
  }
  return h.digest('hex').slice(0, 16);
}

/** The text of sw.js. `files` are paths relative to the site root ("acties/12/index.html"). */
export function serviceWorkerScript(hash: string, files: readonly string[]): string {
  const urls = [...files].sort().map((f) => f.split('/').map(encodeURIComponent).join('/'));
  return `/* Service worker van de site. Gemaakt door scripts/postbuild.ts; niet met de hand wijzigen. */
'use strict';
const CACHE = ${JSON.stringify(CACHE_PREFIX + hash)};
const PREFIX = ${JSON.stringify(CACHE_PREFIX)};
const FILES = ${JSON.stringify(urls)};
const SCOPE = new URL('./', self.location.href);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(new URL(f, SCOPE).href, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The cached file for a URL: a directory URL is served by its index.html. */
function cacheKey(url) {
  const u = new URL(url);
  u.hash = '';
  u.search = '';
  if (u.pathname.endsWith('/')) u.pathname += 'index.html';
  return u.href;
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(cacheKey(req.url)).then((hit) => {
        if (hit) return hit;
        return fetch(req).catch(() =>
          new Response('Deze pagina is niet beschikbaar zonder netwerkverbinding.', {
            status: 503,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
      }),
    ),
  );
});
`;
}
