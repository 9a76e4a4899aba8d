/**
 * `npm start`: the site served from dist/ as a static host serves it — the headers of
 * public/_headers (the Content-Security-Policy the site is built for), compression, the
 * 404 page — on http://127.0.0.1:4321/ (PORT to change it). Builds first when dist/ is
 * missing or older than anything it is built from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/inputs.ts';
import { parseHeaders, startServer } from './lib/server.ts';

/** What the build reads: a change to any of these makes dist/ stale. */
export const BUILD_INPUTS = ['src', 'content', 'seeds', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => (name === 'generated' ? m : Math.max(m, newest(join(path, name)))), st.mtimeMs);
}

/** Why dist/ must be built first, or undefined when it is up to date. */
export function staleReason(root = ROOT): string | undefined {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return 'dist/ is missing';
  const at = statSync(built).mtimeMs;
  const changed = BUILD_INPUTS.find((p) => newest(join(root, p)) > at);
  return changed && `${changed} changed since the last build`;
}

if (import.meta.main) {
  const reason = staleReason();
  if (reason) {
    console.log(`start: ${reason}; building first (npm run build)`);
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const headerRules = parseHeaders(readFileSync(join(ROOT, 'dist', '_headers'), 'utf8'), 'dist/_headers');
  const server = await startServer(join(ROOT, 'dist'), { headerRules, compress: true, port: Number(process.env.PORT ?? 4321) });
  console.log(`start: the site is served at ${server.url('/')} (Ctrl+C to stop)`);
}
