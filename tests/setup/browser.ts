/**
 * Global setup of the browser tier: one Chromium and one static server of dist/ for every
 * file of the tier, instead of a launch and a server per file. Chromium runs as a browser
 * server the files connect to (tests/site/helpers/browser.ts); each file still opens pages in
 * contexts of its own. A file run outside the tier launches its own (the helpers fall back).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { TEST_CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.ts';
import { startServer } from '../../scripts/lib/server.ts';
import { DIST } from '../site/helpers/paths.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html not found: build the site first (npm run build)`);
  const browser = await chromium.launchServer({ executablePath: chromiumPath(), args: TEST_CHROMIUM_ARGS });
  const site = await startServer(DIST);
  project.provide('chromiumEndpoint', browser.wsEndpoint());
  project.provide('siteOrigin', site.origin);
  return async () => {
    await site.close();
    await browser.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser server's WebSocket endpoint (chromium.connect). */
    chromiumEndpoint?: string;
    /** The origin dist/ is served at, without a trailing slash. */
    siteOrigin?: string;
  }
}
