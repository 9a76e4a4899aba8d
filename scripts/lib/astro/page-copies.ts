/**
 * Copies of the pages Astro renders, handed to the steps after Astro while Astro still
 * renders (scripts/lib/astro/edition.ts, scripts/lib/astro/finish.ts): the search step reads
 * each page as it comes (its text, its passages, the words for the lexicon) and the offline
 * step finds its URLs, on the core Astro leaves free, instead of reading every page from disk
 * once Astro is done. The copies start with the first page; until the steps after Astro are
 * ready (READY_FOR_COPIES) they wait in the pipe, as far as it holds them.
 *
 * Astro's own hook for this is its prerenderer (`setPrerenderer` in `astro:build:start`):
 * `withPageCopies` wraps Astro's default one, and every HTML page it renders (status 200) is
 * passed on as the bytes Astro then writes. The copies go through a pipe as frames: the length
 * of the page's file name, the name (its path in the built site, UTF-8), the length of the
 * page, the page. Nothing is taken from a copy that the file on disk does not confirm: both
 * steps check each copy's size against the file Astro wrote, and read the file itself where
 * they differ or no copy came.
 */
import type { Readable } from 'node:stream';
import type { AstroPrerenderer } from 'astro';

/**
 * The line the steps after Astro print when they are ready (their modules, the word list, the
 * model and Pagefind's service loaded): from then on they only wait for the site and read each
 * copy as it comes, and a page Astro renders waits for the pipe to drain when it is full. Before
 * it, the copies wait in the pipe, and a page that would overfill it is not copied (and is read
 * from its file instead), so that no page waits for the steps to get ready.
 */
export const READY_FOR_COPIES = 'pages: read as Astro renders them from here on';

/** The file Astro writes for a page's pathname (format `directory`, trailing slash «always»), or undefined for anything else (an endpoint, 404). */
export function pageFileOf(pathname: string, base = '/'): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(prefix) || !pathname.endsWith('/')) return undefined;
  const file = `${decodeURI(pathname.slice(prefix.length))}index.html`;
  return file.split('/').some((part) => part === '..' || part === '.') ? undefined : file;
}

/** The routes of the pages Astro writes as 404.html and 500.html: not pages of the site (and not at the address of their request). */
const STATUS_PAGES = new Set(['/404', '/500']);

/** A page as one frame: [name length][name][page length][page], lengths as unsigned 32-bit big-endian. */
export function pageFrame(file: string, body: Uint8Array): Buffer[] {
  const name = Buffer.from(file, 'utf8');
  const head = Buffer.alloc(8 + name.byteLength);
  head.writeUInt32BE(name.byteLength, 0);
  name.copy(head, 4);
  head.writeUInt32BE(body.byteLength, 4 + name.byteLength);
  return [head, Buffer.from(body.buffer, body.byteOffset, body.byteLength)];
}

/**
 * The files of the pages Astro is to render, as one frame before the first page: a frame with
 * no name (a page always has one), its body the files, one on each line.
 */
export function pageListFrame(files: readonly string[]): Buffer[] {
  return pageFrame('', Buffer.from(files.join('\n'), 'utf8'));
}

/**
 * Reads frames from `stream` and calls `onPage` for each page, in the order sent (and with
 * the name '' for the list of pageListFrame); resolves
 * when the stream ends, and rejects when it ends inside a frame or `onPage` throws.
 */
export function readPageFrames(stream: Readable, onPage: (file: string, body: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // The bytes received and not yet read, in the chunks they came in (a long page comes in
    // many: they are joined once, when the whole frame is there).
    let chunks: Buffer[] = [];
    let held = 0;
    /** The first `n` bytes held (n ≤ held), copied. */
    const head = (n: number): Buffer => {
      const out = Buffer.alloc(n);
      let at = 0;
      for (const c of chunks) {
        if (at >= n) break;
        at += c.copy(out, at, 0, Math.min(c.byteLength, n - at));
      }
      return out;
    };
    /** The length of the frame that starts the bytes held, once its header is there. */
    const frameLength = (): number | undefined => {
      if (held < 4) return undefined;
      const nameLength = head(4).readUInt32BE(0);
      if (held < 8 + nameLength) return undefined;
      return 8 + nameLength + head(8 + nameLength).readUInt32BE(4 + nameLength);
    };
    stream.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      held += chunk.byteLength;
      try {
        for (let length = frameLength(); length !== undefined && held >= length; length = frameLength()) {
          const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, held);
          chunks = held > length ? [all.subarray(length)] : [];
          held -= length;
          const nameLength = all.readUInt32BE(0);
          onPage(all.toString('utf8', 4, 4 + nameLength), all.subarray(8 + nameLength, length));
        }
      } catch (err) {
        stream.destroy();
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    stream.on('error', reject);
    stream.on('end', () => (held ? reject(new Error(`page copies: the stream ended inside a page (${held} bytes left)`)) : resolve()));
  });
}

/**
 * Astro's prerenderer with every HTML page it renders passed to `send` (its file in the built
 * site, its bytes); the response Astro writes is made from the same bytes. Before the first,
 * `list` has the files of all the pages it is to render (the page routes of its paths).
 */
export function withPageCopies(
  prerenderer: AstroPrerenderer,
  base: string,
  send: (file: string, body: Uint8Array) => void | Promise<void>,
  list: (files: string[]) => void = () => {},
): AstroPrerenderer {
  return {
    ...prerenderer,
    name: `${prerenderer.name} (page copies)`,
    async getStaticPaths() {
      const paths = await prerenderer.getStaticPaths();
      // A page's pathname here is without the base, and without the trailing slash of its address when its route is static.
      const files = paths.flatMap(({ pathname, route }) =>
        route.type === 'page' && !STATUS_PAGES.has(route.route) ? (pageFileOf(pathname.endsWith('/') ? pathname : `${pathname}/`) ?? []) : [],
      );
      list(files);
      return paths;
    },
    async render(request, options) {
      const rendered = await prerenderer.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      const file = STATUS_PAGES.has(options.routeData.route) ? undefined : pageFileOf(new URL(request.url).pathname, base);
      if (!file || response.status !== 200 || !response.body || !/^text\/html\b/.test(response.headers.get('content-type') ?? '')) return rendered;
      const body = new Uint8Array(await response.arrayBuffer());
      await send(file, body);
      const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      return rendered instanceof Response ? copy : { ...rendered, response: copy };
    },
  };
}
