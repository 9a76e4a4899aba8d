/**
 * Every reader-facing interface string, in Dutch, in one place: this module is the one entry
 * point; the strings themselves are split by area in src/site/strings/ (site, search, reading,
 * actions, themes, cite, glossary, about, data, edition, editorial, offline, help), and `t`
 * joins them. An area's keys are its own: tests/strings.test.ts checks that no key is in two.
 * Plain data and small functions only: this module is also imported by the
 * ingest script (Node strips the types), so only erasable TypeScript syntax.
 * Lookup tables keyed by the model's values use `satisfies`, so a new key cannot
 * silently fall back to an English or raw value.
 */
import { site } from './strings/site.ts';
import { search } from './strings/search.ts';
import { reading } from './strings/reading.ts';
import { actions } from './strings/actions.ts';
import { themes } from './strings/themes.ts';
import { cite } from './strings/cite.ts';
import { glossary } from './strings/glossary.ts';
import { about } from './strings/about.ts';
import { data } from './strings/data.ts';
import { edition } from './strings/edition.ts';
import { editorial } from './strings/editorial.ts';
import { offline } from './strings/offline.ts';
import { help } from './strings/help.ts';

/** The strings of every area, by area (tests/strings.test.ts). */
export const AREAS = { site, search, reading, actions, themes, cite, glossary, about, data, edition, editorial, offline, help } as const;

export const t = {
  ...site,
  ...search,
  ...reading,
  ...actions,
  ...themes,
  ...cite,
  ...glossary,
  ...about,
  ...data,
  ...edition,
  ...editorial,
  ...offline,
  ...help,
} as const;

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** «2021-06-29» → «29 juni 2021». */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}
