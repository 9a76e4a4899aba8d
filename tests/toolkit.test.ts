/**
 * The shared building blocks of the four parsers, on small hand-written inputs:
 * corrections anchored by their text, the source checks, runs from marked-up text,
 * heading ids, Dutch dates and furniture by named rules.
 */
import { describe, expect, it } from 'vitest';
import type { Correction } from '../src/model/schema.ts';
import { applyCorrections, resolveSentinels } from '../src/parse/corrections.ts';
import { furniture } from '../src/parse/furniture/index.ts';
import { hyphenationFileFor } from '../src/parse/hyphenation.ts';
import {
  checkSourceText,
  decodeSource,
  dutchDate,
  headingId,
  pageMarks,
  pageSentinel,
  SourceError,
  toRuns,
  withoutPageSentinels,
} from '../src/parse/source.ts';

const LINES = [
  'Aan de Voorzitter van de Tweede Kamer',
  '',
  'In de 7 ^e Voortgangsrapportage staat het.',
  'De 7 ^e keer was het ook zo.',
  '',
  'De Minister van Financién,',
  'W.B. Hoekstra',
  '',
  'Kamerstuk 25 510, nr. 2',
];
const c = (over: Partial<Correction> & Pick<Correction, 'id' | 'line' | 'original' | 'repair'>): Correction => ({
  file: 'brief.txt',
  kind: 'repair',
  reason: 'test',
  ...over,
});
const CORRECTIONS = [
  c({ id: 'e1', line: 3, original: '7 ^e', repair: '7e' }),
  c({ id: 'e2', line: 4, original: '7 ^e', repair: '7e' }),
  c({ id: 'fin', line: 6, original: 'Financién', repair: 'Financiën' }),
  c({ id: 'sic', line: 9, original: '25 510', repair: '35 510', kind: 'sic', context: 'Kamerstuk 25 510' }),
];

describe('corrections anchored by their text, the line a hint', () => {
  it('apply on the lines as received', () => {
    const { lines, applied } = applyCorrections('brief.txt', LINES, CORRECTIONS);
    expect(lines[2]).toBe('In de 7e Voortgangsrapportage staat het.');
    expect(lines[3]).toBe('De 7e keer was het ook zo.');
    expect(resolveSentinels(lines[8]!)).toBe('Kamerstuk 25 510, nr. 2');
    expect(applied.map((a) => [a.correction.id, a.line, a.col])).toEqual([
      ['e1', 3, 6],
      ['e2', 4, 3],
      ['fin', 6, 16],
      ['sic', 9, 10],
    ]);
  });

  it('follow their text when a line is added or removed above', () => {
    const added = ['Den Haag', ...LINES];
    expect(applyCorrections('brief.txt', added, CORRECTIONS).applied.map((a) => a.line)).toEqual([4, 5, 7, 10]);
    const removed = LINES.slice(1);
    expect(applyCorrections('brief.txt', removed, CORRECTIONS).applied.map((a) => a.line)).toEqual([2, 3, 5, 8]);
  });

  it('name the correction and its line when its text is gone', () => {
    const damaged = LINES.map((l) => l.replace('Financién', 'Financiën'));
    expect(() => applyCorrections('brief.txt', damaged, CORRECTIONS)).toThrow('brief.txt:6: expected «Financién» exactly once in a line, for correction «fin»');
  });

  it('use their context where the original alone is ambiguous', () => {
    expect(() => applyCorrections('brief.txt', LINES, [c({ id: 'x', line: 9, original: '510', repair: '510', context: 'nr. 2' })])).toThrow(
      'expected the context of correction «x» to hold «510» exactly once',
    );
  });
});

describe('source checks', () => {
  it('decode UTF-8 fatally, naming the line of the bad bytes', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('eerste\ntweede '), 0xff, ...new TextEncoder().encode('\nderde\n')]);
    expect(() => decodeSource('a.txt', bytes)).toThrow('a.txt:2: expected valid UTF-8 text');
    expect(decodeSource('a.txt', new TextEncoder().encode('één\n'))).toBe('één\n');
  });

  it('reject replacement and private-use characters, doubled lines and huge words', () => {
    const error = (lines: string[]) => {
      try {
        checkSourceText('a.txt', lines);
      } catch (e) {
        return e instanceof SourceError ? e.message : String(e);
      }
      return 'accepted';
    };
    expect(error(['goed', 'ook goed', '', ''])).toBe('accepted');
    expect(error(['goed', 'kap\uFFFDt'])).toMatch(/^a\.txt:2: expected text without the character U\+FFFD/);
    expect(error(['\uE000'])).toMatch(/^a\.txt:1: expected text without the character U\+E000/);
    expect(error(['een regel', 'een regel'])).toMatch(/^a\.txt:2: expected a line that does not repeat line 1/);
    expect(error([`x ${'a'.repeat(201)}`])).toMatch(/^a\.txt:1: expected words of at most 200 characters/);
  });
});

describe('runs from marked-up text', () => {
  it('puts markers and page breaks in their places', () => {
    const text = 'fair play»1 publiceerde over mensen verdwalen';
    const runs = toRuns(text, [
      { start: 10, end: 11, run: { type: 'noteRef', note: 'fn-1', label: '1', source: '1' } },
      { start: 36, end: 36, run: { type: 'pageBreak', page: 2 } },
    ]);
    expect(runs).toEqual([
      { type: 'text', value: 'fair play»' },
      { type: 'noteRef', note: 'fn-1', label: '1', source: '1' },
      { type: 'text', value: ' publiceerde over mensen ' },
      { type: 'pageBreak', page: 2 },
      { type: 'text', value: 'verdwalen' },
    ]);
  });
});

describe('page breaks: a sentinel where a page begins, a pageBreak run in its place', () => {
  it('carries the sentinel through joining and turns it into a run, with or without a page number', () => {
    const text = ['die het', `${pageSentinel(3)}Kabinet graag`, `${pageSentinel(undefined)}maakt.`].join(' ');
    expect(withoutPageSentinels(text)).toBe('die het Kabinet graag maakt.');
    expect(toRuns(text, pageMarks(text))).toEqual([
      { type: 'text', value: 'die het ' },
      { type: 'pageBreak', page: 3 },
      { type: 'text', value: 'Kabinet graag ' },
      { type: 'pageBreak' },
      { type: 'text', value: 'maakt.' },
    ]);
    expect(pageMarks('geen pagina')).toEqual([]);
  });
});

describe('heading ids (public anchors) and dates', () => {
  it('number, section and slug as published', () => {
    expect(headingId({ number: '2.1' })).toBe('s2-1');
    expect(headingId({ section: '2', text: 'Herstel voor getroffen ouders' })).toBe('s2-herstel-voor-getroffen-ouders');
    expect(headingId({ text: 'Reactie op de concrete aanbevelingen' })).toBe('reactie-op-de-concrete-aanbevelingen');
    expect(headingId({ text: 'Één loket, één overheid (WaU) en de rest' })).toBe('een-loket-een-overheid-wau-en');
  });

  it('Dutch dates', () => {
    expect(dutchDate('5', 'maart', '2021')).toBe('2021-03-05');
    expect(dutchDate('29', 'Juni', '2021')).toBe('2021-06-29');
    expect(dutchDate('1', 'march', '2021')).toBeUndefined();
  });
});

describe('furniture by named rules', () => {
  it('matches a whole line only', () => {
    expect(furniture('kst-35510-60-web-note-caption').test('X Noot')).toBe(true);
    expect(furniture('kst-35510-60-web-note-caption').test('X Noot 3')).toBe(false);
    const footer = furniture('kst-29362-282-page-footer').exec('Tweede Kamer, vergaderjaar 2019-2020, 29 362, nr. 282 5');
    expect(footer?.slice(1)).toEqual(['2019-2020', '29 362', '282', '5']);
    expect(furniture('bijlage-table-header').test('Actie\tOmschrijving\tStand van Zaken')).toBe(true);
    expect(() => furniture('no-such-rule')).toThrow('unknown furniture rule');
  });

  it('errors name the real hyphenation files', () => {
    expect(hyphenationFileFor('kst-35510-60.pdf.txt')).toBe('content/hyphenation/kst-35510-60.json');
    expect(hyphenationFileFor('bijlage-35510-60.tabel.txt')).toBe('content/hyphenation/bijlage.json');
    expect(hyphenationFileFor('kst-29362-282.ocr.txt')).toBe('content/hyphenation/kst-29362-282.json');
  });
});
