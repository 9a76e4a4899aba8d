/**
 * Titles and «Begrippen» on the built site, in Chromium where a reader sees them: no title
 * with an ellipsis on any page; each action's one short title in the annex table, the home and
 * theme lists and data/acties.json (in its own h1 and <title>: tests/site/every-page.test.ts); /begrippen/ with an anchor per entry,
 * and the terms in the text leading there without a tab stop per occurrence. Run after the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { ActionsFile } from '../../src/site/opendata.ts';
import { routes } from '../../src/model/routes.ts';
import { titleEntry } from '../../src/model/titles.ts';
import { htmlFiles, pathOfFile } from './helpers/dist.ts';
import { loadModel } from './helpers/model.ts';
import { DIST } from './helpers/paths.ts';
import { useBrowser } from './helpers/browser.ts';
import { serveDist } from './helpers/server.ts';

const b = useBrowser();
const site = serveDist();
const model = loadModel();
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const titleOf = (n: number) => titleEntry(model, 'actions', n).title;

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
  content?: Node;
}
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const textOf = (n: Node): string => (n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(textOf).join(''));
function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.childNodes ?? []) yield* walk(c);
  if (n.content) yield* walk(n.content);
}

describe('no title with an ellipsis, anywhere in the built site', () => {
  it('every <title>, h1, and every link or cell that names an action or recommendation is whole', () => {
    const found: string[] = [];
    let named = 0;
    for (const file of htmlFiles()) {
      const doc = parse(readFileSync(join(DIST, file), 'utf8')) as unknown as Node;
      const where = pathOfFile(file);
      for (const n of walk(doc)) {
        if (n.tagName === 'title' || n.tagName === 'h1') {
          if (textOf(n).includes('…')) found.push(`${where}: <${n.tagName}> «${flat(textOf(n))}»`);
        }
        if (n.tagName === 'a') {
          const text = flat(textOf(n));
          const href = attr(n, 'href') ?? '';
          // A link to an action or recommendation page: its label is a title.
          if (/(^|\/)(acties|aanbevelingen)\/\d+\/(index\.html)?$/.test(href)) {
            named++;
            if (text.includes('…')) found.push(`${where}: link to ${href} «${text}»`);
          }
        }
      }
    }
    expect(named).toBeGreaterThan(300);
    expect(found).toEqual([]);
  });
});

describe('one title for each of the 86 actions', () => {
  it('in the annex table, the home and theme lists and data/acties.json', async () => {
    const page = await b.newPage();
    const json = JSON.parse(readFileSync(join(DIST, 'data', 'acties.json'), 'utf8')) as ActionsFile;
    expect(json.acties).toHaveLength(86);

    await b.goto(page, site.url(routes.actions()));
    const table = new Map(
      await page
        .locator('.actions-table tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [Number((r as HTMLElement).dataset.action), (r.querySelector('a.row-link') as HTMLElement).innerText.trim()] as const),
        ),
    );
    await b.goto(page, site.url(routes.home()));
    await page.locator('details.action-group').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const home = new Map(
      await page
        .locator('.action-lines a')
        .evaluateAll((links) =>
          links.map(
            (a) =>
              [Number(/\/acties\/(\d+)\//.exec((a as HTMLAnchorElement).href)?.[1]), (a as HTMLElement).innerText.replace(/^Actie \d+\s+/, '').trim()] as const,
          ),
        ),
    );
    const themeLists = new Map<number, string>();
    for (const th of model.themes) {
      await b.goto(page, site.url(routes.theme(th.slug)));
      for (const [n, label] of await page
        .locator('.action-list h3 a')
        .evaluateAll((links) =>
          links.map((a) => [Number(/\/acties\/(\d+)\//.exec((a as HTMLAnchorElement).href)?.[1]), (a as HTMLElement).innerText.trim()] as const),
        ))
        themeLists.set(n, label);
    }
    const themed = model.annex.actions.filter((a) => model.themes.some((th) => th.actions.includes(a.number)));
    expect(themeLists.size).toBeGreaterThanOrEqual(themed.length - 5);

    // Each action's own page (its h1 and <title>) is checked in tests/site/every-page.test.ts, from the load that checks it with axe.
    for (const a of model.annex.actions) {
      const title = titleOf(a.number);
      const full = `Actie ${a.number} — ${title}`;
      expect(table.get(a.number), `action ${a.number}: annex table`).toBe(title);
      expect(home.get(a.number), `action ${a.number}: home`).toBe(title);
      if (themeLists.has(a.number)) expect(themeLists.get(a.number), `action ${a.number}: theme list`).toBe(full);
      const rec = json.acties.find((r) => r.nummer === a.number)!;
      expect(rec.titel, `action ${a.number}: acties.json`).toBe(title);
    }
    // The lists say the titles are the edition's.
    await b.goto(page, site.url(routes.actions()));
    expect(await page.locator('.short-titles-note .badge').isVisible()).toBe(true);
  }, 300_000);
});

describe('«Begrippen»', () => {
  it('has an anchor per entry, marked editorial, with the places that use it; terms in the text lead there', async () => {
    const page = await b.newPage();
    await b.goto(page, site.url(routes.glossary()));
    expect(await page.locator('h1').innerText()).toBe('Begrippen');
    await expect.poll(() => page.locator('main .editorial-text').first().isVisible()).toBe(true);
    const ids = await page.locator('.term-entry').evaluateAll((es) => es.map((e) => e.id));
    expect(ids.sort()).toEqual(model.glossary.map((e) => e.slug).sort());
    // Each entry lists places; every place link resolves to a page of the site with that anchor.
    const places = await page.locator('.term-places a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(places.length).toBeGreaterThan(model.glossary.length);

    // Action 12: «zwarte lijst» leads to the entry for FSV, and the entry is there.
    await b.goto(page, site.url(routes.action(12)));
    const term = page.locator('main a.term', { hasText: 'zwarte lijst' });
    expect(await page.locator('main a.term').allInnerTexts()).toContain('zwarte lijst');
    await term.click();
    await page.waitForURL(/begrippen\/(index\.html)?#fsv$/);
    expect(await page.locator('#fsv h2').innerText()).toBe('FSV');
    expect(await page.locator('#fsv').innerText()).toContain('Fraude Signalering Voorziening');
  });

  it('links each term once per page: no more term links than distinct terms', async () => {
    const page = await b.newPage();
    for (const path of [routes.document('kst-35510-60'), routes.action(1), routes.theme(model.themes[0]!.slug)]) {
      await b.goto(page, site.url(path));
      const hrefs = await page.locator('main a.term').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
      expect(hrefs.length, path).toBeGreaterThan(0);
      expect(new Set(hrefs).size, `${path}: a term linked twice`).toBe(hrefs.length);
      expect(await page.locator('main :is(h1, h2, h3, h4) a.term').count(), `${path}: a term link inside a heading`).toBe(0);
    }
  });
});
