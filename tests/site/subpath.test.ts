/**
 * Hosting under a sub-path with a published address: the site built with
 * SITE_URL=https://example.org/herstel/ into a temporary folder, served under /herstel/.
 * Every link, script, style sheet and search file stays under it; the permanent links,
 * canonical, open data and sitemap carry the address. The same build has its search in several
 * Pagefind indexes (SEARCH_RECORDS_PER_INDEX=100, as a site of more than RECORDS_PER_INDEX records
 * has): together they hold every record of the one index of dist/, and the search page searches
 * them all, online and from file://. (Builds the site once more — Astro, Pagefind and the offline step: ~15 s —
 * in a temporary copy of the project, as the benchmark does, so that nothing of the project's own changes while
 * other tests read it.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type SiteServer } from './helpers/server.ts';
import { useBrowser } from './helpers/browser.ts';
import { DIST, ROOT } from './helpers/paths.ts';
import type { Page } from 'playwright-core';
import { searchOnPage } from '../../scripts/lib/search/run-queries.ts';
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
  const env = { ...process.env, SITE_URL: SITE, SEARCH_RECORDS_PER_INDEX: '100' };
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

/** The folders of the other indexes, as hulp.js lists them for the search page (none: one index). */
const otherIndexes = (dist: string): string[] => {
  const m = /"delen":(\[[^\]]*\])/.exec(readFileSync(join(dist, 'zoeken', 'hulp.js'), 'utf8'));
  return m ? (JSON.parse(m[1]!) as string[]) : [];
};

/**
 * Every result Pagefind's own engine gives for `word` on the site at `root` (its indexes merged
 * as hulp.js lists them), as routes. (A script as text: the test runner would rewrite an
 * `import()` in a function.)
 */
async function everyResult(page: Page, root: string, word: string, indexes: readonly string[]): Promise<string[]> {
  const [r, w, ix] = [root, word, indexes].map((x) => JSON.stringify(x));
  return page.evaluate(`(async () => {
    const pf = await import(${r} + 'pagefind/pagefind.js');
    const api = await pf.createInstance({ basePath: ${r} + 'pagefind/', baseUrl: ${r} });
    for (const d of ${ix}) await api.mergeIndex(${r} + 'pagefind/' + d, { baseUrl: ${r} });
    const found = await api.search(${w});
    const urls = await Promise.all(found.results.map(async (x) => (await x.data()).url));
    return urls.map((u) => u.slice(${r}.length - 1)).sort();
  })()`);
}

describe('search in several indexes', () => {
  it('writes each other index beside the first, with only its index files, and lists them for the search page', () => {
    const indexes = otherIndexes(out);
    expect(indexes).toEqual(['deel-2/', 'deel-3/']);
    expect(otherIndexes(DIST)).toEqual([]);
    for (const d of indexes) {
      const files = readdirSync(join(out, 'pagefind', d));
      expect(files).toContain('pagefind-entry.json');
      expect(files.filter((f) => /\.(js|css)$|^wasm\./.test(f))).toEqual([]);
      expect(existsSync(join(out, 'zoeken', 'pagefind-bestanden', d, 'pagefind-entry.json.js'))).toBe(true);
    }
  });

  it('holds, in all its indexes together, every record of the one index', async () => {
    const main = await startServer(DIST);
    try {
      const page = await b.newPage({ serviceWorkers: 'block' });
      await b.goto(page, main.url('/'));
      const one: Record<string, string[]> = {};
      for (const w of ['toeslagen', 'ombudsman', 'schulden', 'hardheidsclausule']) one[w] = await everyResult(page, main.url('/'), w, []);
      await b.goto(page, server.url('/herstel/'));
      for (const [w, routes] of Object.entries(one)) {
        expect(routes.length, w).toBeGreaterThan(3);
        // Every record the one index finds. (Where no word of an index begins with the query's
        // word, Pagefind searches that index for the longest word the query's word begins with:
        // several indexes can find a few records more.)
        expect(await everyResult(page, server.url('/herstel/'), w, otherIndexes(out)), w).toEqual(expect.arrayContaining(routes));
      }
    } finally {
      await main.close();
    }
  });

  it('is searched in all its indexes by the search page, online and from file://', async () => {
    const online = await b.newPage({ serviceWorkers: 'block' });
    await b.goto(online, server.url('/herstel/zoeken/'));
    // From file:// in a context of its own: the tracked one allows only the local server.
    const context = await b.browser.newContext({ locale: 'nl-NL' });
    const offline = await context.newPage();
    const errors: string[] = [];
    offline.on('pageerror', (e) => errors.push(e.message));
    offline.on('requestfailed', (r) => errors.push(`${r.url()}: ${r.failure()?.errorText}`));
    try {
      for (const [page, root, load] of [
        [online, server.url('/herstel/'), async () => {}],
        [offline, `file://${out}/`, () => offline.goto(`file://${out}/zoeken/index.html`)],
      ] as const) {
        const asked: string[] = [];
        page.on('request', (r) => asked.push(r.url()));
        await load();
        expect((await searchOnPage(page, 'toeslagen herstel', root)).length, root).toBeGreaterThan(3);
        for (const d of otherIndexes(out)) expect(asked.filter((u) => u.includes(`/${d}index/`)).length, `${root} ${d}`).toBeGreaterThan(0);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
