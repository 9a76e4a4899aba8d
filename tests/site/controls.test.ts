/**
 * Controls a reader uses that no other test drives: the annex table's theme and section
 * filters and «Wis filters», and «Meer kerngegevens» beside a document. Expected numbers come
 * from the model (content/generated/model.json), not from the page under test.
 */
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/model/routes.ts';
import { useBrowser } from './helpers/browser.ts';
import { loadModel, themeOfAction } from './helpers/model.ts';
import { serveDist } from './helpers/server.ts';

const site = serveDist();
const b = useBrowser();
const model = loadModel();

describe('the annex table’s filters', () => {
  it('show the actions of a theme, then of a theme and a section, and «Wis filters» shows all again', async () => {
    const page = await b.newPage({ serviceWorkers: 'block' });
    await b.goto(page, site.url(routes.actions()));
    const visible = () => page.locator('.actions-table tbody tr:not([hidden])');
    const total = model.annex.actions.length;
    expect(await visible().count()).toBe(total);

    const theme = model.themes[2]!;
    const ofTheme = model.annex.actions.filter((a) => themeOfAction(a, model.themes)?.number === theme.number);
    await page.locator('#action-filter select[name="theme"]').selectOption(String(theme.number));
    await expect.poll(() => visible().count()).toBe(ofTheme.length);
    expect((await visible().evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.action)))).sort((x, y) => x - y)).toEqual(
      ofTheme.map((a) => a.number).sort((x, y) => x - y),
    );
    expect(await page.locator('.filter-count').textContent()).toContain(String(ofTheme.length));
    expect(new URL(page.url()).searchParams.get('thema')).toBe(String(theme.number));

    const section = ofTheme[0]!.section;
    const both = ofTheme.filter((a) => a.section === section);
    await page.locator('#action-filter select[name="section"]').selectOption(section);
    await expect.poll(() => visible().count()).toBe(both.length);
    expect(new URL(page.url()).searchParams.get('onderdeel')).toBe(section);

    await page.getByRole('button', { name: 'Wis filters' }).click();
    await expect.poll(() => visible().count()).toBe(total);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.close();
  });
});

describe('«Meer kerngegevens»', () => {
  it('opens and closes the rest of a document’s key facts', async () => {
    const page = await b.newPage({ serviceWorkers: 'block', viewport: { width: 390, height: 800 } });
    await b.goto(page, site.url(routes.document('kst-35510-60')));
    const button = page.locator('button[aria-controls="meer-kerngegevens"]');
    const more = page.locator('#meer-kerngegevens');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await more.isVisible()).toBe(false);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => more.isVisible()).toBe(true);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => more.isVisible()).toBe(false);
    await page.close();
  });
});
