/**
 * Extra search terms for a page, computed from its plain text. Pure: text and word
 * lists in, terms out. The terms are given to the search index only (never to the
 * page), so a reader finds a page by
 *   - the parts of a closed compound («uitvoeringstoets» → «uitvoering», «toets»),
 *     split only where every part is a known word (the corpus's own words or a Dutch
 *     Hunspell word list);
 *   - the other form of an abbreviation («UHT» ↔ «Uitvoeringsorganisatie Herstel Toeslagen»);
 *   - the intended spelling of a word kept as written with [sic] («Cathuisregeling» →
 *     «Catshuisregeling»).
 */

/** A set of known words, lower case. */
export interface Lexicon {
  has(word: string): boolean;
}

export interface TermSources {
  abbreviations: readonly { abbr: string; expansion: string }[];
  /** Corrections of kind sic: the text as the source has it and as it was meant. */
  sics: readonly { original: string; repair: string }[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, lower case, in order (hyphenated parts apart). */
export function wordsOf(text: string): string[] {
  return (text.toLocaleLowerCase('nl').match(WORD) ?? []).map((w) => w.normalize('NFC'));
}

/** Linking sounds between the parts of a Dutch compound: «uitvoering-s-toets», «pann-en-koek». */
const LINKS = ['', 's', 'en', 'e', 'n'];
/** Endings a part may carry when only its stem is in the word list (plural, diminutive). */
const ENDINGS = ['en', 's', 'n', 'e', 'je', 'jes'];

/** Is `w` a known word, directly or as a plural of a known word (doubled consonant included)? */
export function known(w: string, lex: Lexicon): boolean {
  if (lex.has(w)) return true;
  for (const e of ENDINGS) {
    if (w.length - e.length < 3 || !w.endsWith(e)) continue;
    const stem = w.slice(0, -e.length);
    if (lex.has(stem)) return true;
    // «schulden» → «schuld»; «toetsen» → «toets»; «stappen» → «stap»; «regelingen» → «regeling»
    if (stem.length > 3 && stem.at(-1) === stem.at(-2) && lex.has(stem.slice(0, -1))) return true;
  }
  return false;
}

const MIN_WORD = 7;
/** A part is at least 4 letters; a 3-letter part only before a linking s («wet-s-voorstel»). */
const minPart = (link: string) => (link === 's' ? 3 : 4);

/**
 * The parts of a closed compound, or undefined if it cannot be split into known words.
 * Prefers the split into the fewest parts, then the one with the longest last part (the
 * head of a Dutch compound is its last part).
 */
export function splitCompound(word: string, lex: Lexicon, maxParts = 4): string[] | undefined {
  let w = word.toLocaleLowerCase('nl');
  if (w.length < MIN_WORD || !/^\p{L}+$/u.test(w)) return undefined;
  // An inflected word is split as its stem: «toeslagen» as «toeslag».
  if (!lex.has(w)) {
    for (const e of ENDINGS) {
      const stem = w.slice(0, -e.length);
      if (w.endsWith(e) && stem.length >= 4 && lex.has(stem)) {
        w = stem;
        break;
      }
    }
  }
  // Fewest parts, then fewest parts known only through an ending, then the longest head.
  const cost = (parts: string[]) => [parts.length, parts.filter((p) => !lex.has(p)).length, -parts.at(-1)!.length];
  const better = (a: string[], b: string[] | null) => {
    if (!b) return true;
    const [x, y] = [cost(a), cost(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
    return false;
  };
  const memo = new Map<string, string[] | null>();
  // Best split of `rest` into 1…partsLeft known parts; `whole` allows the rest as one part.
  const best = (rest: string, partsLeft: number, whole: boolean): string[] | null => {
    const key = `${rest}|${partsLeft}|${whole}`;
    if (memo.has(key)) return memo.get(key)!;
    let result: string[] | null = whole && rest.length >= 4 && known(rest, lex) ? [rest] : null;
    if (partsLeft > 1) {
      for (let cut = 3; cut <= rest.length - 4; cut++) {
        const head = rest.slice(0, cut);
        for (const link of LINKS) {
          if (!rest.startsWith(link, cut) || head.length < minPart(link) || !known(head, lex)) continue;
          const tail = best(rest.slice(cut + link.length), partsLeft - 1, true);
          if (tail && better([head, ...tail], result)) result = [head, ...tail];
        }
      }
    }
    memo.set(key, result);
    return result;
  };
  return best(w, maxParts, false) ?? undefined;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The terms to add to the index for a page with this text: words not already in the
 * text, in a stable order (compound parts, then abbreviations, then intended spellings).
 */
export function extraTerms(text: string, lex: Lexicon, sources: TermSources): string[] {
  const words = wordsOf(text);
  const present = new Set(words);
  const out = new Set<string>();
  const add = (w: string) => {
    for (const x of wordsOf(w)) if (!present.has(x)) out.add(x);
  };
  for (const w of new Set(words)) {
    const parts = splitCompound(w, lex);
    if (!parts) continue;
    for (const p of parts) add(p);
    // Neighbouring parts together: «kinderopvangtoeslag» → «kinderopvang», «opvangtoeslag».
    for (let i = 0; i + 1 < parts.length; i++) add(parts[i]! + parts[i + 1]!);
  }
  for (const { abbr, expansion } of sources.abbreviations) {
    const hasAbbr = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(abbr)}($|[^\\p{L}\\p{N}])`, 'u').test(text);
    const exp = wordsOf(expansion);
    const hasExpansion = exp.length > 0 && new RegExp(`(^| )${escapeRe(exp.join(' '))}($| )`).test(words.join(' '));
    if (hasAbbr) add(expansion);
    if (hasExpansion) add(abbr);
  }
  for (const { original, repair } of sources.sics) {
    const orig = wordsOf(original);
    if (orig.length === 0 || !new RegExp(`(^| )${escapeRe(orig.join(' '))}($| )`).test(words.join(' '))) continue;
    const origSet = new Set(orig);
    for (const r of wordsOf(repair)) if (!origSet.has(r)) add(r);
  }
  return [...out];
}
