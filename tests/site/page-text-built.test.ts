/**
 * On every page of the built site, search reads the text (scripts/lib/search/page-text.ts, with
 * its small parser) that parse5 — HTML's own tree building — gives: the same title, summary,
 * ids, blocks and passages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseHtml, readHtmlPage, type ParsedHtml } from '../../scripts/lib/search/page-text.ts';
import { passagesOf } from '../../scripts/lib/search/passages.ts';
import { htmlFiles, pathOfFile } from './helpers/dist.ts';
import { DIST } from './helpers/paths.ts';

function reading(parsed: ParsedHtml, route: string) {
  const page = readHtmlPage(parsed);
  return { ...page, ids: [...page.ids].sort(), passages: passagesOf(parsed, route) };
}

describe('the text search reads from each built page', () => {
  it('is the text parse5 reads, on every page', () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(100);
    let passages = 0;
    for (const file of files) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const ours = reading(parseHtml(html), pathOfFile(file));
      expect(ours, file).toEqual(reading({ tree: parse(html) }, pathOfFile(file)));
      passages += ours.passages.length;
    }
    // The letters are read as passages: the comparison covers them too.
    expect(passages).toBeGreaterThan(50);
  });
});
