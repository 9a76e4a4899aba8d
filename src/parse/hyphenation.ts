/**
 * De-hyphenation by evidence, never blindly.
 *
 * Two kinds of damage: a word broken at a line end («oneven-» / «redig», in the PDF
 * and OCR texts) and a join that kept the hyphen inside a line
 * («Ondervragingscom-missie», in the web and table texts). Real hyphens exist too
 * («wet- en regelgeving», «OCW-programma», «(ex-)partners»).
 *
 * A hyphen is removed only when the joined word occurs elsewhere in the corpus
 * (the lexicon) or is on the reviewed `join` list in content/hyphenation/<document>.json; it is
 * kept when the hyphenated form is attested, when it is a suspended compound
 * («wet- en»), or when it is on the reviewed `keep` list. A line-end hyphen that
 * none of these decide stops the build with file and line, so a human decides.
 * Every decision is logged and listed on the «Over deze uitgave» page.
 */
import { DOCUMENTS } from '../model/registry.ts';
import { SourceError } from './source.ts';

export interface HyphenationData {
  /** Reviewed joins, written with the hyphen: "oneven-redig". */
  join: string[];
  /** Reviewed hyphens that stay, written with the hyphen: "ex-partners". */
  keep: string[];
}

export interface HyphenDecision {
  file: string;
  line: number;
  /** As in the source, e.g. "oneven-|redig" for a line break, "com-missie" inside a line. */
  source: string;
  result: string;
  decision: 'join' | 'keep';
  reason: 'corpus' | 'reviewed-join' | 'reviewed-keep' | 'attested-hyphen' | 'suspended-compound' | 'capital';
}

export interface Lexicon {
  /** Lower-case words without hyphens, as they occur anywhere in the sources. */
  words: Set<string>;
  /** Lower-case hyphenated words that occur inside a line somewhere in the sources. */
  hyphenated: Set<string>;
}

const WORD_RE = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * A word with a hyphen inside it («waarde-volle», «OCW-programma»). Linear time: the
 * lookbehind lets a match start only at the beginning of a word, so a long word without
 * a hyphen is scanned once, not once from every one of its letters.
 */
export const HYPHENATED_WORD_RE = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/** The reviewed hyphenation file of a source file in seeds/ (named in errors). */
export function hyphenationFileFor(file: string): string {
  const doc = DOCUMENTS.find((d) => (d.sources as readonly string[]).includes(file));
  return `content/hyphenation/${doc?.id ?? file.replace(/\.[a-z]+\.txt$/, '')}.json`;
}

/** Builds the lexicon of the corpus from the source texts. */
export function buildLexicon(texts: readonly string[]): Lexicon {
  const words = new Set<string>();
  const hyphenated = new Set<string>();
  for (const text of texts) {
    for (const m of text.normalize('NFC').matchAll(WORD_RE)) {
      const w = m[0].toLowerCase();
      if (w.includes('-')) hyphenated.add(w);
      else words.add(w);
    }
  }
  return { words, hyphenated };
}

const SUSPENDED = new Set(['en', 'of', 'tot', 'en/of']);

export class Hyphenator {
  readonly log: HyphenDecision[] = [];
  private readonly join: Set<string>;
  private readonly keep: Set<string>;
  private readonly lexicon: Lexicon;

  constructor(lexicon: Lexicon, data: HyphenationData) {
    this.lexicon = lexicon;
    this.join = new Set(data.join.map((s) => s.toLowerCase()));
    this.keep = new Set(data.keep.map((s) => s.toLowerCase()));
  }

  /**
   * Decides a hyphen at a line end. `left` is the last word of the line including
   * its hyphen ("oneven-"), `right` the first word of the next line ("redig,").
   * Returns the joined text of the two words («onevenredig,»; «wet- en» for a
   * suspended compound). Throws when nothing decides.
   */
  lineEnd(file: string, line: number, left: string, right: string): string {
    const decided = this.decide(left, right);
    if (!decided) {
      throw new SourceError(
        file,
        line,
        `a reviewed decision for the line-end hyphen «${left}|${right}» in ${hyphenationFileFor(file)} (join or keep)`,
        left + right,
      );
    }
    this.log.push({ file, line, source: `${left}|${right}`, ...decided });
    return decided.result;
  }

  /**
   * Decides a hyphen kept inside a line by an earlier join ("com-missie").
   * Without evidence the hyphen stays, as it may be a real one.
   */
  inLine(file: string, line: number, word: string): string {
    const cut = word.indexOf('-');
    if (cut <= 0) return word;
    const decided = this.decide(word.slice(0, cut + 1), word.slice(cut + 1));
    if (!decided || decided.decision === 'keep') return word;
    this.log.push({ file, line, source: word, ...decided });
    return decided.result;
  }

  private decide(left: string, right: string): Omit<HyphenDecision, 'file' | 'line' | 'source'> | undefined {
    const stem = left.slice(0, -1);
    const rightCore = right.match(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/u)?.[0] ?? '';
    const withHyphen = (stem + '-' + rightCore).toLowerCase();
    const joinedCore = (stem + rightCore).toLowerCase();
    const keep = { result: left + right, decision: 'keep' as const };
    const join = { result: stem + right, decision: 'join' as const };
    const stemWord = stem.match(/[\p{L}\p{N}]+$/u)?.[0] ?? '';
    if (this.keep.has(withHyphen)) return { ...keep, reason: 'reviewed-keep' };
    if (this.join.has(withHyphen)) return { ...join, reason: 'reviewed-join' };
    // «wet-» / «en regelgeving»: the hyphen stays and so does the space before the conjunction.
    if (SUSPENDED.has(rightCore.toLowerCase())) return { ...keep, result: `${left} ${right}`, reason: 'suspended-compound' };
    if (rightCore === '' || /^\p{Lu}/u.test(rightCore) || /\p{Lu}{2,}$/u.test(stemWord) || /\p{N}$/u.test(stemWord)) {
      return { ...keep, reason: 'capital' };
    }
    const joinedWord = ((stemWord ?? '') + rightCore).toLowerCase();
    if (this.lexicon.words.has(joinedWord) || this.lexicon.words.has(joinedCore)) return { ...join, reason: 'corpus' };
    if (this.lexicon.hyphenated.has(withHyphen)) return { ...keep, reason: 'attested-hyphen' };
    return undefined;
  }
}
