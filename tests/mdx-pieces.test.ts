/**
 * A long MDX text parsed in pieces (src/site/mdx-tree.ts, `mdxPieces`) gives the tree of the
 * whole text: on every committed page, passage and editorial text, cut into pieces far
 * smaller than the build's, so that the letters are cut dozens of times.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxPieces, parseMdxText } from '../src/site/mdx-tree.ts';

const ROOT = join(import.meta.dirname, '..');
const files = ['pages', 'passages', 'editorial'].flatMap((dir) =>
  readdirSync(join(ROOT, 'content', dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join('content', dir, f)),
);
const SIZE = 2000;

describe('the committed MDX in pieces', () => {
  it('gives the same tree as the whole text, on every file', () => {
    expect(files.length).toBeGreaterThan(100);
    let cut = 0;
    for (const f of files) {
      const source = readFileSync(join(ROOT, f), 'utf8');
      const pieces = mdxPieces(source, SIZE);
      if (pieces.length > 1) cut++;
      // Every cut falls outside the components: each piece parses on its own (no whole-text fallback).
      for (const piece of pieces) expect(() => mdxToHast(piece, { features: { gfm: false, smartPunctuation: false }, position: false }), f).not.toThrow();
      expect(parseMdxText(source, f, SIZE), f).toEqual(parseMdxText(source, f, Infinity));
    }
    expect(cut).toBeGreaterThan(20);
  });

  it('cuts each letter into dozens of pieces', () => {
    const letters = files.filter((x) => /^content\/pages\/documenten\/[^/]+\.mdx$/.test(x));
    expect(letters.length).toBeGreaterThanOrEqual(3);
    for (const f of letters) {
      expect(mdxPieces(readFileSync(join(ROOT, f), 'utf8'), SIZE).length, f).toBeGreaterThan(12);
    }
  });
});
