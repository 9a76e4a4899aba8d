/**
 * Slips in the originals: the check behind the [sic] policy of «Over deze uitgave». Pure: the
 * texts of the corpus and a word list go in, the candidate slips come out, and each one must be
 * either marked in the text ([sic], content/corrections, kind sic) or listed with its reason in
 * content/decisions.json (the slips the policy leaves unmarked, decision «sic-beleid», and the
 * candidates that are no slip, decision «geen-slordigheid»). The build stops on one that is neither.
 *
 * What counts as a candidate, for every paragraph, list item and footnote of the four documents:
 * - `doubled`: a word twice in a row («of meer of», «om om»), or the same finite auxiliary twice in
 *   one clause («wordt via het programma HVB wordt»);
 * - `quote`: an opening quotation mark without its closing one («», “”, ‘’, "");
 * - `diaeresis`: a word that is not in the word list while the same word with a diaeresis is
 *   («ministeriele» / «ministeriële»);
 * - `split`: two words that the corpus itself, or the word list, writes as one («kind panel» /
 *   «Kindpanel»);
 * - `known`: a misspelling the edition already marks somewhere (a sic correction's original) that
 *   stands again elsewhere.
 */
import type { Block, Corpus, Decision, Inline } from './schema.ts';
import type { DocId } from './routes.ts';
import { ANNEX_ID } from './registry.ts';

export type SlipKind = 'doubled' | 'quote' | 'diaeresis' | 'split' | 'known';

/** One text unit (a paragraph, a list item, a footnote) as the reader sees it, with where its [sic] marks stand. */
export interface SlipText {
  document: DocId;
  /** «actie 53, stand-3», «p20», «fn-7». */
  where: string;
  text: string;
  /** Offsets in `text` where a [sic] mark stands. */
  sics: number[];
}

export interface SlipCandidate {
  kind: SlipKind;
  document: DocId;
  where: string;
  /** The words as the source gives them. */
  quote: string;
  start: number;
  end: number;
}

/** The word list: Hunspell's Dutch words (lower case), supplied by the caller. */
export interface WordList {
  has(word: string): boolean;
}

/** The ids of the decisions that list reviewed candidates (content/decisions.json). */
export const SLIP_DECISIONS = { unmarked: 'sic-beleid', noSlip: 'geen-slordigheid' } as const;

const AUX = new Set(['is', 'wordt', 'worden', 'zijn', 'heeft', 'hebben', 'kan', 'kunnen', 'zal', 'zullen', 'was', 'werd', 'werden', 'moet', 'moeten']);
/** Words that open a new clause: a second auxiliary after one of them belongs to that clause. */
const CLAUSE = new Set(
  'en of dat die wat waar waarbij waarin waarmee waarvoor als wanneer omdat zodat zoals maar hoe welke wie terwijl nadat voordat zodra doordat indien tenzij dan want om'.split(
    ' ',
  ),
);
/** Words that make many phrases with the next word («met een», «in gang», «er voor»): two words with one of them are no split-compound candidate. */
const FUNCTION_WORDS = new Set(
  'de het een van in op met aan door over onder voor te ten ter zo waar er daar hier al bij om mee toe naast na uit tot als dan dat die dit deze en of is zijn veel'.split(
    ' ',
  ),
);
const DIAERESIS: Record<string, string> = { a: 'ä', e: 'ë', i: 'ï', o: 'ö', u: 'ü' };
const QUOTES: [string, string][] = [
  ['«', '»'],
  ['“', '”'],
  ['‘', '’'],
];

const lower = (s: string) => s.toLowerCase();

/** The reading text of runs and the offsets of their [sic] marks. */
export function slipText(runs: readonly Inline[]): { text: string; sics: number[] } {
  let text = '';
  const sics: number[] = [];
  for (const r of runs) {
    if (r.type === 'sic') sics.push(text.length);
    else if (r.type === 'text' || r.type === 'ref' || r.type === 'editorial') text += r.value;
  }
  return { text, sics };
}

/** Every text unit of the corpus: the paragraphs, list items and footnotes of the four documents. */
export function slipTexts(corpus: Pick<Corpus, 'letter' | 'annex' | 'werkAanUitvoering' | 'regelsEnRuimte'>): SlipText[] {
  const out: SlipText[] = [];
  const blocks = (document: DocId, prefix: string, bs: readonly Block[]) => {
    for (const b of bs) {
      const units =
        b.kind === 'list' ? b.items.map((i, n) => ({ runs: i.content, where: `${prefix}${b.id}.${n + 1}` })) : [{ runs: b.content, where: `${prefix}${b.id}` }];
      for (const u of units) out.push({ document, where: u.where, ...slipText(u.runs) });
    }
  };
  for (const d of [corpus.letter, corpus.werkAanUitvoering, corpus.regelsEnRuimte]) {
    const id = d.meta.id as DocId;
    blocks(id, '', d.blocks);
    for (const n of d.footnotes) out.push({ document: id, where: n.id, ...slipText(n.content) });
  }
  blocks(ANNEX_ID, '', corpus.annex.intro);
  for (const a of corpus.annex.actions) {
    blocks(ANNEX_ID, `actie ${a.number}, `, [...a.description, ...a.status]);
    for (const n of a.footnotes) out.push({ document: ANNEX_ID, where: `actie ${a.number}, ${n.id}`, ...slipText(n.content) });
  }
  return out;
}

/**
 * The candidate slips of the texts. `known`: misspellings the edition marks somewhere (the
 * originals of its sic corrections); `words`: the word list.
 */
export function findSlips(texts: readonly SlipText[], words: WordList, known: readonly string[] = []): SlipCandidate[] {
  const corpusWords = new Set<string>();
  for (const t of texts) for (const m of t.text.matchAll(/\p{L}+/gu)) corpusWords.add(lower(m[0]));
  const isWord = (w: string) => words.has(w) || corpusWords.has(w);
  const out: SlipCandidate[] = [];
  for (const t of texts) {
    const add = (kind: SlipKind, start: number, end: number) =>
      out.push({ kind, document: t.document, where: t.where, quote: t.text.slice(start, end), start, end });

    // The words of the unit, each with the gap before it.
    const tokens = [...t.text.matchAll(/\p{L}+/gu)].map((m, i, all) => {
      const prevEnd = i > 0 ? all[i - 1]!.index + all[i - 1]![0].length : 0;
      return { word: m[0], low: lower(m[0]), start: m.index, end: m.index + m[0].length, gap: t.text.slice(prevEnd, m.index) };
    });
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1]!;
      const b = tokens[i]!;
      if (!/^\s+$/.test(b.gap)) continue;
      // A word twice in a row.
      if (a.low === b.low) add('doubled', a.start, b.end);
      // Two words the corpus (or the word list) writes as one: lower case, neither a function word, not part of a hyphenated or numbered compound.
      const lowerCase = a.word === a.low && b.word === b.low && a.low.length >= 2 && b.low.length >= 3;
      const glued = /[-\d]$/.test(a.gap) || /^[-\d]/.test(t.text.slice(b.end, b.end + 1));
      if (lowerCase && !glued && !FUNCTION_WORDS.has(a.low) && !FUNCTION_WORDS.has(b.low) && (corpusWords.has(a.low + b.low) || words.has(a.low + b.low))) {
        add('split', a.start, b.end);
      }
    }
    // The same auxiliary twice in one clause (at most ten words apart, no punctuation or clause word between).
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!.low;
      if (!AUX.has(w)) continue;
      for (let j = i + 1; j < tokens.length && j <= i + 10; j++) {
        if (/[.;:!?,()–«»“”"]|\s-\s/.test(tokens[j]!.gap) || CLAUSE.has(tokens[j]!.low)) break;
        if (tokens[j]!.low === w) {
          if (j > i + 1) add('doubled', tokens[i]!.start, tokens[j]!.end);
          break;
        }
      }
    }
    // Quotation marks: every opening one closed, an even number of straight ones.
    for (const [open, close] of QUOTES) {
      let depth = 0;
      let lastOpen = -1;
      for (let i = 0; i < t.text.length; i++) {
        const c = t.text[i]!;
        if (c === open) {
          if (depth > 0) break; // nested same marks: report the first unclosed one
          depth++;
          lastOpen = i;
        } else if (c === close && depth > 0) depth--;
      }
      if (depth > 0) add('quote', lastOpen, Math.min(t.text.length, lastOpen + 60));
    }
    const straight = [...t.text.matchAll(/"/g)];
    if (straight.length % 2) {
      const last = straight[straight.length - 1]!.index;
      add('quote', last, Math.min(t.text.length, last + 60));
    }
    // A word without the diaeresis that the word list or the corpus gives it.
    for (const tok of tokens) {
      const w = tok.low;
      if (!/^[a-z]+$/.test(w) || words.has(w)) continue;
      for (let i = 1; i < w.length; i++) {
        const d = DIAERESIS[w[i]!];
        if (d && /[aeiou]/.test(w[i - 1]!) && isWord(w.slice(0, i) + d + w.slice(i + 1))) {
          add('diaeresis', tok.start, tok.end);
          break;
        }
      }
    }
    // A misspelling the edition marks elsewhere.
    for (const k of known) {
      for (let at = t.text.indexOf(k); at >= 0; at = t.text.indexOf(k, at + 1)) {
        const before = t.text[at - 1];
        const after = t.text[at + k.length];
        if ((before && /\p{L}/u.test(before)) || (after && /\p{L}/u.test(after))) continue;
        add('known', at, at + k.length);
      }
    }
  }
  return out;
}

/**
 * Whether a [sic] mark stands inside the candidate or just after it: after closing punctuation,
 * or at the end of the link the words stand in (a [sic] inside a reference moves to its end,
 * «NR 15 Motie Jette cs [sic]»).
 */
function marked(c: SlipCandidate, t: SlipText): boolean {
  const end = c.kind === 'quote' ? t.text.length : c.end;
  return t.sics.some((p) => p > c.start && p <= end + 4);
}

/** The places a decision lists (content/decisions.json «sic-beleid» and «geen-slordigheid»). */
export type ListedSlip = NonNullable<Decision['items']>[number];

export function listedSlips(decisions: readonly Decision[]): ListedSlip[] {
  const ids = new Set<string>(Object.values(SLIP_DECISIONS));
  return decisions.filter((d) => ids.has(d.id)).flatMap((d) => d.items ?? []);
}

/** Whether a listed place covers the candidate: same document, and its quote holds the candidate's words. */
function listed(c: SlipCandidate, list: readonly ListedSlip[]): boolean {
  const quote = c.kind === 'quote' ? c.quote.slice(0, 25) : c.quote;
  return list.some((l) => l.document === c.document && (l.quote.includes(quote) || (c.kind !== 'quote' && quote.includes(l.quote) && l.quote.length >= 3)));
}

/** The candidates that are neither marked [sic] nor listed: what the build stops on. */
export function unreviewedSlips(texts: readonly SlipText[], candidates: readonly SlipCandidate[], list: readonly ListedSlip[]): SlipCandidate[] {
  const unit = new Map(texts.map((t) => [`${t.document}|${t.where}`, t]));
  return candidates.filter((c) => !marked(c, unit.get(`${c.document}|${c.where}`)!) && !listed(c, list));
}

/** The check on a whole corpus: the candidates, and those neither marked nor listed. */
export function checkSlips(corpus: Corpus, words: WordList): { candidates: SlipCandidate[]; unreviewed: SlipCandidate[] } {
  const texts = slipTexts(corpus);
  // Misspellings that are a fault wherever they stand: not in the word list, and not a word with a
  // wrong ending that is right in another sentence («voorbereid» for «voorbereidt», «persoonlijk» for «persoonlijke»).
  const known = [
    ...new Set(
      corpus.corrections
        .filter((c) => c.kind === 'sic' && /^\p{L}{5,}$/u.test(c.original) && !words.has(lower(c.original)))
        .filter((c) => !c.repair.startsWith(c.original) && !c.original.startsWith(c.repair))
        .map((c) => c.original),
    ),
  ];
  const candidates = findSlips(texts, words, known);
  return { candidates, unreviewed: unreviewedSlips(texts, candidates, listedSlips(corpus.decisions)) };
}

/** The message the build stops with: each candidate, where, and what to do. */
export function describeSlips(unreviewed: readonly SlipCandidate[]): string {
  return [
    `${unreviewed.length} possible slip(s) in the originals, neither marked [sic] nor listed:`,
    ...unreviewed.map((c) => `  ${c.document}, ${c.where}: ${c.kind} «${c.quote}»`),
    'Expected for each: a sic correction in content/corrections/ (a slip in a word, a number, a name or a quotation mark),',
    `or an item in content/decisions.json, decision «${SLIP_DECISIONS.unmarked}» (a slip the policy leaves unmarked) or «${SLIP_DECISIONS.noSlip}» (no slip), with its reason.`,
  ].join('\n');
}
