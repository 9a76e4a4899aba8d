/**
 * The slips check behind the [sic] policy (src/model/slips.ts): on small texts made for it, it
 * finds each kind of candidate, accepts one that is marked [sic] or listed, and fails on one that
 * is neither; on the real sources, every candidate is reviewed, and the slips the audit named are
 * marked or listed.
 */
import { describe, expect, it } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';
import { dictionaryWords } from '../scripts/lib/slips.ts';
import type { Decision } from '../src/model/schema.ts';
import { checkSlips, findSlips, listedSlips, unreviewedSlips, type SlipText, type WordList } from '../src/model/slips.ts';

const words: WordList = new Set(['kindpanel', 'ministeriële', 'overnemen', 'treden', 'contact']);
const unit = (text: string, sics: number[] = []): SlipText => ({ document: 'bijlage', where: 'actie 1, stand-1', text, sics });
const kinds = (text: string, known: string[] = []) => findSlips([unit(text)], words, known).map((c) => `${c.kind}:${c.quote}`);

describe('finding candidate slips', () => {
  it('finds a word twice in a row, and an auxiliary twice in one clause', () => {
    expect(kinds('Een of meer of proeven, en om om te gaan.')).toEqual(['doubled:om om']);
    expect(kinds('Tenslotte wordt via het programma HVB wordt, middels een aanbesteding.')).toEqual(['doubled:wordt via het programma HVB wordt']);
    // A second clause has its own auxiliary.
    expect(kinds('Het plan wordt gemaakt en het wordt gedeeld.')).toEqual([]);
  });

  it('finds an opening quotation mark without its closing one', () => {
    expect(kinds('Het bericht “de Overheid heeft nog jaren nodig, is toegezegd.').map((k) => k.split(':')[0])).toEqual(['quote']);
    expect(kinds('Het bericht «de Overheid» en “dit” en "dat".')).toEqual([]);
    expect(kinds('Een "schuldenomgeving op de site.').map((k) => k.split(':')[0])).toEqual(['quote']);
  });

  it('finds a word without its diaeresis, and two words the corpus or the word list writes as one', () => {
    expect(kinds('Het advies over ministeriele verantwoordelijkheid.')).toEqual(['diaeresis:ministeriele']);
    expect(kinds('In contact treden met kind panel. Het Kindpanel is ingesteld.')).toEqual(['split:kind panel']);
    // Function words make no split compound («met een» / «meteen»).
    expect(kinds('Samen met een ander; meteen daarna.')).toEqual([]);
  });

  it('finds a misspelling the edition marks elsewhere', () => {
    expect(kinds('Het handavingsinstrumentarium en het handhavingsbeleid.', ['handavingsinstrumentarium'])).toEqual(['known:handavingsinstrumentarium']);
  });
});

describe('the check', () => {
  const text = 'De Code die overheden waarschuwen wordt via het programma wordt gedeeld.';
  const candidates = findSlips([unit(text)], words);
  const listing = (quote: string): Decision[] => [
    { id: 'sic-beleid', subject: 's', decision: 'd', reason: 'r', items: [{ document: 'bijlage', where: 'actie 1', quote, note: 'n' }] },
  ];

  it('fails on a candidate that is neither marked nor listed', () => {
    expect(candidates).toHaveLength(1);
    expect(unreviewedSlips([unit(text)], candidates, [])).toHaveLength(1);
    // Listed under another document, or with other words: still unreviewed.
    expect(
      unreviewedSlips(
        [unit(text)],
        candidates,
        listedSlips([
          {
            ...listing('wordt via het programma wordt')[0]!,
            items: [{ document: 'kst-35510-60', where: 'x', quote: 'wordt via het programma wordt', note: 'n' }],
          },
        ]),
      ),
    ).toHaveLength(1);
    expect(unreviewedSlips([unit(text)], candidates, listedSlips(listing('iets anders')))).toHaveLength(1);
    // A decision that is not one of the two slip lists does not count.
    expect(unreviewedSlips([unit(text)], candidates, listedSlips([{ ...listing('wordt via het programma wordt')[0]!, id: 'wau-feedbackloop' }]))).toHaveLength(
      1,
    );
  });

  it('accepts a candidate that is listed with its reason', () => {
    expect(unreviewedSlips([unit(text)], candidates, listedSlips(listing('waarschuwen wordt via het programma wordt')))).toEqual([]);
  });

  it('accepts a candidate that is marked [sic] where it stands, not a mark elsewhere in the text', () => {
    const end = text.indexOf(' gedeeld');
    expect(unreviewedSlips([unit(text, [end])], candidates, [])).toEqual([]);
    expect(unreviewedSlips([unit(text, [3])], candidates, [])).toHaveLength(1);
  });
});

describe('the real sources', () => {
  const { corpus } = builtCorpus();
  const { candidates, unreviewed } = checkSlips(corpus, dictionaryWords());

  it('leaves no candidate unreviewed, and finds each kind', () => {
    expect(unreviewed).toEqual([]);
    expect(new Set(candidates.map((c) => c.kind))).toEqual(new Set(['doubled', 'quote', 'diaeresis', 'split', 'known']));
  });

  it('marks or lists the slips of the second audit', () => {
    const sicOriginals = corpus.corrections.filter((c) => c.kind === 'sic').map((c) => c.original);
    for (const s of [
      'over nemen',
      'kind gebonden',
      'kind panel',
      'ministeriele',
      'Beiden',
      'persoonlijk',
      'continue',
      'j.l.',
      'Onderzoekscommissie',
      'op te ruimen',
    ]) {
      expect(sicOriginals, s).toContain(s);
    }
    const listed = listedSlips(corpus.decisions).map((l) => l.quote);
    for (const s of ['Tenslotte wordt via het programma HVB wordt', 'rijksambtenaren De herziene', 'De UWV kent']) expect(listed, s).toContain(s);
    // Each [sic] in its place: «j.l.» in the letter's footnote and in action 86.
    expect(
      corpus.corrections
        .filter((c) => c.original === 'j.l.')
        .map((c) => c.file)
        .sort(),
    ).toEqual(['bijlage-35510-60.tabel.txt', 'kst-35510-60.web.txt']);
  });
});
