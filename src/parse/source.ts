/**
 * Shared plumbing for the pure parsers: errors that name file and line, and the
 * trace that records where every piece of source text went.
 *
 * The trace is what makes the fidelity test possible: every fragment of a source
 * line is either taken into a named stream of the model ("body", "notes",
 * "description", …) or dropped as page furniture by a named rule
 * (src/parse/furniture/). tests/fidelity.test.ts proves that the fragments put
 * together again give the whole (corrected) source, and that each stream's text is
 * exactly the text of the model's part of that name.
 */

import type { Inline } from '../model/schema.ts';

/** A problem in a source file: says which file, which line, and what was expected. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number;
  readonly expected: string;
  readonly found: string | undefined;

  constructor(file: string, line: number, expected: string, found?: string) {
    const shown = found === undefined ? '' : `, found «${found.length > 80 ? found.slice(0, 77) + '…' : found}»`;
    super(`${file}:${line}: expected ${expected}${shown}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.expected = expected;
    this.found = found;
  }
}

/** Splits a source text into lines (without line terminators). Line n is at index n-1. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * A span of source text: where it stands (1-based line, 0-based column in the corrected
 * line) and what it says. The one span type of the parsers: lines, cells, pieces and
 * text units are spans, some with more fields.
 */
export interface Span {
  line: number;
  col: number;
  text: string;
}

export interface Fragment {
  stream: string;
  /** 1-based line. */
  line: number;
  /** 0-based column where the fragment starts in the (corrected) line. */
  col: number;
  text: string;
}

export interface FurnitureHit {
  /** Id of the rule in src/parse/furniture/ that removed the text. */
  rule: string;
  line: number;
  col: number;
  text: string;
}

export class Trace {
  readonly fragments: Fragment[] = [];
  readonly furniture: FurnitureHit[] = [];
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  /** Records that `text`, found at line/col, went into the model's `stream`. */
  take(stream: string, line: number, text: string, col = 0): void {
    if (text.length > 0) this.fragments.push({ stream, line, col, text });
  }

  /** Records that `text` at line/col was removed as page furniture by rule `rule`. */
  drop(rule: string, line: number, text: string, col = 0): void {
    if (text.length > 0) this.furniture.push({ rule, line, col, text });
  }
}

/** What every parser returns: the model part and the trace of where the text went. */
export interface Parsed<T> {
  doc: T;
  trace: Trace;
}

/**
 * The letters and digits of a text, for comparing two texts word for word while
 * ignoring spacing, punctuation, hyphenation and line breaks.
 * Editorial sentinels (see corrections.ts) must be resolved before.
 */
export function letters(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

/**
 * The source text carried by inline runs, in order: text values, and for footnote
 * markers the marker as it stands in the source. Used to compare the model with the
 * trace (streams) in the fidelity test.
 */
export function inlinesSourceText(runs: ReadonlyArray<{ type: string; value?: string; source?: string }>): string {
  return runs.map((r) => (r.type === 'noteRef' ? (r.source ?? '') : r.type === 'sic' || r.type === 'pageBreak' ? '' : (r.value ?? ''))).join('');
}

/** An anchor slug: lower-case ASCII, diacritics removed, at most six words joined with «-». */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’()]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .slice(0, 6)
    .join('-');
}

/** Longest run of non-space characters accepted as a word: the sources' longest is under 50. */
export const MAX_WORD = 200;

/**
 * Decodes the bytes of a source file as UTF-8 with a fatal decoder: invalid bytes stop
 * the build at their line instead of reaching a page as «�».
 */
export function decodeSource(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        const part = bytes.subarray(start, i);
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(part);
        } catch {
          const shown = new TextDecoder('utf-8').decode(part);
          throw new SourceError(file, line, 'valid UTF-8 text', shown);
        }
        line++;
        start = i + 1;
      }
    }
    throw new SourceError(file, line, 'valid UTF-8 text', 'a sequence cut off at the end of the file');
  }
}

/**
 * Checks what every source text must be before any parser sees it: no replacement
 * characters (bytes lost in an earlier decoding), no private-use characters (the
 * sentinels of corrections.ts), no control characters but tab, no «word» longer
 * than MAX_WORD characters, and no line that repeats the line before it.
 */
export function checkSourceText(file: string, lines: readonly string[]): void {
  const word = new RegExp(`\\S{${MAX_WORD + 1}}`, 'u');
  lines.forEach((l, i) => {
    const bad = /[\uFFFD\uE000-\uF8FF\u0000-\u0008\u000B-\u001F\u007F]/u.exec(l);
    if (bad) {
      const code = `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      throw new SourceError(file, i + 1, `text without the character ${code} (column ${bad.index + 1})`, l);
    }
    if (i > 0 && l.trim() !== '' && l === lines[i - 1]) {
      throw new SourceError(file, i + 1, `a line that does not repeat line ${i} (no source has a doubled line)`, l);
    }
    const long = word.exec(l);
    if (long) throw new SourceError(file, i + 1, `words of at most ${MAX_WORD} characters`, `${long[0].slice(0, 40)}… at column ${long.index + 1}`);
  });
}

const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** A Dutch date «29 juni 2021» (day, month name, year) as an ISO date; undefined for an unknown month. */
export function dutchDate(day: string, month: string, year: string): string | undefined {
  const m = DUTCH_MONTHS.indexOf(month.toLowerCase()) + 1;
  return m === 0 ? undefined : `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The anchor id of a heading — part of the public URL contract, never to change:
 * a numbered heading «2.1» → «s2-1»; an unnumbered one → its slug, after «sN-» of the
 * section it stands in, where there is one. Correction sentinels are resolved first.
 */
export function headingId(h: { number?: string; section?: string; text?: string }): string {
  const s = (n: string) => `s${n.replace(/\./g, '-')}`;
  if (h.number !== undefined) return s(h.number);
  const slug = slugify(resolveReading(h.text ?? ''));
  return h.section !== undefined ? `${s(h.section)}-${slug}` : slug;
}

/** Reading text of corrected text: insertions kept, [sic] marks dropped (as corrections.ts resolveSentinels). */
function resolveReading(text: string): string {
  return text.replace(/\uE000[a-z0-9-]+\uE003([^\uE001]*)\uE001|\uE002[a-z0-9-]+\uE003/g, (_m, ins: string | undefined) => ins ?? '');
}

/**
 * Page breaks, the one mechanism of every parser: a parser that knows, from the source's
 * own furniture, that a new page of the original begins before a piece of text puts
 * `pageSentinel(page)` there before the pieces are joined (so that joining, collapsing of
 * spaces and de-hyphenation carry it along), and `pageMarks` turns each sentinel back into
 * a `pageBreak` run at its place (via `toRuns`). `page` is undefined where the source shows
 * that a page ends but not its number (29 362 nr. 290, the page with the notes 32 and 33).
 * Private-use characters never occur in a source (checkSourceText).
 */
const PAGE_OPEN = '\uE012';
const PAGE_CLOSE = '\uE013';
const PAGE_SENTINEL_RE = /\uE012(\d*)\uE013/g;

/** The sentinel that marks, inside a text being assembled, where page `page` begins. */
export function pageSentinel(page: number | undefined): string {
  return `${PAGE_OPEN}${page ?? ''}${PAGE_CLOSE}`;
}

/** The page breaks marked by `pageSentinel` in a text, as marks for `toRuns`. */
export function pageMarks(text: string): TextMark[] {
  return [...text.matchAll(PAGE_SENTINEL_RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    run: m[1] ? { type: 'pageBreak', page: Number(m[1]) } : { type: 'pageBreak' },
  }));
}

/** A page break at a known offset of a text (for a parser that finds the place by position, not while joining). */
export function pageBreakAt(pos: number, page: number | undefined): TextMark {
  return { start: pos, end: pos, run: page !== undefined ? { type: 'pageBreak', page } : { type: 'pageBreak' } };
}

/** The text without its page sentinels (for tests of the text itself). */
export function withoutPageSentinels(text: string): string {
  return text.replace(PAGE_SENTINEL_RE, '');
}

/** A run put into a text at [start, end): a footnote marker, or a page break (start === end). */
export interface TextMark {
  start: number;
  end: number;
  run: Inline;
}

/**
 * Marked-up text to inline runs, the one way for every parser: text runs between the marks
 * and each mark's run in its place (a page break before a marker at the same place).
 */
export function toRuns(text: string, marks: readonly TextMark[]): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  const sorted = [...marks].sort((a, b) => a.start - b.start || (a.run.type === 'pageBreak' ? -1 : 1));
  for (const m of sorted) {
    if (m.start > last) out.push({ type: 'text', value: text.slice(last, m.start) });
    out.push(m.run);
    last = Math.max(last, m.end);
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}
