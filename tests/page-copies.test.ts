import { PassThrough } from 'node:stream';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import { pageFileOf, pageFrame, pageListFrame, readPageFrames, withPageCopies } from '../scripts/lib/astro/page-copies.ts';
import { isIndexedPage, pageCopies, readPage, readPages, recordMaker, type PageCopy, type SearchSetup } from '../scripts/lib/search/index-site.ts';
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
    '/404/': () => new Response('<p>niet gevonden</p>', { headers: { 'Content-Type': 'text/html' } }),
  };
  const page = { type: 'page', route: '/acties/[number]' };
  const paths = [
    { pathname: '/404', route: { type: 'page', route: '/404' } },
    { pathname: '/acties/1/', route: page },
    { pathname: '/acties', route: { type: 'page', route: '/acties' } },
    { pathname: '/acties/1.json', route: { type: 'endpoint', route: '/acties/[number].json' } },
    { pathname: '/', route: { type: 'page', route: '/' } },
  ] as unknown as Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>;
  const inner: AstroPrerenderer = {
    name: 'test',
    getStaticPaths: () => Promise.resolve(paths),
    render: (request) => {
      const path = new URL(request.url).pathname;
      const response = responses[path]!();
      return Promise.resolve(path === '/meta/' ? { response, metadata: { contentEntryKeys: ['x'] } as never } : response);
    },
  };
  it('hands on every HTML page, and Astro gets the same bytes, status and headers', async () => {
    const sent: { file: string; body: string }[] = [];
    const listed: string[][] = [];
    const wrapped = withPageCopies(
      inner,
      '/',
      (file, body) => void sent.push({ file, body: Buffer.from(body).toString('utf8') }),
      (files) => void listed.push(files),
    );
    // The paths as they are, and the files of the pages among them listed first (not 404.html, not an endpoint).
    expect(await wrapped.getStaticPaths()).toBe(paths);
    expect(listed).toEqual([['acties/1/index.html', 'acties/index.html', 'index.html']]);
    const render = (path: string) => wrapped.render(new Request(`http://localhost${path}`), { routeData: { route: '/acties/[number]' } as never });
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
    // The 404 page (requested at /404/, written as 404.html) is not handed on.
    await wrapped.render(new Request('http://localhost/404/'), { routeData: { route: '/404' } as never });
    expect(sent).toHaveLength(2);
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
  const html = (text: string) => `<!doctype html><html lang="nl"><head><title>T</title></head><body><main><p>${text}</p></main></body></html>`;
  const texts: Record<string, string> = {
    'a/index.html': 'kwartelbos en pruttelvink',
    'b/index.html': 'weer kwartelbos',
    'c/index.html': 'de derde pagina',
    [`${routes.search().slice(1)}index.html`]: 'pruttelvink op de zoekpagina',
    '404.html': 'pruttelvink niet gevonden',
  };
  for (const [file, text] of Object.entries(texts)) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), html(text));
  }
  const files = Object.keys(texts).filter(isIndexedPage);
  const send = (copies: ReturnType<typeof pageCopies>, file: string, text = texts[file]!) => copies.add(file, html(text), Buffer.byteLength(html(text)));
  /** A search setup whose index keeps what it is given, in order. */
  const setup = () => {
    const added: string[] = [];
    const index = { addHTMLFile: (f: { sourcePath?: string; url?: string }) => (added.push(f.sourcePath ?? f.url ?? '?'), Promise.resolve({ errors: [] })) };
    const s = { sources: { abbreviations: [], sics: [] }, lexicon: lexiconFor([]), dates: {}, index } as unknown as SearchSetup;
    return { setup: s, added };
  };

  it('reads only the pages search indexes', () => {
    expect(files).toEqual(['a/index.html', 'b/index.html', 'c/index.html']);
    const copies = pageCopies();
    for (const file of Object.keys(texts)) send(copies, file);
    expect([...copies.pages.keys()]).toEqual(files);
    expect(readPages(dist, files, copies.pages).copied).toBe(3);
  });
  it('sends each page’s records to the index in the order of the files, whatever order the pages come in', async () => {
    const { setup: s, added } = setup();
    const copies = pageCopies();
    copies.start(s);
    copies.expect([...files, '404.html'].reverse());
    send(copies, 'c/index.html');
    send(copies, 'b/index.html');
    // Held until a has come.
    expect(added).toEqual([]);
    send(copies, 'a/index.html');
    expect(added).toEqual(files);
    const early = copies.early()!;
    await early.answered();
    const { pages } = readPages(dist, files, copies.pages);
    expect(early.extends(pages, 1)).toBe(3);
    // One index only: with more, the records are spread over them once they are all there.
    expect(early.extends(pages, 2)).toBeUndefined();
    // The records are those made once every page is there.
    const make = recordMaker(s);
    expect(early.words.counts).toEqual(
      new Map(
        Object.entries(
          pages
            .flatMap((p) => Array.from(make(p, () => html(p.text))).flatMap((x) => x.record.vocabulary))
            .reduce<Record<string, number>>((m, w) => ((m[w] = (m[w] ?? 0) + 1), m), {}),
        ),
      ),
    );
  });
  it('sends nothing before it is ready and the files are known; a page that comes before is indexed at the end', () => {
    const { setup: s, added } = setup();
    const copies = pageCopies();
    copies.expect(files);
    send(copies, 'a/index.html');
    copies.start(s);
    send(copies, 'b/index.html');
    send(copies, 'c/index.html');
    // a never went: nothing after it either.
    expect(added).toEqual([]);
    const { pages } = readPages(dist, files, copies.pages);
    expect(copies.early()!.extends(pages, 1)).toBe(0);
  });
  it('gives up the early index where a page came twice, a copy is not the file, or there are more records than one index holds', async () => {
    const twice = pageCopies();
    twice.start(setup().setup);
    twice.expect(files);
    for (const file of [...files, 'b/index.html']) send(twice, file);
    expect(twice.early()!.extends(readPages(dist, files, twice.pages).pages, 1)).toBeUndefined();
    const stale = pageCopies();
    stale.start(setup().setup);
    stale.expect(files);
    send(stale, 'a/index.html');
    send(stale, 'b/index.html', 'een andere tekst dan die op schijf');
    send(stale, 'c/index.html');
    const read = readPages(dist, files, stale.pages);
    expect(read.copied).toBe(2);
    expect(stale.early()!.extends(read.pages, 1)).toBeUndefined();
    const { setup: s, added } = setup();
    const over = pageCopies();
    // Two records to an index: the third page's record does not go.
    over.start(s, 2);
    over.expect(files.slice(0, 2));
    // Not for a site of more pages than a quarter of that (EARLY_PAGES_PER_INDEX).
    expect(over.early()).toBeUndefined();
    const small = pageCopies();
    small.start(s, 12);
    small.expect(files);
    for (const file of files) send(small, file);
    expect(added).toEqual(files);
    const few = pageCopies();
    const two = setup();
    few.start(two.setup, 8);
    few.expect(files.slice(0, 2));
    for (const file of files) send(few, file);
    expect(two.added).toEqual(files.slice(0, 2));
  });
});

describe('pageListFrame', () => {
  it('goes through the pipe as a frame without a name, before the pages', async () => {
    const stream = new PassThrough();
    const got: { file: string; body: string }[] = [];
    const reading = readPageFrames(stream, (file, body) => got.push({ file, body: body.toString('utf8') }));
    for (const part of pageListFrame(['a/index.html', 'b/index.html'])) stream.write(part);
    for (const part of pageFrame('a/index.html', utf8('<p>a</p>'))) stream.write(part);
    stream.end();
    await reading;
    expect(got).toEqual([
      { file: '', body: 'a/index.html\nb/index.html' },
      { file: 'a/index.html', body: '<p>a</p>' },
    ]);
  });
});
