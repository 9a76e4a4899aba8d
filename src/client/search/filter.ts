/**
 * The annex table's text filter with the search's query understanding: stop words do not
 * decide, «/» or «of» between words means either, an abbreviation finds its full name and
 * the reverse, an everyday word finds the sources' word (the synonym table). Pure.
 */
import type { Synonym } from './query.ts';
import { contentWords, fold, normalizeNumbers, queryWords } from './text.ts';

export interface Abbreviation {
  abbr: string;
  expansion: string;
}

/** A filter text as alternatives (either side of «/» or «of»), each a list of terms that must all match, each term a list of forms. */
export type FilterQuery = string[][][];

const phrase = (s: string) => queryWords(s).join(' ');

/** The forms of one term: itself, the other form of an abbreviation, the sources' words for an everyday word. */
function formsOf(term: string, abbreviations: readonly Abbreviation[], synonyms: readonly Synonym[]): string[] {
  const forms = new Set([term]);
  for (const a of abbreviations) {
    if (phrase(a.abbr) === term) forms.add(phrase(a.expansion));
    if (phrase(a.expansion) === term) forms.add(phrase(a.abbr));
  }
  for (const s of synonyms) if (s.woorden.some((w) => phrase(w) === term)) for (const d of s.doelen) forms.add(phrase(d));
  return [...forms].filter(Boolean);
}

/** Parses a filter text. Multi-word abbreviations and synonym phrases are kept together. */
export function parseFilter(text: string, abbreviations: readonly Abbreviation[] = [], synonyms: readonly Synonym[] = []): FilterQuery {
  const sides = normalizeNumbers(text)
    .split(/\s*\/\s*|\s+of\s+/i)
    .map((s) => s.trim())
    .filter(Boolean);
  const phrases = [...abbreviations.map((a) => phrase(a.expansion)), ...synonyms.flatMap((s) => s.woorden.map(phrase))].filter((p) => p.includes(' '));
  return sides
    .map((side) => {
      let rest = ` ${queryWords(side).join(' ')} `;
      const terms: string[] = [];
      for (const p of phrases.sort((a, b) => b.length - a.length)) {
        if (rest.includes(` ${p} `)) {
          terms.push(p);
          rest = rest.replace(` ${p} `, ' ');
        }
      }
      terms.push(...contentWords(rest.trim().split(' ').filter(Boolean)));
      return terms.map((term) => formsOf(term, abbreviations, synonyms));
    })
    .filter((side) => side.length > 0);
}

/** The text of a row as the filter compares it: folded words, one space between, numbers in one form. */
export function rowText(text: string): string {
  return ` ${queryWords(text).join(' ')} `;
}

/**
 * Does a row's text (from rowText) match? A form matches anywhere in a word («schuld» finds
 * «schulden», «organisatie» finds «uitvoeringsorganisaties»); a form of up to three letters
 * (an abbreviation) only as a whole word.
 */
export function matches(row: string, query: FilterQuery): boolean {
  if (!query.length) return true;
  return query.some((side) => side.every((forms) => forms.some((f) => (f.length <= 3 ? row.includes(` ${f} `) : row.includes(f)))));
}

export { fold };
