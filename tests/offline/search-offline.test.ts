/**
 * Search from file:// runs Pagefind's own script, made a classic script, on its own
 * index files served from small classic scripts (scripts/lib/search/index-site.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  helpScript,
  indexCount,
  isFileOnly,
  offlineFileScript,
  offlineScript,
  RECORDS_PER_INDEX,
  shardFolder,
  shardOf,
} from '../../scripts/lib/search/index-site.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const MODULE = 'var base=typeof import.meta.url!=="undefined"?import.meta.url:"";var search=async()=>1;export{search,base as url};';

describe('offlineScript', () => {
  const js = offlineScript([
    { path: 'pagefind.js', content: enc(MODULE) },
    { path: 'pagefind-entry.json', content: enc('{}') },
    { path: 'index/nl_1.pf_index', content: enc('x') },
    { path: 'pagefind-ui.js', content: enc('ui') },
  ]);
  it('is a classic script: no import.meta, no export', () => {
    expect(js).not.toMatch(/import\.meta|\bexport\s*\{/);
    expect(js).toContain('return {search: search, url: base};');
    expect(() => new Function(js.replace('document.currentScript', 'null'))).not.toThrow();
  });
  it('serves the files search needs, not the Pagefind interfaces', () => {
    expect(js).toContain('"pagefind-entry.json":true');
    expect(js).toContain('"index/nl_1.pf_index":true');
    expect(js).not.toContain('pagefind-ui.js":true');
  });
  it('stops the build when Pagefind changes the shape of its bundle', () => {
    expect(() => offlineScript([{ path: 'pagefind.js', content: enc('window.x=1') }])).toThrow(/Pagefind changed its bundle/);
    expect(() => offlineScript([])).toThrow(/without pagefind.js/);
  });
});

describe('offlineFileScript and isFileOnly', () => {
  it('hands a file’s bytes over as base64', () => {
    expect(offlineFileScript('index/a.pf_index', new Uint8Array([0, 255]))).toBe('PagefindOffline.receive("index/a.pf_index","AP8=");\n');
  });
  it('names the files only file:// uses', () => {
    expect(isFileOnly('zoeken/pagefind-offline.js')).toBe(true);
    expect(isFileOnly('zoeken/pagefind-bestanden/index/a.pf_index.js')).toBe(true);
    expect(isFileOnly('zoeken/zoeken.js')).toBe(false);
    expect(isFileOnly('pagefind/pagefind.js')).toBe(false);
  });
});

describe('several Pagefind indexes', () => {
  it('takes one index up to RECORDS_PER_INDEX records, one more for each part beyond', () => {
    expect(indexCount(0)).toBe(1);
    expect(indexCount(RECORDS_PER_INDEX)).toBe(1);
    expect(indexCount(RECORDS_PER_INDEX + 1)).toBe(2);
    expect(indexCount(247, 100)).toBe(3);
  });
  it('gives the records to the indexes in turn, each index a folder of its own after the first', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => shardOf(n, 3))).toEqual([0, 1, 2, 0, 1, 2, 0]);
    expect([0, 1, 2].map(shardFolder)).toEqual(['', 'deel-2/', 'deel-3/']);
  });
  it('serves the other indexes’ files from file://, not a second engine', () => {
    const js = offlineScript([
      { path: 'pagefind.js', content: enc(MODULE) },
      { path: 'wasm.nl.pagefind', content: enc('w') },
      { path: 'deel-2/pagefind-entry.json', content: enc('{}') },
      { path: 'deel-2/index/nl_2.pf_index', content: enc('x') },
      { path: 'deel-2/wasm.nl.pagefind', content: enc('w') },
    ]);
    expect(js).toContain('"wasm.nl.pagefind":true');
    expect(js).toContain('"deel-2/pagefind-entry.json":true');
    expect(js).toContain('"deel-2/index/nl_2.pf_index":true');
    expect(js).not.toContain('deel-2/wasm');
  });
  it('lists the other indexes for the search page only when there are any', () => {
    expect(helpScript([], [], [])).toBe('window.ZOEKHULP={"synoniemen":[],"bestemmingen":[],"afkortingen":[]};\n');
    expect(helpScript([], [], [], ['deel-2/'])).toContain('"delen":["deel-2/"]');
  });
});
