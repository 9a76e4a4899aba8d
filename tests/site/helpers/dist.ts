/** The files of the built site and the site path each one is served at. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './paths.ts';
import { listFiles as listFilesUnder, routeOf } from '../../../scripts/lib/offline/files.ts';

/** Every file under dir (default: dist/), as paths relative to it with forward slashes. */
export function listFiles(dir: string = DIST): string[] {
  return listFilesUnder(dir);
}

/** Every HTML page of the site (not Pagefind's files). */
export function htmlFiles(dir: string = DIST): string[] {
  return listFiles(dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

/** The site path of a file: «acties/41/index.html» → «/acties/41/». */
export const pathOfFile = routeOf;

/**
 * The file a site path is served from, as the server does: a directory gives its
 * index.html. Undefined when nothing is there.
 */
export function fileOfPath(pathname: string, dir: string = DIST): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const rel = decoded.replace(/^\/+/, '');
  if (rel.split('/').includes('..')) return undefined;
  const candidates = decoded.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
  for (const c of candidates) {
    try {
      if (statSync(join(dir, c)).isFile()) return c;
    } catch {
      /* next */
    }
  }
  return undefined;
}

/**
 * A site address in one spelling: the built pages link to «…/index.html» (they work
 * from disk too), which the server serves as «…/». Keeps query and fragment.
 */
export function canonical(href: string, base = 'http://site.invalid/'): string {
  const u = new URL(href, base);
  u.pathname = u.pathname.replace(/\/index\.html$/, '/');
  return u.href;
}

/** Path (+ query + fragment) of an address, in one spelling. */
export function canonicalPath(href: string, base = 'http://site.invalid/'): string {
  const u = new URL(canonical(href, base));
  return u.pathname + u.search + u.hash;
}
