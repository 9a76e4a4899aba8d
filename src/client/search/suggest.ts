/**
 * «Bedoelde u …?»: the nearest spelling the site knows for a word it does not know, and
 * whether the suggestion replaces the results or is only offered beside them. Pure.
 */
import { fold, isStopWord } from './text.ts';

/** The site's words with how many times they occur (a part of the word list the build writes). */
export interface WordList {
  words: readonly string[];
  freq: Readonly<Record<string, number>>;
  /** Folded word → true. */
  set: Readonly<Record<string, boolean>>;
}

export function wordList(pairs: string): WordList {
  const words: string[] = [];
  const freq: Record<string, number> = {};
  const set: Record<string, boolean> = {};
  for (const pair of pairs.split(' ')) {
    const i = pair.lastIndexOf(':');
    if (i <= 0) continue;
    const w = pair.slice(0, i);
    words.push(w);
    freq[w] = Number(pair.slice(i + 1));
    set[fold(w)] = true;
  }
  return { words, freq, set };
}

/** Damerau-Levenshtein distance (optimal string alignment), or max + 1 once it exceeds max. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] | null = null;
  let prev: number[] = [];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Does the site know the word (or a word that begins with it)? Short words and stop words count as known. */
export function knownWord(w: string, v: WordList): boolean {
  const f = fold(w);
  if (v.set[f] || f.length < 4 || isStopWord(f) || /^\d+$/.test(f)) return true;
  return v.words.some((x) => fold(x).startsWith(f));
}

/** The site's word nearest to w (1 letter off up to seven letters, 2 for longer), the most frequent on a tie. */
export function nearestWord(w: string, v: WordList): string | null {
  const f = fold(w);
  // One letter off for words up to seven letters, two for longer ones: a short everyday word
  // the site does not have must not turn into another word of the site.
  const max = f.length <= 7 ? 1 : 2;
  let best: string | null = null;
  let bestD = max + 1;
  let bestF = 0;
  for (const cand of v.words) {
    const d = distance(f, fold(cand), max);
    const fr = v.freq[cand] ?? 0;
    if (d < bestD || (d === bestD && fr > bestF)) {
      best = cand;
      bestD = d;
      bestF = fr;
    }
  }
  return bestD <= max ? best : null;
}

/** The query with every unknown word replaced by the nearest word of the site, or null if none changes. */
export function suggestionFor(q: string, v: WordList): string | null {
  let changed = false;
  const out = q.replace(/[\p{L}\p{N}]+/gu, (w) => {
    if (knownWord(w, v)) return w;
    let n = nearestWord(w, v);
    if (!n) return w;
    if (w.charAt(0) !== w.charAt(0).toLowerCase()) n = n.charAt(0).toUpperCase() + n.slice(1);
    changed = true;
    return n;
  });
  return changed && fold(out) !== fold(q) ? out : null;
}

export type SuggestionState = 'none' | 'replace' | 'offer';

/**
 * What to do with a suggestion, from the number of pages with every word of the query
 * (`had`) and of the suggestion (`would`), and the best score of each:
 *   - nothing for the suggestion: nothing to say;
 *   - nothing for the query: show the suggestion's results and offer the query as typed
 *     («Niets gevonden voor …; dit zijn de resultaten voor …»);
 *   - a few for the query (fewer than `few`), or a better best match for the suggestion (the
 *     query's unknown word found only look-alikes): the same, said so («Bedoelde u …? Dit
 *     zijn de resultaten daarvoor.»);
 *   - otherwise keep the results and offer the suggestion («Bedoelde u …?»).
 */
export function suggestionState(had: number, would: number | null, few = 3, hadBest = 0, wouldBest = 0): SuggestionState {
  if (would === null || would === 0) return 'none';
  if (had === 0) return 'replace';
  if (had < few && would > had) return 'replace';
  if (wouldBest > hadBest) return 'replace';
  return 'offer';
}
