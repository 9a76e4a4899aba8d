/**
 * The one place where source text is changed: applying the reviewed corrections
 * (content/corrections/*.json) to the lines of a source file, before parsing.
 *
 * - kind "repair": `original` is replaced by `repair` (OCR and extraction damage).
 * - kind "insertion": `repair` must be `original` with words added before and/or
 *   after it; the added words are wrapped in sentinels so that the page marks them
 *   as editorial.
 * - kind "sic": `original` stays; a sentinel after it makes the page show «[sic]».
 *
 * Sentinels use private-use characters that never occur in the sources:
 *   INS_OPEN id ID_END text INS_CLOSE   – an editorial insertion
 *   SIC id ID_END                        – a [sic] mark
 * `resolveSentinels` turns them back into plain text; src/parse/enrich.ts turns
 * them into `editorial` and `sic` inline runs.
 */
import type { Correction } from '../model/schema.ts';
import { SourceError } from './source.ts';

export const INS_OPEN = '\uE000';
export const INS_CLOSE = '\uE001';
export const SIC = '\uE002';
export const ID_END = '\uE003';

const SENTINEL_RE = /\uE000([a-z0-9-]+)\uE003([^\uE001]*)\uE001|\uE002([a-z0-9-]+)\uE003/g;

export interface AppliedCorrection {
  correction: Correction;
  /** The line where the correction's text was found (its `line` is a hint). */
  line: number;
  /** Column (0-based) in the line as received where the correction's text begins. */
  col: number;
}

/**
 * Where a correction applies. A correction is anchored by its text: `original`, or its
 * `context` (a longer passage of the line that holds `original` once) where the original
 * alone is ambiguous; `line` is a hint. The hinted line is taken when it holds the anchor
 * exactly once; otherwise the nearest line that does and that no other correction with the
 * same anchor has taken. Where several corrections share an anchor, they pair with the
 * lines that hold it in order, nearest to their hints (a line added or removed above moves the text, and the error is
 * then reported by the parser at the damage, not here). No such line: a SourceError that
 * names the correction.
 */
function locate(file: string, lines: readonly string[], c: Correction, taken: Set<string>, all: readonly Correction[]): { line: number; at: number } {
  const anchor = c.context ?? c.original;
  const inAnchor = anchor.indexOf(c.original);
  if (inAnchor < 0 || anchor.indexOf(c.original, inAnchor + 1) >= 0) {
    throw new SourceError(file, c.line, `the context of correction «${c.id}» to hold «${c.original}» exactly once`, anchor);
  }
  const once = (l: string) => {
    const at = l.indexOf(anchor);
    return at >= 0 && l.indexOf(anchor, at + 1) < 0 ? at : -1;
  };
  const key = (n: number) => `${n}|${anchor}`;
  // Several corrections with this anchor: they pair with the lines that hold it in order,
  // nearest to their hints; one left without a line is reported at its hint.
  const group = all.filter((x) => (x.context ?? x.original) === anchor).sort((a, b) => a.line - b.line);
  if (group.length > 1) {
    const holding = lines.map((l, i) => (once(l) >= 0 ? i + 1 : 0)).filter((n) => n > 0);
    const n = pairInOrder(
      group.map((x) => x.line),
      holding,
    )[group.indexOf(c)];
    if (n !== undefined) {
      taken.add(key(n));
      return { line: n, at: once(lines[n - 1]!) + inAnchor };
    }
    throw new SourceError(
      file,
      c.line,
      `«${c.original}»${c.context ? ` in «${c.context}»` : ''} exactly once in a line, for correction «${c.id}»`,
      lines[c.line - 1] ?? `end of file at line ${lines.length}`,
    );
  }
  let best: number | undefined;
  for (let d = 0; d < lines.length; d++) {
    for (const n of d === 0 ? [c.line] : [c.line - d, c.line + d]) {
      if (n < 1 || n > lines.length || taken.has(key(n))) continue;
      if (once(lines[n - 1]!) >= 0) {
        best = n;
        break;
      }
    }
    if (best !== undefined) break;
  }
  if (best === undefined) {
    const line = lines[c.line - 1];
    throw new SourceError(
      file,
      Math.min(c.line, Math.max(lines.length, 1)),
      `«${c.original}»${c.context ? ` in «${c.context}»` : ''} exactly once in a line, for correction «${c.id}»`,
      line ?? `end of file at line ${lines.length}`,
    );
  }
  taken.add(key(best));
  return { line: best, at: once(lines[best - 1]!) + inAnchor };
}

/**
 * Pairs hints with lines in order (both sorted), each at most once, pairing as many as
 * possible at the least total distance. Returns the line of each hint, or undefined.
 */
function pairInOrder(hints: readonly number[], lines: readonly number[]): Array<number | undefined> {
  const h = hints.length;
  const l = lines.length;
  // cost[i][j]: best (pairs, -distance) for hints i.. and lines j..
  const best: Array<Array<[number, number]>> = Array.from({ length: h + 1 }, () => Array.from({ length: l + 1 }, () => [0, 0] as [number, number]));
  const better = (a: [number, number], b: [number, number]) => (a[0] !== b[0] ? a[0] > b[0] : a[1] > b[1]);
  for (let i = h - 1; i >= 0; i--) {
    for (let j = l - 1; j >= 0; j--) {
      const pair: [number, number] = [best[i + 1]![j + 1]![0] + 1, best[i + 1]![j + 1]![1] - Math.abs(hints[i]! - lines[j]!)];
      const skipHint = best[i + 1]![j]!;
      const skipLine = best[i]![j + 1]!;
      let b = pair;
      if (better(skipHint, b)) b = skipHint;
      if (better(skipLine, b)) b = skipLine;
      best[i]![j] = b;
    }
  }
  const out: Array<number | undefined> = [];
  let i = 0;
  let j = 0;
  while (i < h) {
    if (j >= l) {
      out.push(undefined);
      i++;
      continue;
    }
    const here = best[i]![j]!;
    const pair: [number, number] = [best[i + 1]![j + 1]![0] + 1, best[i + 1]![j + 1]![1] - Math.abs(hints[i]! - lines[j]!)];
    if (pair[0] === here[0] && pair[1] === here[1]) {
      out.push(lines[j]);
      i++;
      j++;
    } else if (best[i + 1]![j]![0] === here[0] && best[i + 1]![j]![1] === here[1]) {
      out.push(undefined);
      i++;
    } else {
      j++;
    }
  }
  return out;
}

/**
 * Applies the corrections of one file to its lines. Every correction must find its text
 * (see `locate`), so the corrections file can never silently go stale.
 */
export function applyCorrections(
  file: string,
  lines: readonly string[],
  corrections: readonly Correction[],
): { lines: string[]; applied: AppliedCorrection[] } {
  const out = [...lines];
  const applied: AppliedCorrection[] = [];
  const taken = new Set<string>();
  const mine = corrections.filter((c) => c.file === file).sort((a, b) => a.line - b.line);
  // Locate all first, on the lines as received, then change them.
  const places = mine.map((c) => ({ c, ...locate(file, lines, c, taken, mine) }));
  // Apply from the right within a line so that earlier columns stay valid.
  places.sort((a, b) => a.line - b.line || b.at - a.at);
  for (const { c, line: n, at } of places) {
    const idx = n - 1;
    const line = out[idx]!;
    let replacement: string;
    if (c.kind === 'repair') {
      replacement = c.repair;
    } else if (c.kind === 'sic') {
      replacement = c.original + SIC + c.id + ID_END;
    } else {
      const pos = c.repair.indexOf(c.original);
      if (pos < 0) {
        throw new SourceError(file, n, `insertion «${c.id}» to keep the original «${c.original}» inside its repair`, c.repair);
      }
      const before = c.repair.slice(0, pos);
      const after = c.repair.slice(pos + c.original.length);
      const mark = (s: string) => (s ? INS_OPEN + c.id + ID_END + s + INS_CLOSE : '');
      replacement = mark(before) + c.original + mark(after);
    }
    out[idx] = line.slice(0, at) + replacement + line.slice(at + c.original.length);
    applied.push({ correction: c, line: n, col: at });
  }
  // Report in the order of the corrections files.
  applied.sort((a, b) => corrections.indexOf(a.correction) - corrections.indexOf(b.correction));
  return { lines: out, applied };
}

/** Plain reading text of a corrected line: insertions kept as text, [sic] marks dropped. */
export function resolveSentinels(text: string): string {
  return text.replace(SENTINEL_RE, (_m, _id, ins: string | undefined) => ins ?? '');
}

/** Splits corrected text into plain, editorial and sic pieces (used by enrich.ts). */
export function splitSentinels(
  text: string,
): Array<{ type: 'text'; value: string } | { type: 'editorial'; value: string; correction: string } | { type: 'sic'; correction: string }> {
  const parts: ReturnType<typeof splitSentinels> = [];
  let last = 0;
  for (const m of text.matchAll(SENTINEL_RE)) {
    if (m.index > last) parts.push({ type: 'text', value: text.slice(last, m.index) });
    if (m[1] !== undefined) parts.push({ type: 'editorial', value: m[2]!, correction: m[1] });
    else parts.push({ type: 'sic', correction: m[3]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}
