/**
 * The extra terms of the search records (src/site/search/terms.ts), worked out from the pages'
 * copies as they come while Astro still renders (scripts/lib/astro/page-copies.ts), before the
 * last page has been counted into the lexicon the compound splitting trusts (lexicon.ts).
 *
 * - What a record's sources give (sourceTerms: abbreviations, [sic] corrections) does not depend
 *   on the lexicon: it is worked out and kept for the record.
 * - What a word gives (wordTerms) depends on the lexicon only through the words it looks up. As
 *   more pages are counted, a word the lexicon has stays in it; a word it lacks may come in. So
 *   each word's terms are kept with the words it looked up and did not find, and once every page
 *   is counted (`settle`) a word one of whose misses the whole lexicon has is let go, to be worked
 *   out again.
 *
 * What is kept is then exactly what the whole lexicon gives: the index is the one made when
 * every term is worked out after the last page.
 */
import { sourceTerms, wordTerms, type Lexicon, type TermSources } from '../../../src/site/search/terms.ts';
import type { LexiconCounts } from './lexicon.ts';

export function earlyTerms(counts: LexiconCounts, sources: TermSources) {
  /** What each word gives, as the lexicon stood when the word first came. */
  const cache = new Map<string, string[]>();
  /** The words each word of `cache` looked up and did not find (only those that missed one). */
  const missed = new Map<string, string[]>();
  let misses: string[] = [];
  const sofar = counts.sofar((w) => misses.push(w));
  return {
    /**
     * A record with this text (`words`: wordsOf(text)), as its page comes: what each of its
     * words gives is worked out (as the lexicon stands now) and kept; returns what its sources
     * give (sourceTerms).
     */
    record(text: string, words: readonly string[]): string[] {
      for (const w of new Set(words)) {
        if (cache.has(w)) continue;
        misses = [];
        cache.set(w, wordTerms(w, sofar));
        if (misses.length) missed.set(w, misses);
      }
      return sourceTerms(text, words, sources);
    },
    /**
     * With every page counted, `lex` the whole lexicon (counts.lexicon()): what each word gives,
     * for extraTerms to go on with (the words whose terms change with the whole lexicon taken out).
     */
    settle(lex: Lexicon): Map<string, string[]> {
      for (const [w, ws] of missed) if (ws.some((m) => lex.has(m))) cache.delete(w);
      missed.clear();
      return cache;
    },
  };
}
