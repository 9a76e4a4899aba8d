/**
 * The service worker (src/client/sw.ts): its pure part (src/client/sw-logic.ts), and the bundled
 * sw.js as the build writes it, run against an in-memory cache and network: what it keeps, what
 * an update refreshes, what it answers offline.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isCurrentCopy, keyOf, missingPaths, pathOf, reportProgress } from '../../src/client/sw-logic.ts';
import { FILE_CACHE, HASH_HEADER, type WorkerMessage } from '../../src/client/sw-contract.ts';
import { offlineFiles, serviceWorkerScript, versionOf, workerManifest } from '../../scripts/lib/offline/serviceworker.ts';

const scope = new URL('https://example.org/uitgave/');

describe('the worker’s addresses', () => {
  it('maps an address inside the scope to its site file, a folder to its index.html', () => {
    expect(pathOf(scope, 'https://example.org/uitgave/acties/12/')).toBe('acties/12/index.html');
    expect(pathOf(scope, 'https://example.org/uitgave/')).toBe('index.html');
    expect(pathOf(scope, 'https://example.org/uitgave/pagefind/een%20bestand.pf_meta?x=1#y')).toBe('pagefind/een bestand.pf_meta');
  });
  it('leaves alone what is outside the scope, another origin, or a damaged escape', () => {
    expect(pathOf(scope, 'https://example.org/elders/index.html')).toBeUndefined();
    expect(pathOf(scope, 'https://example.com/uitgave/index.html')).toBeUndefined();
    expect(pathOf(scope, 'https://example.org/uitgave/%E0%A4%A.html')).toBeUndefined();
  });
  it('caches a file under its address, each segment escaped, and reads it back', () => {
    const key = keyOf(scope, 'pagefind/een bestand#1.pf_meta');
    expect(key).toBe('https://example.org/uitgave/pagefind/een%20bestand%231.pf_meta');
    expect(pathOf(scope, key)).toBe('pagefind/een bestand#1.pf_meta');
  });
});

describe('the worker’s bookkeeping', () => {
  const files = { 'a.html': '111', 'b.html': '222', 'c.html': '333' };
  it('takes a copy as current only with the hash the build lists for it', () => {
    expect(isCurrentCopy(files, 'a.html', '111')).toBe(true);
    expect(isCurrentCopy(files, 'a.html', '999')).toBe(false);
    expect(isCurrentCopy(files, 'a.html', null)).toBe(false);
    expect(isCurrentCopy(files, 'weg.html', '111')).toBe(false);
    expect(isCurrentCopy(files, 'toString', undefined)).toBe(false);
    expect(isCurrentCopy(files, undefined, '111')).toBe(false);
  });
  it('fetches only what has no current copy', () => {
    expect(
      missingPaths(
        files,
        new Map([
          ['a.html', '111'],
          ['b.html', 'oud'],
        ]),
      ),
    ).toEqual(['b.html', 'c.html']);
    expect(missingPaths(files, new Map())).toEqual(['a.html', 'b.html', 'c.html']);
  });
  it('reports progress every tenth file and at the end', () => {
    expect([9, 10, 11, 20, 23].map((n) => reportProgress(n, 23))).toEqual([false, true, false, true, true]);
  });
});

/** An in-memory CacheStorage, network and worker scope for the bundled sw.js. */
function harness(site: Record<string, string>) {
  const stores = new Map<string, Map<string, Response>>();
  const open = (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const entries = stores.get(name)!;
    const url = (r: Request | string) => (typeof r === 'string' ? r : r.url);
    return {
      match: async (r: Request | string) => entries.get(url(r))?.clone(),
      put: async (r: Request | string, res: Response) => void entries.set(url(r), res),
      delete: async (r: Request | string) => entries.delete(url(r)),
      keys: async () => [...entries.keys()].map((u) => new Request(u)),
    };
  };
  const caches = {
    open: async (name: string) => open(name),
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
  const fetched: string[] = [];
  let online = true;
  const fetch = async (r: Request | string) => {
    const url = typeof r === 'string' ? r : r.url;
    if (!online) throw new TypeError('offline');
    fetched.push(url);
    const path = decodeURIComponent(new URL(url).pathname.slice(scope.pathname.length));
    return path in site ? new Response(site[path]) : new Response('weg', { status: 404 });
  };
  /** Loads a build of the site's files into a fresh worker scope; returns how to talk to it. */
  const load = (sw: string) => {
    const listeners = new Map<string, (event: unknown) => void>();
    const self = {
      location: new URL('sw.js', scope),
      skipWaiting: async () => {},
      clients: { claim: async () => {} },
      addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    };
    runInNewContext(sw, { self, caches, fetch, URL, Request, Response, Headers, console, Promise });
    const extendable = () => {
      const pending: Promise<unknown>[] = [];
      return { pending, waitUntil: (p: Promise<unknown>) => pending.push(p) };
    };
    return {
      async activate() {
        const event = extendable();
        listeners.get('activate')!(event);
        await Promise.all(event.pending);
      },
      async message(data: unknown): Promise<WorkerMessage[]> {
        const replies: WorkerMessage[] = [];
        const event = { ...extendable(), data, ports: [{ postMessage: (m: WorkerMessage) => replies.push(m) }], source: null };
        listeners.get('message')!(event);
        await Promise.all(event.pending);
        return replies;
      },
      async get(path: string, mode = 'no-cors'): Promise<Response | undefined> {
        let answer: Promise<Response> | Response | undefined;
        const event = { ...extendable(), request: new Request(new URL(path, scope)), respondWith: (r: Promise<Response>) => (answer = r) };
        Object.defineProperty(event.request, 'mode', { value: mode });
        listeners.get('fetch')!(event);
        const res = await answer;
        await Promise.all(event.pending);
        return res;
      },
    };
  };
  return { stores, fetched, load, goOffline: () => (online = false) };
}

const build = (site: Record<string, string>) => {
  const files = offlineFiles(Object.entries(site).map(([path, text]) => ({ path, data: new TextEncoder().encode(text) })));
  return serviceWorkerScript(versionOf(files), files);
};

describe('the bundled worker', () => {
  const site = { 'index.html': 'thuis', '404.html': 'niet gevonden', 'acties/1/index.html': 'actie 1', 'pagefind/een bestand.pf_meta': 'meta' };

  it('is given the build’s version and every file with its content hash', () => {
    const manifest = workerManifest(build(site));
    expect(Object.keys(manifest.files)).toEqual(['404.html', 'acties/1/index.html', 'index.html', 'pagefind/een bestand.pf_meta']);
    expect(manifest.files['index.html']).toMatch(/^[0-9a-f]{12}$/);
    expect(manifest.bytes).toBe(5 + 13 + 7 + 4);
    expect(manifest.version).toBe(versionOf(offlineFiles(Object.entries(site).map(([path, text]) => ({ path, data: new TextEncoder().encode(text) })))));
  });

  it('keeps only the 404 page on starting, the whole site on request, and says when', async () => {
    const h = harness(site);
    const worker = h.load(build(site));
    await worker.activate();
    expect(h.fetched.map((u) => new URL(u).pathname)).toEqual(['/uitgave/404.html']);
    const [before] = await worker.message({ type: 'status' });
    expect(before).toMatchObject({ type: 'status', saved: false, total: 4, bytes: 29 });
    const replies = await worker.message({ type: 'save-all' });
    expect(replies.at(-1)).toMatchObject({ type: 'saved', fetched: 3, total: 4 });
    expect(replies[0]).toMatchObject({ type: 'progress', done: 1, total: 4 });
    expect(h.stores.get(FILE_CACHE)!.size).toBe(4);
    const [after] = await worker.message({ type: 'status' });
    expect(after).toMatchObject({ type: 'status', saved: true });
    expect(Number.isNaN(Date.parse((after as { at: string }).at))).toBe(false);
  });

  it('after an update drops and fetches again only the files whose content changed', async () => {
    const served: Record<string, string> = { ...site };
    const h = harness(served);
    const first = h.load(build(served));
    await first.activate();
    await first.message({ type: 'save-all' });
    h.fetched.length = 0;
    // The next build: one page changed, one file gone; the network serves it.
    served['acties/1/index.html'] = 'actie 1, herzien';
    delete served['pagefind/een bestand.pf_meta'];
    const sw = build(served);
    await h.load(sw).activate();
    expect(h.fetched.map((u) => new URL(u).pathname)).toEqual(['/uitgave/acties/1/index.html']);
    const kept = [...h.stores.get(FILE_CACHE)!.entries()];
    expect(kept.map(([u]) => new URL(u).pathname).sort()).toEqual(['/uitgave/404.html', '/uitgave/acties/1/index.html', '/uitgave/index.html']);
    const files = workerManifest(sw).files;
    for (const [u, res] of kept) expect(res.headers.get(HASH_HEADER)).toBe(files[pathOf(scope, u)!]);
  });

  it('offline: a kept page from the cache, a page not kept gets the notice, an unknown address the 404 page', async () => {
    const h = harness({ ...site });
    const worker = h.load(build(site));
    await worker.activate();
    expect(await (await worker.get('index.html'))!.text()).toBe('thuis');
    h.goOffline();
    expect(await (await worker.get('index.html'))!.text()).toBe('thuis');
    const notKept = (await worker.get('acties/1/'))!;
    expect(notKept.status).toBe(503);
    expect(await notKept.text()).toBe(workerManifest(build(site)).unavailable);
    const unknown = (await worker.get('bestaat-niet/', 'navigate'))!;
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe('niet gevonden');
    expect(await worker.get('https://elders.example/x.html')).toBeUndefined();
  });
});
