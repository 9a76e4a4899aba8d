/**
 * Parser for Kamerstuk 35 510, nr. 60 — letter of the Staatssecretaris van Financiën of
 * 29 June 2021 on the follow-up actions of «Ongekend onrecht». Two sources of one letter:
 *
 * - 000, kst-35510-60.web.txt: clean web text, one paragraph a line. Head lines (dossier,
 *   «Nr. 60 BRIEF VAN …», addressee, place and date), body, signature, then the footnotes
 *   as «X Noot» / number / text, and «Naar boven». The model text comes from here.
 *   Footnote markers are glued to the text («fair play»1, «(WaU)12»); marker n is the first
 *   plausible occurrence of the digits n after marker n-1 (see `placeMarkers`).
 * - 001, kst-35510-60.pdf.txt: PDF text of the same letter, 12 pages, each starting on a
 *   line with one leading space; lines wrapped and hyphenated, footnotes at the bottom of
 *   each page. It gives the page numbers (blocks are mapped to 001 pages by aligning the
 *   word sequences) and a cross-check of the wording of 000.
 *
 * Structure of 000 is decided by evidence: `N. Title` lines (short, no final period) are
 * sections numbered 1, 2, … in sequence; short lines without final punctuation followed by
 * a paragraph are unnumbered sub-headings; consecutive «• N) …» lines form one ordered list;
 * the last body line is the signature.
 *
 * Streams: "front" (head lines of 000), "body" (blocks), "notes" (footnote number and text).
 */
import type { Block, Footnote, Inline, Letter, Meta } from '../model/schema.ts';
import { resolveSentinels } from './corrections.ts';
import type { ParseContext, SourceInput } from './context.ts';
import { furniture } from './furniture/index.ts';
import type { Hyphenator } from './hyphenation.ts';
import type { ReviewedDifference } from '../model/reviewed.ts';
import { dutchDate, headingId, inlinesSourceText, pageBreakAt, SourceError, Trace, type Parsed, type Span, type TextMark, toRuns } from './source.ts';

/** A place where 000 and 001 do not say the same words. */
export interface CrossCheckDifference {
  /**
   * text: the words differ (a real difference between the two versions, or a repair to make);
   * note-placement: footnote text that stands at the page bottom in 001 and at the end in 000.
   */
  kind: 'text' | 'note-placement';
  /** Index in the word sequence of 000: body words, then footnote words (number and text). */
  position: number;
  /** The words of 000 at that position (empty when 001 has words that 000 has not there). */
  web: string[];
  /** The words of 001 at that position (after de-hyphenation). */
  pdf: string[];
  webLine?: number;
  pdfLine?: number;
  /** Page of 001. */
  page?: number;
}

type FrontLine = Letter['front'][number];

interface Word {
  text: string;
  line: number;
  page: number;
}

const RULE_NOTE_CAPTION = 'kst-35510-60-web-note-caption';
const RULE_BACK_TO_TOP = 'kst-35510-60-web-back-to-top';
/** Sentinel parts of corrected text (ids contain digits that must never become markers). */
const SENTINEL_PART_RE = /\uE000[a-z0-9-]+\uE003|\uE001|\uE002[a-z0-9-]+\uE003/g;
const HAS_WORD = /[\p{L}\p{N}]/u;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const isBlank = (s: string | undefined) => s === undefined || s.trim() === '';
const wordCount = (s: string) => norm(resolveSentinels(s)).split(' ').length;

// ---------------------------------------------------------------------------------------------
// 000: head lines and metadata

interface HeadFacts {
  dossier: string;
  dossierTitle: string;
  number: string;
  docTypeAndSender: string;
  date: string;
  lines: { dossier: number; number: number; date: number };
}

function readFront(web: SourceInput, trace: Trace): { front: FrontLine[]; facts: HeadFacts; next: number } {
  const patterns: Array<[RegExp, string]> = [
    [/^(\d{2}\s?\d{3})\s+(\S.*)$/u, 'the dossier line «35 510 Parlementaire ondervraging kinderopvangtoeslag»'],
    [/^Nr\.\s+(\d+)\s+(\S.*)$/u, 'the document line «Nr. 60 BRIEF VAN …»'],
    [/^Aan\s+de\s+\S/u, 'the addressee «Aan de Voorzitter …»'],
    [/^\S[^,]*,\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})$/u, 'place and date «Den Haag, 29 juni 2021»'],
  ];
  const front: FrontLine[] = [];
  const found: RegExpExecArray[] = [];
  let i = 0;
  for (const [re, expected] of patterns) {
    while (i < web.lines.length && isBlank(web.lines[i])) i++;
    const raw = web.lines[i] ?? '';
    const text = raw.trim();
    const m = re.exec(resolveSentinels(text));
    if (!m) throw new SourceError(web.file, i + 1, expected, text || 'end of file');
    found.push(m);
    front.push({ line: i + 1, text });
    trace.take('front', i + 1, text, raw.indexOf(text));
    i++;
  }
  const [d, n, , dt] = found as [RegExpExecArray, RegExpExecArray, RegExpExecArray, RegExpExecArray];
  const date = dutchDate(dt[1]!, dt[2]!, dt[3]!);
  if (!date) throw new SourceError(web.file, front[3]!.line, 'a Dutch month name in the date', dt[2]);
  return {
    front,
    next: i,
    facts: {
      dossier: norm(d[1]!),
      dossierTitle: norm(d[2]!),
      number: n[1]!,
      docTypeAndSender: norm(n[2]!),
      date,
      lines: { dossier: front[0]!.line, number: front[1]!.line, date: front[3]!.line },
    },
  };
}

/**
 * Checks the reviewed metadata against what the source says; throws where they disagree.
 * Returns the metadata with `editorialFields` = the fields the source does not confirm.
 */
function checkMeta(meta: Meta, facts: HeadFacts, signature: { role: string; name: string; line: number }, file: string): Meta {
  const confirmed = new Set<string>();
  const check = (field: string, ok: boolean, line: number, expected: string, found: string) => {
    if (!ok) throw new SourceError(file, line, `${expected} (content/documents.json «${meta.id}»)`, found);
    confirmed.add(field);
  };
  const out: Meta = { ...meta };
  const ks = meta.kamerstuk;
  check(
    'kamerstuk',
    !!ks && norm(ks.dossier) === facts.dossier && ks.number === facts.number,
    facts.lines.number,
    `Kamerstuk ${ks?.dossier}, nr. ${ks?.number}`,
    `${facts.dossier}, nr. ${facts.number}`,
  );
  const citation = `Kamerstuk ${facts.dossier}, nr. ${facts.number}`;
  check('citation', norm(meta.citation) === citation, facts.lines.number, `citation «${meta.citation}»`, citation);
  if (meta.dossierTitle !== undefined) {
    check('dossierTitle', meta.dossierTitle === facts.dossierTitle, facts.lines.dossier, `dossier title «${meta.dossierTitle}»`, facts.dossierTitle);
  } else {
    out.dossierTitle = facts.dossierTitle;
    confirmed.add('dossierTitle');
  }
  const head = `${meta.docType} van de ${meta.sender}`;
  check(
    'docType',
    facts.docTypeAndSender.toLowerCase().startsWith(`${meta.docType.toLowerCase()} `),
    facts.lines.number,
    `document type «${meta.docType}»`,
    facts.docTypeAndSender,
  );
  check('sender', facts.docTypeAndSender.toLowerCase() === head.toLowerCase(), facts.lines.number, `«${head.toUpperCase()}»`, facts.docTypeAndSender);
  if (meta.date !== undefined) {
    check('date', meta.date === facts.date, facts.lines.date, `date ${meta.date}`, facts.date);
  } else {
    out.date = facts.date;
    confirmed.add('date');
  }
  const s = meta.signatories;
  check(
    'signatories',
    s.length === 1 && s[0]!.role === signature.role && s[0]!.name === signature.name,
    signature.line,
    `signatories ${s.map((x) => `«${x.role}, ${x.name ?? ''}»`).join(' ')}`,
    `${signature.role}, ${signature.name}`,
  );
  const candidates = [
    'citation',
    'kamerstuk',
    'title',
    'shortTitle',
    'dossierTitle',
    'docType',
    'date',
    'sender',
    'signatories',
    'vergaderjaar',
    'officialUrl',
  ] as const;
  out.editorialFields = candidates.filter((f) => out[f] !== undefined && !confirmed.has(f));
  return out;
}

// ---------------------------------------------------------------------------------------------
// 000: body blocks

/** A text unit of 000 (a paragraph, a title, a list item): a span. */
type Unit = Span;

type RawBlock =
  | { kind: 'section'; line: number; number: string; title: Unit }
  | { kind: 'subheading'; line: number; title: Unit }
  | { kind: 'paragraph'; line: number; text: Unit }
  | { kind: 'list'; line: number; items: Array<{ label: string; text: Unit }> }
  | { kind: 'signature'; line: number; text: Unit; role: string; name: string };

type BodyLine = Span;

const SECTION_RE = /^(\d+)\.\s+(\p{Lu}.*)$/u;
const LIST_ITEM_RE = /^•\s*(\d+)\)\s+(\S.*)$/u;
const SIGNATURE_RE = /^(De\s.+?),\s+(\S.+)$/u;

function isSectionLine(text: string): boolean {
  const t = resolveSentinels(text);
  return SECTION_RE.test(t) && wordCount(t) <= 14 && !/[.:;,]$/.test(t);
}

/** Short, capitalised, no final punctuation, no glued marker: a sub-heading candidate. */
function isTitleLike(text: string): boolean {
  const t = resolveSentinels(text);
  return wordCount(t) <= 10 && t.length <= 80 && /^\p{Lu}/u.test(t) && !/[.,;:!?]$/.test(t) && !/[\p{L}»)]\d+$/u.test(t);
}

function classifyBody(file: string, lines: BodyLine[]): RawBlock[] {
  const out: RawBlock[] = [];
  let nextSection = 1;
  const last = lines[lines.length - 1];
  if (!last) throw new SourceError(file, 1, 'the body of the letter', 'nothing');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const plain = resolveSentinels(l.text);
    if (l === last) {
      const m = SIGNATURE_RE.exec(plain);
      if (!m || wordCount(plain) > 12)
        throw new SourceError(file, l.line, 'the signature «De Staatssecretaris van Financiën, A.C. van Huffelen» as the last line of the body', l.text);
      out.push({ kind: 'signature', line: l.line, text: l, role: m[1]!, name: m[2]! });
      continue;
    }
    const item = LIST_ITEM_RE.exec(l.text);
    if (item) {
      const prev = out[out.length - 1];
      const list = prev?.kind === 'list' && lines[i - 1] && LIST_ITEM_RE.test(lines[i - 1]!.text) ? prev : undefined;
      const expected = list ? list.items.length + 1 : 1;
      if (Number(item[1]) !== expected) throw new SourceError(file, l.line, `list item «${expected})»`, l.text);
      const text: Unit = { line: l.line, col: l.col + l.text.indexOf(item[2]!, item[0].indexOf(')')), text: item[2]! };
      const entry = { label: `${item[1]})`, text };
      if (list) list.items.push(entry);
      else out.push({ kind: 'list', line: l.line, items: [entry] });
      continue;
    }
    if (isSectionLine(l.text)) {
      const m = SECTION_RE.exec(l.text)!;
      if (Number(m[1]) !== nextSection) throw new SourceError(file, l.line, `section ${nextSection}`, l.text);
      nextSection++;
      const col = l.col + l.text.indexOf(m[2]!, m[1]!.length);
      out.push({ kind: 'section', line: l.line, number: m[1]!, title: { line: l.line, col, text: m[2]! } });
      continue;
    }
    const next = lines[i + 1];
    if (isTitleLike(l.text) && next && next !== last && wordCount(next.text) > 12 && !isSectionLine(next.text)) {
      out.push({ kind: 'subheading', line: l.line, title: l });
      continue;
    }
    out.push({ kind: 'paragraph', line: l.line, text: l });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 000: footnotes and markers

interface RawNote {
  label: string;
  labelLine: number;
  text: Unit;
}

function readNotes(web: SourceInput, from: number, trace: Trace): RawNote[] {
  const notes: RawNote[] = [];
  const nextContent = (i: number) => {
    while (i < web.lines.length && isBlank(web.lines[i])) i++;
    return i;
  };
  let i = nextContent(from);
  while (i < web.lines.length) {
    const raw = web.lines[i]!;
    const text = raw.trim();
    const col = raw.indexOf(text);
    if (furniture(RULE_NOTE_CAPTION).test(text)) {
      trace.drop(RULE_NOTE_CAPTION, i + 1, text, col);
      const li = nextContent(i + 1);
      const label = (web.lines[li] ?? '').trim();
      const expected = String(notes.length + 1);
      if (label !== expected) throw new SourceError(web.file, li + 1, `footnote number ${expected} after «X Noot»`, label || 'end of file');
      trace.take('notes', li + 1, label, (web.lines[li] ?? '').indexOf(label));
      const ti = nextContent(li + 1);
      const body = (web.lines[ti] ?? '').trim();
      if (body === '' || furniture(RULE_NOTE_CAPTION).test(body) || furniture(RULE_BACK_TO_TOP).test(body))
        throw new SourceError(web.file, ti + 1, `the text of footnote ${expected}`, body || 'end of file');
      const bcol = web.lines[ti]!.indexOf(body);
      trace.take('notes', ti + 1, body, bcol);
      notes.push({ label, labelLine: li + 1, text: { line: ti + 1, col: bcol, text: body } });
      i = nextContent(ti + 1);
    } else if (furniture(RULE_BACK_TO_TOP).test(text)) {
      trace.drop(RULE_BACK_TO_TOP, i + 1, text, col);
      const after = nextContent(i + 1);
      if (after < web.lines.length) throw new SourceError(web.file, after + 1, 'the end of the page after «Naar boven»', web.lines[after]!.trim());
      i = after;
    } else {
      throw new SourceError(web.file, i + 1, '«X Noot» (a footnote) or «Naar boven» after the signature', text);
    }
  }
  return notes;
}

interface Marker {
  unit: number;
  start: number;
  end: number;
  label: string;
}

/** The text with sentinel parts blanked out (same length), so that their ids never look like markers. */
function masked(text: string): string {
  return text.replace(SENTINEL_PART_RE, (m) => '\u0000'.repeat(m.length));
}

/**
 * Is `digits` at index i of `t` (masked text) a plausible footnote marker? Glued to the end of
 * a word or closing punctuation («play»1, «discrimineren8», «(WaU)12», «ingegaan.7»), not part of
 * a longer number or word, not a decimal («0,8»); or standing alone at the very end of the
 * paragraph after a sentence end («middelen. 4»).
 */
function plausibleMarker(t: string, i: number, digits: string): boolean {
  if (!t.startsWith(digits, i)) return false;
  const after = t.slice(i + digits.length).replace(/\u0000/g, '');
  if (/^[\p{L}\p{N}]/u.test(after)) return false;
  let p = i - 1;
  while (p >= 0 && t[p] === '\u0000') p--;
  if (p < 0) return false;
  const prev = t[p]!;
  if (/[\p{L}»)”’"\].;:!?,]/u.test(prev)) {
    if (/[.,]/.test(prev) && p > 0 && /\d/.test(t[p - 1]!)) return false;
    return true;
  }
  if (/\s/.test(prev) && after.trim() === '') return /[.!?»”)]\s+$/u.test(t.slice(0, i).replace(/\u0000/g, ''));
  return false;
}

function findMarker(units: Unit[], digits: string, from: { unit: number; pos: number }, to?: { unit: number; pos: number }): Marker | undefined {
  for (let u = from.unit; u < units.length; u++) {
    const t = masked(units[u]!.text);
    for (let i = u === from.unit ? from.pos : 0; i < t.length; i++) {
      if (to && (u > to.unit || (u === to.unit && i >= to.pos))) return undefined;
      if (plausibleMarker(t, i, digits)) return { unit: u, start: i, end: i + digits.length, label: digits };
    }
  }
  return undefined;
}

/** Places marker n after marker n-1, for every footnote; each must be found exactly once. */
function placeMarkers(file: string, units: Unit[], notes: RawNote[]): Marker[] {
  const markers: Marker[] = [];
  let from = { unit: 0, pos: 0 };
  for (const note of notes) {
    const m = findMarker(units, note.label, from);
    if (!m) {
      const after = markers.length ? ` after line ${units[markers[markers.length - 1]!.unit]!.line}` : '';
      throw new SourceError(file, note.labelLine, `a marker «${note.label}» in the text${after} for footnote ${note.label}`, note.text.text);
    }
    markers.push(m);
    from = { unit: m.unit, pos: m.end };
  }
  // A marker for the note after the last one: its note is missing (the list of notes was cut).
  const nextLabel = String(notes.length + 1);
  const orphan = findMarker(units, nextLabel, from);
  if (orphan) {
    const last = notes[notes.length - 1];
    throw new SourceError(
      file,
      last ? last.text.line + 1 : units[orphan.unit]!.line,
      `footnote ${nextLabel} («X Noot» / ${nextLabel} / its text) for the marker «${nextLabel}» on line ${units[orphan.unit]!.line}`,
      units[orphan.unit]!.text.slice(Math.max(0, orphan.start - 30), orphan.end + 10),
    );
  }
  // No second plausible marker for footnote n before the marker of n+1 (or the end).
  markers.forEach((m, k) => {
    const next = markers[k + 1];
    const dup = findMarker(units, m.label, { unit: m.unit, pos: m.end }, next ? { unit: next.unit, pos: next.start } : undefined);
    if (dup)
      throw new SourceError(
        file,
        units[dup.unit]!.line,
        `a single marker for footnote ${m.label}`,
        units[dup.unit]!.text.slice(Math.max(0, dup.start - 30), dup.end + 10),
      );
  });
  return markers;
}

/** Runs of one unit: text, footnote markers, and page breaks (`pos` in the unit text, before a word). */
function inlines(unit: Unit, markers: Marker[], breaks: ReadonlyArray<{ pos: number; page: number }> = []): Inline[] {
  return toRuns(unit.text, [
    ...breaks.map((b) => pageBreakAt(b.pos, b.page)),
    ...markers.map((m): TextMark => ({
      start: m.start,
      end: m.end,
      run: { type: 'noteRef', note: `fn-${m.label}`, label: m.label, source: unit.text.slice(m.start, m.end) },
    })),
  ]);
}

// ---------------------------------------------------------------------------------------------
// 001: pages, body and footnotes

interface PdfLine {
  line: number;
  raw: string;
  page: number;
}

interface PdfNote {
  label: string;
  line: number;
  page: number;
  lines: PdfLine[];
}

function readPdf(pdf: SourceInput, noteCount: number, trace: Trace): { pages: number; pageEnds: number[]; body: PdfLine[]; notes: PdfNote[] } {
  const starts: number[] = [];
  pdf.lines.forEach((l, i) => {
    if (/^ \S/.test(l)) starts.push(i);
  });
  const first = pdf.lines.findIndex((l) => !isBlank(l));
  if (first < 0) throw new SourceError(pdf.file, 1, 'the PDF text of the letter', 'an empty file');
  if (starts[0] !== first) throw new SourceError(pdf.file, first + 1, 'a page start (a line with one leading space)', pdf.lines[first]);
  const body: PdfLine[] = [];
  const notes: PdfNote[] = [];
  starts.forEach((s, p) => {
    const end = starts[p + 1] ?? pdf.lines.length;
    let inNotes = false;
    for (let i = s; i < end; i++) {
      const raw = pdf.lines[i]!;
      if (isBlank(raw)) continue;
      const text = raw.trim();
      const col = raw.indexOf(text);
      const m = /^(\d+) \S/.exec(text);
      const startsNote = !!m && Number(m[1]) === notes.length + 1 && notes.length < noteCount;
      if (!inNotes && startsNote && isBlank(pdf.lines[i - 1])) inNotes = true;
      // A note line out of sequence («11 …» where 10 is due): a note lost or renumbered.
      const n = m ? Number(m[1]) : 0;
      if (m && !startsNote && n !== notes.length && n > 0 && n <= noteCount && (inNotes || isBlank(pdf.lines[i - 1])) && /^\d+ \p{Lu}/u.test(text)) {
        // A note due on an earlier page was lost there: point after the last note that was found.
        const last = notes.at(-1);
        const from = last ? last.line + 1 : 1;
        throw new SourceError(
          pdf.file,
          i + 1,
          `footnote ${notes.length + 1}${last ? ` after footnote ${last.label}` : ''}, in lines ${from}–${i + 1} (the notes are numbered in sequence)`,
          text,
        );
      }
      const entry = { line: i + 1, raw, page: p + 1 };
      if (inNotes) {
        if (startsNote) notes.push({ label: m![1]!, line: i + 1, page: p + 1, lines: [] });
        notes[notes.length - 1]!.lines.push(entry);
        trace.take('notes', i + 1, text, col);
      } else {
        body.push(entry);
        trace.take('body', i + 1, text, col);
      }
    }
  });
  // Last line of each page (1-based lines; index 0 is page 1).
  const pageEnds = starts.map((_, p) => starts[p + 1] ?? pdf.lines.length);
  return { pages: starts.length, pageEnds, body, notes };
}

/** Words of wrapped PDF lines; a line-end hyphen (no space after it) is decided by the Hyphenator. */
function pdfWords(file: string, lines: PdfLine[], hyphenator: Hyphenator, undecided: SourceError[]): Word[] {
  const out: Word[] = [];
  let carry: Word | undefined;
  // An undecided hyphen is held back (`undecided`) until the cross-check has run: a word
  // lost from 000 also leaves the lexicon without it, and that loss is the error to report.
  const lineEnd = (c: Word, right: string) => {
    try {
      return hyphenator.lineEnd(file, c.line, c.text, right);
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      undecided.push(err);
      return c.text.slice(0, -1) + right;
    }
  };
  for (const l of lines) {
    const toks = l.raw.trim().split(/\s+/);
    let k = 0;
    if (carry) {
      out.push({ ...carry, text: lineEnd(carry, toks[0]!) });
      carry = undefined;
      k = 1;
    }
    for (; k < toks.length; k++) out.push({ text: toks[k]!, line: l.line, page: l.page });
    if (/[\p{L}\p{N}]-$/u.test(l.raw)) carry = out.pop();
  }
  if (carry) throw new SourceError(file, carry.line, 'a word after the line-end hyphen', 'end of the text');
  return out.filter((w) => HAS_WORD.test(w.text));
}

function webWords(unitText: string, line: number): Word[] {
  return resolveSentinels(unitText)
    .split(/\s+/)
    .filter((w) => HAS_WORD.test(w))
    .map((text) => ({ text, line, page: 0 }));
}

// ---------------------------------------------------------------------------------------------
// Word alignment (Myers' O(ND) diff)

/** For each index of `a`, the index in `b` of the same word in a longest common subsequence, or -1. */
export function alignWords(a: readonly string[], b: readonly string[]): Int32Array {
  const match = new Int32Array(a.length).fill(-1);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) match[pre] = pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) {
    match[a.length - 1 - suf] = b.length - 1 - suf;
    suf++;
  }
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const n = A.length;
  const m = B.length;
  if (n === 0 || m === 0) return match;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const history: Int32Array[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    history.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  let x = n;
  let y = m;
  for (let d = history.length - 1; d > 0; d--) {
    const h = history[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && h[off + k - 1]! < h[off + k + 1]!) ? k + 1 : k - 1;
    const prevX = h[off + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) match[pre + --x] = pre + --y;
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) match[pre + --x] = pre + --y;
  return match;
}

interface Hunk {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

function hunks(match: Int32Array, bLength: number): Hunk[] {
  const out: Hunk[] = [];
  let i = 0;
  let j = 0;
  while (i < match.length || j < bLength) {
    if (i < match.length && match[i] === j) {
      i++;
      j++;
      continue;
    }
    const a0 = i;
    while (i < match.length && match[i] === -1) i++;
    const b1 = i < match.length ? match[i]! : bLength;
    out.push({ a0, a1: i, b0: j, b1 });
    j = b1;
  }
  return out;
}

function textDifferences(web: Word[], pdf: Word[], offset: number): { match: Int32Array; diffs: CrossCheckDifference[] } {
  const match = alignWords(
    web.map((w) => w.text),
    pdf.map((w) => w.text),
  );
  const diffs = hunks(match, pdf.length).map((h): CrossCheckDifference => ({
    kind: 'text',
    position: offset + h.a0,
    web: web.slice(h.a0, h.a1).map((w) => w.text),
    pdf: pdf.slice(h.b0, h.b1).map((w) => w.text),
    webLine: web[h.a0]?.line ?? web[h.a0 - 1]?.line,
    pdfLine: pdf[h.b0]?.line ?? pdf[h.b0 - 1]?.line,
    page: pdf[h.b0]?.page ?? pdf[h.b0 - 1]?.page,
  }));
  return { match, diffs };
}

/** The 001 index matched to web word i, or to the nearest matched word after it (before it at the end). */
function matchedNear(match: Int32Array, i: number): number {
  for (let k = i; k < match.length; k++) if (match[k]! >= 0) return match[k]!;
  for (let k = i - 1; k >= 0; k--) if (match[k]! >= 0) return match[k]!;
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Reviewed differences

const shown = (words: readonly string[]) => (words.length > 12 ? `${words.slice(0, 12).join(' ')} …` : words.join(' '));

/**
 * Every difference between 000 and 001 must be one reviewed in content/reviewed/kst-35510-60.json
 * (the footnote placements); any other stops the build at the place of the damage, and a
 * reviewed difference that no longer occurs means the data is stale.
 */
function checkReviewed(
  web: SourceInput,
  pdf: SourceInput,
  found: readonly CrossCheckDifference[],
  reviewed: readonly ReviewedDifference[],
  wordLines: ReadonlyMap<CrossCheckDifference, number[]>,
  bodyWords: number,
  pageEnds: readonly number[],
): void {
  const key = (kind: string, page: number | undefined, w: string, p: string) => `${kind}|${page ?? ''}|${w}|${p}`;
  const known = new Set(reviewed.map((r) => key(r.kind, r.page, r.web, r.pdf)));
  const seen = new Set<string>();
  const has = new Set(found.map((d) => key(d.kind, d.page, d.web.join(' '), d.pdf.join(' '))));
  // Differences in the body first; then the footnotes of a page that the PDF no longer has.
  const ordered = [...found.filter((d) => d.position < bodyWords && d.kind === 'text'), ...found.filter((d) => !(d.position < bodyWords && d.kind === 'text'))];
  let bodyDone = false;
  const missingPages = () => {
    for (const r of reviewed) {
      if (r.kind !== 'note-placement' || r.page === undefined || has.has(key(r.kind, r.page, r.web, r.pdf))) continue;
      if (found.some((d) => d.kind === 'note-placement' && d.page === r.page)) continue;
      throw new SourceError(
        pdf.file,
        pageEnds[r.page - 1] ?? pdf.lines.length,
        `the footnotes at the foot of page ${r.page}, «${shown(r.pdf.split(' '))}» (content/reviewed/kst-35510-60.json)`,
        'none',
      );
    }
  };
  for (const d of ordered) {
    if (!bodyDone && !(d.position < bodyWords && d.kind === 'text')) {
      bodyDone = true;
      missingPages();
    }
    const k = key(d.kind, d.page, d.web.join(' '), d.pdf.join(' '));
    if (known.has(k)) {
      seen.add(k);
      continue;
    }
    // A placement whose notes changed: point at the first word that differs from the reviewed one.
    const near = reviewed.find((r) => r.kind === d.kind && r.page === d.page && (r.web === '') === (d.web.length === 0));
    const lines = wordLines.get(d);
    if (near && lines) {
      const words = d.web.length ? d.web : d.pdf;
      const was = (d.web.length ? near.web : near.pdf).split(' ');
      let i = 0;
      while (i < words.length && words[i] === was[i]) i++;
      const line = lines[Math.min(i, lines.length - 1)]!;
      const file = d.web.length ? web.file : pdf.file;
      throw new SourceError(
        file,
        line,
        `the footnote words «${shown(was.slice(i))}» (as reviewed in content/reviewed/kst-35510-60.json)`,
        shown(words.slice(i)) || 'nothing',
      );
    }
    const where = `${pdf.file}:${d.pdfLine ?? '?'}${d.page ? ` (page ${d.page})` : ''}`;
    if (d.web.length === 0 && d.webLine !== undefined) {
      // Words of 001 that 000 lacks: point at an emptied line of 000 where there is one.
      let line = d.webLine;
      for (let l = d.webLine - 1; l >= 1 && isBlank(web.lines[l - 1]); l--) if (isBlank(web.lines[l - 2]) && isBlank(web.lines[l])) line = l;
      throw new SourceError(
        web.file,
        line,
        `the words of ${where}, «${shown(d.pdf)}» (an unreviewed difference between the two texts)`,
        isBlank(web.lines[line - 1]) ? 'an empty line' : web.lines[line - 1],
      );
    }
    if (d.webLine !== undefined) {
      throw new SourceError(web.file, d.webLine, `the words of ${where}, «${shown(d.pdf)}» (an unreviewed difference between the two texts)`, shown(d.web));
    }
    throw new SourceError(pdf.file, d.pdfLine ?? 1, `the words of ${web.file} (an unreviewed difference between the two texts)`, shown(d.pdf));
  }
  missingPages();
  for (const r of reviewed) {
    if (!seen.has(key(r.kind, r.page, r.web, r.pdf))) {
      throw new SourceError(
        'content/reviewed/kst-35510-60.json',
        1,
        `only differences that occur between ${web.file} and ${pdf.file}`,
        `${r.kind}${r.page ? ` on page ${r.page}` : ''} «${shown(r.pdf.split(' '))}», which no longer occurs`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The parser

export function parseLetter35510(
  web: SourceInput,
  pdf: SourceInput,
  ctx: ParseContext,
): Parsed<Letter> & { pdfTrace: Trace; crossCheck: CrossCheckDifference[] } {
  const trace = new Trace(web.file);
  const pdfTrace = new Trace(pdf.file);
  const { front, facts, next } = readFront(web, trace);

  // Body: from the head to the first «X Noot» (or «Naar boven»).
  let notesAt = web.lines.findIndex((l, i) => i >= next && (furniture(RULE_NOTE_CAPTION).test(l.trim()) || furniture(RULE_BACK_TO_TOP).test(l.trim())));
  if (notesAt < 0) notesAt = web.lines.length;
  const bodyLines: BodyLine[] = [];
  for (let i = next; i < notesAt; i++) {
    const raw = web.lines[i]!;
    if (isBlank(raw)) continue;
    const text = raw.trim();
    const col = raw.indexOf(text);
    bodyLines.push({ line: i + 1, col, text });
    trace.take('body', i + 1, text, col);
  }
  const notes = readNotes(web, notesAt, trace);

  // 001: pages and words, and the cross-check of the wording, before the structure is read,
  // so that a lost or changed line is reported where the two texts part.
  const pdfParts = readPdf(pdf, notes.length, pdfTrace);
  const undecided: SourceError[] = [];
  const pdfBody = pdfWords(pdf.file, pdfParts.body, ctx.hyphenator, undecided);
  const webBody: Word[] = bodyLines.flatMap((l) => webWords(l.text, l.line));
  const body = textDifferences(webBody, pdfBody, 0);
  const webNotes: Word[] = notes.flatMap((n) => [...webWords(n.label, n.labelLine), ...webWords(n.text.text, n.text.line)]);
  const pdfNoteWords = pdfParts.notes.map((n) => pdfWords(pdf.file, n.lines, ctx.hyphenator, undecided));
  const noted = textDifferences(webNotes, pdfNoteWords.flat(), webBody.length);

  // Footnote placement: at the page bottoms in 001, after the signature in 000.
  const placement: CrossCheckDifference[] = [];
  /** The source line of each word of a placement difference (pdf words, or web words). */
  const wordLines = new Map<CrossCheckDifference, number[]>();
  for (const page of [...new Set(pdfParts.notes.map((n) => n.page))]) {
    const group = pdfParts.notes.map((n, k) => ({ n, words: pdfNoteWords[k]! })).filter((g) => g.n.page === page);
    const nextBody = pdfBody.findIndex((w) => w.page > page);
    const webAt = nextBody < 0 ? webBody.length : body.match.findIndex((j) => j >= nextBody);
    wordLines.set(
      placement[
        placement.push({
          kind: 'note-placement',
          position: webAt < 0 ? webBody.length : webAt,
          web: [],
          pdf: group.flatMap((g) => g.words.map((w) => w.text)),
          pdfLine: group[0]!.n.line,
          page,
        }) - 1
      ]!,
      group.flatMap((g) => g.words.map((w) => w.line)),
    );
  }
  if (webNotes.length) {
    const all: CrossCheckDifference = {
      kind: 'note-placement',
      position: webBody.length,
      web: webNotes.map((w) => w.text),
      pdf: [],
      webLine: notes[0]!.labelLine,
    };
    placement.push(all);
    wordLines.set(
      all,
      webNotes.map((w) => w.line),
    );
  }
  const crossCheck = [...body.diffs, ...placement, ...noted.diffs].sort((a, b) => a.position - b.position);
  checkReviewed(web, pdf, crossCheck, ctx.reviewed.letter.crossCheck, wordLines, webBody.length, pdfParts.pageEnds);
  if (undecided[0]) throw undecided[0];
  if (pdfParts.notes.length !== notes.length) {
    throw new SourceError(
      pdf.file,
      pdf.lines.length,
      `footnote ${pdfParts.notes.length + 1} at the bottom of a page (the web text has ${notes.length})`,
      'end of file',
    );
  }

  const raws = classifyBody(web.file, bodyLines);

  const signature = raws[raws.length - 1] as Extract<RawBlock, { kind: 'signature' }>;
  const meta = checkMeta(ctx.meta, facts, { role: signature.role, name: signature.name, line: signature.line }, web.file);

  // Markers, over all text units in document order.
  const units: Unit[] = [];
  const unitsOf = (b: RawBlock): Unit[] =>
    b.kind === 'list' ? b.items.map((it) => it.text) : [b.kind === 'section' || b.kind === 'subheading' ? b.title : b.text];
  for (const b of raws) units.push(...unitsOf(b));
  const markers = placeMarkers(web.file, units, notes);

  // Page breaks of 001 that fall inside a block: before the web word matched to the first
  // word of the page. A page that begins with a block is the block's `page` instead.
  const breaks = new Map<Unit, Array<{ pos: number; page: number }>>();
  for (let pg = 2; pg <= pdfParts.pages; pg++) {
    const j = pdfBody.findIndex((w) => w.page === pg);
    const k = j < 0 ? -1 : body.match.findIndex((x) => x >= j);
    if (k < 0) continue;
    const word = webBody[k]!;
    const line = bodyLines.find((l) => l.line === word.line)!;
    const nth = k - webBody.findIndex((w) => w.line === word.line);
    let at = -1;
    let n = 0;
    for (const t of line.text.matchAll(/\S+/g)) {
      if (!HAS_WORD.test(resolveSentinels(t[0]))) continue;
      if (n++ === nth) {
        at = t.index;
        break;
      }
    }
    const unit = units.find((u) => u.line === word.line)!;
    const pos = Math.max(0, at - (unit.col - line.col));
    const startsBlock = raws.some((b) => b.line === word.line) && pos === 0;
    if (!startsBlock) breaks.set(unit, [...(breaks.get(unit) ?? []), { pos, page: pg }]);
  }
  const content = (u: Unit) =>
    inlines(
      u,
      markers.filter((m) => units[m.unit] === u),
      breaks.get(u),
    );

  // Blocks with ids.
  const blocks: Block[] = [];
  let section: string | undefined;
  let p = 0;
  for (const b of raws) {
    let block: Block;
    if (b.kind === 'section') {
      section = b.number;
      block = { id: headingId({ number: b.number }), line: b.line, kind: 'heading', level: 2, number: b.number, content: content(b.title) };
    } else if (b.kind === 'subheading') {
      const id = headingId({ ...(section ? { section } : {}), text: b.title.text });
      block = { id, line: b.line, kind: 'heading', level: 3, content: content(b.title) };
    } else if (b.kind === 'list') {
      block = { id: `p${++p}`, line: b.line, kind: 'list', ordered: true, items: b.items.map((it) => ({ label: it.label, content: content(it.text) })) };
    } else if (b.kind === 'signature') {
      block = { id: 'ondertekening', line: b.line, kind: 'signature', content: content(b.text) };
    } else {
      block = { id: `p${++p}`, line: b.line, kind: 'paragraph', content: content(b.text) };
    }
    blocks.push(block);
  }

  // Pages: the page of 001 where each block's first word stands.
  raws.forEach((b, k) => {
    const first = webBody.findIndex((w) => w.line === b.line);
    const j = matchedNear(body.match, first);
    if (first < 0 || j < 0) throw new SourceError(web.file, b.line, 'words of this block in the PDF text', resolveSentinels(unitsOf(b)[0]!.text));
    blocks[k]!.page = pdfBody[j]!.page;
  });

  const footnotes: Footnote[] = notes.map((n, k) => ({
    id: `fn-${n.label}`,
    label: n.label,
    content: [{ type: 'text', value: n.text.text }],
    line: n.text.line,
    page: pdfParts.notes[k]!.page,
    placed: markers.some((m) => m.label === n.label),
  }));

  const doc: Letter = { meta, front, blocks, footnotes, pages: pdfParts.pages };
  return { doc, trace, pdfTrace, crossCheck };
}

/** The model's text per trace stream, in order (see tests/fidelity.test.ts). */
export function modelStreams(doc: Letter): Record<string, string[]> {
  const body = doc.blocks.flatMap((b): string[] => {
    if (b.kind === 'list') return b.items.map((it) => `${it.label ?? ''} ${inlinesSourceText(it.content)}`);
    if (b.kind === 'heading') return [`${b.number !== undefined ? `${b.number}. ` : ''}${inlinesSourceText(b.content)}`];
    return [inlinesSourceText(b.content)];
  });
  return {
    front: doc.front.map((f) => f.text),
    body,
    notes: doc.footnotes.flatMap((f) => [f.label, inlinesSourceText(f.content)]),
  };
}
