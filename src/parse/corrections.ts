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
  /** Column in the corrected line where the change begins. */
  col: number;
}

/**
 * Applies the corrections of one file to its lines. Every correction must match:
 * `original` must occur exactly once in the named line, otherwise a SourceError
 * names the correction, so the corrections file can never silently go stale.
 */
export function applyCorrections(
  file: string,
  lines: readonly string[],
  corrections: readonly Correction[],
): { lines: string[]; applied: AppliedCorrection[] } {
  const out = [...lines];
  const applied: AppliedCorrection[] = [];
  for (const c of corrections) {
    if (c.file !== file) continue;
    const idx = c.line - 1;
    if (idx < 0 || idx >= out.length) {
      throw new SourceError(file, c.line, `a line for correction «${c.id}»`, `end of file at line ${out.length}`);
    }
    const line = out[idx]!;
    const at = line.indexOf(c.original);
    if (at < 0 || line.indexOf(c.original, at + 1) >= 0) {
      throw new SourceError(
        file,
        c.line,
        `«${c.original}» exactly once in the line for correction «${c.id}»`,
        line,
      );
    }
    let replacement: string;
    if (c.kind === 'repair') {
      replacement = c.repair;
    } else if (c.kind === 'sic') {
      replacement = c.original + SIC + c.id + ID_END;
    } else {
      const pos = c.repair.indexOf(c.original);
      if (pos < 0) {
        throw new SourceError(file, c.line, `insertion «${c.id}» to keep the original «${c.original}» inside its repair`, c.repair);
      }
      const before = c.repair.slice(0, pos);
      const after = c.repair.slice(pos + c.original.length);
      const mark = (s: string) => (s ? INS_OPEN + c.id + ID_END + s + INS_CLOSE : '');
      replacement = mark(before) + c.original + mark(after);
    }
    out[idx] = line.slice(0, at) + replacement + line.slice(at + c.original.length);
    applied.push({ correction: c, col: at });
  }
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
