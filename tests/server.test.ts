/** The static server of the tests and the benchmark (scripts/lib/server.ts): compressed as a host serves it only when asked. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compressible, headersFor, parseHeaders, startServer } from '../scripts/lib/server.ts';
import { staleReason } from '../scripts/start.ts';
import { writeGenerated, type Generated } from '../scripts/lib/generated.ts';

const root = mkdtempSync(join(tmpdir(), 'server-'));
const page = `<!doctype html><title>t</title><p>${'tekst '.repeat(400)}</p>`;
writeFileSync(join(root, 'index.html'), page);
writeFileSync(join(root, 'x.pf_fragment'), Buffer.from([1, 2, 3]));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function get(url: string, encoding: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('startServer', () => {
  it('sends an HTML page in two parts when told to pause, the second after the pause', async () => {
    const slow = await startServer(root, { pause: { before: '<p>', ms: 300 } });
    try {
      const parts: { at: number; text: string }[] = [];
      const started = Date.now();
      await new Promise<void>((resolve, reject) => {
        request(slow.url('/'), (res) => {
          res.on('data', (c: Buffer) => parts.push({ at: Date.now() - started, text: c.toString() }));
          res.on('end', () => resolve());
        })
          .on('error', reject)
          .end();
      });
      expect(parts.map((p) => p.text).join('')).toBe(page);
      expect(parts[0]!.text).toBe(page.slice(0, page.indexOf('<p>')));
      const rest = parts.findIndex((p) => p.text.includes('<p>'));
      // The server pauses after the request reached it, so the rest arrives no sooner than the pause
      // after the request was sent (measured from the request, not from the first part, whose own
      // arrival a loaded machine may delay).
      expect(parts[rest]!.at).toBeGreaterThanOrEqual(295);
      // Other files are sent whole, at once.
      const d = await get(slow.url('/x.pf_fragment'), '');
      expect([...d.body]).toEqual([1, 2, 3]);
    } finally {
      await slow.close();
    }
  });

  it('sends files as they are unless told to compress, then brotli or gzip as the browser accepts', async () => {
    const plain = await startServer(root);
    const packed = await startServer(root, { compress: true });
    try {
      const a = await get(plain.url('/'), 'gzip, br');
      expect(a.headers['content-encoding']).toBeUndefined();
      expect(a.body.toString()).toBe(page);
      const b = await get(packed.url('/'), 'gzip, deflate, br');
      expect(b.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(b.body).toString()).toBe(page);
      expect(b.body.length).toBeLessThan(page.length / 10);
      const c = await get(packed.url('/'), 'gzip');
      expect(c.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(c.body).toString()).toBe(page);
      // Pagefind's files are compressed already.
      const d = await get(packed.url('/x.pf_fragment'), 'gzip, br');
      expect(d.headers['content-encoding']).toBeUndefined();
    } finally {
      await plain.close();
      await packed.close();
    }
  });
  it('knows what a host compresses', () => {
    expect(compressible('text/html; charset=utf-8')).toBe(true);
    expect(compressible('image/svg+xml')).toBe(true);
    expect(compressible('application/octet-stream')).toBe(false);
    expect(compressible('image/png')).toBe(false);
  });

  it('sends the headers of a _headers file by path, as a host does', async () => {
    const rules = parseHeaders("/*\n  X-Frame: all\n  Content-Security-Policy: default-src 'self'\n/data/*\n  Access-Control-Allow-Origin: *\n");
    expect(headersFor(rules, '/data/acties.csv')).toEqual({
      'X-Frame': 'all',
      'Content-Security-Policy': "default-src 'self'",
      'Access-Control-Allow-Origin': '*',
    });
    expect(headersFor(rules, '/acties/41/')).not.toHaveProperty('Access-Control-Allow-Origin');
    expect(() => parseHeaders('  X-Orphan: 1', 'dist/_headers')).toThrow('dist/_headers:1: expected «Name: value» under a path');
    writeFileSync(join(root, '404.html'), '<!doctype html><title>Niet gevonden</title>');
    const served = await startServer(root, { headerRules: rules });
    try {
      const a = await get(served.url('/'), '');
      expect(a.headers['content-security-policy']).toBe("default-src 'self'");
      const missing = await get(served.url('/bestaat-niet/'), '');
      expect(missing.headers['content-security-policy']).toBe("default-src 'self'");
      expect(missing.body.toString()).toContain('Niet gevonden');
    } finally {
      await served.close();
    }
  });

  it('npm start builds first when dist/ is missing or older than what it is built from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'start-'));
    try {
      expect(staleReason(dir)).toBe('dist/ is missing');
      mkdirSync(join(dir, 'dist'));
      mkdirSync(join(dir, 'src'));
      writeFileSync(join(dir, 'src', 'a.ts'), '');
      writeFileSync(join(dir, 'dist', 'index.html'), '');
      const later = new Date(Date.now() + 60_000);
      utimesSync(join(dir, 'dist', 'index.html'), later, later);
      expect(staleReason(dir)).toBeUndefined();
      const evenLater = new Date(Date.now() + 120_000);
      utimesSync(join(dir, 'src', 'a.ts'), evenLater, evenLater);
      expect(staleReason(dir)).toBe('src changed since the last build');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('npm start: a model written again (npm run ingest, astro check, the tests) leaves dist/ up to date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'start-'));
    try {
      mkdirSync(join(dir, 'content', 'generated'), { recursive: true });
      writeFileSync(join(dir, 'content', 'generated', 'model.json'), '{}');
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist', 'index.html'), '');
      const [before, built] = [new Date(Date.now() - 120_000), new Date(Date.now() - 60_000)];
      for (const p of ['content/generated/model.json', 'content/generated', 'content']) utimesSync(join(dir, p), before, before);
      utimesSync(join(dir, 'dist', 'index.html'), built, built);
      expect(staleReason(dir)).toBeUndefined();
      writeGenerated(dir, { corpus: {}, editorial: {} } as unknown as Generated, { pages: false });
      expect(readFileSync(join(dir, 'content', 'generated', 'model.json'), 'utf8')).toBe('{}');
      expect(staleReason(dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
