import { describe, expect, it } from 'vitest';
import { letters, SourceError, slugify, splitLines } from '../src/parse/source.ts';

describe('source helpers', () => {
  it('makes anchor slugs of at most six plain words', () => {
    expect(slugify('Dienstverlening door de (rijks)overheid')).toBe('dienstverlening-door-de-rijksoverheid');
    expect(slugify('Passende dienstverlening: er is geen verkeerde deur')).toBe('passende-dienstverlening-er-is-geen-verkeerde');
    expect(slugify('Aansluiten bij bestaande programma’s')).toBe('aansluiten-bij-bestaande-programmas');
    expect(slugify('Financiën en coördinatie')).toBe('financien-en-coordinatie');
  });
  it('compares texts by their letters and digits only', () => {
    expect(letters('oneven-\nredig «Geen»1')).toBe(letters('onevenredig Geen 1'));
  });
  it('splits lines without a phantom last line', () => {
    expect(splitLines('a\r\nb\n')).toEqual(['a', 'b']);
  });
  it('names file, line and what was expected', () => {
    expect(new SourceError('x.txt', 4, 'an action number', '7.').message).toBe('x.txt:4: expected an action number, found «7.»');
  });
});
