/**
 * Reading a long page and citing a place in it (built dist/, Chromium), at 390 px (touch)
 * and at 1440 px, in light and dark, and by keyboard alone:
 *   - a document leads with its text: compact Kerngegevens, beside the text on a wide screen;
 *   - «Op deze pagina» beside the text and in view while reading, or from the page bar on a
 *     phone; the bar names the section being read;
 *   - every paragraph can be linked and cited, with its page, from its ¶ (visible on touch)
 *     or from «Citeer alinea» — without a tab stop per paragraph;
 *   - the annex table reflows on a phone; action 4 leads on with an editorial «zie ook»;
 *   - axe finds nothing with the panels open.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { routes } from '../../src/model/routes.ts';
import { blockCitations, spanOf } from '../../src/site/cite.ts';
import { copiedText, useBrowser } from './helpers/browser.ts';
import { describeViolations, rulesFor, runAxe, settle } from './helpers/axe.ts';
import { loadModel } from './helpers/model.ts';
import { plainText } from '../../src/model/text.ts';
import { canonicalPath } from './helpers/dist.ts';
import { serveDist } from './helpers/server.ts';

const site = serveDist();
const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const SCHEMES = ['light', 'dark'] as const;
const LETTER = routes.document('kst-35510-60');
const LETTER_CITATION = 'Kamerstukken II 2020/21, 35 510, nr. 60';

interface OpenOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  clipboard?: boolean;
}
async function open(path: string, { viewport = DESKTOP, colorScheme = 'light', clipboard = false }: OpenOptions = {}): Promise<Page> {
  const phone = viewport.width < 800;
  // A kept page of its kind (phone or desktop) unless it holds the clipboard: a navigation leaves nothing behind that these tests read.
  const page = await (clipboard ? b.newPage : b.keptPage)({
    viewport,
    colorScheme,
    hasTouch: phone,
    isMobile: phone,
    serviceWorkers: 'block',
    axe: true,
    clipboard,
  });
  await b.goto(page, site.url(path));
  return page;
}

const rect = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
    });
/** Where an element is on the page (not on the screen: the page may scroll, the layout may not move). */
const pageRect = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, width: r.width, height: r.height };
    });

/** The layout shifts the page has recorded so far (not those right after input), with what moved. */
const layoutShifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const out: string[] = [];
        new PerformanceObserver((list) => {
          type Shift = { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
          for (const e of list.getEntries() as unknown as Shift[]) {
            if (e.hadRecentInput) continue;
            const what = e.sources.map(
              (s) =>
                `${s.node?.nodeName}${s.node instanceof Element && s.node.id ? `#${s.node.id}` : ''} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`,
            );
            out.push(`${e.value.toFixed(4)}: ${what.join('; ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(out), 300);
      }),
  );

/** The first paragraph of the letter's text (after its head lines). */
const firstParagraph = () => loadModel().letter.blocks.find((x) => x.kind === 'paragraph')!;

describe('a document leads with its text', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    for (const colorScheme of SCHEMES) {
      it(`the letter’s text starts on the first screen, after compact key facts, at ${viewport.width} px (${colorScheme})`, async () => {
        const page = await open(LETTER, { viewport, colorScheme });
        const p1 = await rect(page, `[id="${firstParagraph().id}"]`);
        expect(p1.top, 'first paragraph of the letter').toBeLessThan(viewport.height);
        const facts = await rect(page, '.key-facts');
        const article = await rect(page, 'article');
        if (viewport.width >= 1440) {
          // Beside the text, in a column of its own.
          expect(facts.right).toBeLessThanOrEqual(article.left);
        } else {
          expect(facts.bottom).toBeLessThanOrEqual(p1.top);
          expect(facts.height, 'compact').toBeLessThan(viewport.height * 0.4);
        }
        // No source file names in the reader’s face.
        expect(await page.locator('article').innerText()).not.toMatch(/\.(txt|json)\b/);
        expect(await layoutShifts(page)).toEqual([]);
      });
    }
  }

  it('uses a wide screen: the text at a readable measure, «Op deze pagina» in view while reading', async () => {
    for (const width of [1280, 1440, 1920]) {
      const page = await open(LETTER, { viewport: { width, height: 900 } });
      const measure = await page
        .locator(`[id="${firstParagraph().id}"]`)
        .evaluate((p) => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize));
      expect(measure, `${width} px: line length in em`).toBeGreaterThan(28);
      expect(measure, `${width} px: line length in em`).toBeLessThan(46);
      const left = Math.min((await rect(page, '.key-facts')).left, (await rect(page, 'article')).left);
      const right = (await rect(page, '.page-toc')).right;
      expect((right - left) / width, `${width} px: share of the screen the page uses`).toBeGreaterThan(0.6);
      await page.locator('#s5').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 600));
      const toc = await rect(page, '.page-toc .toc');
      expect(toc.top, `${width} px: the table of contents stays in view`).toBeGreaterThanOrEqual(0);
      expect(toc.top).toBeLessThan(200);
    }
  });
});

describe('the home page', () => {
  it('lays its ways in side by side on a wide screen and keeps its prose at a readable measure', async () => {
    for (const width of [1280, 1440, 1920]) {
      const page = await open('/', { viewport: { width, height: 900 } });
      const tops = await page.locator('.theme-lines > li').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(tops.length).toBe(loadModel().themes.length);
      expect(new Set(tops).size, `${width} px: rows of theme cards`).toBeLessThanOrEqual(Math.ceil(tops.length / 3));
      const prose = await page
        .locator('.home-intro p')
        .last()
        .evaluate((p) => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize));
      expect(prose, `${width} px: line length in em`).toBeLessThan(46);
      const themes = await rect(page, '.theme-lines');
      expect(themes.width, `${width} px: the themes use more than the text column`).toBeGreaterThan(prose * 16 * 1.3);
      const docTops = await page.locator('.home-ways .card-list > li').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(new Set(docTops).size, `${width} px: rows of document cards`).toBeLessThan(docTops.length);
    }
  });

  it('stacks them in one column on a phone, without sideways scrolling', async () => {
    const page = await open('/', { viewport: PHONE });
    const lefts = await page.locator('.theme-lines > li').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
});

describe('the section being read', () => {
  for (const colorScheme of SCHEMES) {
    it(`is marked in «Op deze pagina» and named in the bar at 1440 px (${colorScheme})`, async () => {
      const page = await open(LETTER, { colorScheme });
      const heading = page.locator('#s3');
      await heading.evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 80));
      const label = (await page.locator('.toc a[href="#s3"]').textContent())!.trim();
      await expect.poll(() => page.locator('.bar-where .bar-current').textContent(), { timeout: 5_000 }).toBe(label);
      expect(await page.locator('.toc a[aria-current]').getAttribute('href')).toBe('#s3');
      expect(await page.locator('.bar-where').isVisible()).toBe(true);
    });

    it(`opens «Op deze pagina» from the bar on a phone, by touch and by keyboard (${colorScheme})`, async () => {
      const page = await open(LETTER, { viewport: PHONE, colorScheme });
      const toggle = page.locator('.toc-toggle');
      const toc = page.locator('#op-deze-pagina');
      expect(await toc.isVisible()).toBe(false);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      // Keyboard: Enter opens it with the focus on its first link, Escape closes it and gives the focus back.
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toc.isVisible()).toBe(true);
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await page.evaluate(() => !!document.activeElement?.closest('#op-deze-pagina'))).toBe(true);
      const panel = await rect(page, '#op-deze-pagina');
      expect(panel.top).toBeGreaterThanOrEqual((await rect(page, '.page-bar')).bottom - 1);
      expect(panel.bottom).toBeLessThanOrEqual(PHONE.height + 1);
      await page.keyboard.press('Escape');
      expect(await toc.isVisible()).toBe(false);
      expect(await toggle.evaluate((e) => e === document.activeElement)).toBe(true);
      // Touch: a link takes the reader there and closes the panel; the bar then names the section.
      await toggle.tap();
      await toc.locator('a[href="#s4"]').tap();
      await page.waitForURL((u) => u.hash === '#s4');
      expect(await toc.isVisible()).toBe(false);
      const label = (await toc.locator('a[href="#s4"]').textContent())!.trim();
      await expect.poll(() => page.locator('.toc-toggle .bar-current').textContent(), { timeout: 5_000 }).toBe(label);
      expect((await rect(page, '#s4')).top).toBeGreaterThanOrEqual((await rect(page, '.page-bar')).bottom - 1);
    });
  }
});

describe('linking and citing a paragraph', () => {
  it('lands on a paragraph’s permanent address at once, below the bar', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open(`${LETTER}#p20`, { viewport });
      const p20 = await rect(page, '#p20');
      expect(p20.top, `${viewport.width} px`).toBeGreaterThanOrEqual((await rect(page, '.page-bar')).bottom - 1);
      expect(p20.top, `${viewport.width} px`).toBeLessThan(150);
    }
  });

  it('adds no tab stop per paragraph or heading, and one per abbreviation at most (29 362 nr. 290)', async () => {
    const page = await open(routes.document('kst-29362-290'));
    const stops = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
        .filter((e) => e.tabIndex >= 0 && e.getClientRects().length > 0)
        .map((e) => ({ tag: e.tagName.toLowerCase(), name: e.getAttribute('aria-label') ?? e.textContent?.trim() ?? '' })),
    );
    expect(await page.locator('main .block[id], main .block-heading[id]').count()).toBeGreaterThan(90);
    expect(stops.filter((s) => /^Link naar (deze alinea|dit kopje|deze opsomming)$/.test(s.name))).toEqual([]);
    const abbrs = stops.filter((s) => s.tag === 'abbr').map((s) => s.name);
    expect(abbrs.length).toBeGreaterThan(0);
    expect(abbrs).toEqual([...new Set(abbrs)]);
    // Every abbreviation still opens on a tap (focusable, out of the tab order).
    expect(await page.locator('main abbr[title]:not([tabindex])').count()).toBe(0);
  });

  it('carries the citation of every block of the letter, with its page', async () => {
    const page = await open(LETTER);
    const model = loadModel();
    const shown = await page
      .locator('main .block[id], main .block-heading[id]')
      .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.id, (e as HTMLElement).dataset.cite])));
    const want = blockCitations(model.letter.blocks, LETTER_CITATION);
    for (const block of model.letter.blocks) {
      expect(shown[block.id], block.id).toBe(want[block.id]);
      expect(want[block.id]!.startsWith(`${LETTER_CITATION}, p. ${block.page}`), `${block.id}: ${want[block.id]}`).toBe(true);
    }
  });

  for (const colorScheme of SCHEMES) {
    it(`on a phone: the ¶ shows, a tap opens the paragraph’s link and citation with its page, and copies them (${colorScheme})`, async () => {
      const model = loadModel();
      const block = model.letter.blocks.find((x) => x.kind === 'paragraph' && (x.page ?? 0) >= 3)!;
      const page = await open(LETTER, { viewport: PHONE, colorScheme, clipboard: true });
      const para = page.locator(`[id="${block.id}"]`);
      await para.scrollIntoViewIfNeeded();
      const anchor = para.locator('> a.anchor');
      expect(await anchor.evaluate((a) => Number(getComputedStyle(a).opacity))).toBeGreaterThan(0.5);
      const box = (await anchor.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
      const before = await pageRect(page, 'article');
      await anchor.tap();
      const panel = page.locator('#alinea-citeren');
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.locator('#alinea-tekst').textContent()).toBe(`${LETTER_CITATION}, p. ${block.page}`);
      expect(await panel.locator('#alinea-link').textContent()).toBe(`${LETTER}#${block.id}`);
      expect(new URL(page.url()).hash).toBe(`#${block.id}`);
      expect(await para.evaluate((p) => p.classList.contains('is-cited'))).toBe(true);
      // Over the text, not moving it; the paragraph shows above the panel.
      expect(await pageRect(page, 'article')).toEqual(before);
      const [p, top] = await Promise.all([para.boundingBox(), panel.evaluate((d) => d.getBoundingClientRect().top)]);
      expect(p!.y + Math.min(p!.height, 40)).toBeLessThanOrEqual(top);
      expect(p!.y).toBeGreaterThanOrEqual(0);
      await panel.getByRole('button', { name: 'Kopieer bronvermelding' }).tap();
      await panel.locator('.copy-status', { hasText: 'De bronvermelding is gekopieerd.' }).waitFor();
      expect(await copiedText(page)).toBe(`${LETTER_CITATION}, p. ${block.page}`);
      await panel.getByRole('button', { name: 'Kopieer link' }).tap();
      await panel.locator('.copy-status', { hasText: 'De link is gekopieerd.' }).waitFor();
      expect(await copiedText(page)).toBe(site.url(`${LETTER}#${block.id}`));
      await panel.getByRole('button', { name: 'Sluiten' }).tap();
      expect(await panel.isVisible()).toBe(false);
      expect(await para.evaluate((p) => p.classList.contains('is-cited'))).toBe(false);
    });
  }

  it('by keyboard alone: from a link to a paragraph, Tab reaches its ¶; Enter cites it; Escape gives the focus back', async () => {
    const model = loadModel();
    const block = model.letter.blocks.filter((x) => x.kind === 'paragraph')[15]!;
    const page = await open(`${LETTER}#${block.id}`);
    const anchor = page.locator(`[id="${block.id}"] > a.anchor`);
    let tabs = 0;
    while (!(await anchor.evaluate((a) => a === document.activeElement))) {
      await page.keyboard.press('Tab');
      if (++tabs > 12) throw new Error(`the ¶ of #${block.id} is not reached by Tab from the paragraph`);
    }
    expect(await anchor.evaluate((a) => Number(getComputedStyle(a).opacity))).toBe(1);
    await page.keyboard.press('Enter');
    const panel = page.locator('#alinea-citeren');
    expect(await panel.isVisible()).toBe(true);
    expect(await page.evaluate(() => !!document.activeElement?.closest('#alinea-citeren'))).toBe(true);
    expect(await panel.locator('#alinea-tekst').textContent()).toBe(blockCitations(model.letter.blocks, LETTER_CITATION)[block.id]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kopieer link');
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await anchor.evaluate((a) => a === document.activeElement)).toBe(true);
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(`by keyboard alone at ${viewport.width} px: «Citeer alinea» in the bar cites the paragraph being read`, async () => {
      const model = loadModel();
      const page = await open(LETTER, { viewport });
      const heading = model.letter.blocks.find((x) => x.kind === 'heading' && x.number === '4')!;
      await page
        .locator(`[id="${heading.id}"]`)
        .evaluate((h) => window.scrollTo({ top: h.getBoundingClientRect().top + window.scrollY - 60, behavior: 'instant' }));
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const y = await page.evaluate(() => window.scrollY);
      let tabs = 0;
      while (!(await page.evaluate(() => document.activeElement?.classList.contains('cite-here') ?? false))) {
        await page.keyboard.press('Tab');
        if (++tabs > 15) throw new Error('«Citeer alinea» is not among the first 15 tab stops');
      }
      // Tabbing into the bar leaves the page where the reader was.
      expect(await page.evaluate(() => window.scrollY)).toBe(y);
      await page.keyboard.press('Enter');
      const panel = page.locator('#alinea-citeren');
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.locator('h2').textContent()).toBe('Citeer dit kopje');
      expect(await panel.locator('#alinea-tekst').textContent()).toBe(blockCitations(model.letter.blocks, LETTER_CITATION)[heading.id]);
      expect(new URL(page.url()).hash).toBe(`#${heading.id}`);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('cite-here'))).toBe(true);
    });
  }

  it('cites a paragraph of an action by the action and its pages of the annex, and one of 29 362 nr. 290 without a page by its section', async () => {
    const action = await open(routes.action(41), { viewport: PHONE });
    await action.locator('[id="stand-1"] > a.anchor').tap();
    // An action page fetches the panel on the first tap.
    await action.locator('#alinea-citeren').waitFor({ state: 'visible' });
    // The paragraph by the action and the page it stands on; the action by all its pages.
    const a41 = loadModel().annex.actions.find((a) => a.number === 41)!;
    const status = a41.status.find((x) => x.id === 'stand-1')!;
    expect(await action.locator('#alinea-tekst').textContent()).toBe(`Bijlage bij ${LETTER_CITATION}, actie 41, p. ${status.page}`);
    const pages = spanOf([...a41.description, ...a41.status])!;
    expect(pages.last).toBeGreaterThan(pages.first);
    expect(await action.locator('#cite-text').textContent()).toBe(`Bijlage bij ${LETTER_CITATION}, actie 41, p. ${pages.first}-${pages.last}`);
    const wau = await open(routes.document('kst-29362-290'), { viewport: PHONE });
    const inSection = wau.locator('[id="s3-1"] ~ p.block').first();
    await inSection.scrollIntoViewIfNeeded();
    await inSection.locator('> a.anchor').tap();
    expect(await wau.locator('#alinea-tekst').textContent()).toBe('Kamerstukken II 2020/21, 29 362, nr. 290, paragraaf 3.1');
  });
});

describe('the annex table on a phone', () => {
  for (const width of [320, 390]) {
    for (const colorScheme of SCHEMES) {
      it(`shows every column of every row without sideways scrolling at ${width} px (${colorScheme})`, async () => {
        const page = await open(routes.actions(), { viewport: { width, height: 844 }, colorScheme });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const rows = await page.locator('.actions-table tbody tr').evaluateAll(
          (trs, w) =>
            trs.map((tr) =>
              [...(tr as HTMLTableRowElement).cells].map((c) => {
                const r = c.getBoundingClientRect();
                return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= w + 0.5;
              }),
            ),
          width,
        );
        expect(rows).toHaveLength(loadModel().annex.actions.length);
        for (const [i, cells] of rows.entries()) expect(cells, `row ${i + 1}`).toEqual([true, true, true, true, true]);
        // The status opens to its whole text, and closes again.
        const model = loadModel();
        const first = page.locator('.actions-table tbody tr').first();
        const start = await first.locator('.status-text').textContent();
        expect(start!.endsWith('…')).toBe(true);
        await first.getByRole('button', { name: /^Toon alles/ }).tap();
        const toggle = first.locator('.status-toggle');
        await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
        expect(await first.locator('.status-text').textContent()).toBe(plainText(model.annex.actions[0]!.status));
        await first.getByRole('button', { name: /^Toon minder/ }).tap();
        expect(await first.locator('.status-text').textContent()).toBe(start);
      });
    }
  }
});

describe('«zie ook»', () => {
  it('leads action 4, which has no status, to actions 2 and 3, marked as editorial', async () => {
    const page = await open(routes.action(4), { viewport: PHONE });
    const section = page.locator('section:has(h2#zie-ook)');
    expect(await section.isVisible()).toBe(true);
    const hrefs = (await section.locator('li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).map((h) => canonicalPath(h));
    expect(hrefs).toEqual(expect.arrayContaining([routes.action(2), routes.action(3)]));
    // Beside the heading, not in its name.
    expect(await section.locator('h2 .badge').count()).toBe(0);
    const badge = section.locator('.heading-line .badge');
    expect(await badge.textContent()).toBe('redactioneel');
    const href = canonicalPath(await badge.evaluate((a) => (a as HTMLAnchorElement).href));
    expect(href).toBe(`${routes.about()}#beslissingen-see-also`);
    const about = await open(routes.about());
    expect(await about.locator('#beslissingen-see-also').count()).toBe(1);
  });
});

describe('accessibility with the panels open', () => {
  for (const colorScheme of SCHEMES) {
    it(`axe finds nothing with «Op deze pagina» open on a phone and the citation panel open at 390 and 1440 px (${colorScheme})`, async () => {
      const problems: string[] = [];
      const phone = await open(LETTER, { viewport: PHONE, colorScheme });
      await phone.locator('.toc-toggle').tap();
      await settle(phone);
      problems.push(describeViolations(`toc open, 390 px, ${colorScheme}`, await runAxe(phone, rulesFor(colorScheme))));
      for (const viewport of [PHONE, DESKTOP]) {
        const page = await open(`${LETTER}#p20`, { viewport, colorScheme });
        await page.locator('#p20').evaluate((p) => window.scrollTo({ top: p.getBoundingClientRect().top + window.scrollY - 80, behavior: 'instant' }));
        // A click where the bar is (a locator's click would first scroll the sticky bar «into view»).
        await page.locator('.cite-here').evaluate((button) => (button as HTMLElement).click());
        expect(await page.locator('#alinea-link').textContent()).toBe(`${LETTER}#p20`);
        await settle(page);
        problems.push(describeViolations(`citation panel open, ${viewport.width} px, ${colorScheme}`, await runAxe(page, rulesFor(colorScheme))));
      }
      expect(problems.filter(Boolean).join('\n')).toBe('');
    }, 150_000);
  }
});
