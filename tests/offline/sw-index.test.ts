import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../../scripts/lib/search/page-text.ts';
import { buildHash, offlineFiles, serviceWorkerScript, workerCode, workerManifest } from '../../scripts/lib/offline/serviceworker.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('buildHash', () => {
  it('changes with a file’s contents and with the file list, not with their order', () => {
    const a = [
      { path: 'index.html', data: enc('a') },
      { path: 'x.js', data: enc('x') },
    ];
    expect(buildHash(a)).toBe(buildHash([...a].reverse()));
    expect(buildHash(a)).not.toBe(buildHash([{ path: 'index.html', data: enc('b') }, a[1]!]));
    expect(buildHash(a)).not.toBe(buildHash([a[0]!, { path: 'y.js', data: enc('x') }]));
  });
  it('writes a worker that lists every file with its content hash and precaches nothing', () => {
    const files = offlineFiles([
      { path: 'index.html', data: enc('a') },
      { path: 'acties/1/index.html', data: enc('b') },
      { path: 'pagefind/een bestand.pf_meta', data: enc('c') },
    ]);
    const sw = serviceWorkerScript('abc123', files);
    const manifest = workerManifest(sw);
    expect(manifest.version).toBe('abc123');
    expect(Object.keys(manifest.files)).toEqual(['acties/1/index.html', 'index.html', 'pagefind/een bestand.pf_meta']);
    expect(manifest.files['index.html']).toMatch(/^[0-9a-f]{12}$/);
    expect(manifest.bytes).toBe(3);
    // A classic script (no module syntax) that parses; what it does is tested in tests/client/sw.test.ts.
    expect(sw).not.toMatch(/^\s*(import|export)\s/m);
    expect(() => new Function(sw)).not.toThrow();
  });
  it('writes the same worker from code bundled beforehand (the build) as from code bundled at once', async () => {
    const files = offlineFiles([{ path: 'index.html', data: enc('a') }]);
    const code = await workerCode();
    expect(serviceWorkerScript('abc123', files, code)).toBe(serviceWorkerScript('abc123', files));
    // The manifest is one line before the code, and the code is the bundle as it is.
    expect(serviceWorkerScript('abc123', files, code).endsWith(`;\n${code}`)).toBe(true);
  });
  it('gives an unchanged file the same hash in the next build, so an update does not fetch it again', () => {
    const before = offlineFiles([
      { path: 'a.html', data: enc('same') },
      { path: 'b.html', data: enc('old') },
    ]);
    const after = offlineFiles([
      { path: 'a.html', data: enc('same') },
      { path: 'b.html', data: enc('new') },
    ]);
    expect(after[0]!.hash).toBe(before[0]!.hash);
    expect(after[1]!.hash).not.toBe(before[1]!.hash);
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
