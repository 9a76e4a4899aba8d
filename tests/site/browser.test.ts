/**
 * The built site in Chromium, as a reader uses it: following real links by clicking,
 * the footnote round trip, search with Pagefind, the «/» shortcut. Every visited page
 * must be Dutch (lang="nl") and log no console or page error (helpers/browser.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Action, Inline } from '../../src/model/schema.ts';
import { routes } from '../../src/model/routes.ts';
import { copiedText, useBrowser } from './helpers/browser.ts';
import { canonicalPath } from './helpers/dist.ts';
import { follow, here, langOf, SEARCH_BOX } from './helpers/dom.ts';
import { blockInlines, blockText, loadModel, themeOfAction } from './helpers/model.ts';
import { serveDist } from './helpers/server.ts';
import { words } from '../../scripts/lib/words.ts';
import { actionTitle } from '../../src/site/route-data.ts';
import { t } from '../../src/site/strings.ts';

const site = serveDist();
const b = useBrowser();

type Ref = Extract<Inline, { type: 'ref' }>;
const refsOf = (a: Action): Ref[] => [...a.description, ...a.status].flatMap(blockInlines).filter((r): r is Ref => r.type === 'ref');

/** The page at `path` in the file's kept page (the tests that open it store nothing: no colour choice, no permission). */
async function open(path: string): Promise<Page> {
  const page = await b.keptPage();
  await b.goto(page, site.url(path));
  expect(await langOf(page), path).toBe('nl');
  return page;
}

async function expectDutch(page: Page): Promise<void> {
  expect(await langOf(page), page.url()).toBe('nl');
}

const normalized = (s: string) => words(s).join(' ');

/** Is the element (at least partly) in the viewport? Evaluated in the page. */
function inViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
}

describe('browsing the site', () => {
  it('goes from home to a theme, to an action of it, to the Kamerstuk the action cites', async () => {
    const model = loadModel();
    // An action that cites a Kamerstuk of the corpus (26 cites «TK 29362-290»), with its letter theme.
    const action = model.annex.actions.find(
      (a) => themeOfAction(a, model.themes) && refsOf(a).some((r) => r.target.kind === 'kamerstuk' && 'internal' in r.resolved),
    );
    expect(action, 'an action that cites a Kamerstuk of the corpus').toBeDefined();
    const theme = themeOfAction(action!, model.themes)!;
    const ref = refsOf(action!).find((r) => r.target.kind === 'kamerstuk' && 'internal' in r.resolved)!;
    const target = (ref.resolved as { internal: string }).internal;

    const page = await open(routes.home());
    await follow(page, routes.theme(theme.slug));
    expect(here(page)).toBe(routes.theme(theme.slug));
    await expectDutch(page);
    expect(normalized(await page.locator('h1').first().innerText())).toContain(normalized(theme.title));

    await follow(page, routes.action(action!.number), 'main');
    expect(here(page)).toBe(routes.action(action!.number));
    await expectDutch(page);
    const description = normalized(blockText(action!.description[0]!));
    expect(normalized(await page.locator('main').innerText())).toContain(description);

    await follow(page, target, 'main');
    expect(here(page)).toBe(target);
    await expectDutch(page);
    // The cited letter: 29 362 nr. 290 in the corpus.
    const doc = target.startsWith(routes.document('kst-29362-290'))
      ? model.werkAanUitvoering
      : target.startsWith(routes.document('kst-29362-282'))
        ? model.regelsEnRuimte
        : model.letter;
    expect(normalized(await page.locator('h1').first().innerText())).toContain(normalized(doc.meta.shortTitle));
  });

  it('takes a footnote marker to its note and the note back to the marker (35 510 nr. 60, note 12)', async () => {
    const model = loadModel();
    const marker = model.letter.blocks.flatMap(blockInlines).find((r) => r.type === 'noteRef' && r.label === '12');
    expect(marker, 'note marker 12 in the letter').toBeDefined();
    const noteId = (marker as Extract<Inline, { type: 'noteRef' }>).note;
    const path = routes.document('kst-35510-60');
    const page = await open(path);

    // The marker: the link in the text to the note.
    const markerLinks = page.locator(`main a[href="#${noteId}"]`).filter({ visible: true });
    expect(await markerLinks.count(), `links to #${noteId}`).toBe(1);
    const markerLink = markerLinks.first();
    expect(normalized(await markerLink.innerText())).toContain('12');
    const markerId = await markerLink.evaluate((a) => (a.id ? a.id : a.closest('[id]')?.id) ?? '');
    expect(markerId, 'the marker (or its wrapper) has an id to come back to').not.toBe('');

    await markerLink.click();
    await page.waitForURL((u) => u.hash === `#${noteId}`);
    expect(here(page)).toBe(`${path}#${noteId}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(noteId);
    const note = page.locator(`[id="${noteId}"]`);
    await expect.poll(() => note.evaluate(inViewport), { message: 'the note is scrolled into view' }).toBe(true);
    // Note 12 cites Kamerstuk 29 362, nr. 290: a link to its page in this site.
    const citing = (await note.evaluate((el) => [...el.querySelectorAll('a')].map((a) => a.href))).map((h) => canonicalPath(h));
    expect(citing).toContain(routes.document('kst-29362-290'));

    // Back to the marker.
    const back = note.locator(`a[href="#${markerId}"]`);
    expect(await back.count(), `back-link #${markerId} in note ${noteId}`).toBeGreaterThan(0);
    await back.first().click();
    await page.waitForURL((u) => u.hash === `#${markerId}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(markerId);
    await expect.poll(() => markerLink.evaluate(inViewport), { message: 'the marker is scrolled into view' }).toBe(true);
  });
});

/** Distinctive words of an action's description (checked against the model below). */
const PHRASES: Array<[number, string]> = [
  [41, 'Invorderingsstrategie van Belastingdienst'],
  [63, 'Online informatiepunt stukken KOT-affaire'],
  [80, 'Opzetten van een algoritmeregister'],
  [26, 'Kabinetsreactie WaU voor verkiezingen'],
];

const RESULT_LINK = '.pagefind-ui__result-link, pagefind-results a[href], [data-search-results] a[href]';

describe('search', () => {
  it.each(PHRASES)('finds action %i first for «%s»', async (n, phrase) => {
    const model = loadModel();
    const action = model.annex.actions.find((a) => a.number === n)!;
    expect(normalized(action.description.map(blockText).join(' '))).toContain(normalized(phrase));

    const page = await open(routes.search());
    // The search box of the search page itself (the header has a form that leads here).
    const box = page.locator('main').locator(SEARCH_BOX).filter({ visible: true }).first();
    await box.fill(phrase);
    const first = page.locator(RESULT_LINK).first();
    await first.waitFor({ state: 'visible', timeout: 15_000 });
    const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(canonicalPath(href), `first result for «${phrase}»`).toBe(routes.action(n));
    await Promise.all([page.waitForURL((u) => canonicalPath(u.href) === routes.action(n)), first.click()]);
    await expectDutch(page);
  });

  it.each([routes.home(), routes.action(41), routes.document('kst-35510-60'), routes.about()])(
    'focuses the search box with the «/» key on %s',
    async (path) => {
      const page = await open(path);
      expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
      await page.keyboard.press('/');
      await page.waitForFunction((sel) => document.activeElement?.matches(sel) ?? false, SEARCH_BOX, { timeout: 5_000 });
      await expectDutch(page);
      // The key opened the search, it did not type into it.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value ?? '')).toBe('');
    },
  );

  it('lets «/» be typed inside the search box', async () => {
    const page = await open(routes.search());
    const box = page.locator('main').locator(SEARCH_BOX).filter({ visible: true }).first();
    await box.click();
    await page.keyboard.type('a/b');
    expect(await box.inputValue()).toBe('a/b');
  });
});

describe('citing a page', () => {
  it('copies the citation in its official form and the permanent link, each button saying what it copies', async () => {
    const model = loadModel();
    const page = await b.newPage({ clipboard: true });
    await b.goto(page, site.url(routes.action(41)));
    const citation = page.getByRole('button', { name: 'Kopieer bronvermelding' });
    const link = page.getByRole('button', { name: 'Kopieer link' });
    await citation.click();
    await page.locator('.copy-status', { hasText: 'De bronvermelding is gekopieerd.' }).waitFor();
    const copied = await copiedText(page);
    const annex = model.letter.meta;
    expect(copied).toBe(`Bijlage bij Kamerstukken II ${annex.vergaderjaar!.replace(/^(\d{4})-\d{2}(\d{2})$/, '$1/$2')}, 35 510, nr. 60, actie 41, p. 10-11`);
    await link.click();
    await page.locator('.copy-status', { hasText: 'De link is gekopieerd.' }).waitFor();
    expect(await copiedText(page)).toMatch(/\/acties\/41\/$/);
  });
});

describe('the annex table', () => {
  const fold = (s: string) => s.toLocaleLowerCase('nl').normalize('NFD').replace(/\p{M}/gu, '');
  it('filters over the status too, keeps the filter in the address, and titles each action by its subject', async () => {
    const model = loadModel();
    const routeTitles = model.annex.actions.map((a) => actionTitle(model, a));
    const text = (blocks: Action['status']) => fold(blocks.map(blockText).join(' '));
    // A word that only some statuses use, and no description or title.
    const candidates = [...new Set(model.annex.actions.flatMap((a) => text(a.status).match(/\p{L}{9,}/gu) ?? []))];
    const word = candidates.find((w) => {
      const inStatus = model.annex.actions.filter((a) => text(a.status).includes(w)).length;
      return (
        inStatus >= 1 && inStatus <= 5 && !model.annex.actions.some((a) => text(a.description).includes(w)) && !routeTitles.some((x) => fold(x).includes(w))
      );
    })!;
    expect(word).toBeDefined();
    const expected = model.annex.actions.filter((a) => text(a.status).includes(word)).map((a) => String(a.number));
    const page = await open(routes.actions());
    await page.fill('#action-filter input[name="text"]', word);
    const visible = () => page.locator('.actions-table tbody tr:not([hidden]) th[scope="row"]').allTextContents();
    // The filter reads /acties/standen.js first: give it the time a loaded machine needs.
    await expect.poll(visible, { timeout: 10_000 }).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('tekst')).toBe(word);
    await page.reload();
    expect(await page.inputValue('#action-filter input[name="text"]')).toBe(word);
    await expect.poll(visible, { timeout: 10_000 }).toEqual(expected);
    // Titled by the action's short title, and a status column with the date.
    const titles = await page.locator('.actions-table tbody .row-link').allTextContents();
    expect(titles).toHaveLength(model.annex.actions.length);
    expect(titles[40]).toBe('Invorderingsstrategie van Belastingdienst tegen het licht houden');
    expect(titles.every((x, i) => `${t.action(i + 1)} — ${x}` === routeTitles[i])).toBe(true);
    expect(await page.locator('.actions-table thead th').allTextContents()).toContain('Stand van zaken (bijlage bij de brief van 29 juni 2021)');
  });
});
