/**
 * In the build, the search step reads a page from the copy Astro's prerenderer handed on while
 * it rendered (scripts/lib/astro/page-copies.ts). Until the steps after Astro are ready the copies
 * wait in the pipe, as far as it holds them (16 MB: the whole site at this size). The build writes
 * how many pages search indexed, how many copies of them came, and how many it read from a copy:
 * every page came as a copy, and every copy is the page Astro wrote (same file, same size).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/model/routes.ts';
import { htmlFiles, pathOfFile } from './helpers/dist.ts';
import { ROOT } from './helpers/paths.ts';

describe('the copies of the pages', () => {
  // The record is the build's own (.astro/), not that of a site pointed to with SITE_DIST.
  it.skipIf(process.env.SITE_DIST)('are each the page Astro wrote', () => {
    const { pages, copies, copied } = JSON.parse(readFileSync(join(ROOT, '.astro', 'edition-search.json'), 'utf8')) as {
      pages: number;
      copies: number;
      copied: number;
    };
    const indexed = htmlFiles().filter((f) => f !== '404.html' && pathOfFile(f) !== routes.search());
    expect(pages).toBe(indexed.length);
    expect(pages).toBeGreaterThan(100);
    expect(copies).toBe(pages);
    expect(copied).toBe(copies);
  });
});
