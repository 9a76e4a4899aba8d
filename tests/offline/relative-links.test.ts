/**
 * relativeLinks (scripts/lib/offline/index.ts) on a small site made for it: each page's links
 * made relative, with the URL attributes found in the page's copy while Astro rendered it
 * where the file has the copy's size, and found in the file otherwise.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { relativeLinks, scanPage, type ScannedPage } from '../../scripts/lib/offline/index.ts';

const dist = mkdtempSync(join(tmpdir(), 'links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const page = (links: string) => `<!doctype html><html lang="nl"><head><link rel="icon" href="/favicon.svg"></head><body>${links}</body></html>`;
const pages: Record<string, string> = {
  'index.html': page('<a href="/acties/1/">Actie 1</a> <a href="/acties">Acties</a>'),
  'acties/index.html': page('<a href="/">Start</a>'),
  'acties/1/index.html': page('<a href="/acties/">Acties</a><img src="/favicon.svg" alt="">'),
};
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

beforeEach(() => {
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), html);
  }
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});

describe('relativeLinks', () => {
  it('makes every root-relative link relative, a directory named without its slash included', () => {
    const out = relativeLinks(dist);
    expect(out.pages).toBe(3);
    expect(read('index.html')).toBe(
      page('<a href="acties/1/index.html">Actie 1</a> <a href="acties/index.html">Acties</a>').replace('"/favicon.svg"', '"favicon.svg"'),
    );
    expect(read('acties/1/index.html')).toContain('<a href="../index.html">Acties</a><img src="../../favicon.svg" alt="">');
    expect(out.changed).toBe(8);
  });
  it('gives the same pages with the attributes found in the copies', () => {
    relativeLinks(dist);
    const expected = Object.keys(pages).map(read);
    for (const [file, html] of Object.entries(pages)) writeFileSync(join(dist, file), html);
    const scanned = new Map(Object.entries(pages).map(([file, html]) => [file, scanPage(html, Buffer.byteLength(html))]));
    expect(relativeLinks(dist, scanned).changed).toBe(8);
    expect(Object.keys(pages).map(read)).toEqual(expected);
  });
  it('takes the attributes from a copy with the file’s size, and finds them in the file otherwise', () => {
    // A copy that found no links: where it is used, the page keeps its root-relative links.
    const none = (file: string, bytes = Buffer.byteLength(pages[file]!)): [string, ScannedPage] => [file, { bytes, attributes: [] }];
    const scanned = new Map([none('index.html'), none('acties/1/index.html', 1)]);
    relativeLinks(dist, scanned);
    expect(read('index.html')).toBe(pages['index.html']);
    expect(read('acties/1/index.html')).toContain('href="../index.html"');
    expect(read('acties/index.html')).toContain('href="../index.html"');
  });
});
