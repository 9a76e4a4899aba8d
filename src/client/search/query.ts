/**
 * What a query asks, as groups of alternatives: each group is one thing the reader named
 * (a word, or a phrase of the synonym table), and a page answers the group when it holds
 * any of its alternatives. Alternatives come from the reviewed synonym table
 * (content/synoniemen.json), from words the reader wrote apart that the site writes
 * together («toeslagen stelsel» → «toeslagenstelsel») and the reverse. Pure.
 */
import { contentWords, fold, isStopWord, queryWords } from './text.ts';

/** An entry of the synonym table as the browser receives it (validated at build). */
export interface Synonym {
  /** What a reader may type (folded words, one phrase each). */
  woorden: readonly string[];
  /** What the sources say instead: each occurs in the corpus. */
  doelen: readonly string[];
}

/** What the site knows of a word: how many pages/records have it (0: unknown). */
export type Vocabulary = (word: string) => number;

export interface Group {
  /** The reader's words for it, folded. */
  term: string;
  /** Queries for the engine, the reader's own first; a page with any of them answers the group. */
  alts: string[];
}

export interface Analysis {
  /** All words of the query, folded, numbers in one form. */
  words: string[];
  /** The groups that decide a result. */
  groups: Group[];
  /** Stop words left out of the groups. */
  dropped: string[];
}

const phraseAt = (words: readonly string[], i: number, phrase: readonly string[]) => phrase.every((p, k) => words[i + k] === p);

/** The synonym phrases, longest first, as word lists. */
function phrases(synonyms: readonly Synonym[]): { words: string[]; entry: Synonym }[] {
  const out: { words: string[]; entry: Synonym }[] = [];
  for (const entry of synonyms) for (const w of entry.woorden) out.push({ words: queryWords(w), entry });
  return out.filter((p) => p.words.length > 0).sort((a, b) => b.words.length - a.words.length);
}

/**
 * A word the reader wrote as one that the site writes as two: «zwartelijst» → «zwarte lijst».
 * Only where the site does not know the word and knows both parts.
 */
export function splitWord(word: string, vocab: Vocabulary): string | null {
  if (word.length < 7 || vocab(word) > 0) return null;
  let best: { s: string; f: number } | null = null;
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const a = word.slice(0, cut),
      b = word.slice(cut);
    const f = Math.min(vocab(a), vocab(b));
    if (f > 0 && !isStopWord(a) && !isStopWord(b) && (!best || f > best.f)) best = { s: `${a} ${b}`, f };
  }
  return best ? best.s : null;
}

/** Two words the reader wrote apart that the site writes as one («toeslagen stelsel», «team service»), or null. */
export function joinWords(a: string, b: string, vocab: Vocabulary): string | null {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const w of [x + y, `${x}s${y}`, `${x}-${y}`]) if (vocab(w.replace('-', '')) > 0) return w.replace('-', '');
  }
  return null;
}

/** The query as groups of alternatives. */
export function analyze(query: string, synonyms: readonly Synonym[] = [], vocab: Vocabulary = () => 0): Analysis {
  const words = queryWords(query);
  const groups: Group[] = [];
  const dropped: string[] = [];
  const list = phrases(synonyms);
  const keep = new Set(contentWords(words));
  const onlyStop = words.every((w) => isStopWord(w));
  let i = 0;
  while (i < words.length) {
    const hit = list.find((p) => phraseAt(words, i, p.words));
    if (hit) {
      const term = hit.words.join(' ');
      const alts = [term, ...hit.entry.doelen.map(fold)];
      // A single stop word is no phrase to look for («ik» is no synonym of anything).
      if (!(hit.words.length === 1 && isStopWord(term) && !onlyStop)) {
        groups.push({ term, alts: [...new Set(alts)] });
        i += hit.words.length;
        continue;
      }
    }
    const w = words[i]!;
    if (!keep.has(w) && !onlyStop) {
      dropped.push(w);
      i++;
      continue;
    }
    const next = words[i + 1];
    const joined = next !== undefined && keep.has(next) ? joinWords(w, next, vocab) : null;
    if (joined) {
      groups.push({ term: `${w} ${next}`, alts: [`${w} ${next}`, joined] });
      i += 2;
      continue;
    }
    const split = splitWord(w, vocab);
    groups.push({ term: w, alts: split ? [w, split] : [w] });
    i++;
  }
  return { words, groups, dropped };
}
