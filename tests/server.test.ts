/** The static server of the tests and the benchmark (scripts/lib/server.ts): compressed as a host serves it only when asked. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compressible, startServer } from '../scripts/lib/server.ts';

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
});
