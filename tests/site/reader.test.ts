/**
 * The site for its readers (built dist/): the home page says plainly what this is and that
 * every status is as the annex to the letter of 29 June 2021 describes it; the documents pages; the machine-readable head;
 * no placeholder address; the colour choice; the compact header; abbreviations on touch and
 * keyboard; /data/ and «Over» on a phone; the 404 page; print. At 390 and 1440 px, light and dark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { routes } from '../../src/model/routes.ts';
import { siteAddress } from '../../src/site/address.ts';
import { t } from '../../src/site/strings.ts';
import { useBrowser } from './helpers/browser.ts';
import { htmlFiles } from './helpers/dist.ts';
import { loadModel, inlineText, themeOfAction } from './helpers/model.ts';
import { DIST } from './helpers/paths.ts';
import { serveDist } from './helpers/server.ts';

const site = serveDist();
const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/**
 * The page at `path`, in the file's kept page for these options (most tests here only read and
 * act within the page), or with `fresh` in a page of its own (a test that stores a choice, or
 * holds two pages at once).
 */
async function open(
  path: string,
  opts: {
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    status?: number;
    hasTouch?: boolean;
    javaScriptEnabled?: boolean;
    fresh?: boolean;
  } = {},
): Promise<Page> {
  const page = await b[opts.fresh ? 'newPage' : 'keptPage']({
    viewport: opts.viewport ?? DESKTOP,
    colorScheme: opts.colorScheme ?? 'light',
    hasTouch: opts.hasTouch,
    javaScriptEnabled: opts.javaScriptEnabled,
    serviceWorkers: 'block',
  });
  await b.goto(page, site.url(path), opts.status ?? 200);
  return page;
}

describe('home page', () => {
  it('says in plain words what this is, marked as editorial, and that every status is as the annex to the letter of 29 June 2021 describes it', async () => {
    const page = await open(routes.home(), { viewport: PHONE });
    const intro = page.locator('.home-intro');
    await expect(intro.locator('.badge').textContent()).resolves.toMatch(/redactie/i);
    expect(await intro.textContent()).toMatch(/hersteloperatie/);
    expect(await intro.textContent()).toMatch(/86 acties/);
    const note = page.locator('.status-date');
    expect(await note.locator('.status-date-title').textContent()).toBe('Hoe oud is een stand van zaken?');
    expect(await note.textContent()).toContain('de tekst van de bijlage bij de brief van 29 juni 2021');
    expect(await note.textContent()).not.toMatch(/stand op 29 juni/);
    const hrefs = await note.locator('a[rel="external"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toEqual(['https://zoek.officielebekendmakingen.nl/dossier/35510', 'https://zoek.officielebekendmakingen.nl/dossier/31066']);
    // Above the fold-ish: the date note comes before the themes and the action lists.
    const order = await page.evaluate(() => {
      const y = (s: string) => document.querySelector(s)!.getBoundingClientRect().top;
      return [y('.status-date'), y('#themas'), y('#acties')];
    });
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('describes each theme with the first sentence of its section in the letter, quoted and linked (home and /themas/)', async () => {
    const model = loadModel();
    for (const path of [routes.home(), routes.themes()]) {
      const page = await open(path);
      const items = await page.locator('.theme-lines > li').evaluateAll((lis) =>
        lis.map((li) => ({
          quote: li.querySelector('blockquote')!.textContent!.trim(),
          source: (li.querySelector('.quote-source a') as HTMLAnchorElement).getAttribute('href')!,
          title: li.querySelector('.theme-line-title')!.textContent!.trim(),
        })),
      );
      expect(items).toHaveLength(model.themes.length);
      for (const [i, item] of items.entries()) {
        const theme = model.themes[i]!;
        expect(item.title).toContain(theme.title);
        const id = item.source.split('#')[1]!;
        const block = model.letter.blocks.find((x) => x.id === id);
        expect(block, `paragraph #${id}`).toBeDefined();
        // The quote is the paragraph's own words, without the footnote marker.
        const words = inlineText(block!.kind === 'list' ? [] : block!.content.filter((r) => r.type !== 'noteRef'));
        const quoted = item.quote.replace(/^«|»$/g, '');
        expect(words.startsWith(quoted), `${path}: ${quoted} / ${words.slice(0, 80)}`).toBe(true);
      }
    }
  });

  it('lists all 86 actions by theme, each linking its page', async () => {
    const model = loadModel();
    const page = await open(routes.home());
    const groups = await page
      .locator('details.action-group')
      .evaluateAll((ds) => ds.map((d) => [...d.querySelectorAll('a')].map((a) => a.getAttribute('href')!)));
    const numbers = groups.flat().map((h) => Number(/acties\/(\d+)\//.exec(h)![1]));
    expect([...numbers].sort((a, b) => a - b)).toEqual(model.annex.actions.map((a) => a.number));
    // Each group but the last («Overige») is a theme, in order, with exactly that theme's actions.
    for (const [i, theme] of model.themes.entries()) {
      const want = model.annex.actions.filter((a) => themeOfAction(a, model.themes)?.number === theme.number).map((a) => a.number);
      expect(groups[i]!.map((h) => Number(/acties\/(\d+)\//.exec(h)![1]))).toEqual(want);
    }
  });
});

describe('documents pages', () => {
  it('«Documenten» in the menu opens /documenten/, which lists the four documents', async () => {
    const page = await open(routes.home());
    await Promise.all([page.waitForURL(/\/documenten\/(index\.html)?$/), page.locator('.site-nav a', { hasText: 'Documenten' }).click()]);
    const links = await page.locator('main .card > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.replace(/index\.html$/, '')));
    expect(links).toEqual(['/documenten/kst-35510-60/', '/acties/', '/documenten/kst-29362-290/', '/documenten/kst-29362-282/']);
  });
  it('lists the 9 actions and 6 recommendations of 29 362 nr. 282', async () => {
    const model = loadModel();
    const acts = await open(routes.rrActions());
    const a = await acts.locator('main .action-lines a').evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).pathname.replace(/index\.html$/, '')));
    expect(a).toEqual(model.regelsEnRuimte.actions.map((x) => routes.rrAction(x.number)));
    const recs = await open(routes.rrRecommendations());
    const r = await recs.locator('main .action-lines a').evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).pathname.replace(/index\.html$/, '')));
    expect(r).toEqual(model.regelsEnRuimte.recommendations.map((x) => routes.rrRecommendation(x.number)));
  });
});

describe('machine-readable head and addresses', () => {
  const files = htmlFiles();
  const { site: published } = siteAddress();

  it('never shows a placeholder address, and without SITE_URL no absolute address of the site', () => {
    for (const f of files) {
      const html = readFileSync(join(DIST, f), 'utf8');
      expect(html, f).not.toMatch(/\.example\b/);
      if (!published) {
        expect(html, f).not.toMatch(/rel="canonical"/);
        expect(html, f).not.toMatch(/og:url/);
      }
    }
    if (!published) expect(() => readFileSync(join(DIST, 'sitemap-index.xml'))).toThrow();
  });

  it('has one JSON-LD graph and Open Graph tags on every page', () => {
    for (const f of files) {
      const html = readFileSync(join(DIST, f), 'utf8');
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
      expect(blocks, f).toHaveLength(1);
      const ld = JSON.parse(blocks[0]![1]!);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@graph'].map((n: { '@type': string }) => n['@type'])).toEqual(['WebSite', 'WebPage']);
      for (const p of ['og:title', 'og:description', 'og:type', 'og:locale', 'og:site_name']) expect(html, `${f} ${p}`).toContain(`property="${p}"`);
    }
  });

  it('describes a document by its identifier, official address, date, author and dossier, and an action by its annex and number', () => {
    const model = loadModel();
    const ldOf = (file: string) =>
      JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(readFileSync(join(DIST, file), 'utf8'))![1]!)['@graph'][1].mainEntity;
    const doc = ldOf('documenten/kst-35510-60/index.html');
    expect(doc).toMatchObject({
      '@type': 'DigitalDocument',
      identifier: 'kst-35510-60',
      sameAs: 'https://zoek.officielebekendmakingen.nl/kst-35510-60.html',
      dateCreated: model.letter.meta.date,
      author: { name: model.letter.meta.sender },
      isPartOf: { identifier: '35510', url: 'https://zoek.officielebekendmakingen.nl/dossier/35510' },
    });
    const action = ldOf('acties/41/index.html');
    expect(action).toMatchObject({
      identifier: 'actie-41',
      position: 41,
      isPartOf: {
        alternateName: model.annex.meta.citation,
        isPartOf: { identifier: 'kst-35510-60', sameAs: 'https://zoek.officielebekendmakingen.nl/kst-35510-60.html' },
      },
    });
    const rr = ldOf('documenten/kst-29362-282/aanbevelingen/6/index.html');
    expect(rr).toMatchObject({ position: 6, isPartOf: { identifier: 'kst-29362-282' } });
  });
});

describe('colours: light, dark and the reader’s choice', () => {
  const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const headerBg = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor);

  it('uses a colour of its own, not the Rijksoverheid blue', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(routes.action(41), { colorScheme });
      expect(await headerBg(page)).not.toBe('rgb(21, 66, 115)');
    }
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(`switches by keyboard at ${viewport.width} px, keeps the choice, without moving the page`, async () => {
      const page = await open(routes.action(41), { viewport, colorScheme: 'light', fresh: true });
      const light = await bg(page);
      const dark = page.locator('input[name="kleuren"][value="donker"]');
      await dark.focus();
      await page.keyboard.press('Space');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const darkBg = await bg(page);
      expect(darkBg).not.toBe(light);
      // Reload: the choice holds before anything is drawn, and nothing shifts.
      await page.evaluate(() => {
        (window as unknown as { __shift: number }).__shift = 0;
      });
      await page.reload({ waitUntil: 'load' });
      expect(await bg(page)).toBe(darkBg);
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let sum = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) sum += e.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(sum), 300);
          }),
      );
      expect(shift).toBe(0);
      expect(await page.locator('input[name="kleuren"][value="donker"]').isChecked()).toBe(true);
      // Back to the device's setting.
      await page.locator('input[name="kleuren"][value="systeem"]').check();
      expect(await bg(page)).toBe(light);
    });
  }

  it('follows the device without JavaScript, and hides the switch that would not work', async () => {
    // One page after the other (a kept page of the same kind is the same page).
    const light = await open(routes.home(), { javaScriptEnabled: false, colorScheme: 'light' });
    const lightBackground = await bg(light);
    expect(await light.locator('.theme-switch').isVisible()).toBe(false);
    const dark = await open(routes.home(), { javaScriptEnabled: false, colorScheme: 'dark' });
    expect(lightBackground).not.toBe(await bg(dark));
  });
});

describe('finish on a phone', () => {
  it('keeps the header within 12% of a phone screen, with search one tap away', async () => {
    for (const path of [routes.home(), routes.action(41), routes.document('kst-35510-60')]) {
      const page = await open(path, { viewport: PHONE });
      const h = await page.locator('.site-header').evaluate((e) => e.getBoundingClientRect().height);
      expect(h, path).toBeLessThanOrEqual(PHONE.height * 0.12);
      expect(await page.locator('.site-nav a', { hasText: 'Zoeken' }).isVisible()).toBe(true);
    }
  });

  it('/data/ is no wider than the phone', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(routes.data(), { viewport: PHONE, colorScheme });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    }
  });

  it('the SHA-256 table on «Over» has no tall rows', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open(routes.about(), { viewport });
      const rows = await page
        .locator('#bronnen ~ .table-scroll tbody tr, section[aria-labelledby="bronnen"] tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height / parseFloat(getComputedStyle(tr.querySelector('td')!).lineHeight)));
      expect(rows.length).toBeGreaterThan(0);
      for (const lines of rows) expect(lines, `${viewport.width} px`).toBeLessThanOrEqual(3.5);
    }
  });

  it('opens an abbreviation’s expansion on a tap and from the keyboard', async () => {
    const page = await open(routes.document('kst-35510-60'), { viewport: PHONE, hasTouch: true });
    const abbr = page.locator('main abbr[title]').first();
    const title = await abbr.getAttribute('title');
    const after = () => abbr.evaluate((e) => getComputedStyle(e, '::after').content);
    await abbr.tap();
    expect(await after()).toBe(JSON.stringify(title));
    await page.locator('h1').click();
    await abbr.evaluate((e) => (e as HTMLElement).blur());
    await abbr.focus();
    expect(await abbr.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await after()).toBe(JSON.stringify(title));
  });

  it('gives every control a target of at least 24 by 24 px on a phone (a radio or checkbox with its label)', async () => {
    const paths = [
      routes.home(),
      routes.document('kst-35510-60'),
      routes.actions(),
      routes.action(41),
      `${routes.search()}?q=ouders`,
      routes.data(),
      routes.about(),
      routes.abbreviations(),
    ];
    for (const path of paths) {
      const page = await open(path, { viewport: PHONE, hasTouch: true });
      // The search page shows its filters once its engine is loaded.
      if (path.startsWith(routes.search())) await page.locator('.zoeken-filter select').first().waitFor();
      const small = await page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('button, select, input, textarea, summary')) {
          if (!el.checkVisibility()) continue;
          const box = el.getBoundingClientRect();
          const label = el instanceof HTMLInputElement && /^(radio|checkbox)$/.test(el.type) ? el.labels?.[0] : undefined;
          const l = label?.getBoundingClientRect() ?? box;
          const w = Math.max(box.right, l.right) - Math.min(box.left, l.left);
          const h = Math.max(box.bottom, l.bottom) - Math.min(box.top, l.top);
          if (w < 24 || h < 24)
            out.push(
              `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} «${(el.textContent ?? '').trim().slice(0, 30)}» ${Math.round(w)}×${Math.round(h)}`,
            );
        }
        return out;
      });
      expect(small, path).toEqual([]);
    }
  });

  it('the 404 page helps: a search field and the main ways in', async () => {
    const page = await open('/bestaat-niet/', { status: 404, viewport: PHONE });
    expect(await page.locator('main input[type="search"]').count()).toBe(1);
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const r of [routes.home(), routes.documents(), routes.actions(), routes.themes()]) expect(hrefs).toContain(r);
    expect(hrefs.filter((h) => h?.startsWith('/themas/') && h !== '/themas/')).toHaveLength(6);
  });
});

describe('print', () => {
  it('prints in the light palette from a dark screen: black text and links on white', async () => {
    for (const path of [routes.action(41), routes.document('kst-35510-60')]) {
      const page = await open(path);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const colours = await page.evaluate(() => {
        // A link in the running text (not a badge, which prints in the muted grey of its line).
        const link = document.querySelector('main p a[href]:not(.badge)') ?? document.querySelector('main a[href]:not(.badge)')!;
        return {
          bg: getComputedStyle(document.body).backgroundColor,
          fg: getComputedStyle(document.body).color,
          link: getComputedStyle(link).color,
          scheme: getComputedStyle(document.documentElement).colorScheme,
        };
      });
      expect(colours, path).toEqual({ bg: 'rgb(255, 255, 255)', fg: 'rgb(0, 0, 0)', link: 'rgb(0, 0, 0)', scheme: 'light' });
    }
  });

  it('prints every footnote whose mark it prints, after the text', async () => {
    const model = loadModel();
    const withNotes = model.annex.actions
      .filter((a) => a.footnotes.length > 0)
      .slice(0, 3)
      .map((a) => routes.action(a.number));
    expect(withNotes.length).toBeGreaterThan(0);
    for (const path of [...withNotes, routes.document('kst-29362-290')]) {
      const page = await open(path);
      await page.emulateMedia({ media: 'print' });
      const orphans = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('main sup.note-ref a[href^="#"]')]
          .filter((a) => a.getClientRects().length > 0)
          .filter((a) => {
            const note = document.getElementById(decodeURIComponent(a.hash.slice(1)));
            return !note || note.getClientRects().length === 0 || !(a.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING);
          })
          .map((a) => a.hash),
      );
      expect(orphans, `${path}: marks printed without their note after them`).toEqual([]);
    }
  });

  it('prints the annex table whole: every column on the paper', async () => {
    const page = await open(routes.actions());
    const pdf = await page.pdf({ format: 'A4' });
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
    const text = async (n: number) => (await (await doc.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    let all = '';
    for (let n = 1; n <= doc.numPages; n++) all += ` ${await text(n)}`;
    const squeeze = (x: string) => x.normalize('NFKC').replace(/\s+/g, '');
    for (const header of [t.colNumber, t.colDescription, 'Stand van zaken', t.colSection, t.colTheme])
      expect(squeeze(all), `column «${header}»`).toContain(squeeze(header));
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 1000 });
    const clipped = await page.locator('.actions-table').evaluate((t) => {
      const box = t.closest('.table-scroll') ?? t.parentElement!;
      return {
        table: Math.round(t.getBoundingClientRect().right),
        box: Math.round(box.getBoundingClientRect().right),
        overflow: getComputedStyle(box).overflowX,
      };
    });
    expect(clipped.table).toBeLessThanOrEqual(clipped.box + 1);
    expect(clipped.overflow).toBe('visible');
  });

  it('prints the notice, the citation, the address and the page number in the margin of every page, clear of the text', async () => {
    const path = routes.action(41);
    const page = await open(path);
    const pdf = await page.pdf({ format: 'A4' });
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
    expect(doc.numPages, 'action 41 prints on more than one page').toBeGreaterThan(1);
    // The bottom margin (26 mm, src/styles/global.css) in PDF points, from the bottom of the page.
    const margin = (26 / 25.4) * 72;
    const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
    for (let n = 1; n <= doc.numPages; n++) {
      const items = (await (await doc.getPage(n)).getTextContent()).items.flatMap((i) =>
        'str' in i && i.str.trim() ? [{ text: i.str, y: i.transform[5] as number }] : [],
      );
      const foot = squeeze(
        items
          .filter((i) => i.y < margin)
          .map((i) => i.text)
          .join(''),
      );
      const body = squeeze(
        items
          .filter((i) => i.y >= margin)
          .map((i) => i.text)
          .join(''),
      );
      expect(foot, `page ${n}: notice`).toContain(squeeze('Onofficiële leesuitgave'));
      expect(foot, `page ${n}: citation`).toContain(squeeze('Bijlage bij Kamerstukken II 2020/21, 35 510, nr. 60, actie 41, p. 10-11'));
      expect(foot, `page ${n}: address`).toContain(path);
      expect(foot, `page ${n}: page number`).toContain(`${n}/${doc.numPages}`);
      // Nowhere else on the page after the first, where the first page's own block stands.
      if (n > 1) expect(body, `page ${n}: the margin text overlaps the text`).not.toContain(squeeze('Onofficiële leesuitgave'));
    }
  });

  it('prints the notice, the citation and the address, keeps collapsed passages collapsed and shows link addresses', async () => {
    const page = await open(routes.action(41), { fresh: true });
    await page.emulateMedia({ media: 'print' });
    // At the top of the first page, and in the page margin of every page (see the test above).
    const running = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-running'));
    const unescaped = running.replace(/\\(?:([0-9a-f]{1,6}) ?|(.))/gis, (_m, hex?: string, ch?: string) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : ch!,
    );
    for (const text of [await page.locator('.print-first').innerText(), unescaped]) {
      expect(text).toMatch(/Onofficiële leesuitgave/);
      expect(text).toMatch(/Bijlage bij Kamerstukken II 2020\/21, 35 510, nr\. 60, actie 41, p\. 10-11/);
      expect(text).toMatch(/\/acties\/41\//);
    }
    expect(await page.locator('.print-first').evaluate((e) => e.getBoundingClientRect().top)).toBeLessThan(50);
    const home = await open(routes.home());
    await home.emulateMedia({ media: 'print' });
    // A collapsed part prints as it is shown: collapsed (an action printed its whole theme text, five pages).
    const hidden = home.locator('details:not([open]) > :not(summary)').first();
    expect(await hidden.count()).toBe(1);
    expect(await hidden.isVisible()).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(
      await page
        .locator('details.letter-passage')
        .first()
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);
    const ext = home.locator('.status-date a[rel="external"]').first();
    expect(await ext.evaluate((e) => getComputedStyle(e, '::after').content)).toContain('https://zoek.officielebekendmakingen.nl/dossier/35510');
  });
});
