/**
 * The readable text of a built HTML page: its title, summary, ids and blocks (headings,
 * paragraphs, list items), as the extra search terms are computed from it
 * (scripts/lib/search/index-site.ts).
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { parse } from 'parse5';
import { DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE, parse as parseUltra } from 'ultrahtml';

/** Readable text of the built HTML of a page: its title, summary, ids and blocks. */
export interface HtmlPage {
  title: string;
  description: string;
  ids: Set<string>;
  blocks: { anchor: string; kind: 'kop' | 'alinea'; text: string }[];
}

interface P5 {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5[];
  content?: P5;
}

const attr = (n: P5, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'sup', 'svg', 'button', 'form', 'header', 'footer']);
const BLOCK = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'blockquote', 'figcaption', 'pre']);
const HEAD = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Classes of site furniture inside the indexed region (as Pagefind's excludeSelectors): set by readHtmlPage's option. */
let skipClasses: ReadonlySet<string> = new Set();

function skipped(n: P5): boolean {
  if (SKIP.has(n.nodeName) || attr(n, 'aria-hidden') === 'true' || attr(n, 'data-pagefind-ignore') !== undefined || attr(n, 'hidden') !== undefined)
    return true;
  if (!skipClasses.size) return false;
  const cls = attr(n, 'class');
  return !!cls && cls.split(/\s+/).some((c) => skipClasses.has(c));
}

function textOf(n: P5): string {
  if (n.nodeName === '#text') return n.value ?? '';
  if (n.nodeName !== '#document' && n.nodeName !== '#document-fragment' && n.tagName && skipped(n)) return '';
  const inner = (n.childNodes ?? []).map(textOf).join('');
  return n.tagName && (BLOCK.has(n.tagName) || HEAD.has(n.tagName) || n.tagName === 'br' || n.tagName === 'div') ? ` ${inner} ` : inner;
}
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function find(n: P5, pred: (n: P5) => boolean): P5 | undefined {
  if (pred(n)) return n;
  for (const c of n.childNodes ?? []) {
    const f = find(c, pred);
    if (f) return f;
  }
  return undefined;
}

/** A page parsed once (its tree), to be read more than once (readHtmlPage, passagesOf). */
export interface ParsedHtml {
  readonly tree: unknown;
}

/**
 * Parses a page for readHtmlPage and passagesOf: a page read twice is parsed once. The page is
 * HTML as Astro writes it (every element closed, text and attribute values escaped), read by
 * ultrahtml, a small parser without HTML's tree-building repairs: it reads these pages in half
 * the time parse5 takes, into the same text (tests/search-page-text.test.ts compares the two on
 * small pages made for it, tests/site/page-text-built.test.ts on every built page). Text and
 * attribute values are decoded as HTML decodes them (the `entities` package, parse5's own).
 * ultrahtml 1.7 drops the text before a comment; Astro writes none, and a page with one is read
 * by parse5 itself.
 */
export function parseHtml(html: string): ParsedHtml {
  if (html.includes('<!--')) return { tree: parse(html) };
  return { tree: fromUltra(parseUltra(html) as UltraNode) };
}

/** A node as ultrahtml gives it. */
interface UltraNode {
  type: number;
  name?: string;
  value?: string;
  attributes?: Record<string, string>;
  children?: UltraNode[];
}

/** The node in the shape the readers below walk (that of parse5's tree), its text and attributes decoded. */
function fromUltra(n: UltraNode): P5 {
  switch (n.type) {
    case DOCUMENT_NODE:
      return { nodeName: '#document', childNodes: (n.children ?? []).map(fromUltra) };
    case ELEMENT_NODE:
      return {
        nodeName: n.name!,
        tagName: n.name!,
        attrs: Object.entries(n.attributes ?? {}).map(([name, value]) => ({ name, value: decodeHTMLAttribute(value) })),
        childNodes: (n.children ?? []).map(fromUltra),
      };
    case TEXT_NODE:
      return { nodeName: '#text', value: decodeHTML(n.value ?? '') };
    default:
      return { nodeName: '#comment' };
  }
}

export function readHtmlPage(html: string | ParsedHtml, options: { skipClasses?: readonly string[] } = {}): HtmlPage {
  skipClasses = new Set(options.skipClasses ?? []);
  try {
    return read(typeof html === 'string' ? parseHtml(html) : html);
  } finally {
    skipClasses = new Set();
  }
}

function read(parsed: ParsedHtml): HtmlPage {
  const doc = parsed.tree as P5;
  const ids = new Set<string>();
  const collect = (n: P5) => {
    const id = attr(n, 'id');
    if (id) ids.add(id);
    n.childNodes?.forEach(collect);
  };
  collect(doc);
  const titleEl = find(doc, (n) => n.nodeName === 'title');
  const region =
    find(doc, (n) => attr(n, 'data-pagefind-body') !== undefined) ?? find(doc, (n) => n.nodeName === 'main') ?? find(doc, (n) => n.nodeName === 'body') ?? doc;
  const h1 = find(region, (n) => n.nodeName === 'h1');
  const meta = find(doc, (n) => n.nodeName === 'meta' && attr(n, 'name') === 'description');
  const blocks: HtmlPage['blocks'] = [];
  let anchor = '';
  const walk = (n: P5) => {
    if (n.tagName && skipped(n)) return;
    const id = attr(n, 'id');
    if (n.tagName && HEAD.has(n.tagName)) {
      if (id) anchor = id;
      const text = flat(textOf(n));
      if (text && n.tagName !== 'h1') blocks.push({ anchor, kind: 'kop', text });
      return;
    }
    if (n.tagName && BLOCK.has(n.tagName) && !hasBlockChild(n)) {
      const text = flat(textOf(n));
      if (text) blocks.push({ anchor: id ?? anchor, kind: 'alinea', text });
      return;
    }
    if (id && n.tagName === 'section') anchor = id;
    n.childNodes?.forEach(walk);
  };
  walk(region);
  return {
    title: flat(h1 ? textOf(h1) : titleEl ? textOf(titleEl) : ''),
    description: flat(meta ? (attr(meta, 'content') ?? '') : ''),
    ids,
    blocks,
  };
}

function hasBlockChild(n: P5): boolean {
  return (n.childNodes ?? []).some((c) => c.tagName !== undefined && (BLOCK.has(c.tagName) || HEAD.has(c.tagName) || hasBlockChild(c)));
}
