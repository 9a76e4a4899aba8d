/** Listing the built site's files and ordering them by path (scripts/lib/offline/files.ts), on a small folder made for it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byPath, listFiles, routeOf } from '../../scripts/lib/offline/files.ts';

describe('listFiles and byPath', () => {
  it('order paths the same way: by code unit, capitals before small letters, accents after z, a folder by its name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'files-'));
    try {
      const paths = ['zoeken/a.js', 'Z.txt', 'a/b.html', 'a-b.html', 'é.txt', 'a.html', 'pagefind/fragment/nl_1.pf_fragment'];
      for (const p of paths) {
        mkdirSync(join(dir, p, '..'), { recursive: true });
        writeFileSync(join(dir, p), p);
      }
      const listed = listFiles(dir);
      expect(listed).toEqual(['Z.txt', 'a-b.html', 'a.html', 'a/b.html', 'pagefind/fragment/nl_1.pf_fragment', 'zoeken/a.js', 'é.txt']);
      expect(
        paths
          .map((path) => ({ path }))
          .sort(byPath)
          .map((f) => f.path),
      ).toEqual(listed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('gives a page its route', () => {
    expect(routeOf('index.html')).toBe('/');
    expect(routeOf('acties/12/index.html')).toBe('/acties/12/');
    expect(routeOf('404.html')).toBe('/404.html');
  });
});
