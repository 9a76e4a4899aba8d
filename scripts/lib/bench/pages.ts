/** The pages the benchmark and the budget test measure: one of each kind, from dist/. */
import { LETTER_ID } from '../../../src/model/registry.ts';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { routes } from '../../../src/model/routes.ts';

export type PageKindName = 'home' | 'document' | 'annex table' | 'theme' | 'action' | '282 action' | 'search';

export interface KindPage {
  kind: PageKindName;
  path: string;
  /** Why this page stands for its kind. */
  note: string;
}

/** Sub-pages of a folder of dist/ («acties/12/»), largest gzip HTML first. */
export function largestPages(dist: string, folder: string, accept: (name: string) => boolean = () => true): { path: string; gzip: number }[] {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => accept(name) && existsSync(join(dir, name, 'index.html')) && statSync(join(dir, name)).isDirectory())
    .map((name) => ({ path: `/${folder}/${name}/`, gzip: gzipSync(readFileSync(join(dir, name, 'index.html'))).byteLength }))
    .sort((a, b) => b.gzip - a.gzip || a.path.localeCompare(b.path));
}

/** One page of each kind: the fixed pages, and for themes and actions the heaviest. */
export function kindPages(dist: string): KindPage[] {
  const theme = largestPages(dist, 'themas')[0];
  const action = largestPages(dist, 'acties', (n) => /^\d+$/.test(n))[0];
  if (!theme || !action) throw new Error(`${dist}: expected theme and action pages under themas/ and acties/`);
  return [
    { kind: 'home', path: routes.home(), note: 'home page' },
    { kind: 'document', path: routes.document(LETTER_ID), note: 'the letter, Kamerstuk 35 510 nr. 60' },
    { kind: 'annex table', path: routes.actions(), note: 'the table of all actions' },
    { kind: 'theme', path: theme.path, note: 'the heaviest theme page (gzip HTML)' },
    { kind: 'action', path: action.path, note: 'the heaviest action page (gzip HTML)' },
    { kind: '282 action', path: routes.rrAction(1), note: 'an action of Kamerstuk 29 362 nr. 282 («Regels en ruimte»)' },
    { kind: 'search', path: routes.search(), note: 'search page, before a query' },
  ];
}
