/*
 * The service worker (sw.js at the root of the site). Offline by the reader's choice:
 *   - installing it downloads nothing; pages (and their style sheets and scripts) are
 *     kept as they are read;
 *   - the whole site is downloaded only when the reader asks for it («Bewaar deze site
 *     voor offline lezen», message `save-all`), with progress reported back;
 *   - every file of the build is listed with a hash of its content; a cached copy is kept
 *     with the hash it was stored under, so an update removes or refreshes only the files
 *     whose content changed (one cache, kept across versions).
 * Same-origin GET requests inside the scope are answered from the cache when the cached
 * copy has the current hash, else from the network (and stored); offline, any cached copy
 * or a short Dutch notice. An address that is not in the site, asked for offline, gets the
 * site's own 404 page (kept when the worker starts, a few kB). When the whole site was saved
 * the worker keeps the moment (`status` answers it), so the page can say «bewaard op …»
 * after a reload too.
 *
 * The build bundles it once the site's files are known and passes them in as `__SW_MANIFEST__`
 * (scripts/lib/offline/serviceworker.ts): the version, every file with its content hash, the
 * notice. The code itself is the same in every build.
 */
import { CACHE_PREFIX, FILE_CACHE, HASH_HEADER, STATE_CACHE, type PageMessage, type WorkerManifest, type WorkerMessage } from './sw-contract.ts';
import { isCurrentCopy, keyOf as keyIn, missingPaths, pathOf as pathIn, reportProgress } from './sw-logic.ts';

declare const __SW_MANIFEST__: WorkerManifest;

// The parts of the service-worker scope this worker uses (the project's TypeScript has the DOM
// library, not the WebWorker one).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
  readonly source: { postMessage(message: unknown): void } | null;
}
interface WorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const MANIFEST = __SW_MANIFEST__;
const { version: VERSION, files: FILES, bytes: BYTES } = MANIFEST;
const TOTAL = Object.keys(FILES).length;
const SCOPE = new URL('./', worker.location.href);
const SAVED = new URL('__bewaard__', SCOPE).href;
const NOT_FOUND = '404.html';

const pathOf = (url: string) => pathIn(SCOPE, url);
const keyOf = (path: string) => keyIn(SCOPE, path);

/** Stores a network response under the file's current hash. */
async function store(cache: Cache, path: string, res: Response): Promise<void> {
  if (!res.ok || res.type === 'opaqueredirect') return;
  const headers = new Headers(res.headers);
  headers.set(HASH_HEADER, FILES[path] ?? '');
  await cache.put(keyOf(path), new Response(await res.blob(), { status: res.status, statusText: res.statusText, headers }));
}
async function fetchAndStore(cache: Cache, path: string, mode: RequestCache = 'no-cache'): Promise<Response> {
  const res = await fetch(keyOf(path), { cache: mode });
  await store(cache, path, res.clone());
  return res;
}
async function isCurrent(cache: Cache, path: string): Promise<boolean> {
  const hit = await cache.match(keyOf(path));
  return !!hit && isCurrentCopy(FILES, path, hit.headers.get(HASH_HEADER));
}
async function savedAll(): Promise<boolean> {
  return !!(await (await caches.open(STATE_CACHE)).match(SAVED));
}
/** When the whole site was last saved (ISO time), or undefined. */
async function savedAt(): Promise<string | undefined> {
  const hit = await (await caches.open(STATE_CACHE)).match(SAVED);
  if (!hit) return undefined;
  try {
    return ((await hit.json()) as { at?: string }).at;
  } catch {
    return undefined;
  }
}
/** The site's 404 page for an unknown address offline (root-relative links, served anywhere). */
async function notFoundPage(): Promise<Response | undefined> {
  const hit = await (await caches.open(FILE_CACHE)).match(keyOf(NOT_FOUND));
  if (!hit) return undefined;
  return new Response(await hit.blob(), { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** Downloads every file that is not stored with its current hash; returns how many. */
async function saveAll(progress: (msg: WorkerMessage) => void): Promise<number> {
  const cache = await caches.open(FILE_CACHE);
  const cached = new Map<string, string>();
  for (const req of await cache.keys()) {
    const path = pathOf(req.url);
    const hash = (await cache.match(req))?.headers.get(HASH_HEADER);
    if (path !== undefined && hash) cached.set(path, hash);
  }
  const missing = missingPaths(FILES, cached);
  let done = TOTAL - missing.length;
  progress({ type: 'progress', done, total: TOTAL, bytes: BYTES });
  const queue = missing.slice();
  const fetcher = async (): Promise<void> => {
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      await fetchAndStore(cache, p);
      done++;
      if (reportProgress(done, TOTAL)) progress({ type: 'progress', done, total: TOTAL, bytes: BYTES });
    }
  };
  await Promise.all([fetcher(), fetcher(), fetcher(), fetcher()]);
  const state = JSON.stringify({ version: VERSION, at: new Date().toISOString() });
  await (await caches.open(STATE_CACHE)).put(SAVED, new Response(state, { headers: { 'content-type': 'application/json' } }));
  return missing.length;
}

worker.addEventListener('install', () => {
  void worker.skipWaiting();
});

// A new version: drop what is no longer in the site or whose content changed (only those
// are fetched again, and only if the reader saved the whole site), and older caches.
worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const k of await caches.keys()) if (k.startsWith(CACHE_PREFIX) && k !== FILE_CACHE && k !== STATE_CACHE) await caches.delete(k);
      const cache = await caches.open(FILE_CACHE);
      for (const req of await cache.keys()) {
        const hit = await cache.match(req);
        if (!isCurrentCopy(FILES, pathOf(req.url), hit?.headers.get(HASH_HEADER))) await cache.delete(req);
      }
      await worker.clients.claim();
      if (NOT_FOUND in FILES && !(await isCurrent(cache, NOT_FOUND))) await fetchAndStore(cache, NOT_FOUND).catch(() => {});
      if (await savedAll()) await saveAll(() => {});
    })(),
  );
});

worker.addEventListener('message', (event) => {
  const data = (event.data || {}) as Partial<PageMessage>;
  const port = event.ports && event.ports[0];
  const reply = (msg: WorkerMessage): void => (port ? port.postMessage(msg) : event.source?.postMessage(msg));
  if (data.type === 'save-all') {
    event.waitUntil(
      saveAll(reply)
        .then(async (fetched) => reply({ type: 'saved', fetched, total: TOTAL, bytes: BYTES, at: await savedAt() }))
        .catch((err: unknown) => reply({ type: 'failed', message: String(err) })),
    );
  } else if (data.type === 'status') {
    event.waitUntil(
      Promise.all([savedAll(), savedAt()]).then(([saved, at]) => reply({ type: 'status', saved, at, version: VERSION, total: TOTAL, bytes: BYTES })),
    );
  } else if (data.type === 'keep' && Array.isArray(data.urls)) {
    // The page that registered the worker was loaded before it: keep that page and its files too.
    const urls: unknown[] = data.urls;
    event.waitUntil(
      (async () => {
        const cache = await caches.open(FILE_CACHE);
        for (const url of urls) {
          const path = typeof url === 'string' ? pathOf(url) : undefined;
          if (path && path in FILES && !(await isCurrent(cache, path))) await fetchAndStore(cache, path, 'force-cache').catch(() => {});
        }
        reply({ type: 'kept' });
      })(),
    );
  }
});

worker.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const path = pathOf(req.url);
  if (!path) return;
  if (!(path in FILES)) {
    // An address that is not in the site: the server's answer, or offline the site's 404 page.
    if (req.mode === 'navigate') event.respondWith(fetch(req).catch(async () => (await notFoundPage()) || Response.error()));
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(FILE_CACHE);
      const hit = await cache.match(keyOf(path));
      if (hit && isCurrentCopy(FILES, path, hit.headers.get(HASH_HEADER))) return hit;
      try {
        const res = await fetch(req);
        if (res.ok && new URL(res.url || req.url).origin === SCOPE.origin) event.waitUntil(store(cache, path, res.clone()));
        return res;
      } catch {
        if (hit) return hit;
        return new Response(MANIFEST.unavailable, { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
      }
    })(),
  );
});
