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
import type { PageData } from '../../../src/site/pages.ts';
import type { Block, Corpus, Footnote } from '../../../src/model/schema.ts';
import { blockText, inlineText, shorten } from '../../../src/model/text.ts';
import { letterSection } from '../../../src/model/corpus.ts';

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

/** What the site's page list (src/site/pages.ts) says about a model page. */
export type ModelPage = PageData;

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

/** Text items of a page made from the model. */
function modelItems(corpus: Corpus, page: ModelPage): { blocks: Block[]; extra: { kind: string; blocks: Block[] }[]; notes: Footnote[] } {
  const rr = corpus.regelsEnRuimte;
  const byIds = (ids: readonly string[]) => ids.map((id) => rr.blocks.find((b) => b.id === id)).filter((b): b is Block => !!b);
  switch (page.kind) {
    case 'document': {
      const doc = page.docId === 'kst-35510-60' ? corpus.letter : page.docId === 'kst-29362-290' ? corpus.werkAanUitvoering : rr;
      return { blocks: doc.blocks, extra: [], notes: doc.footnotes };
    }
    case 'annex':
      return { blocks: corpus.annex.intro, extra: [], notes: [] };
    case 'theme': {
      // The theme's section of the letter is indexed with the letter; here only its headings.
      const section = letterSection(corpus, page.number ?? 0);
      const blocks = section.heading ? [section.heading, ...section.blocks] : section.blocks;
      return { blocks: blocks.filter((b) => b.kind === 'heading'), extra: [], notes: [] };
    }
    case 'action': {
      const a = corpus.annex.actions.find((x) => x.number === page.number);
      if (!a) return { blocks: [], extra: [], notes: [] };
      return { blocks: [], extra: [{ kind: 'omschrijving', blocks: a.description }, { kind: 'stand van zaken', blocks: a.status }], notes: a.footnotes };
    }
    case 'rr-action': {
      const a = rr.actions.find((x) => x.number === page.number);
      return { blocks: a ? byIds(a.blockIds) : [], extra: [], notes: [] };
    }
    case 'rr-recommendation': {
      const r = rr.recommendations.find((x) => x.number === page.number);
      return r ? { blocks: [], extra: [{ kind: 'aanbeveling', blocks: byIds(r.textBlockIds) }, { kind: 'reactie', blocks: byIds(r.reactionBlockIds) }], notes: [] } : { blocks: [], extra: [], notes: [] };
    }
  }
}

export interface BuiltPage {
  /** Route, root-relative, ending in "/". */
  route: string;
  html: string;
}

/**
 * The index of the whole site. `built` are the HTML pages of dist (without 404 and
 * the search page); `modelPages` the page list of src/site/pages.ts.
 */
export function buildSearchIndex(corpus: Corpus, modelPages: readonly ModelPage[], built: readonly BuiltPage[]): SearchIndex {
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
    const m = modelItems(corpus, mp);
    const firstText = m.extra[0]?.blocks ?? m.blocks.filter((x) => x.kind !== 'heading');
    const summary = mp.kind === 'action' || mp.kind === 'rr-action' || mp.kind === 'rr-recommendation' ? shorten(firstText.map(blockText).join(' '), 200) : mp.description;
    paginas.push({ url, titel: mp.title, soort: KIND_LABEL[mp.kind] ?? mp.kind, tekst: summary });
    for (const blk of m.blocks) items.push([idx, anchorOf(blk.id), blk.kind === 'heading' ? 'kop' : 'alinea', blockText(blk)]);
    for (const group of m.extra) for (const blk of group.blocks) items.push([idx, anchorOf(blk.id), group.kind, blockText(blk)]);
    for (const note of m.notes) items.push([idx, anchorOf(note.id), 'voetnoot', `${note.label} ${inlineText(note.content)}`]);
  }
  return { versie: 1, paginas, items };
}

/** The index as a classic script that sets `window.ZOEKINDEX`. */
export function searchIndexScript(index: SearchIndex): string {
  return `/* Zoekindex voor zoeken zonder server (file://). Gemaakt door scripts/postbuild.ts. */\nwindow.ZOEKINDEX=${JSON.stringify(index)};\n`;
}
