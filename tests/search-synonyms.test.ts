/**
 * The check of the synonym table (src/site/search/synonyms.ts) on small tables and texts made
 * for it: every target must occur in a text, compared folded (case, accents, hyphens).
 */
import { describe, expect, it } from 'vitest';
import { validateSynonyms } from '../src/site/search/synonyms.ts';

const table = (...doelen: string[][]) => ({
  toelichting: 'Tabel voor de test.',
  synoniemen: doelen.map((d, i) => ({ woorden: [`woord${i}`], doelen: d, reden: 'Een reden van ten minste tien tekens.' })),
});

describe('validateSynonyms', () => {
  it('accepts a table whose targets all occur, folded, in some text (the last one included)', () => {
    const texts = ['De Financiële compensatie.', 'Niets hier.', 'Een her-stel van vertrouwen.'];
    expect(validateSynonyms(table(['financiele compensatie'], ['Her stel']), texts).map((e) => e.doelen)).toEqual([['financiele compensatie'], ['Her stel']]);
  });
  it('stops with every target that occurs nowhere, naming its entry', () => {
    const texts = ['De compensatie.', 'Het herstel.'];
    expect(() => validateSynonyms(table(['compensatie', 'schadevergoeding'], ['herstellen']), texts, 'syn.json')).toThrow(
      'syn.json: synoniemen[0] («woord0»): het doel «schadevergoeding» komt nergens in de bronnen voor; synoniemen[1] («woord1»): het doel «herstellen» komt nergens in de bronnen voor',
    );
  });
  it('finds a phrase only as whole words', () => {
    expect(() => validateSynonyms(table(['toeslag']), ['De toeslagen.'], 'syn.json')).toThrow('het doel «toeslag» komt nergens');
  });
  it('stops on an entry without a reason', () => {
    const bad = { toelichting: 'x', synoniemen: [{ woorden: ['ab'], doelen: ['cd'], reden: '' }] };
    expect(() => validateSynonyms(bad, ['cd'], 'syn.json')).toThrow(/^syn\.json: synoniemen\.0\.reden: /);
  });
});
