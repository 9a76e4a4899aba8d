/**
 * The data the build writes beside the search page (zoeken/hulp.js, by
 * scripts/lib/search/index-site.ts): the reviewed synonym table, the best-bet targets and
 * the site's abbreviations, and the site's other search indexes where it has more than one.
 * The search page and the annex table's filter read it.
 */
import type { Target } from './bestbets.ts';
import type { Abbreviation } from './filter.ts';
import type { Synonym } from './query.ts';

export interface SearchHelp {
  synoniemen: Synonym[];
  bestemmingen: Target[];
  afkortingen: Abbreviation[];
  /** Where the site's search has more than one index: the folders of the others inside Pagefind's folder («deel-2/», …). */
  delen?: string[];
}

export const NO_HELP: SearchHelp = { synoniemen: [], bestemmingen: [], afkortingen: [] };

declare global {
  interface Window {
    ZOEKHULP?: SearchHelp;
  }
}
