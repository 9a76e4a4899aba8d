/**
 * Screenshots for the benchmark report: the first screen (the viewport, not the whole page)
 * of each kind of page, on a phone (390 px, touch) and on a desktop (1440 px), in the light
 * and the dark colour scheme, as PNG files in the report's folder.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { KindPage } from './pages.ts';

export const SCREENS = [
  { width: 390, height: 844, mobile: true },
  { width: 1440, height: 900, mobile: false },
] as const;
export const SCHEMES = ['light', 'dark'] as const;

export interface Screenshot {
  kind: string;
  path: string;
  width: number;
  height: number;
  scheme: (typeof SCHEMES)[number];
  /** The PNG file, relative to the report's folder («screens/action-390-dark.png»). */
  file: string;
}

/** Takes the screenshots of `pages` into `reports`/screens/; returns them in order. */
export async function takeScreenshots(browser: Browser, url: (path: string) => string, pages: readonly KindPage[], reports: string): Promise<Screenshot[]> {
  mkdirSync(join(reports, 'screens'), { recursive: true });
  const out: Screenshot[] = [];
  for (const screen of SCREENS) {
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({
        viewport: { width: screen.width, height: screen.height },
        deviceScaleFactor: 1,
        isMobile: screen.mobile,
        hasTouch: screen.mobile,
        colorScheme: scheme,
        locale: 'nl-NL',
        serviceWorkers: 'block',
      });
      try {
        const page = await context.newPage();
        for (const p of pages) {
          const file = `screens/${p.kind.replace(/\W+/g, '-')}-${screen.width}-${scheme}.png`;
          await page.goto(url(p.path), { waitUntil: 'networkidle' });
          await page.screenshot({ path: join(reports, file), animations: 'disabled' });
          out.push({ kind: p.kind, path: p.path, width: screen.width, height: screen.height, scheme, file });
        }
      } finally {
        await context.close();
      }
    }
  }
  return out;
}
