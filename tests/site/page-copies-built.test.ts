/**
 * In the build, the search step reads a page from the copy Astro's prerenderer handed on while
 * it rendered (scripts/lib/astro/page-copies.ts). Until the steps after Astro are ready the copies
 * wait in the pipe, as far as it holds them (16 MB: the whole site at this size). The build writes
 * how many pages search indexed, how many copies of them came, how many it read from a copy and
 * how many went to Pagefind as they came: every page came as a copy, every copy is the page Astro
 * wrote (same file, same size), and every page's records went to Pagefind while Astro rendered.
 *
 * And the index made so is the one made once every page is there: search run again on a copy of
 * the built site, without the copies, writes the same Pagefind files, byte for byte.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/model/routes.ts';
import { htmlFiles, pathOfFile } from './helpers/dist.ts';
import { DIST, ROOT } from './helpers/paths.ts';
import { indexSite } from '../../scripts/lib/search/index-site.ts';
import { listFiles } from '../../scripts/lib/offline/files.ts';

describe('the copies of the pages', () => {
  // The record is the build's own (.astro/), not that of a site pointed to with SITE_DIST.
  it.skipIf(process.env.SITE_DIST)('are each the page Astro wrote', () => {
    const { pages, copies, copied, early } = JSON.parse(readFileSync(join(ROOT, '.astro', 'edition-search.json'), 'utf8')) as {
      pages: number;
      copies: number;
      copied: number;
      early: number;
    };
    const indexed = htmlFiles().filter((f) => f !== '404.html' && pathOfFile(f) !== routes.search());
    expect(pages).toBe(indexed.length);
    expect(pages).toBeGreaterThan(100);
    expect(copies).toBe(pages);
    expect(copied).toBe(copies);
    expect(early).toBe(pages);
  });
  // The steps after Astro run on their own on a built site (DIST instead of --wait): they read no
  // stdin then, so a stdin left open does not keep them from ending.
  it.skipIf(process.env.SITE_DIST)(
    'are not needed by the steps after Astro run on their own, which end with stdin open',
    async () => {
      const site = mkdtempSync(join(tmpdir(), 'finish-alone-'));
      try {
        cpSync(DIST, site, { recursive: true });
        const child = spawn(
          join(ROOT, 'node_modules', '.bin', 'node'),
          [join(ROOT, 'scripts/lib/astro/finish.ts'), site, join(ROOT, 'public'), join(site, 'report.json')],
          {
            cwd: ROOT,
            stdio: ['pipe', 'pipe', 'pipe'],
          },
        );
        child.stdout.resume();
        child.stderr.resume();
        // stdin stays open (never ended) while the process runs.
        const [code] = (await Promise.race([once(child, 'exit'), new Promise((resolve) => setTimeout(() => resolve(['timeout']), 60_000))])) as [
          number | string,
        ];
        if (code === 'timeout') child.kill();
        expect(code).toBe(0);
        expect(JSON.parse(readFileSync(join(site, 'report.json'), 'utf8')).search.pages).toBeGreaterThan(100);
      } finally {
        rmSync(site, { recursive: true, force: true });
      }
    },
    90_000,
  );
  it.skipIf(process.env.SITE_DIST)('make the index that is made once every page is there', async () => {
    const site = mkdtempSync(join(tmpdir(), 'index-again-'));
    try {
      cpSync(DIST, site, { recursive: true });
      await indexSite(site, () => {});
      const files = (dir: string) =>
        listFiles(dir).map(
          (f) =>
            `${f} ${createHash('sha256')
              .update(readFileSync(join(dir, f)))
              .digest('hex')}`,
        );
      const again = files(join(site, 'pagefind'));
      expect(again.length).toBeGreaterThan(100);
      expect(again).toEqual(files(join(DIST, 'pagefind')));
    } finally {
      rmSync(site, { recursive: true, force: true });
      await pagefind.close();
    }
  });
});
