import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../src/site/csv.ts';
import { CSV_HEADER, actionsCsv, type ActionRecord } from '../../src/site/opendata.ts';

describe('toCsv', () => {
  it('writes RFC 4180 with a BOM, CRLF and quoting where needed', () => {
    const csv = toCsv(
      ['Nummer', 'Omschrijving'],
      [
        [1, 'Eenvoudig'],
        [2, 'Met, komma'],
        [3, 'Met "aanhalingstekens"'],
        [4, 'Twee\nregels'],
        [5, null],
        [6, 'Financiën – één'],
      ],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(
      `${BOM}Nummer,Omschrijving\r\n1,Eenvoudig\r\n2,"Met, komma"\r\n3,"Met ""aanhalingstekens"""\r\n4,"Twee\nregels"\r\n5,\r\n6,Financiën – één\r\n`,
    );
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
  it('neutralises text cells a spreadsheet would read as a formula, not numbers', () => {
    const rows = parse(toCsv(['a'], [['=SUM(A1)'], ['+31 6'], ['-- lijst'], ['@cmd'], ['\tx'], ['a=b'], [-3], ['– gedachtestreep']]), {
      bom: true,
    }) as string[][];
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=SUM(A1)", "'+31 6", "'-- lijst", "'@cmd", "'\tx", 'a=b', '-3', '– gedachtestreep']);
  });
  it('refuses rows of the wrong length', () => {
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/expected 2 fields/);
  });
});

describe('actionsCsv', () => {
  const rec: ActionRecord = {
    nummer: 26,
    titel: 'Kabinetsreactie op «Werk aan Uitvoering» vóór de verkiezingen naar de Tweede Kamer',
    titelRedactioneel: true,
    sectie: 'TOEKOMST TOESLAGEN',
    subsectie: null,
    thema: { nummer: 1, slug: 'toeslagen', titel: 'Toeslagen' },
    omschrijving: 'Eerste alinea, met komma.\n\n– punt "a"\n– punt b',
    standVanZaken: 'Gestart.',
    standVanZakenDatumBrief: '2021-06-29',
    moties: [
      {
        dossier: '35510',
        nummer: '7',
        indieners: 'Wilders',
        deel: null,
        tekst: 'NR. 7 Motie Wilders',
        kamerstuk: 'Kamerstuk 35 510, nr. 7',
        url: 'https://zoek.officielebekendmakingen.nl/kst-35510-7.html',
        vastgesteldDoor: 'tekst',
        reden: null,
      },
      {
        dossier: '35510',
        nummer: '16',
        indieners: 'Klaver cs',
        deel: '2',
        tekst: 'NR. 16 Motie Klaver cs deel 2',
        kamerstuk: 'Kamerstuk 35 510, nr. 16',
        url: 'https://zoek.officielebekendmakingen.nl/kst-35510-16.html',
        vastgesteldDoor: 'tekst',
        reden: null,
      },
      {
        dossier: '35510',
        nummer: '26',
        indieners: 'Segers',
        deel: null,
        tekst: 'motie Segers',
        kamerstuk: 'Kamerstuk 35 510, nr. 26',
        url: 'https://zoek.officielebekendmakingen.nl/kst-35510-26.html',
        vastgesteldDoor: 'redactie',
        reden: 'Actie 16 noemt haar met nummer.',
      },
    ],
    verwijstNaarActies: [18, 33],
    voetnoten: [{ nummer: '1', tekst: 'Kamerstuk 30 950, nr. 226' }],
    inBrief: [
      { alinea: 'p18', pagina: 4, rol: 'bespreekt', url: 'https://herstel-kinderopvangtoeslag.example/documenten/kst-35510-60/#p18' },
      { alinea: 'p3', pagina: null, rol: 'noemt', url: 'https://herstel-kinderopvangtoeslag.example/documenten/kst-35510-60/#p3' },
    ],
    zieOok: [{ groep: 'signalen-uitvoering', onderwerp: 'Signalen uit de uitvoering', acties: [17, 18] }],
    url: 'https://herstel-kinderopvangtoeslag.example/acties/26/',
  };
  it('round-trips through a real CSV parser', () => {
    const rows = parse(actionsCsv([rec]), { bom: true }) as string[][];
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows[1]).toEqual([
      '26',
      rec.titel,
      'TOEKOMST TOESLAGEN',
      '',
      '1',
      'Toeslagen',
      rec.omschrijving,
      'Gestart.',
      '2021-06-29',
      'NR. 7 Motie Wilders (Kamerstuk 35 510, nr. 7); NR. 16 Motie Klaver cs deel 2 (Kamerstuk 35 510, nr. 16); motie Segers (Kamerstuk 35 510, nr. 26, nummer vastgesteld door de redactie)',
      '18; 33',
      '1: Kamerstuk 30 950, nr. 226',
      // Named as paragraphs, the page beside them: «p18» never reads as page 18.
      'alinea 18 (#p18, p. 4, bespreekt); alinea 3 (#p3, noemt)',
      rec.url,
    ]);
  });
});
