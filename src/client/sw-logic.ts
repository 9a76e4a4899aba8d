/**
 * The pure part of the service worker (src/client/sw.ts; tests/client/sw.test.ts): which site
 * file an address is, under which key it is cached, whether a cached copy is current.
 */

/** The site path of a URL inside the scope («acties/12/index.html»), or undefined. */
export function pathOf(scope: URL, url: string): string | undefined {
  const u = new URL(url);
  if (u.origin !== scope.origin || !u.pathname.startsWith(scope.pathname)) return undefined;
  let p = u.pathname.slice(scope.pathname.length);
  if (p === '' || p.endsWith('/')) p += 'index.html';
  try {
    return decodeURIComponent(p);
  } catch {
    return undefined;
  }
}

/** The cache key of a site path: its address inside the scope, each segment encoded. */
export function keyOf(scope: URL, path: string): string {
  return new URL(path.split('/').map(encodeURIComponent).join('/'), scope).href;
}

/** Whether a copy cached under `hash` (undefined: none) is the current one of `path`. */
export function isCurrentCopy(files: Readonly<Record<string, string>>, path: string | undefined, hash: string | null | undefined): boolean {
  return path !== undefined && Object.prototype.hasOwnProperty.call(files, path) && hash != null && files[path] === hash;
}

/** The paths of the site that have no current copy, in the manifest's order. */
export function missingPaths(files: Readonly<Record<string, string>>, cached: ReadonlyMap<string, string>): string[] {
  return Object.keys(files).filter((p) => cached.get(p) !== files[p]);
}

/** Whether to report progress after `done` of `total` files (every tenth, and the last). */
export function reportProgress(done: number, total: number): boolean {
  return done % 10 === 0 || done === total;
}
