/** Prints what the search page and a first query cost, compressed: node scripts/lib/search/weigh.ts [query…] */
import { resolve } from 'node:path';
import { launchChromium } from '../chromium.ts';
import { startServer } from '../server.ts';
import { measureSearch } from '../bench/measure.ts';

const queries = process.argv.slice(2);
const server = await startServer(resolve('dist'));
const browser = await launchChromium();
try {
  const s = await measureSearch(browser, server.url('/zoeken/'), queries.length ? queries : ['kinderopvangtoeslag', 'vakmanschap']);
  const first = s.queries[0]!;
  console.log(`page ${s.page.total.gzip} B, first query ${first.weight.total.gzip} B, total ${s.page.total.gzip + first.weight.total.gzip} B gzip`);
  for (const f of [...s.page.fetched, ...first.weight.fetched]) console.log(`  ${f.path} ${f.sizes.gzip}`);
} finally {
  await browser.close();
  await server.close();
}
