/**
 * A small static file server for dist/ on 127.0.0.1 and a random free port, like the
 * static host the site is made for: a directory path serves its index.html (a directory
 * asked for without its trailing slash is redirected to it), a missing file serves
 * 404.html with status 404, and files are sent with their content type. With the rules of
 * a `_headers` file (parseHeaders) and compression it serves as the host does (`npm start`).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createBrotliCompress, createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** Content type of a file by its name; Pagefind's index files (.pf_*) are binary. */
export function contentType(file: string): string {
  const ext = extname(file).toLowerCase();
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return TYPES[ext] ?? 'application/octet-stream';
}

export interface SiteServer {
  /** Origin without trailing slash, e.g. http://127.0.0.1:40123 */
  origin: string;
  /** Absolute URL of a site path. */
  url(path: string): string;
  close(): Promise<void>;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A rule of a `_headers` file: a path pattern («/*», «/data/*», «/404.html») and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * The rules of a `_headers` file as static hosts read it: a line with a path pattern, then
 * its headers indented, «Name: value». Throws on a header line before any pattern.
 */
export function parseHeaders(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) return void rules.push({ pattern: line.trim(), headers: {} });
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!m || !rules.length) throw new Error(`${file}:${i + 1}: expected «Name: value» under a path, found «${line.trim()}»`);
    rules.at(-1)!.headers[m[1]!] = m[2]!;
  });
  return rules;
}

/** The headers of every rule whose pattern matches a path («*» matches any rest of the path). */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const re = new RegExp(
      `^${r.pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (re.test(path)) Object.assign(out, r.headers);
  }
  return out;
}

export interface ServerOptions {
  /** Extra response headers on every answer (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Headers by path, as a `_headers` file gives them (parseHeaders). */
  headerRules?: readonly HeaderRule[];
  /** The port (default: any free port). */
  port?: number;
  /**
   * Compress text as a static host does (brotli or gzip, as the browser accepts): what
   * Lighthouse should see. Off by default, so the tests see the files as they are.
   */
  compress?: boolean;
  /**
   * A slow network: an HTML page is sent in two parts, the first up to (not including) the
   * first occurrence of `before`, the rest `ms` later, so the browser may draw the first part
   * alone. Pages without `before` are sent whole. Not with `compress`.
   */
  pause?: { before: string; ms: number };
}

/** Whether a static host would compress a file of this type. */
export function compressible(type: string): boolean {
  return /^(text\/|application\/(json|javascript|xml|manifest\+json|wasm)|image\/svg\+xml)/.test(type);
}

export async function startServer(root: string, options: ServerOptions = {}): Promise<SiteServer> {
  if (!isFile(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: build the site first (npm run build)`);
  }
  const server: Server = createServer((req, res) => {
    const send = (status: number, file: string, headers: Record<string, string> = {}) => {
      const type = contentType(file);
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = options.compress && compressible(type) ? (/\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined) : undefined;
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(encoding && { 'content-encoding': encoding, vary: 'accept-encoding' }),
        ...options.headers,
        ...(options.headerRules && headersFor(options.headerRules, new URL(req.url ?? '/', 'http://localhost').pathname)),
        ...headers,
      });
      if (req.method === 'HEAD') return res.end();
      if (options.pause && !encoding && type.startsWith('text/html')) {
        const html = readFileSync(file);
        const at = html.indexOf(options.pause.before);
        if (at > 0) {
          res.write(html.subarray(0, at));
          const later = setTimeout(() => res.end(html.subarray(at)), options.pause.ms);
          res.once('close', () => clearTimeout(later));
          return;
        }
        return res.end(html);
      }
      const body = createReadStream(file);
      if (encoding) body.pipe(encoding === 'br' ? createBrotliCompress() : createGzip()).pipe(res);
      else body.pipe(res);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (isFile(page)) return send(404, page);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('404 Not Found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (path.includes('\0')) return notFound();
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (isDir(file)) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: url.pathname + '/' + url.search });
        return res.end();
      }
      const index = join(file, 'index.html');
      return isFile(index) ? send(200, index) : notFound();
    }
    if (isFile(file)) return send(200, file);
    return notFound();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path: string) => new URL(path, origin + '/').href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
