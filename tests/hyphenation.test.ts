import { describe, expect, it } from 'vitest';
import { buildLexicon, Hyphenator } from '../src/parse/hyphenation.ts';

const lexicon = buildLexicon(['een onevenredig harde aanpak', 'de ex-partners en OCW-programma', 'feedbackloop']);
const make = (join: string[] = [], keep: string[] = []) => new Hyphenator(lexicon, { join, keep });

describe('Hyphenator', () => {
  it('joins a line-end hyphen when the joined word occurs in the corpus', () => {
    const h = make();
    expect(h.lineEnd('x.txt', 3, 'oneven-', 'redig,')).toBe('onevenredig,');
    expect(h.log).toEqual([{ file: 'x.txt', line: 3, source: 'oneven-|redig,', result: 'onevenredig,', decision: 'join', reason: 'corpus' }]);
  });
  it('keeps suspended compounds with their space, capitals and attested hyphens', () => {
    const h = make();
    expect(h.lineEnd('x.txt', 1, 'wet-', 'en')).toBe('wet- en');
    expect(h.lineEnd('x.txt', 2, 'OCW-', 'programma')).toBe('OCW-programma');
    expect(h.lineEnd('x.txt', 4, 'ex-', 'partners')).toBe('ex-partners');
  });
  it('follows the reviewed lists before the evidence', () => {
    expect(make([], ['feedback-loop']).inLine('x.txt', 1, 'feedback-loop')).toBe('feedback-loop');
    expect(make().inLine('x.txt', 1, 'feedback-loop')).toBe('feedbackloop');
    expect(make(['uitvoe-ring']).lineEnd('x.txt', 1, 'uitvoe-', 'ring')).toBe('uitvoering');
  });
  it('stops with file and line when nothing decides a line-end hyphen', () => {
    expect(() => make().lineEnd('x.txt', 9, 'onbe-', 'kend')).toThrow(/^x\.txt:9: expected a reviewed decision for the line-end hyphen «onbe-\|kend»/);
  });
  it('leaves an undecided hyphen inside a line alone', () => {
    expect(make().inLine('x.txt', 1, 'co-creatie')).toBe('co-creatie');
  });
});
