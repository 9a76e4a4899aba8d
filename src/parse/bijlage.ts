/**
 * Parser for the annex to Kamerstuk 35 510, nr. 60 (seeds/bijlage-35510-60.tabel.txt):
 * «Stand van zaken vervolgacties Parlementaire Onderzoekscommissie Kinderopvangtoeslag».
 *
 * Source form: a PDF table extracted as tab-separated rows.
 * - Above the table: the title line and the introduction (one cell each) → `intro`.
 * - `Actie⇥Omschrijving⇥Stand van Zaken` header rows (the first, then one per page)
 *   and empty rows: furniture. Every repeated header starts a new page.
 * - Section rows `TITLE⇥⇥` (main sections in capitals, sub-sections in sentence case,
 *   both from content/reviewed/bijlage.json, in order, with the first action of each) → `sections`, and each action's section.
 * - Action rows `N.⇥description⇥status`, numbered 1, 2, 3… without gaps.
 * - Continuation rows `⇥description⇥status` carry the rest of the previous action
 *   across a page break. A continued cell goes on in the last block when that block
 *   stops mid-sentence (no closing punctuation; whether or not the continuation
 *   starts with `<p>`), continues the last list when both are bulleted lists, and
 *   otherwise adds new blocks. (Bulleted lists that meet after such a join, as in
 *   action 36, become one list too.)
 * - Cells hold HTML debris: `<p>…</p>` → paragraphs; `<ul style=…> - a - b` and bare
 *   `- a` runs → bulleted lists (a dash inside parentheses is no bullet), `<ul> A. … ;
 *   B. …` → lettered lists. The tags are dropped by the rule `html-tag`; any other
 *   tag or stray angle bracket is an error.
 * - A one-cell row `¹ text` between rows is a footnote; its marker must stand in
 *   the actions of the same page. A marker whose page ends without its note, or a
 *   note without its marker, is an error.
 * Hyphens kept inside words by an earlier join are decided by the Hyphenator.
 * Motions «(NR. 16 Motie Klaver cs deel 2)» and cited actions («zie actie 18») are
 * taken from the references that enrich.ts finds (see corpus.ts, `actionLinks`).
 */
import type { Action, Annex, Block, Footnote, Inline } from '../model/schema.ts';
import type { ParseContext, SourceInput } from './context.ts';
import { ID_END, INS_CLOSE, INS_OPEN, SIC, resolveSentinels } from './corrections.ts';
import { SourceError, Trace, inlinesSourceText, pageMarks, pageSentinel, type Parsed, type Span, type TextMark, toRuns } from './source.ts';
import { furniture } from './furniture/index.ts';
import { HYPHENATED_WORD_RE } from './hyphenation.ts';
import type { Reviewed } from '../model/reviewed.ts';

const NUMBER_RE = /^(\d+)\.$/;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const NOTE_ROW_RE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)(\s+)(\S.*)$/u;
const MARKER_RE = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;
const TAG_RE = /<p>|<\/p>|<ul style="list-style-type: none">|<[^>]*>?|>/g;
const SENTINEL_SPLIT = new RegExp(`(${INS_OPEN}[a-z0-9-]+${ID_END}|${INS_CLOSE}|${SIC}[a-z0-9-]+${ID_END})`, 'u');

/** A piece of source text taken into the model: where it stands and what it says. */
type Piece = Span;
interface ParaDraft {
  kind: 'paragraph';
  pieces: Piece[];
}
interface ListDraft {
  kind: 'list';
  ordered: boolean;
  items: Array<{ label?: string; labelPiece?: Piece; pieces: Piece[] }>;
}
type Draft = ParaDraft | ListDraft;

interface ActionDraft {
  number: number;
  section: string;
  subsection?: string;
  line: number;
  description: Draft[];
  status: Draft[];
  footnotes: Footnote[];
}

interface Marker {
  action: ActionDraft;
  label: string;
  line: number;
  page: number;
  noted: boolean;
}

type Stream = 'description' | 'status';

const superscriptDigits = (s: string) => [...s].map((c) => String(SUPERSCRIPTS.indexOf(c))).join('');

export function parseAnnex(input: SourceInput, ctx: ParseContext): Parsed<Annex> {
  const { file, lines } = input;
  const trace = new Trace(file);
  const pageOfLine: number[] = [];
  const intro: Array<{ line: number; col: number; text: string }> = [];
  const sections: Array<{ title: string; subsections: string[] }> = [];
  const actions: ActionDraft[] = [];
  const markers: Marker[] = [];
  let page = 1;
  let headers = 0;
  let section: Reviewed['annex']['sections'][number] | undefined;
  let subsection: string | undefined;

  const checkMarkersNoted = (end: number) => {
    const open = markers.find((m) => !m.noted);
    if (open) {
      throw new SourceError(
        file,
        open.line,
        `the footnote of marker «${open.label}» at the foot of page ${open.page}, in lines ${open.line}–${end}`,
        'the end of the page',
      );
    }
  };

  /** Takes the non-blank part of a cell into the trace and returns it as a piece. */
  const piece = (stream: string, line: number, text: string, col: number): Piece | undefined => {
    const lead = text.length - text.trimStart().length;
    const core = text.trim();
    if (!core) return undefined;
    trace.take(stream, line, core, col + lead);
    return { line, col: col + lead, text: core };
  };

  const { continuations } = ctx.reviewed.annex;
  const REVIEWED = 'content/reviewed/bijlage.json';
  const continued = new Set<number>();
  /** True on the first line after a repeated header row. */
  let pageTop = false;

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    pageOfLine[lineNo] = page;
    const top = pageTop;
    pageTop = false;
    if (raw !== '' && raw.trim() === '') throw new SourceError(file, lineNo, 'a table row with text, or an empty line', 'a row of only tabs and spaces');
    if (top && raw === '') throw new SourceError(file, lineNo, `the first row of page ${page} directly after the header row`, 'an empty line');
    if (raw.trim() === '') continue;
    const expected = top ? continuations.find((c) => c.page === page) : undefined;
    if (top && raw.startsWith('\t') && !expected) {
      throw new SourceError(file, lineNo, `a new row at the top of page ${page} (${REVIEWED} lists no continuation of an action there)`, raw);
    }
    if (expected && !raw.startsWith('\t')) {
      throw new SourceError(file, lineNo, `the continuation row (empty first cell) of action ${expected.action} at the top of page ${page} (${REVIEWED})`, raw);
    }
    if (!top && raw.startsWith('\t')) {
      throw new SourceError(file, lineNo, 'a continuation row (empty first cell) only as the first row of a page, after the header row', raw);
    }
    if (expected) {
      const prev = actions.at(-1);
      if (prev?.number !== expected.action) {
        throw new SourceError(
          file,
          lineNo,
          `the continuation of action ${expected.action} (${REVIEWED}) at the top of page ${page}`,
          `a continuation of action ${prev?.number ?? 'none'}`,
        );
      }
      continued.add(page);
    }

    if (furniture('bijlage-table-header').test(raw)) {
      if (headers > 0) {
        checkMarkersNoted(lineNo);
        page++;
        pageOfLine[lineNo] = page;
      }
      trace.drop(headers === 0 ? 'bijlage-table-header' : 'bijlage-table-header-repeated', lineNo, raw);
      pageTop = headers > 0;
      headers++;
      continue;
    }

    const cells = splitCells(raw);
    if (headers === 0) {
      if (cells.length !== 1) throw new SourceError(file, lineNo, 'a title or introduction line above the table', raw);
      const p = piece('intro', lineNo, raw, 0);
      if (p) intro.push(p);
      continue;
    }

    if (cells.length === 1) {
      const note = NOTE_ROW_RE.exec(raw);
      if (!note) throw new SourceError(file, lineNo, 'a table row of 3 tab-separated cells or a footnote «¹ text»', raw);
      const current = actions.at(-1);
      if (!current) throw new SourceError(file, lineNo, 'a footnote after the first action', raw);
      const source = note[1]!;
      trace.drop('bijlage-footnote-number', lineNo, source, 0);
      const textCol = source.length + note[2]!.length;
      piece('notes', lineNo, note[3]!, textCol);
      const marker = markers.find((m) => !m.noted && m.label === source && m.page === page);
      if (!marker) {
        const top = pageOfLine.findIndex((p) => p === page);
        throw new SourceError(file, lineNo, `the marker «${source}» of this footnote in the rows of page ${page}, in lines ${top}–${lineNo}`, 'none');
      }
      marker.noted = true;
      const owner = marker.action;
      const label = superscriptDigits(source);
      owner.footnotes.push({
        id: `fn-${label}`,
        label,
        content: [{ type: 'text', value: note[3]!.trim() }],
        line: lineNo,
        page,
        placed: true,
      });
      continue;
    }

    if (cells.length !== 3) {
      throw new SourceError(file, lineNo, 'a table row of 3 tab-separated cells', `${cells.length} cells: ${raw}`);
    }
    const [first, desc, stat] = cells as [Cell, Cell, Cell];
    const head = first.text.trim();

    if (head !== '' && !NUMBER_RE.test(head)) {
      if (desc.text.trim() !== '' || stat.text.trim() !== '') {
        throw new SourceError(file, lineNo, 'an action number «N.» in the first cell, or a section title with empty cells', raw);
      }
      const known = ctx.reviewed.annex.sections;
      const main = known.find((s) => s.title === head);
      const nextMain = known[section ? known.indexOf(section) + 1 : 0];
      const nextSub = section?.subsections[sections.at(-1)!.subsections.length];
      if (main) {
        if (main !== nextMain) throw new SourceError(file, lineNo, `the section title «${nextMain?.title ?? 'none'}» (${REVIEWED})`, head);
        if (nextSub) throw new SourceError(file, lineNo, `the sub-section title «${nextSub.title}» of ${section!.title} (${REVIEWED})`, head);
        section = main;
        subsection = undefined;
        sections.push({ title: head, subsections: [] });
      } else if (section?.subsections.some((s) => s.title === head)) {
        if (nextSub?.title !== head) throw new SourceError(file, lineNo, `the sub-section title «${nextSub?.title ?? 'none'}» (${REVIEWED})`, head);
        subsection = head;
        sections.at(-1)!.subsections.push(head);
      } else {
        throw new SourceError(file, lineNo, `a known section title${section ? ` or a sub-section of ${section.title}` : ''}`, head);
      }
      piece('sections', lineNo, first.text, first.col);
      continue;
    }

    let action: ActionDraft;
    if (head === '') {
      const prev = actions.at(-1);
      if (!prev) throw new SourceError(file, lineNo, 'an action number before a continuation row', raw);
      action = prev;
    } else {
      const number = Number(NUMBER_RE.exec(head)![1]);
      const expected = (actions.at(-1)?.number ?? 0) + 1;
      if (number !== expected) throw new SourceError(file, lineNo, `action number ${expected}.`, head);
      if (!section) throw new SourceError(file, lineNo, 'a section title before the first action', raw);
      // A section or sub-section title row lost: the action that opens it comes without it.
      const opens = ctx.reviewed.annex.sections.flatMap((s) => [
        { title: s.title, firstAction: s.firstAction, main: true },
        ...s.subsections.map((x) => ({ ...x, main: false })),
      ]);
      for (const o of opens.filter((x) => x.firstAction === number)) {
        if ((o.main ? section.title : subsection) !== o.title)
          throw new SourceError(file, lineNo, `the ${o.main ? 'section' : 'sub-section'} title row «${o.title}» before action ${number} (${REVIEWED})`, raw);
      }
      if (desc.text.trim() === '') throw new SourceError(file, lineNo, `a description of action ${number}`, raw);
      action = {
        number,
        section: section.title,
        ...(subsection ? { subsection } : {}),
        line: lineNo,
        description: [],
        status: [],
        footnotes: [],
      };
      actions.push(action);
      piece('number', lineNo, first.text, first.col);
    }

    for (const [cell, stream] of [
      [desc, 'description'],
      [stat, 'status'],
    ] as const) {
      const drafts = parseCell(file, lineNo, cell, stream, trace, piece);
      for (const d of drafts) {
        for (const p of draftPieces(d)) {
          for (const m of p.text.matchAll(MARKER_RE)) {
            markers.push({ action, label: m[0], line: p.line, page, noted: false });
          }
        }
      }
      appendDrafts(action[stream], drafts);
    }
  }
  checkMarkersNoted(lines.length);
  const missing = continuations.find((c) => !continued.has(c.page));
  if (missing) {
    throw new SourceError(file, lines.length, `page ${missing.page} starting with the continuation of action ${missing.action} (${REVIEWED})`, `${page} pages`);
  }

  if (actions.length !== 86) {
    throw new SourceError(file, lines.length, 'the 86 actions of the annex', `${actions.length} actions`);
  }
  const titleLine = intro[0];
  if (!titleLine) throw new SourceError(file, 1, 'the title line', 'the table');
  // The title line may carry a [sic] mark (content/corrections); the title it gives is the text without it.
  if (resolveSentinels(titleLine.text) !== ctx.meta.title) {
    throw new SourceError(file, titleLine.line, `the title «${ctx.meta.title}» of content/documents.json`, titleLine.text);
  }

  const hyphenate = (p: Piece) => dehyphenate(file, p, ctx);
  const build = (d: Draft, id: string): Block => draftToBlock(d, id, pageOfLine, hyphenate);

  const introBlocks: Block[] = intro.map((p, n) =>
    n === 0
      ? { id: 'titel', kind: 'heading', level: 2, line: p.line, page: 1, content: [{ type: 'text', value: hyphenate(p) }] }
      : { id: `p${n}`, kind: 'paragraph', line: p.line, page: 1, content: [{ type: 'text', value: hyphenate(p) }] },
  );

  const doc: Annex = {
    meta: ctx.meta,
    intro: introBlocks,
    sections,
    actions: actions.map((a): Action => {
      const description = a.description.map((d, n) => build(d, `omschrijving-${n + 1}`));
      const status = a.status.map((d, n) => build(d, `stand-${n + 1}`));
      return {
        number: a.number,
        section: a.section,
        ...(a.subsection ? { subsection: a.subsection } : {}),
        description,
        status,
        footnotes: a.footnotes,
        // Filled from the enriched references (corpus.ts), so that a motion or an action is
        // recognised once, by enrich.ts.
        motions: [],
        cites: [],
        line: a.line,
      };
    }),
  };
  return { doc, trace };
}

interface Cell {
  text: string;
  col: number;
}

function splitCells(line: string): Cell[] {
  const out: Cell[] = [];
  let col = 0;
  for (const text of line.split('\t')) {
    out.push({ text, col });
    col += text.length + 1;
  }
  return out;
}

/**
 * Reads one cell into paragraph and list drafts, recording tags and dashes as
 * furniture and the text in the trace.
 */
function parseCell(
  file: string,
  line: number,
  cell: Cell,
  stream: Stream,
  trace: Trace,
  piece: (stream: string, line: number, text: string, col: number) => Piece | undefined,
): Draft[] {
  const drafts: Draft[] = [];
  let mode: 'none' | 'p' | 'ul' = 'none';

  const text = (t: string, col: number) => {
    if (t.trim() === '') return;
    if (mode === 'none' && /^\s*-\s/.test(t)) {
      drafts.push({ kind: 'list', ordered: false, items: [] });
      mode = 'ul';
    }
    if (mode === 'ul') {
      listText(file, line, drafts.at(-1) as ListDraft, t, col, stream, trace, piece);
      return;
    }
    const p = piece(stream, line, t, col)!;
    if (mode === 'p') (drafts.at(-1) as ParaDraft).pieces.push(p);
    else drafts.push({ kind: 'paragraph', pieces: [p] });
  };

  let last = 0;
  for (const m of cell.text.matchAll(TAG_RE)) {
    text(cell.text.slice(last, m.index), cell.col + last);
    last = m.index + m[0].length;
    const tag = m[0];
    if (tag === '<p>') {
      drafts.push({ kind: 'paragraph', pieces: [] });
      mode = 'p';
    } else if (tag === '</p>') {
      if (mode !== 'p') throw new SourceError(file, line, '«</p>» to close an open «<p>»', cell.text.slice(m.index, m.index + 60));
      mode = 'none';
    } else if (tag.startsWith('<ul')) {
      drafts.push({ kind: 'list', ordered: false, items: [] });
      mode = 'ul';
    } else {
      throw new SourceError(file, line, 'text or one of the tags <p>, </p>, <ul style="list-style-type: none">', tag);
    }
    trace.drop('html-tag', line, tag, cell.col + m.index);
  }
  text(cell.text.slice(last), cell.col + last);
  for (const d of drafts) {
    const empty = d.kind === 'paragraph' ? d.pieces.length === 0 : d.items.length === 0;
    if (empty) throw new SourceError(file, line, `text in the ${d.kind} of the ${stream} cell`, cell.text);
  }
  return drafts;
}

/**
 * Splits list text into items: at dashes between spaces outside parentheses, or, for
 * a lettered list («A. …; B. …»), at the next letter in sequence.
 */
function listText(
  file: string,
  line: number,
  list: ListDraft,
  t: string,
  col: number,
  stream: Stream,
  trace: Trace,
  piece: (stream: string, line: number, text: string, col: number) => Piece | undefined,
): void {
  const lettered = list.items.length === 0 ? /^\s*([A-Za-z])\.\s/.exec(t) : null;
  if (lettered || list.ordered) {
    list.ordered = true;
    let label = lettered ? lettered[1]! : nextLetter(list.items.at(-1)!.label!);
    let at = t.indexOf(label + '.');
    let start = -1;
    while (at >= 0) {
      if (start >= 0) list.items.at(-1)!.pieces.push(piece(stream, line, t.slice(start, at), col + start)!);
      const labelPiece = piece(stream, line, label + '.', col + at)!;
      list.items.push({ label: label + '.', labelPiece, pieces: [] });
      start = at + label.length + 1;
      label = nextLetter(label);
      const next = new RegExp(`\\s${label}\\.\\s`).exec(t.slice(start));
      at = next ? start + next.index + 1 : -1;
    }
    const rest = piece(stream, line, t.slice(start), col + start);
    if (rest) list.items.at(-1)!.pieces.push(rest);
    return;
  }
  let depth = 0;
  let start = 0;
  const flush = (end: number) => {
    const p = piece(stream, line, t.slice(start, end), col + start);
    if (!p) return;
    const item = list.items.at(-1);
    if (!item) throw new SourceError(file, line, 'a list item starting with « - »', t.trim());
    item.pieces.push(p);
  };
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '-' && depth === 0 && (i === 0 || /\s/.test(t[i - 1]!)) && /\s/.test(t[i + 1] ?? '')) {
      flush(i);
      trace.drop('bijlage-list-dash', line, '-', col + i);
      list.items.push({ pieces: [] });
      start = i + 1;
    }
  }
  flush(t.length);
}

const nextLetter = (l: string) => String.fromCharCode(l.charCodeAt(0) + 1);

function draftPieces(d: Draft): Piece[] {
  return d.kind === 'paragraph' ? d.pieces : d.items.flatMap((i) => [...(i.labelPiece ? [i.labelPiece] : []), ...i.pieces]);
}

/** The last run of text of a draft (its last paragraph text or last list item). */
function tailPieces(d: Draft): Piece[] {
  return d.kind === 'paragraph' ? d.pieces : d.items.at(-1)!.pieces;
}

function endsMidSentence(d: Draft): boolean {
  const text = resolveSentinels(
    tailPieces(d)
      .map((p) => p.text)
      .join(' '),
  ).trim();
  return !/[.!?:;][\s"'”’)\]]*$/u.test(text);
}

/**
 * Adds the drafts of a (continued) cell to an action's blocks: a paragraph goes on in
 * a block that stops mid-sentence, and bulleted lists that meet become one list.
 */
function appendDrafts(target: Draft[], incoming: Draft[]): void {
  incoming.forEach((d, n) => {
    const prev = target.at(-1);
    if (n === 0 && prev && d.kind === 'paragraph' && endsMidSentence(prev)) {
      tailPieces(prev).push(...d.pieces);
    } else if (prev?.kind === 'list' && d.kind === 'list' && !prev.ordered && !d.ordered) {
      prev.items.push(...d.items);
    } else {
      target.push(d);
    }
  });
}

/** Passes every hyphenated word of a piece through the Hyphenator (outside sentinels). */
function dehyphenate(file: string, p: Piece, ctx: ParseContext): string {
  return p.text
    .split(SENTINEL_SPLIT)
    .map((part, n) => (n % 2 === 1 ? part : part.replace(HYPHENATED_WORD_RE, (w) => ctx.hyphenator.inLine(file, p.line, w))))
    .join('');
}

/**
 * The text of pieces joined, with a page sentinel before each piece that stands on a later
 * page than the piece before it (`after`: the page of the text before the first piece, for
 * a list item that continues its list on a new page).
 */
function joinPieces(pieces: Piece[], hyphenate: (p: Piece) => string, pageOfLine: readonly number[], after?: number): string {
  let page = after ?? pageOfLine[pieces[0]!.line]!;
  return pieces
    .map((p) => {
      const on = pageOfLine[p.line]!;
      const mark = on > page ? pageSentinel(on) : '';
      page = on;
      return mark + hyphenate(p);
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text runs, with footnote markers («gezonden ¹ .») turned into noteRefs. */
function toInlines(text: string): Inline[] {
  // The space before a marker («gezonden ¹ .») goes with it, and so does the space after it
  // when punctuation follows.
  const marks = [...text.matchAll(MARKER_RE)].map((m): TextMark => {
    const label = superscriptDigits(m[0]);
    const before = /\s*$/.exec(text.slice(0, m.index))![0].length;
    const end = m.index + m[0].length;
    const after = /^\s+(?=[.,;:!?)])/.exec(text.slice(end))?.[0].length ?? 0;
    return { start: m.index - before, end: end + after, run: { type: 'noteRef', note: `fn-${label}`, label, source: m[0] } };
  });
  return toRuns(text, [...marks, ...pageMarks(text)]);
}

function draftToBlock(d: Draft, id: string, pageOfLine: number[], hyphenate: (p: Piece) => string): Block {
  const line = draftPieces(d)[0]!.line;
  const page = pageOfLine[line];
  if (d.kind === 'paragraph') {
    return { id, kind: 'paragraph', line, page, content: toInlines(joinPieces(d.pieces, hyphenate, pageOfLine)) };
  }
  // A page that begins between two items of a list begins before the second item's text.
  let last = page;
  return {
    id,
    kind: 'list',
    line,
    page,
    ordered: d.ordered,
    items: d.items.map((i) => {
      const content = toInlines(joinPieces(i.pieces, hyphenate, pageOfLine, last));
      last = pageOfLine[i.pieces.at(-1)!.line];
      return { ...(i.label ? { label: i.label } : {}), content };
    }),
  };
}

/** The texts of blocks as the streams see them (list labels as printed included). */
function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'list') return b.items.flatMap((i) => [...(i.label ? [i.label] : []), inlinesSourceText(i.content)]);
    if (b.kind === 'heading') return [...(b.number ? [b.number] : []), inlinesSourceText(b.content)];
    return [inlinesSourceText(b.content)];
  });
}

/** For each trace stream, the model's texts of that stream in order. */
export function modelStreams(doc: Annex): Record<string, string[]> {
  return {
    intro: blockTexts(doc.intro),
    sections: doc.sections.flatMap((s) => [s.title, ...s.subsections]),
    number: doc.actions.map((a) => `${a.number}.`),
    description: doc.actions.flatMap((a) => blockTexts(a.description)),
    status: doc.actions.flatMap((a) => blockTexts(a.status)),
    notes: doc.actions.flatMap((a) => a.footnotes.map((f) => inlinesSourceText(f.content))),
  };
}
