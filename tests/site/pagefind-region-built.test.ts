/**
 * On the built site, Pagefind indexes a page's indexed element alone (indexedRegion in
 * scripts/lib/search/index-site.ts) exactly as it indexes the whole page: the index of every
 * page given whole and that of every page given as its element are the same, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGEFIND_CONFIG, indexedRegion } from '../../scripts/lib/search/index-site.ts';
import { htmlFiles } from './helpers/dist.ts';
import { DIST } from './helpers/paths.ts';

afterAll(() => pagefind.close());

async function indexOf(pages: readonly { file: string; html: string }[]) {
  const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
  if (!index) throw new Error(errors.join('; '));
  for (const p of pages) await index.addHTMLFile({ sourcePath: p.file, content: p.html });
  const { files } = await index.getFiles();
  return files.map((f) => `${f.path} ${Buffer.from(f.content).toString('base64')}`).sort();
}

describe('the indexed element of each built page', () => {
  it('gives Pagefind the same index as the whole pages, while leaving most of each page out', async () => {
    const pages = htmlFiles()
      .map((file) => ({ file, html: readFileSync(join(DIST, file), 'utf8') }))
      .filter((p) => p.html.includes('data-pagefind-body'));
    const regions = pages.map((p) => ({ file: p.file, html: indexedRegion(p.html) }));
    // The function must actually cut: a page kept whole everywhere would pass the comparison below.
    const cut = regions.filter((r, i) => r.html.length < pages[i]!.html.length * 0.9).length;
    expect(pages.length).toBeGreaterThan(100);
    expect(cut).toBeGreaterThan(pages.length * 0.9);
    expect(await indexOf(regions)).toEqual(await indexOf(pages));
  });
});
