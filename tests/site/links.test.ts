/**
 * Links of the built site: every HTML page of dist/ is parsed as a browser with scripts off
 * parses it (parse5, the HTML standard's parser, scripting off) and its links and ids are
 * read from that tree, resolved against the address the page is served at.
 *   - every internal link and resource resolves to a file in dist/;
 *   - every #anchor exists on its target page (and ids are unique per page);
 *   - external links are https://, and links to official publications have the form
 *     https://zoek.officielebekendmakingen.nl/kst-….html (a document) or …/dossier/N (a dossier);
 *   - every reference of the model is a link on the page that shows it, to the address
 *     the model resolved for it;
 *   - every address of src/model/routes.ts is built, and every page is reachable from home.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, Footnote, Inline } from '../../src/model/schema.ts';
import { DOC_IDS, routes } from '../../src/model/routes.ts';
import { canonical, fileOfPath, htmlFiles, pathOfFile } from './helpers/dist.ts';
import { blockInlines, loadModel } from './helpers/model.ts';
import { DIST } from './helpers/paths.ts';
import { words } from '../../scripts/lib/words.ts';

/** Where the pages are taken to be served (the site's root). */
const ORIGIN = 'http://site.invalid';
const site = { url: (path: string) => new URL(path, ORIGIN).href };

interface Link {
  tag: string;
  attr: string;
  raw: string;
  /** Absolute, as a browser resolves it on the page's address. */
  href: string;
  text: string;
}
interface PageScan {
  file: string;
  /** The address it is served at. */
  url: string;
  lang: string | null;
  ids: string[];
  links: Link[];
}

const OFFICIAL = /^https:\/\/zoek\.officielebekendmakingen\.nl\/(?:kst-\d+(?:-[A-Z]+)?-\d+\.html|dossier\/\d+)$/;
/** Where the 404 page is shown: deep, so that relative links on it would break. */
const MISSING = '/bestaat/niet/';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value ?? null;
function* elements(n: Node): Generator<Element> {
  if (isElement(n)) yield n;
  // Not into a <template>'s content: that is not part of the document.
  if ('childNodes' in n) for (const k of n.childNodes) yield* elements(k);
}
const textOf = (n: Node): string => ('value' in n && n.nodeName === '#text' ? n.value : 'childNodes' in n ? n.childNodes.map(textOf).join('') : '');

/** The links and ids of one page, as the DOM of a browser with scripts off holds them. */
function scanPage(html: string, url: string): Omit<PageScan, 'file' | 'url'> {
  const doc = parse(html, { scriptingEnabled: false });
  const all = [...elements(doc)];
  const baseEl = all.find((el) => el.tagName === 'base' && attr(el, 'href') !== null);
  const base = baseEl ? new URL(attr(baseEl, 'href')!, url).href : url;
  const links: Link[] = [];
  const take = (tags: string[], name: string) => {
    for (const el of all) {
      if (!tags.includes(el.tagName)) continue;
      const raw = attr(el, name);
      if (raw === null) continue;
      links.push({ tag: el.tagName, attr: name, raw, href: new URL(raw, base).href, text: textOf(el).replace(/\s+/g, ' ').trim() });
    }
  };
  take(['a', 'area', 'link'], 'href');
  take(['script', 'img', 'iframe', 'source', 'video', 'audio', 'track'], 'src');
  take(['form'], 'action');
  for (const el of all.filter((e) => (e.tagName === 'img' || e.tagName === 'source') && attr(e, 'srcset') !== null)) {
    for (const part of attr(el, 'srcset')!.split(',')) {
      const raw = part.trim().split(/\s+/)[0];
      if (raw) links.push({ tag: el.tagName, attr: 'srcset', raw, href: new URL(raw, base).href, text: '' });
    }
  }
  const ids = all.map((el) => attr(el, 'id')).filter((id): id is string => id !== null);
  const names = all
    .filter((el) => el.tagName === 'a')
    .map((el) => attr(el, 'name'))
    .filter((n): n is string => n !== null);
  const html_ = all.find((el) => el.tagName === 'html');
  return { lang: html_ ? attr(html_, 'lang') : null, ids: [...ids, ...names], links };
}

const scans = new Map<string, PageScan>();

beforeAll(() => {
  for (const file of htmlFiles()) {
    const url = site.url(file === '404.html' ? MISSING : pathOfFile(file));
    scans.set(file, { file, url, ...scanPage(readFileSync(join(DIST, file), 'utf8'), url) });
  }
});

describe('the page scan', () => {
  it("reads links, ids and lang as a browser with scripts off does, resolved on the page's address", () => {
    const s = scanPage(
      '<!doctype html><html lang="nl"><title>t</title><noscript><a href="../x/index.html#a">X <b>y</b></a></noscript>' +
        '<p id="p"><a name="n"></a><img srcset="i.png 1x, j.png 2x"><form action="zoeken/"></form><template><a href="t/" id="t">T</a></template>',
      'http://site.invalid/acties/1/',
    );
    expect(s.lang).toBe('nl');
    // A template's content is not in the document; <noscript> is, when scripts are off.
    expect(s.ids).toEqual(['p', 'n']);
    expect(s.links.map((l) => `${l.tag} ${l.attr} ${l.href} «${l.text}»`)).toEqual([
      'a href http://site.invalid/acties/x/index.html#a «X y»',
      'form action http://site.invalid/acties/1/zoeken/ «»',
      'img srcset http://site.invalid/acties/1/i.png «»',
      'img srcset http://site.invalid/acties/1/j.png «»',
    ]);
    expect(scanPage('<base href="/b/"><a href="c/">c</a>', 'http://site.invalid/a/').links[0]!.href).toBe('http://site.invalid/b/c/');
  });
});

const isNavigation = (l: Link) => l.tag === 'a' || l.tag === 'area';
const origin = () => ORIGIN;
const isInternal = (href: string) => new URL(href).origin === origin();

describe('links of the built site', () => {
  it('finds the pages of the site', () => {
    expect(scans.size).toBeGreaterThan(100);
    expect(scans.has('index.html')).toBe(true);
    expect(scans.has('404.html')).toBe(true);
  });

  it('has lang="nl" on every page', () => {
    const wrong = [...scans.values()].filter((s) => s.lang !== 'nl').map((s) => `${s.file}: lang=${s.lang}`);
    expect(wrong).toEqual([]);
  });

  it('has no duplicate ids on any page', () => {
    const dupes: string[] = [];
    for (const s of scans.values()) {
      const seen = new Set<string>();
      for (const id of s.ids) {
        if (seen.has(id)) dupes.push(`${s.file}: id «${id}» occurs more than once`);
        seen.add(id);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('has no broken internal link and no broken #anchor', () => {
    const broken: string[] = [];
    let links = 0;
    let resources = 0;
    let anchors = 0;
    for (const s of scans.values()) {
      for (const l of s.links) {
        if (!isInternal(l.href)) continue;
        const url = new URL(l.href);
        if (isNavigation(l)) links++;
        else resources++;
        const where = `${s.file}: <${l.tag} ${l.attr}="${l.raw}">${l.text ? ` «${l.text.slice(0, 80)}»` : ''}`;
        // A fragment of the page itself (also on the 404 page, wherever it is shown).
        const samePage = url.origin + url.pathname + url.search === new URL(s.url).origin + new URL(s.url).pathname + new URL(s.url).search;
        const file = samePage ? s.file : fileOfPath(url.pathname);
        if (!file) {
          broken.push(`${where} → ${url.pathname}: no such file in dist/`);
          continue;
        }
        if (l.raw.includes('#')) {
          anchors++;
          const fragment = decodeURIComponent(url.hash.slice(1));
          if (fragment === '') {
            broken.push(`${where}: empty fragment, links to nothing`);
            continue;
          }
          const target = scans.get(file);
          if (!target) {
            broken.push(`${where}: #${fragment} on ${file}, which is not an HTML page`);
            continue;
          }
          // The HTML standard scrolls «#top» to the top without an element.
          if (!target.ids.includes(fragment) && fragment.toLowerCase() !== 'top') {
            broken.push(`${where}: ${file} has no element with id «${fragment}»`);
          }
        }
      }
    }
    console.log(`links: ${scans.size} pages, ${links} internal links, ${resources} internal resources and ${anchors} #anchors checked`);
    expect(links).toBeGreaterThan(1000);
    expect(broken, `${broken.length} broken:\n${broken.join('\n')}`).toEqual([]);
  });

  it('links outside only over https, and to official publications by their kst-….html address', () => {
    const wrong: string[] = [];
    const external = new Set<string>();
    let official = 0;
    for (const s of scans.values()) {
      for (const l of s.links) {
        if (isInternal(l.href)) continue;
        const where = `${s.file}: <${l.tag} ${l.attr}="${l.raw}">${l.text ? ` «${l.text.slice(0, 80)}»` : ''}`;
        const url = new URL(l.href);
        if (url.protocol !== 'https:') {
          wrong.push(`${where}: not https://`);
          continue;
        }
        external.add(l.href);
        if (/(^|\.)officielebekendmakingen\.nl$/.test(url.hostname)) {
          official++;
          if (!OFFICIAL.test(l.href)) wrong.push(`${where}: not of the form https://zoek.officielebekendmakingen.nl/kst-….html`);
        }
      }
    }
    console.log(`external links: ${external.size} distinct addresses, ${official} links to official publications checked`);
    expect(official).toBeGreaterThan(0);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('makes every reference of the model a link to its resolved address, on the page that shows it', () => {
    const model = loadModel();
    const refs = (blocks: readonly Block[], notes: readonly Footnote[]): Extract<Inline, { type: 'ref' }>[] =>
      [...blocks.flatMap(blockInlines), ...notes.flatMap((n) => n.content)].filter((r): r is Extract<Inline, { type: 'ref' }> => r.type === 'ref');
    const pages: Array<[string, Extract<Inline, { type: 'ref' }>[]]> = [
      [routes.document('kst-35510-60'), refs(model.letter.blocks, model.letter.footnotes)],
      [routes.document('kst-29362-290'), refs(model.werkAanUitvoering.blocks, model.werkAanUitvoering.footnotes)],
      [routes.document('kst-29362-282'), refs(model.regelsEnRuimte.blocks, model.regelsEnRuimte.footnotes)],
      [routes.actions(), refs(model.annex.intro, [])],
      ...model.annex.actions.map(
        (a) => [routes.action(a.number), refs([...a.description, ...a.status], a.footnotes)] as [string, Extract<Inline, { type: 'ref' }>[]],
      ),
    ];
    const missing: string[] = [];
    let checked = 0;
    for (const [path, list] of pages) {
      const file = fileOfPath(path);
      const scan = file ? scans.get(file) : undefined;
      if (!scan) {
        missing.push(`${path}: page not built`);
        continue;
      }
      const anchors = scan.links.filter(isNavigation).map((l) => ({ href: canonical(l.href), text: words(l.text).join(' ') }));
      for (const ref of list) {
        checked++;
        const expected = canonical('internal' in ref.resolved ? site.url(ref.resolved.internal) : ref.resolved.external);
        // The reference's own words are the link (not just any link to that address on the page).
        const text = words(ref.value).join(' ');
        if (!anchors.some((a) => a.href === expected && a.text.includes(text)))
          missing.push(`${path}: «${ref.value}» should link to ${'internal' in ref.resolved ? ref.resolved.internal : expected}`);
      }
    }
    console.log(`references: ${checked} model references checked as links`);
    expect(checked).toBeGreaterThan(50);
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('builds every address of routes.ts, and every page is reachable by links from home', () => {
    const model = loadModel();
    const expected = [
      routes.home(),
      ...DOC_IDS.map((id) => routes.document(id)),
      routes.actions(),
      ...model.annex.actions.map((a) => routes.action(a.number)),
      routes.themes(),
      ...model.themes.map((t) => routes.theme(t.slug)),
      ...model.regelsEnRuimte.actions.map((a) => routes.rrAction(a.number)),
      ...model.regelsEnRuimte.recommendations.map((r) => routes.rrRecommendation(r.number)),
      routes.abbreviations(),
      routes.glossary(),
      routes.about(),
      routes.search(),
      routes.data(),
    ];
    const notBuilt = expected.filter((p) => !fileOfPath(p) || !scans.has(fileOfPath(p)!));
    expect(notBuilt, 'addresses of routes.ts without a page').toEqual([]);

    const reached = new Set<string>(['index.html']);
    const queue = ['index.html'];
    while (queue.length > 0) {
      const s = scans.get(queue.shift()!)!;
      for (const l of s.links.filter(isNavigation)) {
        if (!isInternal(l.href)) continue;
        const file = fileOfPath(new URL(l.href).pathname);
        if (file && scans.has(file) && !reached.has(file)) {
          reached.add(file);
          queue.push(file);
        }
      }
    }
    const unreachable = [...scans.keys()].filter((f) => f !== '404.html' && !reached.has(f));
    expect(unreachable, 'pages no link leads to').toEqual([]);
  });
});
