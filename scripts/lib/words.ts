/**
 * Words in order: does a page show the words of the model, in their order?
 *
 * Words are compared normalized (NFC, lowercase, letters and digits only). The page may
 * add words only where the site has reason to: before a block (a heading number), and
 * next to a footnote marker, a reference, an editorial insertion, a «[sic]» mark or
 * between list items (a hidden label, an icon's text, «[sic]»). Inside running text no
 * page word may stand between two words of the model, so a single lost word fails.
 * A word may be split or joined differently on the page (a marker glued to its word,
 * «29 362» shown as «29362») as long as the letters are the same.
 */
import type { Block, Footnote, Inline } from '../../src/model/schema.ts';

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The normalized words of a text. */
export function words(text: string): string[] {
  return text.normalize('NFC').replace(INVISIBLE, '').toLowerCase().match(WORD) ?? [];
}

export interface Word {
  w: string;
  /** Page words may stand before this word (it follows a marker, a reference, an item boundary…). */
  gap: boolean;
}

/** A run of model text to find on the page: a block, a footnote, a line of the document's head. */
export interface Piece {
  /** Where it comes from, for the report: «b-12», «fn-3», «front line 4». */
  id: string;
  words: Word[];
}

/**
 * The words of inline runs: text, references and editorial insertions by value, a
 * footnote marker by its label (a word of its own even where glued to the text); `sic`
 * marks carry no source text. At the edges of anything but plain text (a marker, a
 * reference, an insertion, a «[sic]») page words are allowed.
 */
export function inlineWords(runs: readonly Inline[], out: Word[] = [], gapFirst = false): Word[] {
  const clean = (v: string) => v.normalize('NFC').replace(INVISIBLE, '');
  let text = '';
  const boundaries: number[] = [];
  for (const run of runs) {
    if (run.type === 'text') {
      text += clean(run.value);
      continue;
    }
    boundaries.push(text.length);
    if (run.type === 'noteRef') text += ` ${clean(run.label)} `;
    else if (run.type !== 'sic' && run.type !== 'pageBreak') text += clean(run.value);
    boundaries.push(text.length);
  }
  return pushWords(out, text, gapFirst, boundaries);
}

/** Appends the words of a text; a word gets `gap` when a boundary lies between it and the word before. */
function pushWords(out: Word[], text: string, gapFirst: boolean, boundaries: readonly number[]): Word[] {
  let prevEnd = 0;
  let first = true;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const gap = (first && gapFirst) || boundaries.some((b) => b >= prevEnd && b <= start);
    out.push({ w: m[0].toLowerCase(), gap });
    prevEnd = start + m[0].length;
    first = false;
  }
  return out;
}

export function blockPiece(block: Block): Piece {
  const out: Word[] = [];
  if (block.kind === 'list') {
    for (const item of block.items) inlineWords(item.content, out, true);
  } else {
    inlineWords(block.content, out);
  }
  return { id: block.id, words: out };
}

export function footnotePiece(note: Footnote): Piece {
  return { id: note.id, words: inlineWords(note.content) };
}

export function textPiece(id: string, text: string): Piece {
  return { id, words: pushWords([], text.normalize('NFC').replace(INVISIBLE, ''), false, []) };
}

/** Page words allowed at a gap. */
export const MAX_GAP = 12;

interface Pos {
  j: number;
  o: number;
}

/** Consumes word `t` at `pos` (no page word skipped); the position after it, or undefined. */
function consume(page: readonly string[], t: string, pos: Pos): Pos | undefined {
  let { j, o } = pos;
  let rest = t;
  while (rest.length > 0) {
    const token = page[j];
    if (token === undefined) return undefined;
    const rem = token.slice(o);
    if (rem.startsWith(rest)) {
      o += rest.length;
      if (o === token.length) {
        j++;
        o = 0;
      }
      return { j, o };
    }
    if (rest.startsWith(rem)) {
      rest = rest.slice(rem.length);
      j++;
      o = 0;
      continue;
    }
    return undefined;
  }
  return { j, o };
}

interface Attempt {
  matched: number;
  end: Pos;
}

function attempt(page: readonly string[], piece: Piece, start: Pos): Attempt {
  let pos = start;
  for (let i = 0; i < piece.words.length; i++) {
    const { w, gap } = piece.words[i]!;
    let next = consume(page, w, pos);
    if (!next && gap) {
      // Skip the rest of a page word, then up to MAX_GAP page words.
      let j = pos.j + 1;
      for (let s = 0; s < MAX_GAP && !next && j < page.length; s++, j++) next = consume(page, w, { j, o: 0 });
    }
    if (!next) return { matched: i, end: pos };
    pos = next;
  }
  return { matched: piece.words.length, end: pos };
}

export interface Miss {
  piece: Piece;
  /** Index of the missing word in piece.words. */
  index: number;
  /** Where on the page the best attempt stopped (page word index). */
  pageIndex: number;
}

/**
 * Finds the pieces one after the other on the page; each must begin after the end of
 * the one before. A piece may begin inside a page word (a page mark shown glued before
 * the block: «p. 1Het»). Returns the first miss (with the furthest partial match) or
 * undefined.
 */
export function findInOrder(page: readonly string[], pieces: readonly Piece[]): Miss | undefined {
  let cursor: Pos = { j: 0, o: 0 };
  for (const piece of pieces) {
    if (piece.words.length === 0) continue;
    const first = piece.words[0]!.w;
    let best: Attempt | undefined;
    let found: Attempt | undefined;
    for (let p = cursor.j; p < page.length && !found; p++) {
      const token = page[p]!;
      for (
        let o = p === cursor.j ? cursor.o : 0;
        o < token.length && !found;
        o = token.indexOf(first[0]!, o + 1) === -1 ? token.length : token.indexOf(first[0]!, o + 1)
      ) {
        if (!consume(page, first, { j: p, o })) continue;
        const a = attempt(page, piece, { j: p, o });
        if (a.matched === piece.words.length) found = a;
        else if (!best || a.matched > best.matched) best = a;
      }
    }
    if (!found) return { piece, index: best?.matched ?? 0, pageIndex: best ? best.end.j : cursor.j };
    cursor = found.end;
  }
  return undefined;
}

/** A readable account of a miss. */
export function describeMiss(url: string, page: readonly string[], miss: Miss): string {
  const ws = miss.piece.words.map((x) => x.w);
  const before = ws.slice(Math.max(0, miss.index - 10), miss.index).join(' ');
  const after = ws.slice(miss.index + 1, miss.index + 8).join(' ');
  const onPage = page.slice(Math.max(0, miss.pageIndex - 6), miss.pageIndex + 12).join(' ');
  return (
    `${url}: ${miss.piece.id}: word ${miss.index + 1} of ${ws.length} «${ws[miss.index]}» is missing\n` +
    `  model: …${before} [${ws[miss.index]}] ${after}…\n` +
    `  page:  …${onPage}…`
  );
}
