/**
 * Counts the strings state, computed rather than written: how many documents the edition holds
 * comes from the registry (src/model/documents.ts), so a fifth document changes every sentence
 * that says «vier». Counts of the sources' own contents (the annex's actions, the letter's themes)
 * are checked against the model by tests/strings.test.ts.
 */
import { DOCUMENTS } from '../../model/documents.ts';

const WORDS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

/** A count as Dutch writes it in running text: a word up to twelve («vier»), digits beyond. */
export function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}

/** How many documents the edition holds, as a word («vier»). */
export const DOCUMENTS_WORD = countWord(DOCUMENTS.length);
