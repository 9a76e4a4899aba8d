/**
 * Ranking over groups: every alternative of every group is searched on its own (Pagefind,
 * in the page), and the hits are combined here. A page that answers every group comes
 * before one that answers only some; among those, the page whose hits of different groups
 * stand close together comes first («wachten ouders» → «500 ouders wachten»), then by the
 * engine's own score. When fewer than FEW pages answer every group, pages that answer
 * some follow, ranked by how much of the query they answer (rare groups count more). Pure.
 */

/** One hit of the engine: a page (record) id, its score, and the word positions that matched. */
export interface Hit {
  id: string;
  score: number;
  words: readonly number[];
}

export interface Ranked<R extends Hit = Hit> {
  id: string;
  hit: R;
  /** The engine's score summed over the groups the page answers (each weighed by the group's rarity), with the closeness bonus. */
  score: number;
  /** Indexes of the groups the page answers. */
  groups: number[];
  /** Every group answered. */
  full: boolean;
  /** Share of the query's weight (rarer groups weigh more) the page answers, 0…1. */
  coverage: number;
  /** Smallest span of words holding one hit of every answered group (1 = one word), or 0 for a single group. */
  span: number;
}

/** Fewer pages than this with every word: pages with some of them follow. */
export const FEW = 3;

/**
 * The smallest window of word positions holding at least one position of each list
 * (each list sorted or not): its length in words, or Infinity when a list is empty.
 */
export function smallestSpan(lists: readonly (readonly number[])[]): number {
  if (lists.length === 0 || lists.some((l) => l.length === 0)) return Infinity;
  if (lists.length === 1) return 1;
  const all: { pos: number; list: number }[] = [];
  lists.forEach((l, i) => l.forEach((pos) => all.push({ pos, list: i })));
  all.sort((a, b) => a.pos - b.pos);
  const count = new Array<number>(lists.length).fill(0);
  let have = 0;
  let best = Infinity;
  let left = 0;
  for (let right = 0; right < all.length; right++) {
    if (count[all[right]!.list]!++ === 0) have++;
    while (have === lists.length) {
      best = Math.min(best, all[right]!.pos - all[left]!.pos + 1);
      if (--count[all[left]!.list]! === 0) have--;
      left++;
    }
  }
  return best;
}

/**
 * The closeness bonus, a factor ≥ 1: terms side by side (in any order) count most, within
 * a sentence or so still more than scattered over a page.
 */
export function closeness(span: number, groups: number): number {
  if (groups < 2 || !Number.isFinite(span)) return 1;
  const slack = span - groups; // words between the hits
  if (slack <= 1) return 2;
  if (slack <= 6) return 1.5;
  if (slack <= 20) return 1.2;
  return 1;
}

/**
 * Combines the hits of each group (per group, the hits of its alternatives, already
 * merged: see mergeAlternatives) into one ranking.
 */
export function rank<R extends Hit>(perGroup: readonly (readonly R[])[], total = 0): Ranked<R>[] {
  const n = perGroup.length;
  const pages = Math.max(total, ...perGroup.map((g) => g.length), 1);
  // Inverse document frequency: a group few pages answer says more about the page.
  const idf = perGroup.map((g) => Math.log(1 + pages / Math.max(1, g.length)));
  const idfSum = idf.reduce((a, b) => a + b, 0) || 1;
  const byId = new Map<string, { hit: R; score: number; groups: number[]; positions: number[][] }>();
  perGroup.forEach((hits, gi) => {
    for (const h of hits) {
      let e = byId.get(h.id);
      if (!e) byId.set(h.id, (e = { hit: h, score: 0, groups: [], positions: [] }));
      // Each group's hit weighed by how rare the group is: a page that holds the query's
      // rare word often outranks one that holds its common word often («kinderen» and
      // «gedupeerde»: the page about children first, not the page about the service team).
      e.score += h.score * (idf[gi]! / (idfSum / n));
      e.groups.push(gi);
      e.positions.push([...h.words]);
    }
  });
  const out: Ranked<R>[] = [];
  for (const [id, e] of byId) {
    const span = e.groups.length > 1 ? smallestSpan(e.positions) : 0;
    out.push({
      id,
      hit: e.hit,
      groups: e.groups,
      full: e.groups.length === n,
      coverage: e.groups.reduce((s, g) => s + idf[g]!, 0) / idfSum,
      span,
      score: e.score * closeness(span, e.groups.length),
    });
  }
  out.sort(compareRanked);
  return out;
}

/** The hits of a group's alternatives as one list: per page the best score, its positions from that hit. */
export function mergeAlternatives<R extends Hit>(lists: readonly (readonly R[])[]): R[] {
  const best = new Map<string, R>();
  for (const list of lists)
    for (const h of list) {
      const have = best.get(h.id);
      if (!have || h.score > have.score) best.set(h.id, h);
    }
  return [...best.values()];
}

/** What the result list says about itself: every word found together, or only some. */
export function matchKind(ranked: readonly Ranked[]): 'all' | 'some' | 'none' {
  const list = shown(ranked);
  if (!list.length) return 'none';
  return list.every((r) => r.full) ? 'all' : 'some';
}

/** The ranking a reader sees: every page with all groups; if fewer than FEW, then pages with some. */
export function shown<R extends Hit>(ranked: readonly Ranked<R>[]): Ranked<R>[] {
  const full = ranked.filter((r) => r.full);
  return full.length >= FEW ? full : [...ranked];
}

/** Compares two ranked pages as rank() orders them. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return Number(b.full) - Number(a.full) || (a.full ? 0 : b.coverage - a.coverage) || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The first screen: the `size` best results, but every group with results gets at least
 * `quota` of them (or all it has), in place of the last of the others — so the letter's own
 * passage is on the first screen even when actions outrank it. Returns the results chosen
 * (in rank order) and the rest (in rank order).
 */
export function firstScreen<T>(list: readonly T[], groupOf: (t: T) => string, size = 10, quota = 2): { first: T[]; rest: T[] } {
  const chosen = new Set<number>(list.slice(0, size).map((_, i) => i));
  const groups = [...new Set(list.map(groupOf))];
  for (const g of groups) {
    const inGroup = list
      .map((t, i) => [t, i] as const)
      .filter(([t]) => groupOf(t) === g)
      .map(([, i]) => i);
    const want = Math.min(quota, inGroup.length);
    let have = inGroup.filter((i) => chosen.has(i)).length;
    for (const i of inGroup) {
      if (have >= want) break;
      if (chosen.has(i)) continue;
      // Give up the lowest-ranked chosen result of a group that has more than its quota.
      const counts = new Map<string, number>();
      for (const c of chosen) counts.set(groupOf(list[c]!), (counts.get(groupOf(list[c]!)) ?? 0) + 1);
      const drop = [...chosen].sort((a, b) => b - a).find((c) => groupOf(list[c]!) !== g && counts.get(groupOf(list[c]!))! > quota);
      if (drop === undefined) break;
      chosen.delete(drop);
      chosen.add(i);
      have++;
    }
  }
  const first: T[] = [];
  const rest: T[] = [];
  list.forEach((t, i) => (chosen.has(i) ? first : rest).push(t));
  return { first, rest };
}
