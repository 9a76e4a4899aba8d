import { launchChromium } from './lib/chromium.ts';
import { startServer } from './lib/server.ts';
import { searchOnPage } from './lib/search/run-queries.ts';
const server = await startServer(process.cwd() + '/dist');
const b = await launchChromium();
const page = await b.newPage();
await page.goto(server.url('/zoeken/'));
for (const q of process.argv.slice(2)) console.log(q, '→', (await searchOnPage(page, q, server.url('/'))).join(' '));
await b.close(); await server.close();
