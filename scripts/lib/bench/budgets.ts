/**
 * The site's performance budgets: checked on the built site by tests/site/budgets.test.ts
 * and shown against the measured figures in the benchmark report (npm run bench).
 *
 * Compressed = gzip (level 6): what any static host sends; brotli is smaller still.
 * kB = 1000 bytes.
 */
export const BUDGETS = {
  /**
   * Everything an action page fetches to render on a first visit (HTML with its inline
   * stylesheet, scripts, icon), gzip. The issue asked for at most 30 kB; measured on
   * the real corpus the largest action page needs about 9–10 kB, so the budget is
   * tightened to 15 kB: room for the content to grow by half, not for a framework.
   */
  actionPageKB: 15,
  /**
   * What a reader's first search costs, compressed: the search page with its script,
   * Pagefind's script, WebAssembly and metadata, then the query's index chunk, filters,
   * the five result fragments and a word list. Measured about 149 kB (84 + 64) on the real corpus.
   */
  searchFirstQueryKB: 150,
  /**
   * Reading needs no JavaScript: of the words that <main> shows with scripts, at least
   * this share is shown without them (scripts may add a few controls, such as the
   * annex table's filter, not text).
   */
  noJsTextShare: 0.98,
  /** Cumulative layout shift while a page loads (PerformanceObserver, desktop and mobile width). */
  layoutShift: 0,
  /** Web fonts that block rendering: none (no font requests; any @font-face must not block). */
  blockingFonts: 0,
} as const;

/** font-display values that never hide text while a font loads. */
export const NON_BLOCKING_FONT_DISPLAY = ['swap', 'optional', 'fallback'];

/** The first and the second query of the search measurements: words every corpus scale contains. */
export const SEARCH_QUERIES = ['kinderopvangtoeslag', 'vakmanschap'] as const;
