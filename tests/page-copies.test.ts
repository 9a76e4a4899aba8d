import { PassThrough } from 'node:stream';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import { pageFileOf, pageFrame, readPageFrames, withPageCopies } from '../scripts/lib/astro/page-copies.ts';
import { isIndexedPage, pageCopies, readPage, readPages, type PageCopy } from '../scripts/lib/search/index-site.ts';
import { lexiconFor } from '../scripts/lib/search/lexicon.ts';
import { routes } from '../src/model/routes.ts';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** Sends `pages` as frames through a stream in pieces of the given sizes (cycled), and reads them back. */
async function roundTrip(pages: { file: string; body: Uint8Array }[], pieces: number[]): Promise<{ file: string; body: string }[]> {
  const stream = new PassThrough();
  const got: { file: string; body: string }[] = [];
  const reading = readPageFrames(stream, (file, body) => got.push({ file, body: body.toString('utf8') }));
  const all = Buffer.concat(pages.flatMap((p) => pageFrame(p.file, p.body)));
  for (let at = 0, i = 0; at < all.byteLength; i++) {
    const n = pieces[i % pieces.length]!;
    stream.write(all.subarray(at, at + n));
    at += n;
  }
  stream.end();
  await reading;
  return got;
}

describe('pageFileOf', () => {
  it('names the file Astro writes for a page, under the base', () => {
    expect(pageFileOf('/')).toBe('index.html');
    expect(pageFileOf('/acties/41/')).toBe('acties/41/index.html');
    expect(pageFileOf('/herstel/acties/41/', '/herstel/')).toBe('acties/41/index.html');
    expect(pageFileOf('/herstel/acties/41/', '/herstel')).toBe('acties/41/index.html');
    expect(pageFileOf('/caf%C3%A9/')).toBe('café/index.html');
  });
  it('names none for an endpoint, a page outside the base or a path that climbs', () => {
    expect(pageFileOf('/acties/41.json')).toBeUndefined();
    expect(pageFileOf('/404')).toBeUndefined();
    expect(pageFileOf('/acties/41/', '/herstel/')).toBeUndefined();
    expect(pageFileOf('/a/%2E%2E/b/')).toBeUndefined();
  });
});

describe('page frames', () => {
  const pages = [
    { file: 'index.html', body: utf8('<!doctype html><p>Financiën</p>') },
    { file: 'acties/41/index.html', body: utf8('') },
    { file: 'documenten/überlang/index.html', body: utf8(`<p>${'herstel '.repeat(40_000)}</p>`) },
    { file: 'acties/42/index.html', body: utf8('<p>«ouders»</p>') },
  ];
  const expected = pages.map((p) => ({ file: p.file, body: Buffer.from(p.body).toString('utf8') }));
  it('come out as they went in, whatever pieces the pipe cuts them into', async () => {
    const small = [0, 1, 3].map((i) => pages[i]!);
    expect(await roundTrip(small, [1])).toEqual([0, 1, 3].map((i) => expected[i]));
    expect(await roundTrip(pages, [3, 7, 1, 4093])).toEqual(expected);
    expect(await roundTrip(pages, [65_536])).toEqual(expected);
    expect(await roundTrip(pages, [1 << 30])).toEqual(expected);
  });
  it('fail when the stream ends inside a page', async () => {
    const stream = new PassThrough();
    const reading = readPageFrames(stream, () => {});
    const [head, body] = pageFrame('index.html', utf8('<p>tekst</p>'));
    stream.end(Buffer.concat([head!, body!.subarray(0, 4)]));
    await expect(reading).rejects.toThrow(/ended inside a page \(22 bytes left\)/);
  });
  it('fail with the reader’s error', async () => {
    const stream = new PassThrough();
    const reading = readPageFrames(stream, (file) => {
      throw new Error(`cannot read ${file}`);
    });
    for (const part of pageFrame('acties/1/index.html', utf8('<p>x</p>'))) stream.write(part);
    await expect(reading).rejects.toThrow('cannot read acties/1/index.html');
  });
});

describe('withPageCopies', () => {
  const responses: Record<string, () => Response> = {
    '/acties/1/': () => new Response('<!doctype html><p>Actie 1</p>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
    '/acties/1.json': () => new Response('{"nummer":1}', { headers: { 'Content-Type': 'application/json' } }),
    '/weg/': () => new Response('<p>weg</p>', { status: 404, headers: { 'Content-Type': 'text/html' } }),
    '/meta/': () => new Response('<p>met metadata</p>', { headers: { 'Content-Type': 'text/html' } }),
  };
  const inner: AstroPrerenderer = {
    name: 'test',
    getStaticPaths: () => Promise.resolve([]),
    render: (request) => {
      const path = new URL(request.url).pathname;
      const response = responses[path]!();
      return Promise.resolve(path === '/meta/' ? { response, metadata: { contentEntryKeys: ['x'] } as never } : response);
    },
  };
  it('hands on every HTML page, and Astro gets the same bytes, status and headers', async () => {
    const sent: { file: string; body: string }[] = [];
    const wrapped = withPageCopies(inner, '/', (file, body) => void sent.push({ file, body: Buffer.from(body).toString('utf8') }));
    expect(wrapped.getStaticPaths).toBe(inner.getStaticPaths);
    const render = (path: string) => wrapped.render(new Request(`http://localhost${path}`), { routeData: {} as never });
    const page = (await render('/acties/1/')) as Response;
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<!doctype html><p>Actie 1</p>');
    const json = (await render('/acties/1.json')) as Response;
    expect(await json.text()).toBe('{"nummer":1}');
    const missing = (await render('/weg/')) as Response;
    expect(missing.status).toBe(404);
    const withMeta = (await render('/meta/')) as { response: Response; metadata: unknown };
    expect(withMeta.metadata).toEqual({ contentEntryKeys: ['x'] });
    expect(await withMeta.response.text()).toBe('<p>met metadata</p>');
    expect(sent).toEqual([
      { file: 'acties/1/index.html', body: '<!doctype html><p>Actie 1</p>' },
      { file: 'meta/index.html', body: '<p>met metadata</p>' },
    ]);
  });
});

describe('readPages', () => {
  const dist = mkdtempSync(join(tmpdir(), 'copies-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const html = (title: string) => `<!doctype html><html lang="nl"><head><title>${title}</title></head><body><main><p>${title}</p></main></body></html>`;
  it('takes a page from its copy only where the file has the copy’s size, and reads the file otherwise', () => {
    mkdirSync(join(dist, 'a'), { recursive: true });
    mkdirSync(join(dist, 'b'), { recursive: true });
    writeFileSync(join(dist, 'a/index.html'), html('Schijf A'));
    writeFileSync(join(dist, 'b/index.html'), html('Schijf B'));
    writeFileSync(join(dist, 'index.html'), html('Schijf start'));
    // Same size as the file on disk (one letter differs): taken from the copy.
    const sameSize: PageCopy = { page: readPage('a/index.html', html('Kopie AA')), bytes: Buffer.byteLength(html('Schijf A')) };
    // Another size: the file is read.
    const otherSize: PageCopy = { page: readPage('b/index.html', html('Kopie B')), bytes: Buffer.byteLength(html('Kopie B')) };
    const copies = new Map([
      ['a/index.html', sameSize],
      ['b/index.html', otherSize],
    ]);
    const { pages, copied } = readPages(dist, ['a/index.html', 'b/index.html', 'index.html'], copies);
    expect(pages.map((p) => p.title)).toEqual(['Kopie AA', 'Schijf B', 'Schijf start']);
    expect(pages.map((p) => p.route)).toEqual(['/a/', '/b/', '/']);
    expect(copied).toBe(1);
    expect(readPages(dist, ['a/index.html'], undefined).pages[0]!.title).toBe('Schijf A');
  });
});

describe('pageCopies', () => {
  const dist = mkdtempSync(join(tmpdir(), 'copies-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  // Words Hunspell does not know, so that only the corpus's own counts decide: «kwartelbos» twice, «pruttelvink» once.
  const html = (text: string) => `<!doctype html><html lang="nl"><head><title>T</title></head><body><main><p>${text}</p></main></body></html>`;
  const texts: Record<string, string> = {
    'a/index.html': 'kwartelbos en pruttelvink',
    'b/index.html': 'weer kwartelbos',
    [`${routes.search().slice(1)}index.html`]: 'pruttelvink op de zoekpagina',
    '404.html': 'pruttelvink niet gevonden',
  };
  for (const [file, text] of Object.entries(texts)) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), html(text));
  }
  const files = Object.keys(texts).filter(isIndexedPage);
  const send = (copies: ReturnType<typeof pageCopies>, file: string) => copies.add(file, html(texts[file]!), Buffer.byteLength(html(texts[file]!)));

  it('reads only the pages search indexes, and counts their words as lexiconFor does', () => {
    expect(files).toEqual(['a/index.html', 'b/index.html']);
    const copies = pageCopies();
    for (const file of Object.keys(texts)) send(copies, file);
    expect([...copies.pages.keys()]).toEqual(files);
    const { pages, copied } = readPages(dist, files, copies.pages);
    expect(copied).toBe(2);
    const lex = copies.lexiconOf(pages)!;
    const whole = lexiconFor(pages.map((p) => p.text));
    expect(lex.size).toBe(whole.size);
    // Counted over the indexed pages only: «pruttelvink» once there (the search page and 404 not counted).
    expect([lex.has('kwartelbos'), lex.has('pruttelvink')]).toEqual([true, false]);
    expect([whole.has('kwartelbos'), whole.has('pruttelvink')]).toEqual([true, false]);
  });
  it('adds the pages that came without a copy (read from their files) to the counts', () => {
    // «kwartelbos» once in the copy of a, once in b, which is read from its file.
    const partial = pageCopies();
    send(partial, 'a/index.html');
    const { pages, copied } = readPages(dist, files, partial.pages);
    expect(copied).toBe(1);
    const lex = partial.lexiconOf(pages)!;
    expect(lex.has('kwartelbos')).toBe(true);
    expect(lex.size).toBe(lexiconFor(pages.map((p) => p.text)).size);
  });
  it('gives no lexicon where a copy was counted but not used, or came twice', () => {
    const stale = pageCopies();
    send(stale, 'a/index.html');
    stale.add('b/index.html', html('een andere tekst dan die op schijf'), Buffer.byteLength(html('een andere tekst dan die op schijf')));
    expect(readPages(dist, files, stale.pages).copied).toBe(1);
    expect(stale.lexiconOf(readPages(dist, files, stale.pages).pages)).toBeUndefined();
    const twice = pageCopies();
    for (const file of [...files, 'b/index.html']) send(twice, file);
    const { pages, copied } = readPages(dist, files, twice.pages);
    expect(copied).toBe(2);
    expect(twice.lexiconOf(pages)).toBeUndefined();
  });
});
