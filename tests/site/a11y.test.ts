/**
 * Accessibility of the built site on a narrow screen: axe-core (WCAG 2.0/2.1/2.2 A and AA) on
 * the main kinds of page at 320 px wide, every rule in light and the colour rules in dark
 * (helpers/axe.ts rulesFor; every page at
 * 1280 px: tests/site/every-page.test.ts; a page in a state of its own, such as search with
 * results, at 1280 px here too); no
 * horizontal scrolling at 320 px. (The skip link, first Tab stop on every page:
 * tests/site/every-page.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { routes } from '../../src/model/routes.ts';
import { useBrowser } from './helpers/browser.ts';
import { SEARCH_BOX } from './helpers/dom.ts';
import { loadModel } from './helpers/model.ts';
import { describeViolations, rulesFor, runAxe, settle } from './helpers/axe.ts';
import { serveDist } from './helpers/server.ts';

const site = serveDist();
const b = useBrowser();
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [1280, 320] as const;
const RESULT_LINK = '.pagefind-ui__result-link, pagefind-results a[href], [data-search-results] a[href]';

interface Target {
  name: string;
  path: string;
  status?: number;
  /** Brings the page into the state to test (the search page with results). */
  prepare?: (page: Page) => Promise<void>;
}

function targets(): Target[] {
  const model = loadModel();
  return [
    { name: 'home', path: routes.home() },
    { name: 'document 35 510 nr. 60', path: routes.document('kst-35510-60') },
    { name: 'annex table', path: routes.actions() },
    { name: 'theme', path: routes.theme(model.themes[0]!.slug) },
    { name: 'action 58', path: routes.action(58) },
    // A motion the edition resolved: its mark in «Genoemde moties».
    { name: 'action 13', path: routes.action(13) },
    // The website's metadata in Kerngegevens.
    { name: 'document 29 362 nr. 290', path: routes.document('kst-29362-290') },
    { name: 'abbreviations', path: routes.abbreviations() },
    { name: 'glossary', path: routes.glossary() },
    {
      name: 'search with results',
      path: routes.search(),
      prepare: async (page) => {
        await page.locator('main').locator(SEARCH_BOX).filter({ visible: true }).first().fill('algoritmeregister');
        await page.locator(RESULT_LINK).first().waitFor({ state: 'visible', timeout: 15_000 });
      },
    },
    { name: 'about', path: routes.about() },
    { name: 'documents', path: routes.documents() },
    { name: '282 actions', path: routes.rrActions() },
    { name: 'data', path: routes.data() },
    { name: 'accessibility statement', path: routes.accessibility() },
    { name: 'changes', path: '/wijzigingen/' },
    { name: '404', path: '/deze-pagina-bestaat-niet/', status: 404 },
  ];
}

describe('accessibility', () => {
  it.each(targets().map((t) => [t.name, t] as const))(
    '%s: no axe violations in light and dark at 320 px (and at 1280 px in a state of its own); no sideways scrolling at 320 px',
    async (_name, t) => {
      const page = await b.keptPage({ axe: true });
      await b.goto(page, site.url(t.path), t.status ?? 200);
      await t.prepare?.(page);
      const problems: string[] = [];
      let runs = 0;
      const widths = t.prepare ? WIDTHS : WIDTHS.filter((w) => w === 320);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          await settle(page);
          const where = `${t.path} [${scheme}, ${width}px]`;
          const violations = await runAxe(page, rulesFor(scheme));
          runs++;
          if (violations.length > 0) problems.push(describeViolations(where, violations));
          if (width === 320) {
            const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
            if (scrollWidth > 320) {
              const wide = await page.evaluate(() =>
                [...document.querySelectorAll('body *')]
                  .filter((el) => el.getBoundingClientRect().right > 320.5)
                  .slice(0, 5)
                  .map(
                    (el) =>
                      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> right=${Math.round(el.getBoundingClientRect().right)}`,
                  ),
              );
              problems.push(`${where}: scrolls sideways, scrollWidth ${scrollWidth} > 320; too wide: ${wide.join(', ')}`);
            }
          }
        }
      }
      expect(runs).toBe(widths.length * SCHEMES.length);
      if (problems.length > 0) throw new Error(`${t.path}:\n${problems.join('\n')}`);
    },
  );
});
