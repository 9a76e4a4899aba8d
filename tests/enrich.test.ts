import { describe, expect, it } from 'vitest';
import { enrichInlines, findReferences, parseMotion, resolveTarget } from '../src/parse/enrich.ts';
import { applyCorrections, resolveSentinels, splitSentinels } from '../src/parse/corrections.ts';
import { SourceError } from '../src/parse/source.ts';

const targets = (text: string, ctx: 'annex' | 'letter' = 'letter') => findReferences(text, ctx).map((r) => [text.slice(r.start, r.end), r.target]);

describe('findReferences', () => {
  it('reads the Kamerstuk forms of the corpus', () => {
    expect(targets('(Kamerstuk 35\u00a0510, nr. 2) leidde')).toEqual([['Kamerstuk 35\u00a0510, nr. 2', { kind: 'kamerstuk', dossier: '35510', number: '2' }]]);
    expect(targets('(Kamerstukken II 2020/21, 28362, nr. 56) een')[0]![1]).toEqual({ kind: 'kamerstuk', dossier: '28362', number: '56' });
    expect(targets('(Kamerstukken II, 2020/21, 29 362, nr. 291)')[0]![1]).toEqual({ kind: 'kamerstuk', dossier: '29362', number: '291' });
    expect(targets('(Kamerstukken II 2020/21, 26 643 nr. 751)')[0]![1]).toEqual({ kind: 'kamerstuk', dossier: '26643', number: '751' });
    expect(targets('gestuurd (TK 29362-290).')).toEqual([['TK 29362-290', { kind: 'kamerstuk', dossier: '29362', number: '290' }]]);
    expect(targets('(Kamerstuk 35510-26).')[0]![1]).toEqual({ kind: 'kamerstuk', dossier: '35510', number: '26' });
    expect(targets('(Kamerstuk 31 490, nr. 271 (Fase I)')[0]![1]).toEqual({ kind: 'kamerstuk', dossier: '31490', number: '271' });
    expect(targets('Kamerstuk 34 775 VI, nr. 88.')[0]![1]).toEqual({ kind: 'kamerstuk', dossier: '34775-VI', number: '88' });
  });

  it('reads motions with their submitters and part', () => {
    const [[text, target]] = targets('algoritmeregister (NR. 16 Motie Klaver cs deel 2)\t') as [[string, unknown]];
    expect(text).toBe('NR. 16 Motie Klaver cs deel 2');
    expect(target).toEqual({ kind: 'motion', dossier: '35510', number: '16', submitters: 'Klaver cs', part: '2' });
    expect(parseMotion('Marijnissen cs, deel 1')).toEqual({ submitters: 'Marijnissen cs', part: '1' });
    expect(parseMotion('Van Kooten-Arissen/Azarkan,')).toEqual({ submitters: 'Van Kooten-Arissen/Azarkan' });
    expect(targets('(NR 12. Motie Omtzigt/Van Dam)')[0]![1]).toMatchObject({ number: '12', submitters: 'Omtzigt/Van Dam' });
    expect(targets('(NR 15 Motie Jette cs)')[0]![1]).toMatchObject({ number: '15', submitters: 'Jette cs' });
    expect(targets('de motie Omtzigt cs NR. 11 wordt')[0]![1]).toMatchObject({ number: '11', submitters: 'Omtzigt cs' });
    expect(targets('de motie Marijnissen, nr. 21 en')[0]![1]).toMatchObject({ number: '21', submitters: 'Marijnissen' });
    expect(targets('motie Klaver c.s. nr 16)')[0]![1]).toMatchObject({ number: '16', submitters: 'Klaver c.s.' });
    expect(targets('De motie Van Brenk vraagt')).toEqual([]);
  });

  it('reads action cross-references only in the annex', () => {
    expect(targets('(zie actie 18) is', 'annex')[0]![1]).toEqual({ kind: 'action', number: 18 });
    expect(targets('Financiën (zie ook 33). Eén', 'annex')[0]![1]).toEqual({ kind: 'action', number: 33 });
    expect(targets('Zie ook actie 33.', 'annex')[0]![1]).toEqual({ kind: 'action', number: 33 });
    expect(targets('zie ook 33', 'letter')).toEqual([]);
    expect(targets('zie actie 99', 'annex')).toEqual([]);
  });
});

describe('resolveTarget', () => {
  it('links in-corpus Kamerstukken inside the site and the rest to the official publication', () => {
    expect(resolveTarget({ kind: 'kamerstuk', dossier: '29362', number: '290' })).toEqual({ internal: '/documenten/kst-29362-290/' });
    expect(resolveTarget({ kind: 'kamerstuk', dossier: '29362', number: '282' })).toEqual({ internal: '/documenten/kst-29362-282/' });
    expect(resolveTarget({ kind: 'kamerstuk', dossier: '35510', number: '2' })).toEqual({
      external: 'https://zoek.officielebekendmakingen.nl/kst-35510-2.html',
    });
    expect(resolveTarget({ kind: 'kamerstuk', dossier: '34775-VI', number: '88' })).toEqual({
      external: 'https://zoek.officielebekendmakingen.nl/kst-34775-VI-88.html',
    });
    expect(resolveTarget({ kind: 'motion', dossier: '35510', number: '7', submitters: 'Wilders' })).toEqual({
      external: 'https://zoek.officielebekendmakingen.nl/kst-35510-7.html',
    });
    expect(resolveTarget({ kind: 'action', number: 18 })).toEqual({ internal: '/acties/18/' });
  });
});

describe('corrections', () => {
  const base = { file: 'x.txt', reason: 'test' };
  it('repairs, marks insertions and sic, and resolves back to reading text', () => {
    const { lines } = applyCorrections(
      'x.txt',
      ['De Financién', 'Het kabinet zal', 'de Cathuisregeling.'],
      [
        { ...base, id: 'a', line: 1, original: 'Financién', repair: 'Financiën', kind: 'repair' },
        { ...base, id: 'b', line: 2, original: 'Het kabinet', repair: '3. Het kabinet', kind: 'insertion' },
        { ...base, id: 'c', line: 3, original: 'Cathuisregeling', repair: 'Cathuisregeling', kind: 'sic' },
      ],
    );
    expect(lines[0]).toBe('De Financiën');
    expect(resolveSentinels(lines[1]!)).toBe('3. Het kabinet zal');
    expect(splitSentinels(lines[1]!)).toEqual([
      { type: 'editorial', value: '3. ', correction: 'b' },
      { type: 'text', value: 'Het kabinet zal' },
    ]);
    expect(resolveSentinels(lines[2]!)).toBe('de Cathuisregeling.');
    expect(enrichInlines([{ type: 'text', value: lines[2]! }], 'annex')).toEqual([
      { type: 'text', value: 'de Cathuisregeling' },
      { type: 'sic', correction: 'c' },
      { type: 'text', value: '.' },
    ]);
  });

  it('links a reference that holds a [sic] to what is meant, with the mark after the link', () => {
    const sic = { ...base, id: 'fn13', line: 1, original: '25 510', repair: '35 510', kind: 'sic' as const };
    const { lines } = applyCorrections('x.txt', ['Kamerstuk 25 510, nr. 2'], [sic]);
    expect(enrichInlines([{ type: 'text', value: lines[0]! }], 'letter', new Map([['fn13', sic]]))).toEqual([
      {
        type: 'ref',
        value: 'Kamerstuk 25 510, nr. 2',
        target: { kind: 'kamerstuk', dossier: '35510', number: '2' },
        resolved: { external: 'https://zoek.officielebekendmakingen.nl/kst-35510-2.html' },
      },
      { type: 'sic', correction: 'fn13' },
    ]);
  });

  it('never links into an editorial insertion', () => {
    const ins = { ...base, id: 'i', line: 1, original: 'nr. 2', repair: 'Kamerstuk 35 510, nr. 2', kind: 'insertion' as const };
    const { lines } = applyCorrections('x.txt', ['zie nr. 2'], [ins]);
    expect(enrichInlines([{ type: 'text', value: lines[0]! }], 'letter').map((r) => r.type)).toEqual(['text', 'editorial', 'text']);
  });

  it('fails, naming file and line, when a correction no longer matches its line', () => {
    expect(() =>
      applyCorrections('x.txt', ['De Financiën'], [{ ...base, id: 'a', line: 1, original: 'Financién', repair: 'Financiën', kind: 'repair' }]),
    ).toThrow(/^x\.txt:1: expected «Financién» exactly once/);
    expect(() => applyCorrections('x.txt', ['a'], [{ ...base, id: 'a', line: 5, original: 'a', repair: 'b', kind: 'repair' }])).toThrow(SourceError);
  });
});
