/**
 * Where the built site and the generated model are. Both can be pointed elsewhere
 * (SITE_DIST, SITE_MODEL) to check the harness itself against a small hand-made site.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DIST = resolve(process.env.SITE_DIST ?? join(ROOT, 'dist'));
export const MODEL = resolve(process.env.SITE_MODEL ?? join(ROOT, 'content', 'generated', 'model.json'));
export const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
