/** dist/ served for the tests of one file (the server itself: scripts/lib/server.ts). */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import { startServer, type ServerOptions, type SiteServer } from '../../../scripts/lib/server.ts';
import { DIST } from './paths.ts';

export { contentType, startServer, type SiteServer } from '../../../scripts/lib/server.ts';

/**
 * Serves dist/ for the tests of one file: started in beforeAll, stopped in afterAll. In the
 * browser tier, dist/ as it is (no options) is the tier's one server (tests/setup/browser.ts).
 */
export function serveDist(root: string = DIST, options: ServerOptions = {}): { readonly server: SiteServer; url(path: string): string } {
  let server: SiteServer | undefined;
  beforeAll(async () => {
    if (!existsSync(root)) throw new Error(`${root} does not exist: build the site first (npm run build)`);
    const shared = root === DIST && Object.keys(options).length === 0 ? inject('siteOrigin') : undefined;
    server = shared ? { origin: shared, url: (path: string) => new URL(path, shared + '/').href, close: async () => {} } : await startServer(root, options);
  });
  afterAll(async () => {
    await server?.close();
  });
  const handle = {
    get server(): SiteServer {
      if (!server) throw new Error('server not started (use serveDist() at the top level of a test file)');
      return server;
    },
    url: (path: string) => handle.server.url(path),
  };
  return handle;
}
