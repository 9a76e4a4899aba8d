/*
 * The search page (/zoeken/). Searches with Pagefind: over http with /pagefind/pagefind.js,
 * from disk (file://) with the same Pagefind and the same index as a classic script
 * (zoeken/pagefind-offline.js). Same engine, same settings, same query understanding
 * (query.ts, rank.ts, suggest.ts, bestbets.ts): the same results in the same order.
 *
 * The page has the form, the status, the list and the ways on in its HTML (nothing shifts
 * when this script starts); the query lives in the address (?q=). Pagefind runs without a
 * web worker in both cases. Bundled by scripts/lib/client.ts into a classic script.
 */
import { actionKeys, bestBets, citationKeys, type Target } from './bestbets.ts';
import { excerpt, type Segment } from './excerpt.ts';
import { analyze, type Analysis, type Synonym } from './query.ts';
import { firstScreen, matchKind, mergeAlternatives, rank, shown, type Hit, type Ranked } from './rank.ts';
import { knownWord, nearestWord, suggestionFor, suggestionState, wordList, type WordList } from './suggest.ts';
import { fold, queryWords } from './text.ts';
import { NO_HELP, type SearchHelp } from './help.ts';
import { resultTitle } from './title.ts';

interface PfData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface PfResult extends Hit {
  data(): Promise<PfData>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  mergeIndex(basePath: string, o?: object): Promise<void>;
  search(q: string, o?: object): Promise<{ results: PfResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
declare global {
  interface Window {
    PagefindOffline?: { serve(): string; createInstance(o: object): Promise<Pagefind> };
    ZOEKWOORDEN?: Record<string, string>;
    zoeken?: { run(q: string): Promise<void> };
  }
}

/** Ranking, tuned on the query sets of tests/site/search-queries.test.ts. */
const RANKING = {
  // words close to the typed form weigh more than long words that begin with it
  termSimilarity: 1.0,
  // short records (an action) not too far above long ones by length alone
  pageLength: 0.9,
  termSaturation: 1.4,
  termFrequency: 1.0,
  // «financien» finds «financiën»; the right spelling counts a little more
  diacriticSimilarity: 0.6,
  // a page about the subject (title) above one that mentions it in passing; added terms count as text
  metaWeights: { title: 6.0, samenvatting: 2.0, zoektermen: 3.0 },
};
/** Results on the first screen, and per «Meer resultaten». */
const PAGE = 10;
const GROUPS = ['brief', 'acties', 'andere'] as const;

const script = document.currentScript as HTMLScriptElement | null;
const here = script && script.src ? script.src : location.href;
const siteRoot = new URL('../', here); // this script is in /zoeken/
const offline = location.protocol === 'file:';
const root = document.getElementById('zoeken');

type Texts = Record<string, string | string[]>;
let T: Texts = {};
function t(key: string, vars: Record<string, string> = {}): string {
  let s = String(T[key] ?? key);
  for (const k of Object.keys(vars)) s = s.split(`{${k}}`).join(vars[k]!);
  return s;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | undefined> | null = null,
  children: (Node | string | null | undefined)[] = [],
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const k of Object.keys(props ?? {})) if (props![k] !== undefined) e.setAttribute(k, props![k]!);
  for (const c of children) if (c !== null && c !== undefined) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`kon ${src} niet laden`));
    document.head.appendChild(s);
  });
}

/* ---------- engine ---------- */
let engine: Promise<Pagefind> | null = null;
function startEngine(): Promise<Pagefind> {
  if (engine) return engine;
  let basePath = new URL('pagefind/', siteRoot).pathname;
  const made: Promise<Pagefind> = offline
    ? loadScript(new URL('pagefind-offline.js', here).href).then(() => {
        basePath = window.PagefindOffline!.serve();
        return window.PagefindOffline!.createInstance({ basePath, baseUrl: '/', noWorker: true });
      })
    : (import(/* @vite-ignore */ new URL('pagefind/pagefind.js', siteRoot).href) as Promise<{ createInstance(o: object): Promise<Pagefind> }>).then((pf) =>
        pf.createInstance({ basePath, baseUrl: '/', noWorker: true }),
      );
  const options = { ranking: RANKING, excerptLength: 24 };
  // A large site's search has more indexes (hulp.js lists them): searched as one, each with the same options.
  engine = Promise.all([made, loadHelp()]).then(([pf, h]) =>
    pf
      .options(options)
      .then(() => Promise.all((h.delen ?? []).map((d) => pf.mergeIndex(basePath + d, { ...options, baseUrl: '/', noWorker: true }))))
      .then(() => pf),
  );
  return engine;
}

let help: Promise<SearchHelp> | null = null;
function loadHelp(): Promise<SearchHelp> {
  help ??= (window.ZOEKHULP ? Promise.resolve() : loadScript(new URL('hulp.js', here).href)).then(
    () => window.ZOEKHULP ?? NO_HELP,
    () => NO_HELP,
  );
  return help;
}

/* The site's words by first letter (zoeken/woorden/{letter}.js), only the letters a query needs. */
const buckets: Record<string, Promise<WordList>> = {};
function bucketOf(w: string): string {
  const c = fold(w).charAt(0);
  return /[a-z]/.test(c) ? c : '0';
}
function loadBucket(letter: string): Promise<WordList> {
  buckets[letter] ??= (window.ZOEKWOORDEN?.[letter] ? Promise.resolve() : loadScript(new URL(`woorden/${letter}.js`, here).href)).then(
    () => wordList(String(window.ZOEKWOORDEN?.[letter] ?? '')),
    () => wordList(''),
  );
  return buckets[letter]!;
}
function loadVocab(words: readonly string[]): Promise<WordList> {
  // The word lists hold words that begin with a letter.
  const letters = [...new Set(words.filter((w) => w.length >= 3 && /^\p{L}/u.test(w)).map(bucketOf))];
  return Promise.all(letters.map(loadBucket)).then((parts) => {
    const v = { words: [] as string[], freq: {} as Record<string, number>, set: {} as Record<string, boolean> };
    for (const p of parts) {
      v.words.push(...p.words);
      Object.assign(v.freq, p.freq);
      Object.assign(v.set, p.set);
    }
    return v;
  });
}

interface Outcome {
  analysis: Analysis;
  ranked: Ranked<PfResult>[];
  list: Ranked<PfResult>[];
  kind: 'all' | 'some' | 'none';
  full: number;
  /** The result group of each page (the records carry it as a filter). */
  group: Map<string, string>;
}

/** One query through the engine: every alternative of every group searched, combined by rank.ts. */
async function searchOnce(pf: Pagefind, q: string, filters: Record<string, string>, synonyms: readonly Synonym[], vocab: WordList): Promise<Outcome> {
  const count = (w: string) => vocab.freq[w] ?? (vocab.set[fold(w)] ? 1 : 0);
  const analysis = analyze(q, synonyms, count);
  const perGroup: PfResult[][] = [];
  const group = new Map<string, string>();
  for (const g of analysis.groups) {
    const lists: PfResult[][] = [];
    for (const alt of g.alts) {
      const r = await pf.search(alt, { filters });
      lists.push(r ? r.results : []);
      // Which result group each hit is in, from the same search per group (nothing loaded).
      if (r && r.results.length) {
        for (const key of GROUPS) {
          const rg = await pf.search(alt, { filters: { ...filters, groep: key } });
          for (const x of rg ? rg.results : []) group.set(x.id, key);
        }
      }
    }
    perGroup.push(mergeAlternatives(lists));
  }
  const ranked = analysis.groups.length ? rank(perGroup) : [];
  const list = shown(ranked);
  return { analysis, ranked, list, kind: matchKind(ranked), full: ranked.filter((r) => r.full).length, group };
}

/* ---------- view ---------- */
interface Ui {
  input: HTMLInputElement;
  filters: HTMLElement;
  status: HTMLElement;
  hint: HTMLElement;
  note: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
  ways: HTMLElement | null;
  nearest: HTMLElement | null;
  selects: Record<string, HTMLSelectElement>;
}
let ui: Ui;

function href(url: string): string {
  let hash = '';
  const i = url.indexOf('#');
  if (i >= 0) {
    hash = url.slice(i);
    url = url.slice(0, i);
  }
  let path = url.replace(/^\//, '');
  if (offline && (path === '' || /\/$/.test(path))) path += 'index.html';
  return new URL(path, siteRoot).href + hash;
}

function segments(parts: readonly Segment[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const p of parts) frag.appendChild(p.mark ? el('mark', null, [p.text]) : document.createTextNode(p.text));
  return frag;
}

function titleOf(d: PfData): string {
  return resultTitle(d.meta, d.url);
}

function kindOf(d: PfData): string {
  const k = d.filters.soort ?? [];
  return k.filter((x) => x !== 'voetnoot')[0] ?? k[0] ?? '';
}

function renderResult(d: PfData, analysis: Analysis): HTMLLIElement {
  const li = el('li', { class: 'zoeken-resultaat' });
  li.appendChild(el('h3', { class: 'zoeken-titel' }, [el('a', { href: href(d.url) }, [titleOf(d)])]));
  const about = [d.meta.bron && d.meta.bron !== d.meta.title ? d.meta.bron : '', d.meta.datum || '', kindOf(d)].filter(Boolean);
  if (about.length) li.appendChild(el('p', { class: 'zoeken-over' }, [about.join(' · ')]));
  const text = d.content.startsWith(d.meta.title ?? '\u0000') ? d.content.slice((d.meta.title ?? '').length) : d.content;
  li.appendChild(el('p', { class: 'zoeken-fragment' }, [segments(excerpt(text.replace(/^[\s.:]+/, ''), analysis.groups))]));
  return li;
}

function groupList(key: string): HTMLOListElement {
  let g = ui.list.querySelector<HTMLLIElement>(`li[data-groep="${key}"]`);
  if (!g) {
    const id = `zoeken-groep-${key}`;
    g = el('li', { class: 'zoeken-groep', 'data-groep': key }, [
      el('h2', { id }, [t(`group${key.charAt(0).toUpperCase()}${key.slice(1)}`)]),
      el('ol', { 'aria-labelledby': id }),
    ]);
    // The group of pages with some of the words stays last.
    const deel = ui.list.querySelector('li[data-groep="deel"]');
    ui.list.insertBefore(g, key === 'deel' ? null : deel);
  }
  return g.querySelector('ol')!;
}

/* ---------- searching ---------- */
const current: { id: number; list: Ranked<PfResult>[]; shown: number; analysis: Analysis | null; groupOf: (r: Ranked<PfResult>) => string; skip: Set<string> } =
  {
    id: 0,
    list: [],
    shown: 0,
    analysis: null,
    groupOf: () => 'andere',
    skip: new Set(),
  };

function setUrl(q: string) {
  try {
    const u = new URL(location.href);
    if (q) u.searchParams.set('q', q);
    else u.searchParams.delete('q');
    history.replaceState(null, '', u.href);
  } catch {
    /* some browsers refuse this for file:// */
  }
  const header = document.querySelector<HTMLInputElement>('[data-search-shortcut]');
  if (header && header !== ui.input) header.value = q;
}

async function showMore(focus = false): Promise<void> {
  const id = current.id;
  const slice = current.list.slice(current.shown, current.shown + PAGE);
  const data = await Promise.all(slice.map((r) => r.hit.data()));
  if (id !== current.id) return;
  let first: HTMLAnchorElement | null = null;
  data.forEach((d, i) => {
    if (current.skip.has(d.url)) return; // already first, as a best bet
    const li = renderResult(d, current.analysis!);
    groupList(current.groupOf(slice[i]!)).appendChild(li);
    first ??= li.querySelector('a');
  });
  current.shown += slice.length;
  ui.more.hidden = current.shown >= current.list.length;
  if (focus && first) (first as HTMLAnchorElement).focus();
}

function searchLink(q: string, label?: string): HTMLAnchorElement {
  const a = el('a', { href: `?q=${encodeURIComponent(q)}` }, [label ?? q]);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    ui.input.value = q;
    void run(q, { exact: true, focus: true });
  });
  return a;
}

function showBestBets(targets: readonly Target[]) {
  if (!targets.length) return;
  const id = 'zoeken-groep-gericht';
  ui.list.appendChild(
    el('li', { class: 'zoeken-groep zoeken-gericht', 'data-groep': 'gericht' }, [
      el('h2', { id }, [t('bestBets')]),
      el(
        'ol',
        { 'aria-labelledby': id },
        targets.map((x) => el('li', { class: 'zoeken-resultaat' }, [el('h3', { class: 'zoeken-titel' }, [el('a', { href: href(x.url) }, [x.title])])])),
      ),
    ]),
  );
}

/** A zero result is never a dead end: the nearest spellings, the ways on (themes, glossary, abbreviations) and example searches. */
function showWaysOn(words: readonly string[], vocab: WordList) {
  if (ui.nearest) {
    ui.nearest.textContent = '';
    const near = [
      ...new Set(
        words
          .filter((w) => !knownWord(w, vocab))
          .map((w) => nearestWord(w, vocab))
          .filter((w): w is string => !!w),
      ),
    ];
    if (near.length) {
      ui.nearest.appendChild(document.createTextNode(`${t('nearest')} `));
      near.forEach((w, i) => {
        if (i) ui.nearest!.appendChild(document.createTextNode(', '));
        ui.nearest!.appendChild(searchLink(w));
      });
    }
    ui.nearest.hidden = !near.length;
  }
  if (ui.ways) ui.ways.hidden = false;
}

interface RunOptions {
  exact?: boolean;
  focus?: boolean;
}

async function run(q: string, opts: RunOptions = {}): Promise<void> {
  const id = ++current.id;
  q = q.trim();
  setUrl(q);
  // For whoever drives the page (tests): which query, and whether its results are shown.
  root!.setAttribute('data-query', q);
  root!.setAttribute('data-state', 'bezig');
  const done = () => {
    if (id === current.id) root!.setAttribute('data-state', 'klaar');
  };
  ui.hint.hidden = true;
  ui.hint.textContent = '';
  ui.note.hidden = true;
  ui.note.textContent = '';
  if (ui.ways) ui.ways.hidden = true;
  if (!q) {
    ui.list.textContent = '';
    ui.status.textContent = '';
    ui.more.hidden = true;
    done();
    return;
  }
  ui.status.textContent = t('searching', { q });
  try {
    const [pf, h] = await Promise.all([startEngine(), loadHelp()]);
    void buildFilters(pf);
    const filters: Record<string, string> = {};
    for (const k of Object.keys(ui.selects)) if (ui.selects[k]!.value) filters[k] = ui.selects[k]!.value;
    const words = queryWords(q);
    // The word lists of every first letter the query and its joined words need.
    const vocab = await loadVocab(words);
    if (id !== current.id) return;
    let out = await searchOnce(pf, q, filters, h.synoniemen, vocab);
    const had = out.full;
    let shownQuery = q;
    let state: ReturnType<typeof suggestionState> = 'none';
    let suggestion: string | null = null;
    if (!opts.exact) {
      suggestion = suggestionFor(q, vocab);
      if (suggestion) {
        const alt = await searchOnce(pf, suggestion, filters, h.synoniemen, await loadVocab(queryWords(suggestion)));
        const best = (o: Outcome) => (o.list[0] && o.list[0].full ? o.list[0].score : 0);
        state = suggestionState(out.full, alt.full, 3, best(out), best(alt));
        if (state === 'replace') {
          out = alt;
          shownQuery = suggestion;
        }
      }
    }
    if (id !== current.id) return;
    // Pages with every word, grouped (the letter, the actions, the other letters), ten on the
    // first screen with at least two of each group; then pages with some of the words, in a
    // group of their own after them. Without a page with every word, those are grouped instead.
    const full = out.list.filter((r) => r.full);
    const some = out.list.filter((r) => !r.full);
    const groupOf = (r: Ranked<PfResult>) => (full.length && !r.full ? 'deel' : (out.group.get(r.id) ?? 'andere'));
    const screen = firstScreen(full.length ? full : some, groupOf, PAGE);
    current.list = [...screen.first, ...screen.rest, ...(full.length ? some : [])];
    current.shown = 0;
    current.analysis = out.analysis;
    current.groupOf = groupOf;
    const bets = bestBets(q, h.bestemmingen);
    current.skip = new Set(bets.map((b) => b.url));
    ui.list.textContent = '';
    const n = out.list.length;
    ui.status.textContent = n === 0 ? t('none', { q: shownQuery }) : t(n === 1 ? 'one' : 'many', { n: String(n), q: shownQuery });
    if (state === 'replace' && suggestion) {
      ui.hint.appendChild(document.createTextNode(`${t(had ? 'insteadFew' : 'instead', { q, s: suggestion })} `));
      ui.hint.appendChild(searchLink(q, t('searchOriginal', { q })));
      ui.hint.hidden = false;
    } else if (state === 'offer' && suggestion) {
      ui.hint.appendChild(document.createTextNode(`${t('didYouMean')} `));
      ui.hint.appendChild(searchLink(suggestion));
      ui.hint.appendChild(document.createTextNode('?'));
      ui.hint.hidden = false;
    }
    root!.setAttribute('data-suggestie', state);
    const notes: string[] = [];
    // «actie 41», «35510-60»: the page named comes first; that the words are not on one page says nothing.
    const named = actionKeys(q).length + citationKeys(q).length > 0 && bets.length > 0;
    if (out.kind === 'some' && !named) notes.push(t('partial'));
    const also = out.analysis.groups.flatMap((g) => g.alts.slice(1).filter((a) => a !== g.term));
    if (also.length) notes.push(t('alsoSearched', { w: also.map((a) => `«${a}»`).join(', ') }));
    if (notes.length) {
      ui.note.textContent = notes.join(' ');
      ui.note.hidden = false;
    }
    root!.setAttribute('data-treffers', out.kind);
    showBestBets(bets);
    if (n === 0) showWaysOn(words, vocab);
    await showMore();
    if (opts.focus && id === current.id) ui.status.focus();
    done();
  } catch (err) {
    if (id !== current.id) return;
    ui.status.textContent = t('unavailable');
    ui.list.textContent = '';
    ui.list.appendChild(el('li', null, [el('a', { href: href('/') }, [t('linkHome')])]));
    ui.list.appendChild(el('li', null, [el('a', { href: href('/acties/') }, [t('linkActions')])]));
    done();
    console.warn('zoeken:', err);
  }
}

let filtersBuilt = false;
/* The filters appear after the first query (nothing shifts before the reader does something). */
function buildFilters(pf: Pagefind): Promise<void> {
  if (filtersBuilt) return Promise.resolve();
  filtersBuilt = true;
  const labels: Record<string, string> = { soort: t('filterKind'), thema: t('filterTheme'), document: t('filterDocument') };
  return pf.filters().then(
    (all) => {
      for (const key of Object.keys(all ?? {}).sort()) {
        if (key === 'groep') continue; // the result groups are the headings of the list
        const values = Object.keys(all[key] ?? {}).sort((a, b) => a.localeCompare(b, 'nl'));
        if (!values.length) continue;
        const id = `zoeken-filter-${key}`;
        const sel = el('select', { id }, [el('option', { value: '' }, [t('filterAll')]), ...values.map((v) => el('option', { value: v }, [v]))]);
        sel.addEventListener('change', () => void run(ui.input.value));
        ui.selects[key] = sel;
        ui.filters.appendChild(el('p', { class: 'zoeken-filter' }, [el('label', { for: id }, [labels[key] ?? key]), ' ', sel]));
      }
      ui.filters.hidden = !Object.keys(ui.selects).length;
    },
    () => {},
  );
}

function start() {
  if (!root) return;
  try {
    T = JSON.parse(root.getAttribute('data-teksten') || '{}') as Texts;
  } catch {
    T = {};
  }
  const input = document.getElementById('zoeken-invoer') as HTMLInputElement;
  ui = {
    input,
    filters: root.querySelector('.zoeken-filters')!,
    status: document.getElementById('zoeken-status')!,
    hint: document.getElementById('zoeken-suggestie')!,
    note: document.getElementById('zoeken-uitleg')!,
    list: document.getElementById('zoeken-resultaten')!,
    more: root.querySelector('.zoeken-meer')!,
    ways: document.getElementById('zoeken-verder'),
    nearest: document.getElementById('zoeken-dichtbij'),
    selects: {},
  };
  input.form!.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value, { focus: true });
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 250);
  });
  ui.more.addEventListener('click', () => void showMore(true));
  // Example searches in the ways on run here, without leaving the page.
  ui.ways?.querySelectorAll<HTMLAnchorElement>('a[data-zoekvraag]').forEach((a) =>
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const q = a.getAttribute('data-zoekvraag')!;
      input.value = q;
      void run(q, { focus: true });
    }),
  );
  let q0 = '';
  try {
    q0 = new URL(location.href).searchParams.get('q') || '';
  } catch {
    /* */
  }
  if (q0) {
    input.value = q0;
    void run(q0, { focus: true });
  } else {
    // The engine loads when the reader turns to the search form, not with the page.
    root.addEventListener('focusin', () => void startEngine().catch(() => {}), { once: true });
  }
  window.zoeken = { run: (q) => ((input.value = q), run(q)) };
}

start();
