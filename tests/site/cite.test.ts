/**
 * «Citeer alinea» on a 390 px phone (built dist/, Chromium, touch): it cites the paragraph the
 * reader sees above the panel, never one hidden under it; keeps it in view; shows its first
 * words; steps to the previous and next paragraph; takes the paragraph last tapped. An action
 * page fetches the panel on the first tap of a «¶». The action's citation carries its pages.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { routes } from '../../src/model/routes.ts';
import { plainBlock } from '../../src/model/text.ts';
import { firstWords } from '../../src/client/cite-logic.ts';
import { spanOf } from '../../src/site/cite.ts';
import { useBrowser } from './helpers/browser.ts';
import { loadModel } from './helpers/model.ts';
import { serveDist } from './helpers/server.ts';

const site = serveDist();
const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const LETTER = routes.document('kst-35510-60');

async function phone(path: string): Promise<Page> {
  const page = await b.newPage({ viewport: PHONE, hasTouch: true, isMobile: true, serviceWorkers: 'block' });
  await b.goto(page, site.url(path));
  return page;
}

/** The cited block's place on the screen and the panel's top. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const cited = document.querySelector('.is-cited')!;
    const r = cited.getBoundingClientRect();
    const bar = document.querySelector('.page-bar')!.getBoundingClientRect().bottom;
    return { id: cited.id, top: r.top, bottom: r.bottom, bar, panel: document.getElementById('alinea-citeren')!.getBoundingClientRect().top };
  });

/** Scrolls so that a block's top stands `y` px from the top of the screen. */
const scrollTo = (page: Page, id: string, y: number) =>
  page.locator(`[id="${id}"]`).evaluate((el, y) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - y, behavior: 'instant' }), y);

const tapCiteHere = (page: Page) => page.locator('.cite-here').evaluate((button) => (button as HTMLElement).click());

describe('«Citeer alinea» on a 390 px phone', () => {
  const model = loadModel();
  const paragraphs = model.letter.blocks.filter((x) => x.kind === 'paragraph');

  it('cites the paragraph that shows above the panel, keeps it in view there and shows its first words', async () => {
    const page = await phone(LETTER);
    // Several places in the letter, a paragraph just below the bar, or halfway the screen.
    for (const [i, y] of [
      [10, 70],
      [20, 300],
      [30, 120],
      [paragraphs.length - 1, 200],
    ] as const) {
      const block = paragraphs[i]!;
      await scrollTo(page, block.id, y);
      const seen = await page.evaluate(() => {
        const bar = document.querySelector('.page-bar')!.getBoundingClientRect().bottom;
        return [...document.querySelectorAll<HTMLElement>('main .block[id], main .block-heading[id]')]
          .map((el) => ({ id: el.id, top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom }))
          .filter((r) => r.bottom > bar && r.top < innerHeight / 2);
      });
      await tapCiteHere(page);
      const l = await layout(page);
      // One of the paragraphs in the upper half of the screen, where the reader looks (the panel takes the lower part).
      expect(
        seen.map((s) => s.id),
        `cited #${l.id} at ${block.id} ${y}px`,
      ).toContain(l.id);
      // It shows above the panel, below the bar.
      expect(l.top).toBeGreaterThanOrEqual(l.bar - 1);
      expect(Math.min(l.bottom, l.top + 60)).toBeLessThanOrEqual(l.panel + 1);
      const cited = model.letter.blocks.find((x) => x.id === l.id)!;
      expect(await page.locator('#alinea-begin').textContent()).toBe(firstWords(plainBlock(cited)));
      expect(new URL(page.url()).hash).toBe(`#${l.id}`);
      await page.locator('.cite-close').tap();
    }
  });

  it('steps to the next and previous paragraph, each shown above the panel', async () => {
    const page = await phone(LETTER);
    const ids = await page.locator('main .block[id], main .block-heading[id]').evaluateAll((els) => els.map((e) => e.id));
    await scrollTo(page, paragraphs[12]!.id, 70);
    await tapCiteHere(page);
    const first = (await layout(page)).id;
    let at = ids.indexOf(first);
    for (const step of ['next', 'next', 'next', 'prev'] as const) {
      await page.locator(step === 'next' ? '.cite-next' : '.cite-prev').tap();
      at += step === 'next' ? 1 : -1;
      const l = await layout(page);
      expect(l.id).toBe(ids[at]);
      expect(new URL(page.url()).hash).toBe(`#${ids[at]}`);
      expect(l.top).toBeGreaterThanOrEqual(l.bar - 1);
      expect(Math.min(l.bottom, l.top + 60)).toBeLessThanOrEqual(l.panel + 1);
      expect((await page.locator('#alinea-begin').textContent())!.length).toBeGreaterThan(0);
    }
  });

  it('takes the paragraph last tapped while it shows', async () => {
    const page = await phone(LETTER);
    const block = paragraphs[25]!;
    await scrollTo(page, block.id, 320);
    const box = (await page.locator(`[id="${block.id}"]`).boundingBox())!;
    await page.touchscreen.tap(box.x + 40, box.y + 6);
    await tapCiteHere(page);
    expect((await layout(page)).id).toBe(block.id);
  });
});

describe('an action page', () => {
  it('fetches the panel on the first tap of a ¶, which it cites with the page; the action is cited with all its pages', async () => {
    const page = await phone(routes.action(41));
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const action = loadModel().annex.actions.find((a) => a.number === 41)!;
    const span = spanOf([...action.description, ...action.status])!;
    expect(await page.locator('#cite-text').textContent()).toBe(
      `Bijlage bij Kamerstukken II 2020/21, 35 510, nr. 60, actie 41, p. ${span.first}${span.last > span.first ? `-${span.last}` : ''}`,
    );
    const status = action.status.at(-1)!;
    await page.locator(`[id="${status.id}"]`).scrollIntoViewIfNeeded();
    await page.locator(`[id="${status.id}"] > a.anchor`).tap();
    await page.locator('#alinea-citeren').waitFor({ state: 'visible' });
    expect(fetched).toContain('/js/citeer-alinea.js');
    expect(await page.locator('#alinea-tekst').textContent()).toBe(`Bijlage bij Kamerstukken II 2020/21, 35 510, nr. 60, actie 41, p. ${status.page}`);
    expect(await page.locator('#alinea-begin').textContent()).toBe(firstWords(plainBlock(status)));
  });
});
