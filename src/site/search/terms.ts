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
  /** Listed in a reviewed word list (not only seen in the corpus); preferred when splitting. */
  trusted?(word: string): boolean;
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
/** Particles and prepositions that begin words without making them compounds («aan-sluiting», «toe-slag»). */
/** Derivational endings that are words too («lijk»), never the head of a compound. */
const SUFFIXES = new Set([
  'lijk',
  'lijke',
  'lijker',
  'lijks',
  'heid',
  'heden',
  'baar',
  'bare',
  'schap',
  'schappen',
  'achtig',
  'achtige',
  'loos',
  'loze',
  'zaam',
  'zame',
]);
const isParticle = (w: string) => PARTICLES.has(w) || PARTICLES.has(w.replace(/(en|s|e|n)$/, ''));
const PARTICLES = new Set([
  'aan',
  'toe',
  'door',
  'onder',
  'over',
  'voor',
  'mee',
  'tegen',
  'terug',
  'samen',
  'weg',
  'uit',
  'bij',
  'om',
  'op',
  'af',
  'na',
  'in',
  'ver',
  'ont',
  'her',
  'ge',
  'be',
  'onge',
  'maxi',
  'mini',
]);

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
  // Fewest parts not in the reviewed word list, then fewest parts, then fewest parts known
  // only through an ending, then the longest head.
  const trusted = lex.trusted ?? lex.has;
  const cost = (parts: string[]) => [
    parts.filter((p) => !trusted(p) && !trusted(p.replace(/(en|s|n|e)$/, ''))).length,
    parts.length,
    parts.filter((p) => !lex.has(p)).length,
    -parts.at(-1)!.length,
  ];
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
    let result: string[] | null = whole && rest.length >= 4 && !SUFFIXES.has(rest) && known(rest, lex) ? [rest] : null;
    if (partsLeft > 1) {
      for (let cut = 3; cut <= rest.length - 4; cut++) {
        const head = rest.slice(0, cut);
        for (const link of LINKS) {
          if (!rest.startsWith(link, cut) || head.length < minPart(link) || isParticle(head) || !known(head, lex)) continue;
          const tail = best(rest.slice(cut + link.length), partsLeft - 1, true);
          if (tail && better([head, ...tail], result)) result = [head, ...tail];
        }
      }
    }
    memo.set(key, result);
    return result;
  };
  const split = best(w, maxParts, false);
  if (!split) return undefined;
  // A word the word list has whole is split only into parts of 5 letters or more
  // («regeerakkoord» → «regeer», «akkoord»; not «onderdeel» → «onder», «deel»).
  // A short first part counts when a linking s joins it («wet-s-voorstel», «staat-s-commissie»).
  if (lex.has(w)) {
    let at = 0;
    for (let i = 0; i < split.length; i++) {
      const p = split[i]!;
      const start = w.indexOf(p, at);
      at = start + p.length;
      const linkedS = i + 1 < split.length && w[at] === 's' && w.indexOf(split[i + 1]!, at) === at + 1;
      if (p.length < 5 && !linkedS) return undefined;
    }
  }
  return split;
}

/**
 * Neighbouring parts together, as they stand in the word: «kinderopvangtoeslag» →
 * «kinderopvang», «opvangtoeslag»; the linking s of the first part is kept inside.
 */
export function partPairs(word: string, parts: readonly string[]): string[] {
  const w = word.toLocaleLowerCase('nl');
  const starts: number[] = [];
  let at = 0;
  for (const p of parts) {
    const i = w.indexOf(p, at);
    if (i < 0) return [];
    starts.push(i);
    at = i + p.length;
  }
  const out: string[] = [];
  for (let i = 0; i + 2 < parts.length + 1 && i + 1 < parts.length; i++) {
    if (parts.length === 2) break; // the pair is the word itself
    out.push(w.slice(starts[i], starts[i + 1]! + parts[i + 1]!.length));
  }
  return out;
}

/**
 * The noun and the verb of one action, where the word list has both: «kwijtschelden» ↔
 * «kwijtschelding», «uitvoeren» ↔ «uitvoering».
 */
export function relatedForms(word: string, lex: Lexicon): string[] {
  const w = word.toLocaleLowerCase('nl');
  const out: string[] = [];
  if (w.length >= 7 && w.endsWith('en') && !w.endsWith('ingen')) {
    const noun = `${w.slice(0, -2)}ing`;
    if (lex.has(noun)) out.push(noun);
  }
  for (const end of ['ingen', 'ing']) {
    if (w.length >= 7 && w.endsWith(end)) {
      const verb = `${w.slice(0, -end.length)}en`;
      if (lex.has(verb)) out.push(verb);
      break;
    }
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A phrase to find as a whole word or words. Where it occurs, each of its `words` (wordsOf) is a
 * word of the text, and `text` occurs in it: so a page without them is passed over without
 * searching its text or running the expression (most pages have none of the abbreviations).
 */
interface Phrase {
  text: string;
  words: readonly string[];
  re: RegExp;
}
/** Does `p` occur in `s`, a text whose words (wordsOf) are `present`? */
const found = (p: Phrase, s: string, present: ReadonlySet<string>) => p.words.every((w) => present.has(w)) && s.includes(p.text) && p.re.test(s);

/** A source's tests, compiled once per set of sources (not once per page). */
interface CompiledSources {
  abbreviations: { hasAbbr: Phrase; hasExpansion: Phrase | undefined; expansionWords: string[]; abbrWords: string[] }[];
  sics: { hasOriginal: Phrase; added: string[] }[];
}
const compiledSources = new WeakMap<TermSources, CompiledSources>();

/** Words that follow each other in a text of words joined by spaces. */
function phrase(words: readonly string[]): Phrase {
  const text = words.join(' ');
  return { text, words, re: new RegExp(`(^| )${escapeRe(text)}($| )`) };
}

function compile(sources: TermSources): CompiledSources {
  let c = compiledSources.get(sources);
  if (c) return c;
  c = {
    abbreviations: sources.abbreviations.map(({ abbr, expansion }) => {
      const exp = wordsOf(expansion);
      const abbrWords = wordsOf(abbr);
      return {
        hasAbbr: { text: abbr, words: abbrWords, re: new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(abbr)}($|[^\\p{L}\\p{N}])`, 'u') },
        hasExpansion: exp.length > 0 ? phrase(exp) : undefined,
        expansionWords: exp,
        abbrWords,
      };
    }),
    sics: sources.sics.flatMap(({ original, repair }) => {
      const orig = wordsOf(original);
      if (orig.length === 0) return [];
      const origSet = new Set(orig);
      return [{ hasOriginal: phrase(orig), added: wordsOf(repair).filter((r) => !origSet.has(r)) }];
    }),
  };
  compiledSources.set(sources, c);
  return c;
}

/**
 * What a word gives wherever it stands, kept per word by extraTerms: the words of its compound
 * parts and of their pairs, then «=» and a related form (added to a page only when the page does
 * not have that form itself). It depends on the lexicon only through the words it looks up.
 */
export function wordTerms(word: string, lex: Lexicon): string[] {
  const parts = splitCompound(word, lex);
  const terms = parts ? [...parts, ...partPairs(word, parts)].flatMap(wordsOf) : [];
  terms.push(...relatedForms(word, lex).map((r) => `=${r}`));
  return terms;
}

/**
 * The terms to add to the index for a page with this text, in a stable order: compound
 * parts (also where the part stands on the page by itself: the page is then found
 * through both), the noun or verb beside a word, the other form of an abbreviation,
 * the intended spelling of a [sic] word.
 *
 * What a word gives does not depend on the page, so it is computed once per word and kept
 * in `cache` (shared over the pages of a build); the tests of the abbreviations and [sic]
 * corrections are compiled once per `sources`. `words` is `wordsOf(text)`, and `fromSources`
 * is `sourceTerms(text, words, sources)`, when the caller has them.
 */
export function extraTerms(
  text: string,
  lex: Lexicon,
  sources: TermSources,
  cache = new Map<string, string[]>(),
  words = wordsOf(text),
  fromSources: readonly string[] = sourceTerms(text, words, sources),
): string[] {
  const present = new Set(words);
  const out = new Set<string>();
  for (const w of present) {
    let terms = cache.get(w);
    if (!terms) {
      terms = wordTerms(w, lex);
      cache.set(w, terms);
    }
    for (const t of terms) {
      if (!t.startsWith('=')) out.add(t);
      else if (!present.has(t.slice(1))) for (const x of wordsOf(t.slice(1))) out.add(x);
    }
  }
  for (const t of fromSources) out.add(t);
  return [...out];
}

/**
 * The terms a text gives through the sources, whatever the lexicon: the other form of each
 * abbreviation it has, the intended spelling of each [sic] word, in that order (a term may
 * come twice). `words` is `wordsOf(text)`.
 */
export function sourceTerms(text: string, words: readonly string[], sources: TermSources): string[] {
  const present = new Set(words);
  const joined = words.join(' ');
  const { abbreviations, sics } = compile(sources);
  const out: string[] = [];
  for (const a of abbreviations) {
    if (found(a.hasAbbr, text, present)) out.push(...a.expansionWords);
    if (a.hasExpansion && found(a.hasExpansion, joined, present)) out.push(...a.abbrWords);
  }
  for (const s of sics) if (found(s.hasOriginal, joined, present)) out.push(...s.added);
  return out;
}
