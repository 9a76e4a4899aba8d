/**
 * In the build, the search step reads every page from the copy Astro's prerenderer handed on
 * while it rendered (scripts/lib/astro/page-copies.ts), not from disk afterwards: the build
 * writes how many pages search indexed and how many of them came from their copies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/model/routes.ts';
import { htmlFiles, pathOfFile } from './helpers/dist.ts';
import { ROOT } from './helpers/paths.ts';

describe('the copies of the pages', () => {
  // The record is the build's own (.astro/), not that of a site pointed to with SITE_DIST.
  it.skipIf(process.env.SITE_DIST)('are what search read every page from', () => {
    const { pages, copied } = JSON.parse(readFileSync(join(ROOT, '.astro', 'edition-search.json'), 'utf8')) as { pages: number; copied: number };
    const indexed = htmlFiles().filter((f) => f !== '404.html' && pathOfFile(f) !== routes.search());
    expect(pages).toBe(indexed.length);
    expect(pages).toBeGreaterThan(100);
    expect(copied).toBe(pages);
  });
});
