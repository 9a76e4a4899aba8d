/**
 * The data the build writes beside the search page (zoeken/hulp.js, by
 * scripts/lib/search/index-site.ts): the reviewed synonym table, the best-bet targets and
 * the site's abbreviations. The search page and the annex table's filter read it.
 */
import type { Target } from './bestbets.ts';
import type { Abbreviation } from './filter.ts';
import type { Synonym } from './query.ts';

export interface SearchHelp {
  synoniemen: Synonym[];
  bestemmingen: Target[];
  afkortingen: Abbreviation[];
}

export const NO_HELP: SearchHelp = { synoniemen: [], bestemmingen: [], afkortingen: [] };

declare global {
  interface Window {
    ZOEKHULP?: SearchHelp;
  }
}
