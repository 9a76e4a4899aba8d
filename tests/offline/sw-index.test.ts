import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../../scripts/lib/search/page-text.ts';
import { buildHash, serviceWorkerScript } from '../../scripts/lib/offline/serviceworker.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('buildHash', () => {
  it('changes with a file’s contents and with the file list, not with their order', () => {
    const a = [{ path: 'index.html', data: enc('a') }, { path: 'x.js', data: enc('x') }];
    expect(buildHash(a)).toBe(buildHash([...a].reverse()));
    expect(buildHash(a)).not.toBe(buildHash([{ path: 'index.html', data: enc('b') }, a[1]!]));
    expect(buildHash(a)).not.toBe(buildHash([a[0]!, { path: 'y.js', data: enc('x') }]));
  });
  it('writes a worker with a versioned cache and every file', () => {
    const sw = serviceWorkerScript('abc123', ['index.html', 'acties/1/index.html', 'pagefind/een bestand.pf_meta']);
    expect(sw).toContain('const CACHE = "hkt-abc123"');
    expect(sw).toContain('"pagefind/een%20bestand.pf_meta"');
    expect(() => new Function(sw.replace("'use strict';", ''))).not.toThrow();
  });
});

describe('readHtmlPage', () => {
  it('reads title, summary and blocks of main, leaving out markers and hidden parts', () => {
    const page = readHtmlPage(`<html><head><title>T — Site</title><meta name="description" content="Samenvatting"></head><body>
      <nav><p>Menu</p></nav><main><h1>Titel</h1><h2 id="s1">Kop <a aria-hidden="true" href="#s1">#</a></h2>
      <p id="p1">Tekst met noot<sup><a href="#fn-1">1</a></sup> en meer.</p><ul><li>Een</li><li>Twee</li></ul>
      <script>var x = "geen tekst";</script></main></body></html>`);
    expect(page.title).toBe('Titel');
    expect(page.description).toBe('Samenvatting');
    expect(page.blocks).toEqual([
      { anchor: 's1', kind: 'kop', text: 'Kop' },
      { anchor: 'p1', kind: 'alinea', text: 'Tekst met noot en meer.' },
      { anchor: 's1', kind: 'alinea', text: 'Een' },
      { anchor: 's1', kind: 'alinea', text: 'Twee' },
    ]);
    expect(page.ids.has('fn-1')).toBe(false);
    expect(page.ids.has('p1')).toBe(true);
  });
});
