/**
 * Hosting under a sub-path with a published address: the site built with
 * SITE_URL=https://example.org/herstel/ into a temporary folder, served under /herstel/.
 * Every link, script, style sheet and search file stays under it; the permanent links,
 * canonical, open data and sitemap carry the address. (Builds the site once more — Astro, Pagefind and the offline step: ~15 s —
 * in a temporary copy of the project, as the benchmark does, so that nothing of the project's own changes while
 * other tests read it.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type SiteServer } from './helpers/server.ts';
import { useBrowser } from './helpers/browser.ts';
import { ROOT } from './helpers/paths.ts';
import { copyProject, removeProject } from '../../scripts/lib/bench/project.ts';

const SITE = 'https://example.org/herstel/';
let tmp: string;
let work: string | undefined;
let out: string;
let server: SiteServer;
const b = useBrowser();

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'hkt-subpath-'));
  out = join(tmp, 'dist');
  const env = { ...process.env, SITE_URL: SITE };
  work = copyProject(ROOT);
  execFileSync(join(work, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out], { cwd: work, env, stdio: 'pipe' });
  // Served as a host would: the build under /herstel/.
  const root = join(tmp, 'www');
  mkdirSync(root);
  symlinkSync(out, join(root, 'herstel'), 'dir');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Host</title>');
  // The host answers a missing address with the site's 404 page.
  symlinkSync(join(out, '404.html'), join(root, '404.html'));
  server = await startServer(root);
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  if (work) removeProject(work);
});

const read = (rel: string) => readFileSync(join(out, rel), 'utf8');

describe('SITE_URL with a sub-path', () => {
  it('writes the published address into canonical, permanent link, JSON-LD, open data and sitemap', () => {
    const action = read('acties/41/index.html');
    expect(action).toContain(`<link rel="canonical" href="${SITE}acties/41/">`);
    expect(action).toContain(`<meta property="og:url" content="${SITE}acties/41/">`);
    expect(action).toContain(`>${SITE}acties/41/<`);
    expect(action).toContain(`"url":"${SITE}acties/41/"`);
    expect(read('data/acties.csv')).toContain(`${SITE}acties/41/`);
    expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(true);
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${SITE}acties/41/</loc>`);
    expect(sitemap).not.toMatch(/404/);
    expect(sitemap).not.toMatch(/<loc>https:\/\/example\.org\/(?!herstel\/)/);
  });

  it('keeps the 404 page’s links under the sub-path', () => {
    const html = read('404.html');
    const urls = [...html.matchAll(/\s(?:href|src|action)="([^"]+)"/g)].map((m) => m[1]!).filter((u) => u.startsWith('/'));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^\/herstel\//);
  });

  it('works under /herstel/ in the browser: links, styles, the 404 page and search', async () => {
    const page = await b.newPage({ serviceWorkers: 'block' });
    await b.goto(page, server.url('/herstel/'));
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    await Promise.all([page.waitForURL(/\/herstel\/acties\/(index\.html)?$/), page.locator('.site-nav a', { hasText: 'Acties' }).click()]);
    await b.goto(page, server.url('/herstel/bestaat-niet/'), 404);
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    await b.goto(page, server.url('/herstel/zoeken/?q=algoritmeregister'));
    const first = page.locator('#zoeken-resultaten a[href]').first();
    await first.waitFor({ timeout: 20_000 });
    expect(new URL((await first.getAttribute('href'))!, page.url()).pathname).toMatch(/^\/herstel\//);
    // Any request outside /herstel/ would have 404ed and failed the test (helpers/browser.ts).
  });
});
