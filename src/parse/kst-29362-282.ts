/**
 * Parser for Kamerstuk 29 362, nr. 282 — the cabinet response to «Regels en ruimte»
 * (seeds/kst-29362-282.ocr.txt, OCR of a scanned PDF; the title page is missing).
 *
 * Form of the source and how it is handled:
 * - Pages. A new page starts on a line with one leading space (the first line of
 *   pages 2–15), or after the one page footer the scan kept («Tweede Kamer,
 *   vergaderjaar 2019-2020, 29 362, nr. 282 5», furniture). Pages are counted from 1;
 *   the footer's page number must agree with the count (and its citation with the
 *   reviewed metadata). The leading space marks pages, not paragraphs: several such
 *   lines continue a sentence («gevallen.” Dat wil…»).
 * - Page footnotes stand at the bottom of a page: from the first line that starts
 *   with an (OCR'd) footnote number followed by a capitalised word («' Deze brief»,
 *   «9 Bijlage», «'8 Brief»), or a lone debris line («w», «~»), to the page end.
 *   Footnotes are numbered by order; a printed prefix must agree with that number
 *   (see noteNumberReadings in content/reviewed/kst-29362-282.json), otherwise the line cannot be numbered (SourceError).
 * - Paragraphs: wrapped lines are joined; line-end hyphens go through the Hyphenator.
 *   A blank line ends a paragraph unless it falls mid-sentence (line ending in a
 *   word, next line starting lower-case or with a date); a page break ends one
 *   only when the sentence ended.
 * - Sub-headings: a short line after a blank, ending in a letter, followed by a blank
 *   (or directly by a new sentence) — level 3; in «Overzicht acties» such lines are
 *   the four cluster headings (level 4).
 * - «Overzicht acties»: items «N. …» (three numbers restored by corrections of kind
 *   insertion), then six signatories (one signature block), then the appendix
 *   «Reactie op de concrete aanbevelingen» with «Aanbeveling N.» / «Reactie:».
 * - Footnote markers are OCR debris («®», «*», «'®», «™», «”»…) glued to the text;
 *   they are matched to footnotes by expected order and page (see placeMarkers).
 */
import type { Block, Footnote, Inline, RegelsEnRuimte } from '../model/schema.ts';
import type { ParseContext, SourceInput } from './context.ts';
import { INS_OPEN, resolveSentinels } from './corrections.ts';
import { furniture } from './furniture/index.ts';
import { headingId, inlinesSourceText, pageMarks, pageSentinel, SourceError, Trace, type Parsed, type Span, type TextMark, toRuns } from './source.ts';

const FOOTER_RULE = 'kst-29362-282-page-footer';

/** First line of a page footnote: an (OCR'd) number, a space and a capitalised word. */
const NOTE_START_RE = /^(\d{1,2}|[^\p{L}\p{N}\s]{1,2}|[^\p{L}\p{N}\s]\d) (?=\p{Lu})/u;
/** A footnote number standing alone on its line (OCR debris of the superscript). */
const NOTE_DEBRIS_RE = /^[^\s\p{N}]$/u;

/**
 * A footnote marker glued to the text: symbols the OCR made of the superscript
 * («®», «'®», «™», «”», «*», «'’»), optionally with a digit, or one/two digits right
 * after a word or a full stop («jl.2», «BZK'2»). Not followed by a letter, so the
 * apostrophe of «Zo'n» or «risico’s» is no marker.
 */
const MARKER_RE = /(?<=[\p{L}.»)])(?:['’"”®*™%~]+\d{0,2}|['’]?\d{1,2})(?=[\s.,;:)]|$)/gu;

const SIGNATORY_RE = /^(De (?:Minister|Staatssecretaris) (?:van|voor) .+),$/;
const ACTION_RE = /^(\uE000[a-z0-9-]+\uE003)?(\d+)\.(?:\uE001)?(?:\s|$)/;
const RECOMMENDATION_RE = /^Aanbeveling (\d+)\.\s/;
const LIST_ITEM_RE = /^([a-z])\.\s/;

/** A body line (the span of the line without leading/trailing spaces) with its page. */
interface BodyLine extends Span {
  page: number;
  blankBefore: boolean;
  pageBreakBefore: boolean;
}

interface NoteLine extends Span {
  page: number;
  blankBefore: boolean;
}

interface Marker {
  line: number;
  col: number;
  text: string;
  page: number;
}

/** A unit: consecutive body lines that form one paragraph, heading or item. */
type Unit = BodyLine[];

const plainText = (s: string) => resolveSentinels(s);
const endsInWord = (s: string) => /\p{L}$/u.test(plainText(s));
/** Ends a sentence, possibly followed by a footnote marker («uitvoering.®»). */
const endsSentence = (s: string) => /[.:;!?][^\p{L}]*$/u.test(plainText(s));

/** Splits the source into pages, body lines, footnote lines and furniture. */
function segment(input: SourceInput, trace: Trace, ctx: ParseContext) {
  const { file, lines } = input;
  const body: BodyLine[] = [];
  const notes: NoteLine[] = [];
  let page = 1;
  let inNotes = false;
  let blank = false;
  let pageBreak = false;
  let footerSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (raw.trim() === '') {
      blank = true;
      continue;
    }
    const col = raw.length - raw.trimStart().length;
    const text = raw.trim();
    // A page opens on a line with one leading space, or on the line after a footer.
    if (footerSeen || (i > 0 && /^ \S/.test(raw))) {
      page++;
      inNotes = false;
      pageBreak = true;
    }
    footerSeen = false;
    const footer = furniture(FOOTER_RULE).exec(text);
    if (footer) {
      const [, year, dossier, nr, printed] = footer;
      if (Number(printed) !== page) {
        throw new SourceError(file, lineNo, `the page footer of page ${page}`, text);
      }
      const k = ctx.meta.kamerstuk;
      if (year !== ctx.meta.vergaderjaar || (k && (k.dossier !== dossier || k.number !== nr))) {
        throw new SourceError(file, lineNo, `a footer citing ${ctx.meta.citation}, vergaderjaar ${ctx.meta.vergaderjaar}`, text);
      }
      trace.drop(FOOTER_RULE, lineNo, text, col);
      footerSeen = true;
      blank = false;
      continue;
    }
    if (!inNotes && (NOTE_START_RE.test(text) || NOTE_DEBRIS_RE.test(text))) inNotes = true;
    if (inNotes) {
      notes.push({ line: lineNo, text, col, page, blankBefore: blank });
    } else {
      body.push({ line: lineNo, text, col, page, blankBefore: blank, pageBreakBefore: pageBreak });
      pageBreak = false;
    }
    blank = false;
  }
  return { body, notes, pages: page };
}

/** Joins wrapped lines into one text, deciding line-end hyphens by evidence. */
function joinLines(file: string, parts: ReadonlyArray<{ line: number; text: string }>, ctx: ParseContext): string {
  let acc = '';
  for (let k = 0; k < parts.length; k++) {
    const { text } = parts[k]!;
    if (k === 0) {
      acc = text;
      continue;
    }
    const prev = parts[k - 1]!;
    if (/[\p{L}\p{N})]-$/u.test(acc)) {
      const left = acc.slice(acc.lastIndexOf(' ') + 1);
      const right = text.split(' ')[0]!;
      const rest = text.slice(right.length);
      const joined = ctx.hyphenator.lineEnd(file, prev.line, left, right);
      acc = acc.slice(0, acc.length - left.length) + joined + rest;
    } else if (/\/$/.test(acc)) {
      acc += text; // a URL wrapped after a slash
    } else {
      acc += ' ' + text;
    }
  }
  return acc;
}

/** Parses the footnote zones into numbered footnotes; every line goes to stream "notes". */
function parseNotes(input: SourceInput, noteLines: NoteLine[], trace: Trace, ctx: ParseContext): Footnote[] {
  interface Draft {
    number: number;
    prefix?: string;
    line: number;
    page: number;
    paragraphs: NoteLine[][];
  }
  const drafts: Draft[] = [];
  const { noteNumberReadings, noteContinuations, lostNoteNumbers } = ctx.reviewed.regelsEnRuimte;
  const lost = new Set(lostNoteNumbers.map((x) => x.line));
  const usedLost = new Set<number>();
  const continuations = new Set(noteContinuations.map((c) => c.line));
  const usedContinuations = new Set<number>();
  const check = (n: number, prefix: string, nl: NoteLine) => {
    const ok = prefix === String(n) || (n >= 10 && n < 20 && prefix === String(n % 10)) || noteNumberReadings[prefix]?.includes(n);
    const prev = drafts.at(-1);
    if (!ok)
      throw new SourceError(
        input.file,
        nl.line,
        `footnote ${n} (a footnote line that can be numbered)${prev ? `, in lines ${prev.line}–${nl.line}` : ''}`,
        nl.text,
      );
  };
  for (const nl of noteLines) {
    trace.take('notes', nl.line, nl.text, nl.col);
    const cur = drafts.at(-1);
    const debris = NOTE_DEBRIS_RE.test(nl.text);
    const prefixed = NOTE_START_RE.exec(nl.text);
    const awaitingText = cur !== undefined && cur.paragraphs.length === 0;
    if (debris || prefixed) {
      const n = drafts.length + 1;
      const prefix = debris ? nl.text : prefixed![1]!;
      check(n, prefix, nl);
      const d: Draft = { number: n, prefix, line: nl.line, page: nl.page, paragraphs: [] };
      if (!debris) d.paragraphs.push([{ ...nl, text: nl.text.slice(prefix.length + 1), col: nl.col + prefix.length + 1 }]);
      drafts.push(d);
    } else if (awaitingText) {
      cur!.paragraphs.push([nl]);
    } else if (nl.blankBefore && !continuations.has(nl.line)) {
      // An unnumbered paragraph after a blank line: a note whose number the scan lost (reviewed).
      if (!/^\p{Lu}/u.test(nl.text) || !lost.has(nl.line)) {
        throw new SourceError(
          input.file,
          nl.line,
          `a footnote line that can be numbered (footnote ${drafts.length + 1}; content/reviewed/kst-29362-282.json lists no lost number here)`,
          nl.text,
        );
      }
      usedLost.add(nl.line);
      drafts.push({ number: drafts.length + 1, line: nl.line, page: nl.page, paragraphs: [[nl]] });
    } else if (cur && nl.blankBefore) {
      usedContinuations.add(nl.line);
      cur.paragraphs.push([nl]);
    } else if (cur) {
      cur.paragraphs.at(-1)!.push(nl);
    } else {
      throw new SourceError(input.file, nl.line, 'a footnote line that can be numbered', nl.text);
    }
  }
  for (const l of lostNoteNumbers) {
    if (!usedLost.has(l.line)) {
      throw new SourceError(
        input.file,
        l.line,
        'a footnote whose number the scan lost (content/reviewed/kst-29362-282.json)',
        input.lines[l.line - 1] ?? 'end of file',
      );
    }
  }
  for (const c of noteContinuations) {
    if (!usedContinuations.has(c.line)) {
      const at = noteLines.find((nl) => nl.line === c.line);
      throw new SourceError(
        input.file,
        c.line,
        'a footnote paragraph after a blank line that continues the previous note (content/reviewed/kst-29362-282.json)',
        at?.text ?? input.lines[c.line - 1] ?? 'end of file',
      );
    }
  }
  return drafts.map((d) => {
    const text = d.paragraphs.map((p) => joinLines(input.file, p, ctx)).join(' ');
    if (text === '') throw new SourceError(input.file, d.line, `the text of footnote ${d.number}`, d.prefix);
    const content: Inline[] = [{ type: 'text', value: text }];
    // The printed (OCR'd) number is kept as the note's sourceLabel: source text, shown beside the label.
    return {
      id: `fn-${d.number}`,
      label: String(d.number),
      ...(d.prefix !== undefined ? { sourceLabel: d.prefix } : {}),
      content,
      line: d.line,
      page: d.page,
      placed: false,
    };
  });
}

/** Finds the marker candidates of the body, in order. */
function findMarkers(body: BodyLine[]): Marker[] {
  const out: Marker[] = [];
  for (const b of body) {
    for (const m of b.text.matchAll(MARKER_RE)) out.push({ line: b.line, col: b.col + m.index, text: m[0], page: b.page });
  }
  return out;
}

/**
 * Matches markers to footnotes by expected order: a note sits on the page of its
 * marker, so the next marker is the next note's when their pages agree; a note whose
 * page has no marker left is an error (the marker was lost); a marker with no note
 * left on its page is an error. Markers with digits must fit the note's number.
 *
 * Evidence on the real source: all 20 markers survive as OCR glyphs and each lands
 * on its note's page with fitting content — 1 «"» after the report's title (note 1
 * names the report), 2 «jl.2», 3/5/6/8/9/16/20 «®», 4 «*» (the Ombudsman report),
 * 7 «”» («in bepaalde gevallen.», note 7 on the Awb), 10 «'®», 11 «'’» (the Raad van
 * State rulings), 12 «'2» (the BZK letter), 13/15 «™», 14 «'*», 17 «””», 18 «’®»,
 * 19 «'®». So every footnote is placed, and a marker lost from a new copy stops the build.
 */
function placeMarkers(file: string, markers: Marker[], notes: Footnote[], body: readonly BodyLine[]): Map<string, Footnote> {
  const placed = new Map<string, Footnote>();
  let m = 0;
  for (const note of notes) {
    const marker = markers[m];
    if (!marker || marker.page > note.page!) {
      // Every marker of the scan survives (see above): a lost one is damage. It stood on the
      // note's page, after the previous marker and before the next one.
      const prev = markers[m - 1];
      const onPage = body.filter((b) => b.page === note.page);
      const from = prev && prev.page === note.page ? prev.line : (onPage[0]?.line ?? note.line);
      const to = marker && marker.page === note.page ? marker.line : (onPage.at(-1)?.line ?? note.line);
      throw new SourceError(file, from, `the marker of footnote ${note.label} (${file}:${note.line}) on page ${note.page}, in lines ${from}–${to}`, 'none');
    }
    if (marker.page < note.page!) {
      const foot = body.find((b) => b.page > marker.page)?.line ?? note.line;
      throw new SourceError(
        file,
        marker.line,
        `a footnote for the marker «${marker.text}» at the foot of page ${marker.page}, in lines ${marker.line}–${foot}`,
        'none',
      );
    }
    const digits = marker.text.replace(/\D/g, '');
    const n = Number(note.label);
    if (digits && /^['’]?\d+$/.test(marker.text) && !String(n).endsWith(digits)) {
      throw new SourceError(file, marker.line, `the marker of footnote ${n}`, marker.text);
    }
    placed.set(`${marker.line}:${marker.col}`, note);
    note.placed = true;
    m++;
  }
  const rest = markers[m];
  if (rest) {
    const foot = body.find((b) => b.page > rest.page)?.line ?? body.at(-1)?.line ?? rest.line;
    throw new SourceError(file, rest.line, `a footnote for the marker «${rest.text}» at the foot of page ${rest.page}, in lines ${rest.line}–${foot}`, 'none');
  }
  return placed;
}

/** Groups body lines into units (paragraph candidates). */
function units(body: BodyLine[]): Unit[] {
  const out: Unit[] = [];
  let cur: Unit = [];
  let prevHeading = false;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    const prev = body[i - 1];
    const next = body[i + 1];
    const heading = isHeadingLine(b, next);
    let boundary = cur.length === 0 || prevHeading || heading;
    if (prev && !boundary) {
      const t = plainText(b.text);
      if (b.pageBreakBefore) {
        const lastWord = plainText(prev.text).split(' ').at(-1) ?? '';
        boundary = !(endsInWord(prev.text) && (/^\p{Ll}/u.test(t) || /^\p{Ll}/u.test(lastWord)));
      } else if (b.blankBefore) {
        boundary = !(endsInWord(prev.text) && (/^\p{Ll}/u.test(t) || /^\d+\s+\p{Ll}/u.test(t)));
      }
    }
    if (boundary && cur.length) {
      out.push(cur);
      cur = [];
    }
    cur.push(b);
    prevHeading = heading;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** A sub-heading line: short, after a blank or page break, no closing punctuation, then a new start. */
function isHeadingLine(b: BodyLine, next: BodyLine | undefined): boolean {
  const t = plainText(b.text);
  if (!(b.blankBefore || b.pageBreakBefore) || t.length > 60 || !/^\p{Lu}/u.test(t) || !endsInWord(t)) return false;
  if (!next) return false;
  const n = plainText(next.text);
  if (next.blankBefore || next.pageBreakBefore) return /^(\p{Lu}|\d+\.(\s|$))/u.test(n);
  return /^\p{Lu}/u.test(n) && t.length <= 30;
}

export function parseRegelsEnRuimte(input: SourceInput, ctx: ParseContext): Parsed<RegelsEnRuimte> {
  const { file } = input;
  const trace = new Trace(file);
  if (!ctx.meta.sources.includes(file)) throw new SourceError(file, 1, `a source of ${ctx.meta.id}`, file);
  const { body, notes: noteLines, pages } = segment(input, trace, ctx);
  const footnotes = parseNotes(input, noteLines, trace, ctx);
  const placed = placeMarkers(file, findMarkers(body), footnotes, body);

  const inlines = (unit: readonly BodyLine[]): Inline[] => {
    // Markers become placeholders so that joining and de-hyphenation see plain text.
    const notesById: Footnote[] = [];
    const parts = unit.map((b, k) => {
      let text = b.text;
      const hits = [...b.text.matchAll(MARKER_RE)].filter((m) => placed.has(`${b.line}:${b.col + m.index}`)).reverse();
      for (const m of hits) {
        notesById.push(placed.get(`${b.line}:${b.col + m.index}`)!);
        text = text.slice(0, m.index) + `\uE010${notesById.length - 1}:${m[0]}\uE011` + text.slice(m.index + m[0].length);
      }
      // A new page inside the block: a page break before the line (after its first word when
      // the line before ends in a hyphen, so that the broken word is joined first).
      const prev = unit[k - 1];
      if (prev && b.page > prev.page) {
        const mark = pageSentinel(b.page);
        const cut = /-$/.test(prev.text) ? (/^\S+\s?/.exec(text)?.[0].length ?? 0) : 0;
        text = text.slice(0, cut) + mark + text.slice(cut);
      }
      return { line: b.line, text };
    });
    const joined = joinLines(file, parts, ctx);
    const marks = [...joined.matchAll(/\uE010(\d+):([^\uE011]*)\uE011/g)].map((m): TextMark => {
      const note = notesById[Number(m[1])]!;
      return { start: m.index, end: m.index + m[0].length, run: { type: 'noteRef', note: note.id, label: note.label, source: m[2]! } };
    });
    return toRuns(joined, [...marks, ...pageMarks(joined)]);
  };
  const textOf = (unit: readonly BodyLine[]) => plainText(unit.map((b) => b.text).join(' '));

  const blocks: Block[] = [];
  const actions: RegelsEnRuimte['actions'] = [];
  const recommendations: RegelsEnRuimte['recommendations'] = [];
  const signatories: RegelsEnRuimte['meta']['signatories'] = [];
  let p = 0;
  const nextP = () => `p${++p}`;
  type Region = 'body' | 'actions' | 'appendix';
  let region: Region = 'body';
  let cluster: string | undefined;
  let action: RegelsEnRuimte['actions'][number] | undefined;
  let rec: RegelsEnRuimte['recommendations'][number] | undefined;
  /** Lines of the last action, recommendation and «Reactie:» heading, for errors that name the range of the damage. */
  let actionLine: number | undefined;
  let recLine: number | undefined;
  let reactionLine: number | undefined;
  let inReaction = false;
  const push = (b: Block) => {
    blocks.push(b);
    if (b.kind !== 'heading') {
      if (action) action.blockIds.push(b.id);
      if (rec) (inReaction ? rec.reactionBlockIds : rec.textBlockIds).push(b.id);
    }
  };
  const take = (unit: readonly BodyLine[]) => unit.forEach((b) => trace.take('body', b.line, b.text, b.col));
  const heading = (unit: Unit, level: 3 | 4) => {
    take(unit);
    const first = unit[0]!;
    push({ kind: 'heading', id: headingId({ text: textOf(unit) }), level, content: inlines(unit), line: first.line, page: first.page });
  };
  const paragraph = (unit: Unit, id = nextP()) => {
    take(unit);
    push({ kind: 'paragraph', id, content: inlines(unit), line: unit[0]!.line, page: unit[0]!.page });
  };

  const all = units(body);
  for (let u = 0; u < all.length; u++) {
    let unit = all[u]!;
    const first = unit[0]!;
    const text = textOf(unit);
    const isHeading = unit.length === 1 && isHeadingLine(first, body[body.indexOf(first) + 1]);

    if (unit.length === 2 && SIGNATORY_RE.test(plainText(first.text))) {
      // The six ministers: consecutive two-line units «De Minister van …,» / name.
      const sig: Unit = [];
      while (u < all.length && all[u]!.length === 2 && SIGNATORY_RE.test(plainText(all[u]![0]!.text))) {
        const [role, name] = all[u]!;
        signatories.push({ role: SIGNATORY_RE.exec(plainText(role!.text))![1]!, name: plainText(name!.text) });
        sig.push(...all[u]!);
        u++;
      }
      u--;
      take(sig);
      action = undefined;
      region = 'body';
      push({
        kind: 'signature',
        id: 'ondertekening',
        content: [{ type: 'text', value: sig.map((b) => b.text).join('\n') }],
        line: sig[0]!.line,
        page: sig[0]!.page,
      });
      continue;
    }

    if (isHeading) {
      if (region === 'actions') {
        cluster = text;
        action = undefined;
        heading(unit, 4);
        continue;
      }
      action = undefined;
      rec = undefined;
      if (text === 'Overzicht acties') {
        region = 'actions';
        actionLine = first.line;
      }
      if (text === 'Reactie op de concrete aanbevelingen') region = 'appendix';
      heading(unit, 3);
      continue;
    }

    if (region === 'actions') {
      // A lone item number («4.») belongs to the next paragraph.
      if (/^\d+\.$/.test(text) && all[u + 1]) {
        unit = [...unit, ...all[u + 1]!];
        u++;
      }
      const m = ACTION_RE.exec(unit[0]!.text);
      if (m) {
        const n = Number(m[2]);
        if (n !== actions.length + 1) {
          const since = actionLine ? `, in lines ${actionLine}–${unit[0]!.line}` : '';
          throw new SourceError(file, actionLine ?? unit[0]!.line, `action ${actions.length + 1}${since}`, unit[0]!.text);
        }
        actionLine = unit[0]!.line;
        if (!cluster) throw new SourceError(file, unit[0]!.line, 'a cluster heading before the first action', unit[0]!.text);
        action = { number: n, numberRestored: m[1] !== undefined || unit[0]!.text.startsWith(INS_OPEN), cluster, blockIds: [] };
        actions.push(action);
        paragraph(unit, `actie-${n}`);
        continue;
      }
      // A paragraph whose last lines are a cluster heading (no closing punctuation).
      if (endsInWord(unit.at(-1)!.text)) {
        let cut = unit.length;
        while (cut > 0 && !endsSentence(unit[cut - 1]!.text)) cut--;
        if (cut > 0) paragraph(unit.slice(0, cut));
        action = undefined;
        cluster = textOf(unit.slice(cut));
        heading(unit.slice(cut), 4);
        continue;
      }
      paragraph(unit);
      continue;
    }

    if (region !== 'appendix' && RECOMMENDATION_RE.test(text)) {
      throw new SourceError(file, first.line, 'the heading «Reactie op de concrete aanbevelingen» before the recommendations', first.text);
    }
    if (region === 'appendix') {
      const m = RECOMMENDATION_RE.exec(text);
      if (m) {
        const n = Number(m[1]);
        const since = recLine ? `, in lines ${recLine}–${first.line}` : '';
        if (n !== recommendations.length + 1)
          throw new SourceError(file, recLine ?? first.line, `Aanbeveling ${recommendations.length + 1}${since}`, first.text);
        if (rec && rec.reactionBlockIds.length === 0)
          throw new SourceError(file, recLine ?? first.line, `«Reactie:» to Aanbeveling ${rec.number}${since}`, first.text);
        rec = { number: n, textBlockIds: [], reactionBlockIds: [] };
        recLine = first.line;
        recommendations.push(rec);
        inReaction = false;
        paragraph(unit, `aanbeveling-${n}`);
        continue;
      }
      if (!rec) throw new SourceError(file, first.line, 'Aanbeveling 1', first.text);
      if (text === 'Reactie:') {
        if (inReaction)
          throw new SourceError(file, reactionLine ?? first.line, `Aanbeveling ${rec.number + 1}, in lines ${reactionLine}–${first.line}`, first.text);
        inReaction = true;
        reactionLine = first.line;
        paragraph(unit, `reactie-${rec.number}`);
        continue;
      }
      if (LIST_ITEM_RE.test(text)) {
        // Consecutive lettered items form one list.
        const items: Unit[] = [unit];
        while (all[u + 1] && LIST_ITEM_RE.test(textOf(all[u + 1]!))) items.push(all[++u]!);
        items.forEach(take);
        push({
          kind: 'list',
          id: nextP(),
          ordered: true,
          items: items.map((it) => {
            const runs = inlines(it);
            const head = runs[0];
            const label = LIST_ITEM_RE.exec(textOf(it))![0].trim();
            if (head?.type !== 'text' || !head.value.startsWith(label)) throw new SourceError(file, it[0]!.line, `the item label «${label}»`, it[0]!.text);
            const restValue = head.value.slice(label.length).trimStart();
            const content: Inline[] = restValue ? [{ type: 'text', value: restValue }, ...runs.slice(1)] : runs.slice(1);
            return { label, content };
          }),
          line: first.line,
          page: first.page,
        });
        continue;
      }
    }
    paragraph(unit);
  }

  const lastLine = body.at(-1)?.line ?? 1;
  if (actions.length !== 9) throw new SourceError(file, lastLine, '9 actions in «Overzicht acties»', `${actions.length}`);
  if (recommendations.length !== 6) throw new SourceError(file, lastLine, 'Aanbeveling 1–6', `${recommendations.length}`);
  if (rec && rec.reactionBlockIds.length === 0) throw new SourceError(file, lastLine, `«Reactie:» to Aanbeveling ${rec.number}`);
  if (signatories.length === 0) throw new SourceError(file, lastLine, 'the signatories after the actions');

  const doc: RegelsEnRuimte = {
    meta: { ...ctx.meta, signatories },
    front: [],
    blocks,
    footnotes,
    pages,
    actions,
    recommendations,
  };
  return { doc, trace };
}

/**
 * The model's text per trace stream: "body" = all blocks in order (heading content,
 * paragraph content, list item label + content, signature content); "notes" = the
 * footnotes in order (their printed number run + text).
 */
export function modelStreams(doc: RegelsEnRuimte): Record<string, string[]> {
  const body = doc.blocks.flatMap((b) =>
    b.kind === 'list' ? b.items.map((i) => `${i.label ?? ''} ${inlinesSourceText(i.content)}`) : [inlinesSourceText(b.content)],
  );
  return { body, notes: doc.footnotes.map((f) => (f.sourceLabel ?? '') + ' ' + inlinesSourceText(f.content)) };
}
