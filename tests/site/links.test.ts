/**
 * Links of the built site: every HTML page of dist/ is loaded in Chromium (scripts off)
 * and its links and ids are read from the DOM.
 *   - every internal link and resource resolves to a file in dist/;
 *   - every #anchor exists on its target page (and ids are unique per page);
 *   - external links are https://, and links to official publications have the form
 *     https://zoek.officielebekendmakingen.nl/kst-….html (a document) or …/dossier/N (a dossier);
 *   - every reference of the model is a link on the page that shows it, to the address
 *     the model resolved for it;
 *   - every address of src/model/routes.ts is built, and every page is reachable from home.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import type { Block, Footnote, Inline } from '../../src/model/schema.ts';
import { DOC_IDS, routes } from '../../src/model/routes.ts';
import { launchChromium } from './helpers/browser.ts';
import { canonical, fileOfPath, htmlFiles, pathOfFile } from './helpers/dist.ts';
import { blockInlines, loadModel } from './helpers/model.ts';
import { serveDist } from './helpers/server.ts';
import { words } from '../../scripts/lib/words.ts';

const site = serveDist();

interface Link {
  tag: string;
  attr: string;
  raw: string;
  /** Absolute, as the browser resolved it. */
  href: string;
  text: string;
}
interface PageScan {
  file: string;
  /** The URL it was loaded from. */
  url: string;
  lang: string | null;
  ids: string[];
  links: Link[];
}

const OFFICIAL = /^https:\/\/zoek\.officielebekendmakingen\.nl\/(?:kst-\d+(?:-[A-Z]+)?-\d+\.html|dossier\/\d+)$/;
/** Where the 404 page is loaded: deep, so that relative links on it would break. */
const MISSING = '/bestaat/niet/';

let browser: Browser;
let context: BrowserContext;
const scans = new Map<string, PageScan>();

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ javaScriptEnabled: false });
  // Only the documents themselves are needed: the DOM, not images or fonts.
  await context.route('**/*', (route) => {
    const req = route.request();
    return req.isNavigationRequest() ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  for (const file of htmlFiles()) {
    const path = file === '404.html' ? MISSING : pathOfFile(file);
    const url = site.url(path);
    const res = await page.goto(url, { waitUntil: 'domcontentloaded' });
    expect(res?.status(), url).toBe(file === '404.html' ? 404 : 200);
    const scan = await page.evaluate(() => {
      const links: Array<{ tag: string; attr: string; raw: string; href: string; text: string }> = [];
      const take = (selector: string, attr: string) => {
        for (const el of document.querySelectorAll(selector)) {
          const raw = el.getAttribute(attr);
          if (raw === null) continue;
          links.push({
            tag: el.tagName.toLowerCase(),
            attr,
            raw,
            href: new URL(raw, document.baseURI).href,
            text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
          });
        }
      };
      take('a[href]', 'href');
      take('area[href]', 'href');
      take('link[href]', 'href');
      take('script[src]', 'src');
      take('img[src]', 'src');
      take('iframe[src]', 'src');
      take('source[src]', 'src');
      take('video[src], audio[src], track[src]', 'src');
      take('form[action]', 'action');
      for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
        for (const part of (el.getAttribute('srcset') ?? '').split(',')) {
          const raw = part.trim().split(/\s+/)[0];
          if (raw) links.push({ tag: el.tagName.toLowerCase(), attr: 'srcset', raw, href: new URL(raw, document.baseURI).href, text: '' });
        }
      }
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      const names = [...document.querySelectorAll('a[name]')].map((el) => el.getAttribute('name')!);
      return { lang: document.documentElement.getAttribute('lang'), ids: [...ids, ...names], links };
    });
    scans.set(file, { file, url, ...scan });
  }
  await page.close();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

const isNavigation = (l: Link) => l.tag === 'a' || l.tag === 'area';
const origin = () => site.server.origin;
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
    console.log(
      `links: ${scans.size} pages, ${links} internal links, ${resources} internal resources and ${anchors} #anchors checked`,
    );
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
      [...blocks.flatMap(blockInlines), ...notes.flatMap((n) => n.content)].filter(
        (r): r is Extract<Inline, { type: 'ref' }> => r.type === 'ref',
      );
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
        if (!anchors.some((a) => a.href === expected && a.text.includes(text))) missing.push(`${path}: «${ref.value}» should link to ${'internal' in ref.resolved ? ref.resolved.internal : expected}`);
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
