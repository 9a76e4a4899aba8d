/**
 * Search for the built site, with Pagefind's Node API:
 *
 *   1. every HTML page of dist/ is given to Pagefind with its extra terms (compound parts,
 *      the other form of an abbreviation, the intended spelling of a [sic] word) in a
 *      metadata field `zoektermen` — added to what Pagefind reads, never to the page on
 *      disk, so a reader never sees them and they never turn up in an excerpt;
 *   2. the index is written to dist/pagefind/;
 *      A long page (a letter) is given as passages instead (scripts/lib/search/passages.ts):
 *      each section or run of paragraphs a record that links to its anchor. Every record
 *      carries its result group (`groep`: the letter, the actions, the other letters) and
 *      the date it speaks of (`datum`);
 *   3. dist/zoeken/woorden/{letter}.js: the site's words by frequency, for «Bedoelde u …?»;
 *      dist/zoeken/hulp.js: the reviewed synonym table (content/synoniemen.json, validated
 *      against the corpus) and the best-bet targets (actions by number, Kamerstukken by
 *      citation, the glossary's terms), for the query understanding in src/client/search/;
 *   4. dist/zoeken/pagefind-offline.js: the same Pagefind engine as a classic script, and
 *      its index files as classic scripts (dist/zoeken/pagefind-bestanden/), for search
 *      from file:// (browsers refuse fetch() and modules there);
 *      the search page's interface, dist/zoeken/zoeken.js, is bundled from src/client/search/
 *      (scripts/lib/client.ts).
 *
 * Called by the steps after Astro (scripts/lib/astro/finish.ts) as `await indexSite(distDir,
 * log, setup)`: what needs no page (the word list, the model, Pagefind's service) is made
 * ready by `prepareSearch` before Astro renders.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { CorpusSchema, type Corpus } from '../../../src/model/schema.ts';
import { routes } from '../../../src/model/routes.ts';
import { LETTER_ID } from '../../../src/model/registry.ts';
import { abbreviations } from '../../../src/site/abbreviations.ts';
import { extraTerms, wordsOf, type Lexicon, type TermSources } from '../../../src/site/search/terms.ts';
import { metaById } from '../../../src/model/corpus.ts';
import { validateSynonyms } from '../../../src/site/search/synonyms.ts';
import { t } from '../../../src/site/strings.ts';
import { passagesOf, type Passage } from './passages.ts';
import { readGlossary, searchTargets } from './targets.ts';
import { byPath, listFiles, routeOf } from '../offline/files.ts';
import { parseHtml, readHtmlPage } from './page-text.ts';
import { hunspellWords, modelLexicon } from './lexicon.ts';
import { orderedFeed } from './ordered-feed.ts';
import { childProcesses, peakRss, processorTime, reaped } from '../astro/steps.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Pagefind's configuration for this site. */
export const PAGEFIND_CONFIG: pagefind.PagefindServiceConfig = {
  forceLanguage: 'nl',
  // Site furniture inside the indexed article: never in an excerpt.
  excludeSelectors: ['.visually-hidden', '.kicker', '.key-facts', 'dl.facts', '.badge', '.anchor', '.page-mark', 'nav', '.cite-box'],
};

/** The metadata field that carries a page's extra terms. */
export const TERMS_FIELD = 'zoektermen';
/**
 * The metadata field with the page's summary (its meta description: for an action «Actie
 * 25: Uitvoeringstoets op Regeerakkoord»): what the page is about, weighted above a
 * mention in passing, and the result's title when it names the subject.
 */
export const SUMMARY_FIELD = 'samenvatting';

interface Correction {
  original: string;
  repair: string;
  kind: string;
}

/** The sources of extra terms: the site's abbreviations and the [sic] corrections. */
export function termSources(
  modelPath = join(ROOT, 'content', 'generated', 'model.json'),
  corpus: Corpus = CorpusSchema.parse(JSON.parse(readFileSync(modelPath, 'utf8'))),
): TermSources {
  const sics: Correction[] = [];
  const dir = join(ROOT, 'content', 'corrections');
  for (const f of listFiles(dir).filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Correction[] | { corrections: Correction[] };
    const list = Array.isArray(data) ? data : data.corrections;
    for (const c of list) if (c.kind === 'sic') sics.push(c);
  }
  return { abbreviations: abbreviations(corpus).map((a) => ({ abbr: a.abbr, expansion: a.expansion })), sics };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const plainText = (inner: string) =>
  unescapeHtml(
    inner
      .replace(/<span class="page-mark"[^>]*>[\s\S]*?<\/span>/g, '')
      .replace(/<a class="anchor[^"]*"[^>]*>[\s\S]*?<\/a>/g, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Every paragraph or list item with an id becomes a place a result can link to
 * (Pagefind's sub-results), titled by the heading it stands under. The id moves to an empty
 * marker at the start of the paragraph: Pagefind keeps the text of every element with an
 * id beside the page's text, and a paragraph's would be its whole text a second time.
 */
export function paragraphAnchors(html: string): string {
  let heading = '';
  return html.replace(
    /<(h[1-6])\b[^>]*>([\s\S]*?)<\/\1>|<(p|li)\b([^>]*)\sid="([^"]+)"([^>]*)>/g,
    (m, h: string | undefined, inner: string | undefined, tag: string, before: string, id: string, after: string) => {
      if (h) {
        heading = plainText(inner ?? '');
        return m;
      }
      if (!heading || /data-pagefind-(title|ignore)/.test(before + after)) return m;
      return `<${tag}${before}${after}><span id="${id}" data-pagefind-title="${escapeHtml(heading)}"></span>`;
    },
  );
}

/** Records handed to Pagefind's service before the oldest of them must have been answered. */
const RECORDS_IN_FLIGHT = 32;

/**
 * The most records one Pagefind index holds. Pagefind builds an index in memory at once: its
 * service keeps every record it has read, copies them all when it builds, and makes each
 * record's word list beside them (×100: 19,387 records, 2.1 GB at its peak, the build's
 * largest process). A site with more records gets ceil(records / RECORDS_PER_INDEX) indexes,
 * record n in index n mod their number (shardOf), each built by a service of its own (×100: two,
 * about 1 GiB each at their peak); the search page searches them as one (Pagefind's mergeIndex).
 * The first is in pagefind/, the others in pagefind/deel-2/, … Up to PARALLEL_INDEXES are built
 * at once. A site of up to this many records has one index.
 */
export const RECORDS_PER_INDEX = 10_000;
/** Indexes built at once, each by a service (a process) of its own: one per core of the machines the edition is built on. */
const PARALLEL_INDEXES = 2;

/** How many indexes `records` records take (RECORDS_PER_INDEX, or `perIndex`). */
export function indexCount(records: number, perIndex = RECORDS_PER_INDEX): number {
  return Math.max(1, Math.ceil(records / perIndex));
}

/** The index record `n` (0-based, in the order the records are made) goes to: in turn, so each index holds a like part of every page kind. */
export const shardOf = (n: number, indexes: number): number => n % indexes;

/** The folder of index `k` (0-based) inside Pagefind's folder: '' for the first, «deel-2/», … for the others. */
export const shardFolder = (k: number): string => (k === 0 ? '' : `deel-${k + 1}/`);

/** The filter (and meta field) with a record's result group; the search page does not offer it as a choice. */
export const GROUP_FILTER = 'groep';

/** Filter names as readers see them (the pages use English keys). */
export const FILTER_NAMES: Record<string, string> = { kind: 'soort', theme: 'thema', document: 'document' };

const unescapeHtml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The opening tag of the page's indexed element (`data-pagefind-body`), with its tag name. */
const INDEXED_ELEMENT = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i;

/**
 * The page's HTML as Pagefind reads it (the page on disk is not changed): filters under
 * their Dutch names and as values only (a hidden filter element's text would otherwise
 * be indexed as text and turn up in excerpts), and the terms in a metadata element
 * inside the indexed region.
 */
export function withTerms(html: string, terms: readonly string[], summary = '', meta: Readonly<Record<string, string>> = {}): string {
  html = paragraphAnchors(html)
    .replace(/<span hidden data-pagefind-filter="([a-z]+)">([^<]*)<\/span>/g, (_, key: string, value: string) => {
      return `<meta data-pagefind-filter="${FILTER_NAMES[key] ?? key}:${escapeHtml(unescapeHtml(value))}">`;
    })
    .replace(/data-pagefind-filter="([a-z]+):/g, (_, key: string) => `data-pagefind-filter="${FILTER_NAMES[key] ?? key}:`);
  let tag = summary ? `<meta data-pagefind-meta="${SUMMARY_FIELD}:${escapeHtml(summary)}">` : '';
  if (terms.length) tag += `<meta data-pagefind-meta="${TERMS_FIELD}:${escapeHtml(terms.join(' '))}">`;
  for (const [k, v] of Object.entries(meta)) if (v) tag += `<meta data-pagefind-meta="${k}:${escapeHtml(v)}">`;
  // The result group is also a filter: the search page asks for each group's best results without loading them.
  if (meta.groep) tag += `<meta data-pagefind-filter="${GROUP_FILTER}:${escapeHtml(meta.groep)}">`;
  if (!tag) return html;
  const body = INDEXED_ELEMENT.exec(html) ?? /<body[^>]*>/i.exec(html);
  if (!body) return html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}

/**
 * The page as Pagefind needs it: its `<html>` tag (the language) and its indexed element
 * (`data-pagefind-body`), without the header, navigation and footer around it, which
 * Pagefind would parse only to leave them out. Pagefind's service reads every record on one
 * core, so what it need not parse is time the search step saves (×100: 2 s); what it indexes
 * is the same. The page is kept whole where anything outside that element could matter to
 * Pagefind (a `data-pagefind-` attribute other than `-ignore`, a second indexed element) or
 * where the element's end cannot be found.
 */
export function indexedRegion(html: string): string {
  const open = INDEXED_ELEMENT.exec(html);
  const htmlTag = /<html\b[^>]*>/i.exec(html);
  if (!open || !htmlTag) return html;
  const tag = open[1]!.toLowerCase();
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = open.index + open[0].length;
  let depth = 1;
  let end = -1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = m.index + m[0].length;
      break;
    }
  }
  if (end < 0) return html;
  const outside = html.slice(0, open.index) + html.slice(end);
  if (/data-pagefind-(?!ignore\b)/i.test(outside)) return html;
  return `<!DOCTYPE html>${htmlTag[0]}<head></head><body>${html.slice(open.index, end)}</body></html>`;
}

/** Writes each file under `dir` (at its path there), each folder made once: thousands of files go into a few folders. */
function writeFiles(dir: string, files: Iterable<{ path: string; content: Uint8Array | string }>): void {
  const made = new Set<string>();
  for (const f of files) {
    const out = join(dir, f.path);
    const folder = dirname(out);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(out, f.content);
  }
}

export interface IndexResult {
  pages: number;
  /** Pages read from the copies made while Astro rendered them (the others were read from their files). */
  copied: number;
  /** Pages whose records went to Pagefind as they came, while Astro rendered (earlyIndex). */
  early: number;
  /** Copies of pages to index that came (each is used when its file has its size). */
  copies: number;
  /** The peak resident set of Pagefind's service in bytes (where /proc tells). */
  servicePeak?: number;
  /** The processor time of Pagefind's services, in milliseconds (where /proc tells). */
  serviceCpu?: number;
  termsAdded: number;
  vocabulary: number;
  offlineBytes: number;
}

/** The result group of a record, by its route: the letter (35 510, nr. 60, and its themes), the actions, the other letters. */
export function groupOf(route: string): 'brief' | 'acties' | 'andere' {
  if (/^\/acties\//.test(route)) return 'acties';
  if (route.startsWith(routes.document(LETTER_ID)) || /^\/themas\//.test(route)) return 'brief';
  return 'andere';
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** «2021-06-29» → «29 juni 2021». */
export function dutchDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** The date a record speaks of, as a result shows it: an action's status, a letter's date. */
function dateOf(route: string, dates: Readonly<Record<string, string | undefined>>): string {
  const doc = /^\/documenten\/([^/]+)\//.exec(route)?.[1] ?? (/^\/(themas|acties)\//.test(route) ? LETTER_ID : undefined);
  const iso = doc ? dates[doc] : undefined;
  if (!iso) return '';
  return (/^\/acties\/\d+\/$/.test(route) ? t.zoeken.dateStatus : t.zoeken.dateLetter).replace('{d}', dutchDate(iso));
}

/** The filters of a page as Pagefind reads them (Dutch names, as meta elements), for a passage of it. */
function filterTags(html: string): string {
  let out = '';
  for (const m of html.matchAll(/<span hidden data-pagefind-filter="([a-z]+)">([^<]*)<\/span>/g)) {
    out += `<meta data-pagefind-filter="${FILTER_NAMES[m[1]!] ?? m[1]}:${escapeHtml(unescapeHtml(m[2]!))}">`;
  }
  return out;
}

/** A passage as a small HTML page for Pagefind: its heading as title, its paragraphs, its page's filters. */
export function passageHtml(
  p: { heading: string; texts: readonly string[] },
  filters: string,
  meta: Readonly<Record<string, string>>,
  terms: readonly string[],
): string {
  let tags = `<meta data-pagefind-meta="title:${escapeHtml(p.heading)}">`;
  if (meta.groep) tags += `<meta data-pagefind-filter="${GROUP_FILTER}:${escapeHtml(meta.groep)}">`;
  for (const [k, v] of Object.entries(meta)) if (v) tags += `<meta data-pagefind-meta="${k}:${escapeHtml(v)}">`;
  if (terms.length) tags += `<meta data-pagefind-meta="${TERMS_FIELD}:${escapeHtml(terms.join(' '))}">`;
  const body = p.texts.map((x, i) => (i === 0 && x === p.heading ? `<h2>${escapeHtml(x)}</h2>` : `<p>${escapeHtml(x)}</p>`)).join('');
  return `<!doctype html><html lang="nl"><head><title>${escapeHtml(p.heading)}</title></head><body><main data-pagefind-body>${filters}${tags}${body}</main></body></html>`;
}

/** What indexing needs besides the pages: the model's terms, lexicon and dates, and a Pagefind index to add them to. */
export interface SearchSetup {
  sources: TermSources;
  lexicon: Lexicon & { size: number };
  dates: Record<string, string | undefined>;
  index: pagefind.PagefindIndex;
}

/**
 * Everything the search step can do before the site is built: the Hunspell word list parsed
 * (kept by lexicon.ts for the process), Pagefind's service started with an empty index, and,
 * once `model` has resolved (the model is written), the model read and validated once (the
 * extra terms' sources, the lexicon and the dates).
 */
export async function prepareSearch(model: Promise<unknown> = Promise.resolve()): Promise<SearchSetup> {
  hunspellWords();
  const created = pagefind.createIndex(PAGEFIND_CONFIG);
  // Reported where it is awaited, below.
  created.catch(() => {});
  await model;
  const corpus = CorpusSchema.parse(JSON.parse(readFileSync(process.env.SITE_MODEL ?? join(ROOT, 'content', 'generated', 'model.json'), 'utf8')));
  const sources = termSources(process.env.SITE_MODEL, corpus);
  const lexicon = modelLexicon(corpus);
  const dates = Object.fromEntries(Object.entries(metaById(corpus)).map(([id, m]) => [id, m.date]));
  const { index, errors } = await created;
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  return { sources, lexicon, dates, index };
}

/** What the search step keeps of a page once it has read it: its text and passages (its HTML is read again when its record is made). */
export interface ReadPage {
  file: string;
  route: string;
  text: string;
  title: string;
  summary: string;
  passages: Passage[];
  filters: string;
}

/** A page read from its copy (scripts/lib/astro/page-copies.ts), with the copy's size in bytes. */
export interface PageCopy {
  page: ReadPage;
  bytes: number;
}

/** Is `file` (a path in the built site) a page the search step indexes: an HTML page, not 404.html, not the search page? */
export function isIndexedPage(file: string): boolean {
  return file.endsWith('.html') && file !== '404.html' && routeOf(file) !== routes.search();
}

/** A record of the site as Pagefind's service takes it, the name an error gives it, and what it adds to the vocabulary. */
export interface SiteRecord {
  file: pagefind.HTMLFile;
  name: string;
  /** Its words and extra terms, each once: those the vocabulary counts. */
  vocabulary: readonly string[];
  /** How many extra terms it has. */
  terms: number;
}

/** A word or term the vocabulary counts: a letter, then letters or digits. */
const VOCABULARY_WORD = /^\p{L}[\p{L}\p{N}]+$/u;

/**
 * Makes the records of a page: one for each passage, or the page itself (`html()`, its HTML,
 * is read only then), each with its extra terms. They come out the same whenever they are
 * made, as soon as a page comes or once every page is there: the lexicon is the model's
 * (setup.lexicon). What a word gives is worked out once and kept for the pages after it.
 */
export function recordMaker(setup: Pick<SearchSetup, 'sources' | 'lexicon' | 'dates'>) {
  const cache = new Map<string, string[]>();
  const record = (text: string, file: (terms: string[]) => pagefind.HTMLFile, name: string): SiteRecord => {
    const words = wordsOf(text);
    const terms = extraTerms(text, setup.lexicon, setup.sources, cache, words);
    const vocabulary = [...new Set([...words, ...terms])].filter((w) => VOCABULARY_WORD.test(w));
    return { file: file(terms), name, vocabulary, terms: terms.length };
  };
  /**
   * The records of page `p` that `want` takes (by their number in the page), one at a time as
   * they are asked for: a letter at ×100 has thousands, and only the few in flight to Pagefind
   * are held at once.
   */
  return function* (p: ReadPage, html: () => string, want: (j: number) => boolean = () => true): Generator<{ j: number; record: SiteRecord }> {
    const meta = { groep: groupOf(p.route), datum: dateOf(p.route, setup.dates) };
    if (!p.passages.length) {
      if (want(0))
        yield { j: 0, record: record(p.text, (terms) => ({ sourcePath: p.file, content: indexedRegion(withTerms(html(), terms, p.summary, meta)) }), p.file) };
      return;
    }
    for (const [j, passage] of p.passages.entries()) {
      if (!want(j)) continue;
      const file = (terms: string[]) => ({ url: passage.url, content: passageHtml(passage, p.filters, { ...meta, bron: p.title }, terms) });
      yield { j, record: record(passage.texts.join('\n'), file, passage.url) };
    }
  };
}

/** The vocabulary of the records added to the indexes: in how many records each word or term is, and how many extra terms they have. */
function vocabulary() {
  const counts = new Map<string, number>();
  let terms = 0;
  return {
    counts,
    get terms(): number {
      return terms;
    },
    count(r: SiteRecord): void {
      terms += r.terms;
      for (const w of r.vocabulary) counts.set(w, (counts.get(w) ?? 0) + 1);
    },
  };
}

/** Hands a record to a Pagefind index; its answer rejects with the record's name when Pagefind reports an error. */
async function addRecord(index: pagefind.PagefindIndex, r: SiteRecord): Promise<void> {
  const res = await index.addHTMLFile(r.file);
  if (res.errors.length) throw new Error(`Pagefind, ${r.name}: ${res.errors.join('; ')}`);
}

/**
 * The most pages whose records go to Pagefind while Astro renders, as a share of RECORDS_PER_INDEX:
 * a site with more pages may well need more than one index (its records are spread over them once
 * they are all counted), and is indexed once Astro is done.
 */
const EARLY_PAGES_PER_INDEX = 1 / 4;

/**
 * The first index fed while Astro renders: each page's records (recordMaker) go to Pagefind's
 * service as soon as the page has come and every page before it (in `order`, the order of their
 * files) has gone, so that Pagefind reads them beside Astro, on the other core. Once Astro is
 * done, `extends` tells whether what went is the start of what the index must hold (the
 * pages, read and confirmed by their files, in their order; one index): then the rest is added
 * after it and the index is the one made by adding every record then. Otherwise the index is
 * dropped and made anew.
 */
function earlyIndex(setup: SearchSetup, order: readonly string[], perIndex: number) {
  const make = recordMaker(setup);
  const words = vocabulary();
  const answers: Promise<void>[] = [];
  let records = 0;
  let overflow = false;
  const feed = orderedFeed<{ page: ReadPage; records: SiteRecord[] }>(order, (item) => {
    records += item.records.length;
    // More than one index: the records are spread over them once they are all there.
    if (records > perIndex) {
      overflow = true;
      return feed.close();
    }
    for (const r of item.records) {
      words.count(r);
      const answer = addRecord(setup.index, r);
      // Awaited in `answered`, in turn.
      answer.catch(() => {});
      answers.push(answer);
    }
  });
  return {
    make,
    words,
    /** A page has come (read from its copy, `html`). */
    add(page: ReadPage, html: string): void {
      if (!feed.closed)
        feed.add(page.file, {
          page,
          records: Array.from(
            make(page, () => html),
            (x) => x.record,
          ),
        });
    },
    /** No more goes to the index. */
    close: () => feed.close(),
    /** Waits for Pagefind's answer to every record sent (the first error is thrown). */
    async answered(): Promise<void> {
      for (const a of answers) await a;
    },
    /** How many pages' records went, when those pages are the first of `pages` and `indexes` is one; else undefined. */
    extends(pages: readonly ReadPage[], indexes: number): number | undefined {
      const sent = feed.sent;
      // A page sent beyond the end of `pages` is unequal to its (undefined) place there too.
      if (overflow || feed.repeated || indexes !== 1 || sent.some((x, i) => x.page !== pages[i])) return undefined;
      return sent.length;
    },
    /** Whether any record went. */
    get started(): boolean {
      return answers.length > 0;
    },
  };
}
type EarlyIndex = ReturnType<typeof earlyIndex>;

/**
 * The pages search indexes, read from their copies as they come while Astro renders
 * (scripts/lib/astro/finish.ts). Once the search step is ready (`start`) and the files of the
 * pages to come are known (`expect`, before the first), their records go to Pagefind as
 * they come (earlyIndex), where the site is small enough for one index.
 */
export function pageCopies() {
  const pages = new Map<string, PageCopy>();
  let order: string[] | undefined;
  let ready: { setup: SearchSetup; perIndex: number } | undefined;
  let early: EarlyIndex | undefined;
  /** Once the search step is ready and the order known: the early index, for a site small enough. */
  const begin = () => {
    if (ready && order && order.length <= ready.perIndex * EARLY_PAGES_PER_INDEX) early ??= earlyIndex(ready.setup, order, ready.perIndex);
  };
  return {
    pages,
    /** The files of the pages Astro is to render, known before the first comes: the order of their records (that of the files). */
    expect(files: readonly string[]): void {
      order = files.filter(isIndexedPage).sort();
      begin();
    },
    /** Reads the copy of `file` (its HTML, its size in bytes as Astro writes it), when search indexes it. */
    add(file: string, html: string, bytes: number): void {
      if (!isIndexedPage(file)) return;
      // A page that comes twice stops the early index (orderedFeed); search reads it again from its file.
      const page = readPage(file, html);
      pages.set(file, { page, bytes });
      early?.add(page, html);
    },
    /**
     * The search step is ready: from now on, once the order is known, the records go to
     * Pagefind as the pages come. (It is ready before Astro renders: the pages that came before
     * it are indexed once Astro is done.)
     */
    start(setup: SearchSetup, perIndex = RECORDS_PER_INDEX): void {
      ready = { setup, perIndex };
      begin();
    },
    /** The index fed while the pages came, if any; no more goes to it from now on. */
    early(): EarlyIndex | undefined {
      early?.close();
      return early;
    },
  };
}
export type PageCopies = ReturnType<typeof pageCopies>;

/** Reads a built page (`file`, its path in the site) for search: parsed once, its text and its passages kept. */
export function readPage(file: string, html: string): ReadPage {
  const route = routeOf(file);
  const parsed = parseHtml(html);
  const page = readHtmlPage(parsed);
  const text = [page.title, ...page.blocks.map((b) => b.text)].join('\n');
  const passages = /data-pagefind-body/.test(html) ? passagesOf(parsed, route) : [];
  return { file, route, text, title: page.title, summary: page.description, passages, filters: passages.length ? filterTags(html) : '' };
}

/**
 * The pages `files` of the built site `dist`, each read and parsed once: from the copy made
 * while Astro rendered it, where the file Astro wrote has the copy's size, else from the file.
 */
export function readPages(dist: string, files: readonly string[], copies?: ReadonlyMap<string, PageCopy>): { pages: ReadPage[]; copied: number } {
  let copied = 0;
  const pages = files.map((file) => {
    const copy = copies?.get(file);
    if (copy && copy.bytes === statSync(join(dist, file)).size) {
      copied++;
      return copy.page;
    }
    return readPage(file, readFileSync(join(dist, file), 'utf8'));
  });
  return { pages, copied };
}

/** `index` deleted, and a new empty one in the main service of Pagefind's module. */
async function freshIndex(index: pagefind.PagefindIndex): Promise<pagefind.PagefindIndex> {
  await index.deleteIndex();
  const { index: fresh, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
  if (!fresh) throw new Error(`Pagefind: ${errors.join('; ')}`);
  return fresh;
}

let ownServices = 0;
/**
 * An index in a Pagefind service (a process) of its own. Pagefind's Node API keeps one service
 * per instance of its module, so the module is loaded once more, as a module of its own.
 */
async function ownService(): Promise<{ api: typeof pagefind; index: pagefind.PagefindIndex }> {
  const api = (await import(`${import.meta.resolve('pagefind')}?service=${++ownServices}`)) as typeof pagefind;
  const { index, errors } = await api.createIndex(PAGEFIND_CONFIG);
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  return { api, index };
}

/** Hands the records of the indexes in `wave` (their numbers) each to its index, `to(k)`. */
export type FeedIndexes = (wave: readonly number[], to: (k: number) => pagefind.PagefindIndex) => Promise<void>;

/**
 * Builds `indexes` Pagefind indexes, PARALLEL_INDEXES at a time, each in a service of its own
 * (`first`, made ready beforehand, serves index 0): `feed` hands each wave its records; while
 * the first wave builds, `meanwhile` runs. Returns every index's files, at their paths in
 * Pagefind's folder (shardFolder), and the highest peak memory of the services (where /proc tells).
 */
export async function buildIndexes(
  indexes: number,
  feed: FeedIndexes,
  first?: pagefind.PagefindIndex,
  meanwhile?: () => void,
): Promise<{ files: { index: number; path: string; content: Uint8Array }[]; servicePeak?: number; serviceCpu?: number }> {
  const files: { index: number; path: string; content: Uint8Array }[] = [];
  const peaks: number[] = [];
  const cpu: number[] = [];
  for (let start = 0; start < indexes; start += PARALLEL_INDEXES) {
    const wave = Array.from({ length: Math.min(PARALLEL_INDEXES, indexes - start) }, (_, i) => start + i);
    const services = await Promise.all(wave.map((k) => (k === 0 && first ? { api: pagefind, index: first } : ownService())));
    await feed(wave, (k) => services[k - start]!.index);
    const getting = Promise.all(services.map((s) => s.index.getFiles()));
    getting.catch(() => {});
    if (start === 0) meanwhile?.();
    for (const [i, got] of (await getting).entries()) {
      if (got.errors.length) throw new Error(`Pagefind: ${got.errors.join('; ')}`);
      for (const f of got.files) files.push({ index: wave[i]!, path: shardFolder(wave[i]!) + f.path.replace(/^\/+/, ''), content: f.content });
    }
    // The peak memory and the processor time of the services (Pagefind's indexer), read before they end.
    const pids = childProcesses()
      .filter((p) => p.command.startsWith('pagefind'))
      .map((p) => p.pid);
    for (const pid of pids) {
      peaks.push(peakRss(pid) ?? 0);
      cpu.push(processorTime(pid) ?? 0);
    }
    await Promise.all(services.map((s) => s.api.close()));
    // Ended, and reaped by this process (Pagefind's module does not keep it waiting for them): so
    // their processor time is in this process's (and the build's) children's, as /usr/bin/time counts it.
    await reaped(pids);
  }
  return { files, servicePeak: peaks.length ? Math.max(...peaks) : undefined, serviceCpu: cpu.length ? cpu.reduce((a, b) => a + b, 0) : undefined };
}

/**
 * Indexes dist/ with Pagefind and writes the search files (with `setup` made beforehand, or
 * made now). `meanwhile` runs while Pagefind builds its index, once every page has been read.
 * `copies`: the pages read already, from the copies Astro's pages were made from (pageCopies,
 * scripts/lib/astro/finish.ts).
 */
export async function indexSite(
  distDir: string,
  log: (line: string) => void = console.log,
  setup?: SearchSetup,
  meanwhile?: () => void,
  copies?: PageCopies,
  recordsPerIndex = RECORDS_PER_INDEX,
): Promise<IndexResult> {
  const dist = resolve(distDir);
  const search = routes.search().replace(/^\/|\/$/g, '');
  const files = listFiles(dist).filter(isIndexedPage);
  const { pages, copied } = readPages(dist, files, copies?.pages);
  const setupDone = setup ?? (await prepareSearch());
  const { sources, lexicon, index } = setupDone;
  // The synonym table, every target checked against the texts of the pages (or the build stops).
  const synonymFile = join(ROOT, 'content', 'synoniemen.json');
  const synonyms = validateSynonyms(
    JSON.parse(readFileSync(synonymFile, 'utf8')),
    pages.map((p) => p.text),
    'content/synoniemen.json',
  );
  const targets = searchTargets(pages, readGlossary(join(ROOT, 'content', 'begrippen.json')));

  // The site's records in order (a passage each, or a page); record n goes to index shardOf(n).
  const recordsOf = (p: ReadPage) => p.passages.length || 1;
  const records = pages.reduce((n, p) => n + recordsOf(p), 0);
  const indexes = indexCount(records, recordsPerIndex);
  // The first pages' records, sent to the first index as the pages came (earlyIndex): where they
  // are the start of the site's records, the rest follows them; else that index is dropped.
  const early = copies?.early();
  await early?.answered();
  const fed = early?.extends(pages, indexes);
  // Dropped: a new first index, in the same service.
  const first = early?.started && fed === undefined ? await freshIndex(index) : index;
  const make = fed !== undefined ? early!.make : recordMaker(setupDone);
  const words = fed !== undefined ? early!.words : vocabulary();
  // The records of the indexes in `wave`, each handed to its index (`to`). Records are handed
  // to a Pagefind service without waiting for the one before (its replies come by message id),
  // up to RECORDS_IN_FLIGHT a service at a time: each is a message in memory until the service
  // has read it. The index it writes is the same as when they were added one by one.
  const feed: FeedIndexes = async (wave, to) => {
    let n = 0;
    const inFlight: Promise<void>[] = [];
    for (const [i, p] of pages.entries()) {
      const at = n;
      n += recordsOf(p);
      // Already in the first index (fed).
      if (fed !== undefined && i < fed) continue;
      const inWave = (j: number) => wave.includes(shardOf(at + j, indexes));
      for (const { j, record: r } of make(p, () => readFileSync(join(dist, p.file), 'utf8'), inWave)) {
        const k = shardOf(at + j, indexes);
        words.count(r);
        const done = addRecord(to(k), r);
        // Awaited in its turn (below, or at the end); a later failure is not reported before an earlier one.
        done.catch(() => {});
        inFlight.push(done);
        if (inFlight.length >= RECORDS_IN_FLIGHT * wave.length) await inFlight.shift();
      }
    }
    await Promise.all(inFlight);
  };
  // Pagefind builds each index (and packs its files) in its service's process; meanwhile this
  // one does `meanwhile` (the offline step's relative links: every page has been read).
  // The files come back in memory (getFiles) and are written here, into an empty folder: only
  // these indexes' belong there, and the same bytes make the index for file:// below. Pagefind
  // writing them itself (writeFiles) starts all its thousands of files at once, and the search
  // step then read them back: ×100, 4 s more of the search step.
  const bundleDir = join(dist, 'pagefind');
  rmSync(bundleDir, { recursive: true, force: true });
  const built = await buildIndexes(indexes, feed, first, meanwhile);
  const bundle: { path: string; content: Uint8Array }[] = [];
  for (const f of built.files) {
    // The other indexes need only their index files: the engine is the first's.
    if (f.index === 0 || needed(f.path)) bundle.push({ path: f.path, content: f.content });
  }
  // In the order of their paths, as a listing of the folder gives them.
  const bundleFiles = bundle.sort(byPath);
  writeFiles(bundleDir, bundleFiles);

  mkdirSync(join(dist, search), { recursive: true });
  // 3. vocabulary: words by frequency (then alphabetically), one small script per first letter
  const vocab = [...words.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const buckets = new Map<string, string[]>();
  for (const [w, n] of vocab) {
    const letter = vocabularyBucket(w);
    if (!buckets.has(letter)) buckets.set(letter, []);
    buckets.get(letter)!.push(`${w}:${n}`);
  }
  rmSync(join(dist, search, 'woorden'), { recursive: true, force: true });
  rmSync(join(dist, search, OFFLINE_DIR), { recursive: true, force: true });
  mkdirSync(join(dist, search, 'woorden'), { recursive: true });
  for (const [letter, list] of buckets) {
    writeFileSync(
      join(dist, search, 'woorden', `${letter}.js`),
      `(window.ZOEKWOORDEN=window.ZOEKWOORDEN||{})[${JSON.stringify(letter)}]=${JSON.stringify(list.join(' '))};\n`,
    );
  }

  // 4. offline engine and the page's interface
  const offline = offlineScript(bundleFiles);
  writeFileSync(join(dist, search, 'pagefind-offline.js'), offline);
  let offlineBytes = offline.length;
  const scripts = function* () {
    for (const f of bundleFiles) {
      if (!needed(f.path)) continue;
      const js = offlineFileScript(f.path, f.content);
      offlineBytes += js.length;
      yield { path: `${f.path}.js`, content: js };
    }
  };
  writeFiles(join(dist, search, OFFLINE_DIR), scripts());
  // 5. the synonym table and the best-bet targets, for the query understanding in the browser
  writeFileSync(
    join(dist, search, HELP_FILE),
    helpScript(
      synonyms.map((e) => ({ woorden: e.woorden, doelen: e.doelen })),
      targets,
      sources.abbreviations,
      Array.from({ length: indexes - 1 }, (_, i) => shardFolder(i + 1)),
    ),
  );

  log(
    `search: ${pages.length} pages (${copied} read as Astro rendered them, ${fed ?? 0} indexed as they came) indexed as ${records} records${indexes > 1 ? ` in ${indexes} indexes` : ''}, ${synonyms.length} synonym entries, ${targets.length} best-bet targets, ${words.terms} extra terms (lexicon ${lexicon.size} words), vocabulary ${vocab.length} words, offline engine and files ${(offlineBytes / 1024).toFixed(0)} KiB`,
  );
  return {
    pages: pages.length,
    copied,
    early: fed ?? 0,
    copies: copies?.pages.size ?? 0,
    servicePeak: built.servicePeak,
    serviceCpu: built.serviceCpu,
    termsAdded: words.terms,
    vocabulary: vocab.length,
    offlineBytes,
  };
}

/** The file with the synonym table and the best-bet targets, beside the search page. */
export const HELP_FILE = 'hulp.js';

/**
 * The synonym table and targets as a classic script (file:// has no fetch), and where the site
 * has more than one index (RECORDS_PER_INDEX), the folders of the others in Pagefind's folder.
 */
export function helpScript(
  synonyms: readonly { woorden: readonly string[]; doelen: readonly string[] }[],
  targets: readonly unknown[],
  abbreviations: readonly { abbr: string; expansion: string }[] = [],
  otherIndexes: readonly string[] = [],
): string {
  const help = { synoniemen: synonyms, bestemmingen: targets, afkortingen: abbreviations, ...(otherIndexes.length ? { delen: otherIndexes } : {}) };
  return `window.ZOEKHULP=${JSON.stringify(help)};\n`;
}

/** The vocabulary file a word is in: its first letter without accents, or «0» for a digit. */
export function vocabularyBucket(word: string): string {
  const c = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toLowerCase();
  return /[a-z]/.test(c) ? c : '0';
}

/**
 * Files of the Pagefind bundle that searching needs (not its own interfaces): the engine
 * (WebAssembly) of the first index, and the index files of each (an index in a folder of
 * shardFolder loads none of its own engine).
 */
const needed = (path: string) =>
  /^(deel-\d+\/)?(pagefind-entry\.json|[^/]+\.pf_meta|index\/|fragment\/|filter\/)/.test(path) || /^wasm\.[^/]+\.pagefind$/.test(path);

/** Where the offline copies of Pagefind's files go, under the search page's folder. */
export const OFFLINE_DIR = 'pagefind-bestanden';

/** Files that only search from file:// uses (dist-relative paths); over http Pagefind fetches dist/pagefind/. */
export function isFileOnly(path: string): boolean {
  const dir = routes.search().replace(/^\/|\/$/g, '');
  return path === `${dir}/pagefind-offline.js` || path.startsWith(`${dir}/${OFFLINE_DIR}/`);
}

/**
 * Pagefind's own pagefind.js made a classic script (no `import.meta`, no `export`);
 * `window.PagefindOffline.serve()` answers Pagefind's fetch() calls for its files from
 * small classic scripts, one per file (zoeken/pagefind-bestanden/<file>.js, base64),
 * loaded when Pagefind asks for the file — so file:// runs the same engine on the same
 * index as online, and fetches about as much.
 */
export function offlineScript(bundle: readonly { path: string; content: Uint8Array }[]): string {
  const js = bundle.find((f) => f.path === 'pagefind.js');
  if (!js) throw new Error('Pagefind bundle without pagefind.js');
  let src = new TextDecoder().decode(js.content);
  const exp = /export\s*\{([^}]*)\};?\s*$/.exec(src);
  if (!exp || !src.includes('import.meta.url'))
    throw new Error('pagefind.js: expected an ES module with import.meta.url and a final export list; Pagefind changed its bundle');
  // «export{a,b as c}» → «return {a: a, c: b}»
  const names = exp[1]!
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => {
      const [local, exported = local] = x.split(/\s+as\s+/);
      return `${exported}: ${local}`;
    });
  src = src.slice(0, exp.index).replaceAll('import.meta.url', '__pfUrl') + `\nreturn {${names.join(', ')}};`;
  // Sorted: Pagefind hands its files over in no fixed order, and the same build must give the same bytes.
  const files = bundle
    .filter((f) => needed(f.path))
    .map((f) => f.path)
    .sort();
  return `/* Pagefind (MIT) als klassiek script, voor zoeken zonder server (file://). Gemaakt door scripts/lib/search/index-site.ts. */
(function () {
var files = ${JSON.stringify(Object.fromEntries(files.map((f) => [f, true])))};
var script = document.currentScript;
var here = script && script.src ? script.src : location.href;
var base = new URL('../pagefind/', here).href;
var store = new URL('${OFFLINE_DIR}/', here).href;
var __pfUrl = base + 'pagefind.js';
var api = (function (__pfUrl) {
${src}
})(__pfUrl);
var waiting = {};
function bytes(b64) { var s = atob(b64), out = new Uint8Array(s.length); for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i); return out; }
/* Elk bestand is een klein script dat zichzelf hier aflevert. */
api.receive = function (path, b64) { var w = waiting[path]; if (w) { w.resolve(bytes(b64)); } };
function load(path) {
  if (!waiting[path]) {
    var w = waiting[path] = {};
    w.promise = new Promise(function (resolve, reject) {
      w.resolve = resolve;
      var s = document.createElement('script');
      s.src = store + path + '.js';
      s.onerror = function () { reject(new Error('kon ' + path + ' niet laden')); };
      document.head.appendChild(s);
    });
  }
  return waiting[path].promise;
}
api.serve = function () {
  var realFetch = window.fetch;
  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : input && input.url ? input.url : String(input);
    var abs = new URL(url, location.href).href;
    if (abs.indexOf(base) === 0) {
      var path = abs.slice(base.length).split('?')[0].split('#')[0];
      if (!Object.prototype.hasOwnProperty.call(files, path)) return Promise.resolve(new Response('', { status: 404 }));
      return load(path).then(function (b) { return new Response(b, { status: 200 }); });
    }
    return realFetch ? realFetch.call(window, input, init) : Promise.reject(new Error('no fetch'));
  };
  return base;
};
window.PagefindOffline = api;
})();
`;
}

/** One of Pagefind's files as a classic script that hands its bytes to PagefindOffline. */
export function offlineFileScript(path: string, content: Uint8Array): string {
  return `PagefindOffline.receive(${JSON.stringify(path)},"${Buffer.from(content).toString('base64')}");\n`;
}
