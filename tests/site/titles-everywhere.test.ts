/**
 * One title everywhere, on the built site (files only, no browser):
 *   - each of the 86 actions and each action and recommendation of 29 362 nr. 282 has one
 *     title, made of its label and its short title from content/titles.json, in its h1, its
 *     <title>, its page data (JSON), the open data (acties.json), the search (the title a
 *     result shows, read from Pagefind's own records, and the best bet), and in every link
 *     to its page on every page of the site (lists, tables, previous/next): a link's text is
 *     that title or its short title; a link in the text of a source keeps the source's words
 *     («zie actie 18») and carries the title as its description;
 *   - each document has one short name, the registry's (src/model/documents.ts): its page's
 *     h1 (with the official title under it), <title>, breadcrumb, page data, the search's
 *     document filter and best bet, and every list that links to the document by name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../src/model/documents.ts';
import { routes } from '../../src/model/routes.ts';
import { metaById } from '../../src/model/corpus.ts';
import { titleEntry } from '../../src/model/titles.ts';
import { pageDataPath } from '../../src/site/pagedata.ts';
import { resultTitle } from '../../src/client/search/title.ts';
import type { ActionsFile } from '../../src/site/opendata.ts';
import { canonical, htmlFiles, listFiles, pathOfFile } from './helpers/dist.ts';
import { loadModel } from './helpers/model.ts';
import { DIST } from './helpers/paths.ts';

const model = loadModel();
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  parentNode?: Node;
  value?: string;
  content?: Node;
}
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const hasClass = (n: Node, c: string) => (attr(n, 'class') ?? '').split(/\s+/).includes(c);
/** A title as a reader reads it: a badge («redactioneel») beside it or the direction of a previous/next link («Volgende →») is not part of it. */
const textOf = (n: Node): string =>
  n.nodeName === '#text' ? (n.value ?? '') : hasClass(n, 'badge') || hasClass(n, 'pn-dir') ? '' : (n.childNodes ?? []).map(textOf).join('');
function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.childNodes ?? []) yield* walk(c);
  if (n.content) yield* walk(n.content);
}
const first = (n: Node, pred: (x: Node) => boolean) => {
  for (const x of walk(n)) if (pred(x)) return x;
  return undefined;
};

/** Every built page, parsed once. */
const pages = htmlFiles().map((file) => ({ file, route: pathOfFile(file), doc: parse(readFileSync(join(DIST, file), 'utf8')) as unknown as Node }));
const pageAt = (route: string) => {
  const p = pages.find((x) => x.route === route);
  if (!p) throw new Error(`no built page at ${route}`);
  return p;
};
/** Every link of the site to a page (no fragment), by the route it leads to. */
const links = new Map<string, { from: string; text: string; title?: string; inText: boolean; named: boolean; crumb: boolean }[]>();
for (const p of pages) {
  for (const n of walk(p.doc)) {
    if (n.tagName !== 'a') continue;
    const href = attr(n, 'href');
    if (!href || /^(https?:|mailto:|#)/.test(href)) continue;
    const u = new URL(canonical(href, `http://site.invalid${p.route}`));
    if (u.hash) continue;
    let inText = false;
    // In running text (a paragraph, a list item or a table cell of a text), not a list the site makes.
    for (let up = n.parentNode; up; up = up.parentNode) if (up.tagName === 'p' || up.tagName === 'li' || up.tagName === 'td') inText = true;
    // Where a list names a page: a document's card, the breadcrumb, the navigation, the list of ways in (404).
    let named = false;
    let crumb = false;
    for (let up = n.parentNode; up; up = up.parentNode) {
      if (up.tagName === 'nav' && hasClass(up, 'breadcrumbs')) crumb = true;
      if (up.tagName === 'nav' || (up.tagName === 'ul' && hasClass(up, 'action-lines'))) named = true;
      if (up.tagName === 'li' && hasClass(up, 'card') && up === n.parentNode) named = true;
    }
    const list = links.get(u.pathname) ?? [];
    list.push({ from: p.route, text: flat(textOf(n)), title: attr(n, 'title'), inText, named, crumb });
    links.set(u.pathname, list);
  }
}

/** Pagefind's own records (its fragments: gzip, a signature, then JSON), by URL. */
const records = new Map<string, { url: string; meta: Record<string, string>; filters: Record<string, string[]> }>();
for (const f of listFiles(join(DIST, 'pagefind', 'fragment'))) {
  const raw = gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', f))).toString('utf8');
  const rec = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; meta: Record<string, string>; filters: Record<string, string[]> };
  records.set(rec.url, rec);
}
/** The best-bet targets the search page reads (zoeken/hulp.js). */
const help = JSON.parse(/^window\.ZOEKHULP=(.*);\s*$/s.exec(readFileSync(join(DIST, 'zoeken', 'hulp.js'), 'utf8'))![1]!) as {
  bestemmingen: { url: string; title: string; kind: string }[];
};

const h1Of = (route: string) => flat(textOf(first(pageAt(route).doc, (n) => n.tagName === 'h1')!));
const titleTagOf = (route: string) => flat(textOf(first(pageAt(route).doc, (n) => n.tagName === 'title')!));
const pageJson = (route: string) => JSON.parse(readFileSync(join(DIST, pageDataPath(route)), 'utf8')) as { titel: string };

/** The items that carry a short title: route, label, short title. */
const items = [
  ...model.annex.actions.map((a) => ({ route: routes.action(a.number), label: `Actie ${a.number}`, short: titleEntry(model, 'actions', a.number).title })),
  ...model.regelsEnRuimte.actions.map((a) => ({
    route: routes.rrAction(a.number),
    label: `Actie ${a.number}`,
    short: titleEntry(model, 'rrActions', a.number).title,
  })),
  ...model.regelsEnRuimte.recommendations.map((r) => ({
    route: routes.rrRecommendation(r.number),
    label: `Aanbeveling ${r.number}`,
    short: titleEntry(model, 'rrRecommendations', r.number).title,
  })),
];

describe('one title for every action and recommendation, on every page, list, <title>, JSON and search result', () => {
  it('covers the 86 actions of the annex and the 9 actions and 6 recommendations of 29 362 nr. 282', () => {
    expect(items.filter((i) => /^\/acties\//.test(i.route))).toHaveLength(86);
    expect(items).toHaveLength(86 + 9 + 6);
  });

  it.each(items.map((i) => [i.route, i] as const))('%s', (route, item) => {
    // The page: the h1 is the label, then the short title (an action of 282 names its document between).
    const title = h1Of(route);
    expect(title.startsWith(item.label), `h1 «${title}»`).toBe(true);
    expect(title.endsWith(` — ${item.short}`), `h1 «${title}»`).toBe(true);
    expect(titleTagOf(route).startsWith(`${title} — `), '<title>').toBe(true);
    expect(pageJson(route).titel, 'page data').toBe(title);

    // The search: the title a result shows, from Pagefind's record of the page; the best bet.
    const rec = records.get(route);
    expect(rec, `a search record for ${route}`).toBeDefined();
    expect(resultTitle(rec!.meta, rec!.url), 'search result').toBe(title);
    for (const target of help.bestemmingen.filter((x) => x.url === route)) expect(target.title, 'best bet').toBe(title);

    // Every link to the page: the title, or the short title where the number stands apart
    // (the annex table's own column, the home page's number tag); a link in a source's text
    // keeps the source's words and carries the title.
    const to = links.get(route) ?? [];
    expect(to.length, `links to ${route}`).toBeGreaterThan(1);
    for (const l of to) {
      // (The home page sets the number apart: «Actie 1» and the short title; /data/ shows some addresses as themselves.)
      if (l.text === title || l.text === item.short || l.text === `${item.label} ${item.short}` || l.text === route) continue;
      expect(l.inText && /^(zie )?(ook )?(actie |acties )?\d+$/i.test(l.text), `link from ${l.from}: «${l.text}»`).toBe(true);
      expect(l.title, `link «${l.text}» from ${l.from} carries the title`).toBe(title);
    }
  });

  it('the open data title each action by its short title: acties.json and both CSV files', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'data', 'acties.json'), 'utf8')) as ActionsFile;
    for (const a of model.annex.actions)
      expect(json.acties.find((r) => r.nummer === a.number)?.titel, `actie ${a.number}`).toBe(titleEntry(model, 'actions', a.number).title);
    for (const [file, delimiter] of [
      ['acties.csv', ','],
      ['acties-excel.csv', ';'],
    ] as const) {
      const rows = parseCsv(readFileSync(join(DIST, 'data', file), 'utf8'), { bom: true, delimiter }) as string[][];
      const col = rows[0]!.indexOf('Titel');
      expect(col, `${file}: a column «Titel»`).toBeGreaterThanOrEqual(0);
      for (const a of model.annex.actions)
        expect(rows.find((r) => r[0] === String(a.number))?.[col], `${file}, actie ${a.number}`).toBe(titleEntry(model, 'actions', a.number).title);
    }
  });
});

describe('one short name for every document', () => {
  it.each(DOCUMENTS.map((d) => [d.id, d] as const))('%s', (id, spec) => {
    const route = routes.document(id);
    const meta = metaById(model)[id];
    expect(h1Of(route)).toBe(spec.name);
    expect(titleTagOf(route).startsWith(`${spec.name} — `), '<title>').toBe(true);
    expect(pageJson(route).titel, 'page data').toBe(spec.name);
    // The official title stands under the short name.
    const official = first(pageAt(route).doc, (n) => hasClass(n, 'official-title'));
    if (meta!.title !== spec.name) expect(flat(textOf(official!))).toContain(meta.title);
    // The breadcrumb ends in the name.
    const crumbs = first(pageAt(route).doc, (n) => n.tagName === 'nav' && hasClass(n, 'breadcrumbs'));
    const items = [...walk(crumbs!)].filter((n) => n.tagName === 'li').map((n) => flat(textOf(n)));
    expect(items.at(-1), 'breadcrumb').toBe(spec.name);
    // The search: the document filter of its records and its best bet.
    const own = [...records.values()].filter((r) => r.url === route || r.url.startsWith(`${route}#`));
    expect(own.length).toBeGreaterThan(0);
    for (const r of own) expect(r.filters.document, r.url).toEqual([spec.name]);
    for (const target of help.bestemmingen.filter((x) => x.url === route)) expect(target.title, 'best bet').toBe(spec.name);
    // Every list that names the document (its card, the list of ways in): its name; and no link anywhere names it by its official title instead.
    const to = links.get(route) ?? [];
    // (The site's menu names its sections, «Acties», «Documenten»: not a document's name. A breadcrumb names the document.)
    const named = to.filter((l) => l.crumb || (l.named && !/^(Home|Documenten|Acties|Thema’s|Afkortingen|Zoeken)$/.test(l.text) && l.from !== route));
    expect(named.length, `lists that link to ${route}`).toBeGreaterThan(0);
    for (const l of named) expect(l.text, `link from ${l.from}`).toBe(spec.name);
    if (meta!.title !== spec.name) for (const l of to) expect(l.text, `link from ${l.from}`).not.toBe(meta!.title);
  });
});
