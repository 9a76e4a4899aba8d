/**
 * Words of a reader's query as the search compares them: folded (lower case, no
 * diacritics), numbers in one form, and which words are stop words. Pure; runs in the
 * browser (bundled into the search page's classic script) and in the tests.
 */
import { nld } from 'stopword';

/** Lower case without diacritics: «Financiën» → «financien». */
export function fold(s: string): string {
  return s.toLocaleLowerCase('nl').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Numbers in one form: «€ 30.000», «30 000», «30.000,-» → «30000». Digit groups of three
 * after a separator (point or space) are joined; a currency sign is dropped (the sources
 * write «30.000 euro» as often as «€ 30.000»).
 */
export function normalizeNumbers(q: string): string {
  return q
    .replace(/€\s*/g, ' ')
    .replace(/\b\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,-|,00)?(?!\d)/g, (m) => m.replace(/,-$|,00$/, '').replace(/[.\u00a0\u202f ]/g, ''))
    .replace(/(\d),-/g, '$1')
    .trim();
}

/** The words of a query, folded, in order (numbers in one form, hyphenated parts apart). */
export function queryWords(q: string): string[] {
  return fold(normalizeNumbers(q)).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words that say how a question is asked, not what it is about: the Dutch stop-word list
 * of the `stopword` package (Snowball), plus the question words and everyday verbs of a
 * reader's question («wanneer krijg ik…», «kan ik…», «hoe zit het met…»).
 */
export const QUESTION_WORDS = [
  'wanneer',
  'waarom',
  'waar',
  'waarop',
  'waarvoor',
  'waarmee',
  'welke',
  'welk',
  'hoeveel',
  'hoelang',
  'wie',
  'wat',
  'hoe',
  'kun',
  'kunt',
  'krijg',
  'krijgt',
  'krijgen',
  'mag',
  'mogen',
  'moet',
  'moeten',
  'ga',
  'gaat',
  'gaan',
  'komt',
  'kom',
  'wordt',
  'word',
  'zit',
  'zitten',
  'doet',
  'doe',
  'heb',
  'hebt',
  'ben',
  'bent',
  'is',
  'er',
  'eigenlijk',
  'nou',
  'even',
  'iemand',
  'mijn',
  'm’n',
  'mn',
  'ons',
  'onze',
  'jullie',
  'jouw',
  'uw',
  'mij',
  'me',
  'ik',
  'wij',
  'we',
  'je',
  'jij',
  'graag',
  'willen',
  'wil',
  'wilt',
  'weten',
  'vraag',
  'alle',
  'allemaal',
  'iets',
  'nog',
  'al',
  'ook',
  'dan',
  'nu',
  'gebeurt',
  'gebeuren',
  'betekent',
  'betekenen',
  'bedoelt',
  'bedoeld',
  'heet',
  'heten',
  'zie',
  'zien',
  'vind',
  'vinden',
  'lees',
  'lezen',
  'sta',
  'staan',
  'stond',
  'ergens',
  'hier',
  'daar',
  'dit',
  'dat',
  'zo',
  'echt',
  'precies',
  'ongeveer',
  'een',
  'de',
  'het',
  'der',
  'des',
  'den',
  'sprake',
  'wel',
];

const STOP = new Set<string>([...nld, ...QUESTION_WORDS].map(fold));

/** Is this (folded) word a stop word? */
export function isStopWord(word: string): boolean {
  return STOP.has(fold(word));
}

/**
 * The words that decide a result: the query's words less the stop words. A query of stop
 * words only keeps them all (a reader who types «wie» wants pages with «wie»).
 */
export function contentWords(words: readonly string[]): string[] {
  const kept = words.filter((w) => !isStopWord(w));
  return kept.length ? kept : [...words];
}
