/**
 * A result's excerpt: the stretch of its text where the most of the query's groups stand
 * closest together, with every word that answers the query marked — not only the words of
 * one engine search. Pure: text and groups in, segments out (the page turns them into
 * text nodes and <mark> elements; nothing from a page ever becomes markup).
 */
import type { Group } from './query.ts';
import { fold, queryWords } from './text.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** A word's stem for matching: a common Dutch ending off, never shorter than four letters. */
export function stem(word: string): string {
  const w = fold(word);
  for (const end of ['heden', 'ingen', 'ing', 'en', 'es', 's', 'e', 'n']) {
    if (w.length - end.length >= 4 && w.endsWith(end)) return w.slice(0, -end.length);
  }
  return w;
}

/** For each group, the stems of its alternatives' words. */
function stemsOf(groups: readonly Group[]): string[][] {
  return groups.map((g) => [
    ...new Set(
      g.alts
        .flatMap((a) => queryWords(a))
        .filter((w) => w.length >= 2)
        .map(stem),
    ),
  ]);
}

/** Which group a word of the text answers, or -1. */
function groupOfWord(word: string, stems: readonly string[][]): number {
  const f = fold(word);
  for (let g = 0; g < stems.length; g++) {
    for (const s of stems[g]!) if (s.length < 4 ? f === s : f.startsWith(s)) return g;
  }
  return -1;
}

/**
 * The excerpt of `text` for the groups: about `size` words around the best stretch (most
 * groups, then most hits), with an ellipsis where the text goes on.
 */
export function excerpt(text: string, groups: readonly Group[], size = 30): Segment[] {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index! }));
  if (!tokens.length) return [];
  const stems = stemsOf(groups);
  const hit = tokens.map((t) => {
    const core = t.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return core ? groupOfWord(core, stems) : -1;
  });
  let bestStart = 0;
  let bestScore = -1;
  for (let start = 0; start < Math.max(1, tokens.length - size + 1); start++) {
    const seen = new Set<number>();
    let hits = 0;
    for (let i = start; i < Math.min(tokens.length, start + size); i++)
      if (hit[i]! >= 0) {
        seen.add(hit[i]!);
        hits++;
      }
    const score = seen.size * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  // Begin a few words before the first hit, so the sentence reads.
  const firstHit = hit.findIndex((h, i) => i >= bestStart && h >= 0);
  if (firstHit > bestStart + 5) bestStart = Math.max(0, Math.min(firstHit - 5, tokens.length - size));
  const end = Math.min(tokens.length, bestStart + size);
  const out: Segment[] = [];
  const push = (s: string, mark: boolean) => {
    const last = out[out.length - 1];
    if (last && last.mark === mark && !mark) last.text += s;
    else out.push({ text: s, mark });
  };
  if (bestStart > 0) push('… ', false);
  for (let i = bestStart; i < end; i++) {
    const t = tokens[i]!.text;
    if (hit[i]! >= 0) {
      const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(t)!;
      if (m[1]) push(m[1], false);
      push(m[2]!, true);
      if (m[3]) push(m[3], false);
    } else push(t, false);
    if (i < end - 1) push(' ', false);
  }
  if (end < tokens.length) push(' …', false);
  return out;
}
