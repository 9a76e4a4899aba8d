/**
 * The search index that works from disk: a script file that sets a global, because
 * browsers refuse fetch() on file:// (Pagefind's own index is fetched).
 *
 *   window.ZOEKINDEX = {
 *     versie: 1,
 *     paginas: [{ url, titel, soort, tekst }],   // url relative to the site root ("acties/12/")
 *     items:   [[pagina, anker, soort, tekst]],  // one per heading, paragraph, list, footnote
 *   }
 *
 * `paginas[i].tekst` is the page's summary (for an action: the start of its description);
 * an item's address is its page's url + "#" + anker (anker "" = the page itself).
 * Pages made from the model take their text from the model (src/model/text.ts, so
 * footnote markers never glue onto words); other pages are read from the built HTML.
 */
import { parse } from 'parse5';
import type { BodyPart, RouteData } from '../../../src/site/route-data.ts';
import type { Block, Footnote } from '../../../src/model/schema.ts';
import { blockText, inlineText, shorten } from '../../../src/model/text.ts';

export interface IndexPage {
  url: string;
  titel: string;
  soort: string;
  tekst: string;
}
export type IndexItem = [page: number, anchor: string, kind: string, text: string];
export interface SearchIndex {
  versie: 1;
  paginas: IndexPage[];
  items: IndexItem[];
}

export const KIND_LABEL: Record<string, string> = {
  document: 'document',
  annex: 'bijlage',
  theme: 'thema',
  action: 'actie',
  'rr-action': 'actie Regels en ruimte',
  'rr-recommendation': 'aanbeveling',
  page: 'pagina',
};

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

function skipped(n: P5): boolean {
  return SKIP.has(n.nodeName) || attr(n, 'aria-hidden') === 'true' || attr(n, 'data-pagefind-ignore') !== undefined || attr(n, 'hidden') !== undefined;
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

export function readHtmlPage(html: string): HtmlPage {
  const doc = parse(html) as unknown as P5;
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

/** The text items of a generated page, read from its route data: blocks by section, then notes. */
function routeItems(page: RouteData): { groups: { kind: string; blocks: readonly Block[] }[]; notes: Footnote[] } {
  const groups: { kind: string; blocks: readonly Block[] }[] = [];
  const notes: Footnote[] = [];
  // As in Pagefind's index: sections marked data-pagefind-ignore (navigation, the letter's
  // text shown again on a theme or action page) are left out.
  const walk = (parts: readonly BodyPart[], kind: string) => {
    for (const part of parts) {
      if (part.type === 'blocks') groups.push({ kind, blocks: part.blocks });
      else if (part.type === 'section' && !part.ignore) walk(part.parts, part.title.toLocaleLowerCase('nl'));
      else if (part.type === 'footnotes') notes.push(...part.notes);
    }
  };
  walk(page.body, '');
  return { groups, notes };
}

export interface BuiltPage {
  /** Route, root-relative, ending in "/". */
  route: string;
  html: string;
}

/**
 * The index of the whole site. `built` are the HTML pages of dist (without 404 and
 * the search page); `modelPages` the route data of the generated pages.
 */
export function buildSearchIndex(modelPages: readonly RouteData[], built: readonly BuiltPage[]): SearchIndex {
  const byRoute = new Map(modelPages.map((p) => [p.route, p]));
  const paginas: IndexPage[] = [];
  const items: IndexItem[] = [];
  for (const b of [...built].sort((x, y) => x.route.localeCompare(y.route, 'en'))) {
    const html = readHtmlPage(b.html);
    const url = b.route.replace(/^\//, '');
    const idx = paginas.length;
    const anchorOf = (id: string) => (html.ids.has(id) ? id : '');
    const mp = byRoute.get(b.route);
    if (!mp) {
      paginas.push({ url, titel: html.title, soort: KIND_LABEL.page!, tekst: html.description });
      for (const blk of html.blocks) items.push([idx, blk.anchor, blk.kind, blk.text]);
      continue;
    }
    const m = routeItems(mp);
    const firstText = (m.groups[0]?.blocks ?? []).filter((x) => x.kind !== 'heading');
    const summary = mp.kind === 'action' || mp.kind === 'rr-action' || mp.kind === 'rr-recommendation' ? shorten(firstText.map(blockText).join(' '), 200) : mp.description;
    paginas.push({ url, titel: mp.title, soort: KIND_LABEL[mp.kind] ?? mp.kind, tekst: summary });
    for (const group of m.groups) {
      for (const blk of group.blocks) items.push([idx, anchorOf(blk.id), group.kind || (blk.kind === 'heading' ? 'kop' : 'alinea'), blockText(blk)]);
    }
    for (const note of m.notes) items.push([idx, anchorOf(note.id), 'voetnoot', `${note.label} ${inlineText(note.content)}`]);
  }
  return { versie: 1, paginas, items };
}

/** The index as a classic script that sets `window.ZOEKINDEX`. */
export function searchIndexScript(index: SearchIndex): string {
  return `/* Zoekindex voor zoeken zonder server (file://). Gemaakt door scripts/postbuild.ts. */\nwindow.ZOEKINDEX=${JSON.stringify(index)};\n`;
}
