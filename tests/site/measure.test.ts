/**
 * A running text column of about 70 characters (built dist/, Chromium, 1440 and 1920 px): on
 * every kind of page, a paragraph or list item of several lines holds no more than about 75
 * characters a line.
 */
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/model/routes.ts';
import { useBrowser } from './helpers/browser.ts';
import { loadModel } from './helpers/model.ts';
import { serveDist } from './helpers/server.ts';

const site = serveDist();
const b = useBrowser();

describe('a running text column of about 70 characters', () => {
  const model = loadModel();
  const pages = [
    routes.home(),
    routes.document('kst-35510-60'),
    routes.document('kst-29362-282'),
    routes.actions(),
    routes.theme(model.themes[0]!.slug),
    routes.action(41),
    routes.about(),
    routes.accessibility(),
    routes.data(),
  ];
  for (const width of [1440, 1920]) {
    it(`at ${width} px`, async () => {
      const page = await b.newPage({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
      const long: string[] = [];
      for (const path of pages) {
        await b.goto(page, site.url(path));
        const found = await page.evaluate(() => {
          const out: { text: string; perLine: number }[] = [];
          for (const el of document.querySelectorAll<HTMLElement>('main p, main li, main dd')) {
            if (el.closest('table, pre, .cite-panel') || el.querySelector('p, li, ul, ol')) continue;
            const range = document.createRange();
            range.selectNodeContents(el);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
            const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
            // Full lines only: the last one may be short.
            if (lines >= 4) out.push({ text: text.slice(0, 60), perLine: Math.round(text.length / (lines - 0.5)) });
          }
          return out;
        });
        expect(found.length, `${path}: paragraphs of four lines or more`).toBeGreaterThan(0);
        for (const f of found) if (f.perLine > 78) long.push(`${path}: ${f.perLine} characters a line: «${f.text}…»`);
      }
      expect(long).toEqual([]);
    });
  }
});
