/**
 * Parser of Kamerstuk 29 362, nr. 290 (Werk aan Uitvoering), on the real source
 * and on small damaged copies of it.
 */
import { describe, expect, it } from 'vitest';
import { takenLetters } from './taken.ts';
import { fixture } from './fixture.ts';
import { LetterSchema, type Block, type Letter } from '../../src/model/schema.ts';
import { resolveSentinels } from '../../src/parse/corrections.ts';
import { furnitureRule } from '../../src/parse/furniture/index.ts';
import { modelStreams, parseWerkAanUitvoering } from '../../src/parse/kst-29362-290.ts';
import { inlinesSourceText, letters, SourceError } from '../../src/parse/source.ts';

const FILE = 'kst-29362-290.web.txt';
const { lines: source, meta, hyphenator: newHyphenator, reviewed } = fixture(FILE, 'kst-29362-290');

function parse(lines: string[] = source, m = meta) {
  const hyphenator = newHyphenator();
  return { ...parseWerkAanUitvoering({ file: FILE, lines }, { meta: m, hyphenator, reviewed }), hyphenator };
}
const { doc, trace, hyphenator } = parse();

const text = (b: Block) => ('content' in b ? resolveSentinels(inlinesSourceText(b.content)) : '');
const block = (id: string) => doc.blocks.find((b) => b.id === id)!;
/** A copy of the source with line `n` (1-based) replaced. */
const withLine = (n: number, replace: (s: string) => string) => source.map((l, i) => (i === n - 1 ? replace(l) : l));
const errorOf = (lines: string[], m = meta): string => {
  try {
    parse(lines, m);
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return (e as Error).message;
  }
  throw new Error('expected a SourceError');
};

describe('kst-29362-290 on the real source', () => {
  it('produces a valid Letter', () => {
    expect(() => LetterSchema.parse(doc)).not.toThrow();
    expect(doc.pages).toBe(17);
  });

  it('checks the metadata and reads the signatory', () => {
    expect(doc.meta.date).toBe('2021-03-05');
    expect(doc.meta.editorialFields).toEqual(['shortTitle', 'officialUrl']);
    expect(doc.meta.signatories).toEqual([{ role: 'De Minister van Sociale Zaken en Werkgelegenheid', name: 'W. Koolmees' }]);
  });

  it('keeps the site title, Kerngegevens and document head verbatim as front', () => {
    expect(doc.front.map((f) => f.line)).toEqual([1, 3, 9, 10, 11, 12, 13, 14, 22, 24, 26, 28, 30, 32, 34]);
    expect(doc.front.map((f) => f.text.replace(/\s+/g, ' '))).toEqual([
      'Brief regering; Kabinetsreactie inzake rapporten Werk aan Uitvoering: het versterken van de publieke dienstverlening - Modernisering van de overheid',
      'Deze brief is onder nr. 290 toegevoegd aan dossier 29362 - Modernisering van de overheid.',
      'Officiële titel Modernisering van de overheid; Brief regering; Kabinetsreactie inzake rapporten Werk aan Uitvoering: het versterken van de publieke dienstverlening',
      'Documentdatum 05-03-2021',
      'Publicatiedatum 12-03-2021',
      'Nummer KST29362290',
      'Kenmerk 29362, nr. 290',
      'Commissie(s) Sociale Zaken en Werkgelegenheid (SZW)',
      'Tweede Kamer der Staten-Generaal',
      'Vergaderjaar 2020-2021',
      '29 362',
      'Modernisering van de overheid',
      'Nr. 290 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN',
      'WERKGELEGENHEID',
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 5 maart 2021',
    ]);
  });

  it('finds the numbered sections and sub-sections', () => {
    const numbered = doc.blocks.filter((b) => b.kind === 'heading' && b.number).map((b) => b.kind === 'heading' && [b.id, b.level, b.number, text(b)]);
    expect(numbered).toEqual([
      ['s1', 2, '1', 'Inleiding'],
      ['s2', 2, '2', 'Overheidsbrede dienstverlening'],
      ['s2-1', 3, '2.1', 'Maatwerk'],
      ['s2-2', 3, '2.2', 'Passende dienstverlening'],
      ['s2-3', 3, '2.3', 'Perspectief'],
      ['s2-4', 3, '2.4', 'Concluderend'],
      ['s3', 2, '3', 'Digitalisering'],
      ['s3-1', 3, '3.1', 'Een veilige Generieke Digitale Infrastructuur (GDI)'],
      ['s3-2', 3, '3.2', 'Data cruciaal voor verbeteren dienstverlening'],
      ['s3-3', 3, '3.3', 'Investeren in opruimen en vernieuwen'],
      ['s4', 2, '4', 'Betere samenwerking en doenlijke wet- en regelgeving'],
      ['s4-1', 3, '4.1', 'Meer begrip en betere samenwerking'],
      ['s4-2', 3, '4.2', 'Begrijpelijke en doenlijke wet- en regelgeving'],
      ['s5', 2, '5', 'Kennis ontwikkelen en kennis delen'],
      ['s5-1', 3, '5.1', 'Vakmanschap'],
      ['s5-2', 3, '5.2', 'Uitvoeringstrends'],
      ['s5-3', 3, '5.3', 'Ontmoetingen'],
      ['s6', 2, '6', 'Tot slot'],
    ]);
  });

  it('finds the unnumbered sub-headings (level 4)', () => {
    const subs = doc.blocks.filter((b) => b.kind === 'heading' && !b.number).map((b) => b.kind === 'heading' && [b.id, b.level, text(b)]);
    expect(subs).toEqual([
      ['s2-1-algemene-wet-bestuursrecht', 4, 'Algemene wet bestuursrecht'],
      ['s2-1-maatwerk-in-de-uitvoering', 4, 'Maatwerk in de uitvoering'],
      ['s4-1-trialoog', 4, 'Trialoog'],
      ['s4-1-personele-mobiliteit-en-waardering', 4, 'Personele mobiliteit en waardering'],
      ['s4-1-de-driehoek', 4, 'De driehoek'],
      ['s4-2-wet-als-cyclus', 4, 'Wet als cyclus'],
      ['s4-2-eenvoudiger', 4, 'Eenvoudiger'],
    ]);
  });

  it('counts the blocks and ends with «Mede namens …» and the signature', () => {
    expect(doc.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(71);
    expect(doc.blocks).toHaveLength(97);
    expect(text(block('p71'))).toMatch(/^Mede namens de Minister van Onderwijs, Cultuur en Wetenschap,.*Staatssecretaris van Financiën - Fiscaliteit/);
    expect(doc.blocks.at(-1)).toMatchObject({ id: 'ondertekening', kind: 'signature', line: 248 });
    expect(text(doc.blocks.at(-1)!)).toBe('De Minister van Sociale Zaken en Werkgelegenheid,\nW. Koolmees');
  });

  it('keeps the 37 endnotes and the three page footnotes, distinctly', () => {
    const endnotes = doc.footnotes.filter((f) => f.id.startsWith('fn-'));
    expect(endnotes.map((f) => f.id)).toEqual(Array.from({ length: 37 }, (_, i) => `fn-${i + 1}`));
    expect(endnotes.map((f) => f.label)).toEqual(Array.from({ length: 37 }, (_, i) => String(i + 1)));
    const pfn = doc.footnotes.filter((f) => f.id.startsWith('pfn-'));
    expect(pfn.map((f) => [f.id, f.label, f.line, f.page, inlinesSourceText(f.content)])).toEqual([
      [
        'pfn-1',
        '1',
        45,
        1,
        'Eindrapport onderzoek «Oordeel Burgers en Ondernemers over Overheidsdienstverlening 2020»; Bijlage bij Kamerstuk 26 643, nr. 721.',
      ],
      ['pfn-32', '32', 203, undefined, 'www.naarhetiak.nl.'],
      ['pfn-33', '33', 203, undefined, 'Kamerstuk 35 510, nr. 4.'],
    ]);
    const fn = (n: number) => inlinesSourceText(endnotes[n - 1]!.content);
    expect(fn(1)).toBe('Kamerstuk 35 510, nr. 4.');
    expect(fn(6)).toBe(inlinesSourceText(pfn[0]!.content));
    expect(fn(23)).toBe('De doenvermogentoets toetst vooraf of voorgenomen beleid en regelgeving «doenlijk» is voor burgers.');
    expect(fn(37)).toMatch(/^Er loopt een onderzoek .*\(Kamerstuk 26 448, nr\. 641\)\.$/);
    expect(doc.footnotes.every((f) => f.placed)).toBe(true);
  });

  it('places every marker, in order, where the source has it', () => {
    const refs: Array<[string, string, string]> = [];
    for (const b of doc.blocks) {
      if (!('content' in b)) continue;
      b.content.forEach((r, i) => {
        if (r.type !== 'noteRef') return;
        // The text before the marker, back to the previous marker (a page break may stand in it).
        let prev = '';
        for (let k = i - 1; k >= 0 && b.content[k]!.type !== 'noteRef'; k--) {
          const run = b.content[k]!;
          if (run.type === 'text') prev = run.value + prev;
        }
        expect(r.source).toBe(r.label);
        expect(r.note.replace(/^p?fn-/, '')).toBe(r.label);
        refs.push([b.id, r.note, prev]);
      });
    }
    const expected: Array<[string, string, string]> = [
      ['p3', 'pfn-1', 'overwegend positief gewaardeerd'],
      ['p3', 'fn-1', 'toegenomen. In de kabinetsreactie'],
      ['p4', 'fn-2', 'Werk aan Uitvoering (WaU)'],
      ['p6', 'fn-3', 'of te herstellen.»'],
      ['p7', 'fn-4', 'Uitvoering van ABDTOPConsult'],
      ['p8', 'fn-5', 'In de kabinetsreactie'],
      ['p9', 'fn-4', 'vier grote rijksuitvoeringsorganisaties'],
      ['p11', 'fn-6', 'gestegen ten opzichte van 2019'],
      ['p12', 'fn-7', 'Dan is er dus maatwerk nodig.'],
      ['p13', 'fn-8', 'tegen beslissingen van de overheid.'],
      ['p18', 'fn-9', 'de ruimte biedt om maatwerk te leveren.'],
      ['p19', 'fn-10', 'spanning tussen maatwerk en rechtsgelijkheid.'],
      ['p20', 'fn-11', 'Kabinetsreactie «Regels en ruimte»'],
      ['p20', 'fn-12', 'maatwerk te leveren.'],
      ['p22', 'fn-13', 'of een combinatie daarvan).'],
      ['p23', 'fn-14', 'inhoudelijke kennis en kunde.'],
      ['p26', 'fn-15', 'naast digitale dienstverlening.'],
      ['p26', 'fn-16', '«er is geen verkeerde deur»'],
      ['p33', 'fn-17', 'op basis van vuistregels.'],
      ['p35', 'fn-18', 'gebaseerd is op publieke waarden'],
      ['p36', 'fn-19', 'in gesprek gaan met de Kamer.'],
      ['p38', 'fn-20', 'voor een goed werkende dienstverlening'],
      ['p39', 'fn-21', 'transparantie van het overheidshandelen.'],
      ['p40', 'fn-22', 'briefings van de uitvoerings'],
      ['p40', 'fn-23', '- en doenvermogentoets'],
      ['p40', 'fn-24', 'voor beleid en regelgeving (IAK)'],
      ['p40', 'fn-25', 'van het programma «Democratie in Actie»'],
      ['p42', 'fn-26', 'de uitkomsten van het onderzoek'],
      ['p44', 'fn-27', 'tussen ministeries en uitvoeringsorganisaties.'],
      ['p46', 'fn-28', 'maar ook moet «kunnen».'],
      ['p47', 'fn-29', 'een andere cultuur en werkwijze.»'],
      ['p48', 'fn-30', 'voor een goede implementatie'],
      ['p49', 'pfn-32', 'voor beleid en regelgeving (IAK)'],
      ['p50', 'pfn-33', 'een jaar na start van de uitvoering toetsen - de «invoeringstoets»'],
      ['p56', 'fn-31', 'naar boven zijn gekomen'],
      ['p58', 'fn-32', 'beter benutten.'],
      ['p60', 'fn-33', 'door de veelheid aan informatie.'],
      ['p61', 'fn-34', 'te realiseren maatschappelijke doelen.'],
      ['p63', 'fn-35', 'hiervoor worden gezien.'],
      ['p65', 'fn-36', 'tot stand dat de samenleving dient.'],
      ['p66', 'fn-37', 'een veelheid aan acties en aanzienlijke investeringen'],
    ];
    expect(refs.map(([b, n]) => [b, n])).toEqual(expected.map(([b, n]) => [b, n]));
    refs.forEach(([, note, prev], i) => expect(prev.endsWith(expected[i]![2]), `${note}: …${prev.slice(-60)}`).toBe(true));
    // «ten opzichte van 20196»: the year 2019 stays whole, the 6 is the marker of note 6.
    const p11 = block('p11');
    expect(p11.kind === 'paragraph' && p11.content[2]?.type === 'text' && p11.content[2].value.startsWith('. Zeven op de tien')).toBe(true);
  });

  it('joins the two paragraphs cut by a page break', () => {
    const p3 = text(block('p3'));
    expect(block('p3').line).toBe(43);
    expect(p3).toContain('toegenomen. In de kabinetsreactie1 op het rapport van de Parlementaire Ondervragingscommissie Kinderopvangtoeslag (POK)');
    expect(p3).toMatch(/wat er beter kan en moet\.$/);
    const p55 = text(block('p55'));
    expect(block('p55').line).toBe(197);
    expect(p55).toContain('Daarom willen we in de Werkagenda aandacht besteden aan ambtelijk vakmanschap, brengen we uitvoeringstrends in kaart');
    expect(doc.blocks.some((b) => b.line === 49 || b.line === 205)).toBe(false);
    // No other paragraph stops mid-sentence.
    for (const b of doc.blocks.filter((x) => x.kind === 'paragraph' && x.id !== 'p71')) {
      expect(text(b), b.id).toMatch(/[.!?»)]\d*$/);
    }
  });

  it('puts a page break where each cut paragraph goes on, with the page where a footer gives it, and places the text it can', () => {
    const breaks = doc.blocks.flatMap((b) =>
      'content' in b
        ? b.content.flatMap((r, i) =>
            r.type === 'pageBreak'
              ? [
                  {
                    id: b.id,
                    page: r.page,
                    before: text({ ...b, content: b.content.slice(0, i) } as Block).slice(-6),
                    after: text({ ...b, content: b.content.slice(i + 1) } as Block).slice(0, 16),
                  },
                ]
              : [],
          )
        : [],
    );
    expect(breaks).toEqual([
      { id: 'p3', page: 2, before: 'In de ', after: 'kabinetsreactie1' },
      { id: 'p55', page: undefined, before: 'teden ', after: 'aan ambtelijk va' },
    ]);
    // Page 1 up to its footer; page 2 for as much text as page 1 holds; the signature on the last page.
    const pages = doc.blocks.map((b) => [b.id, b.page]).filter(([, p]) => p !== undefined);
    expect(pages).toEqual([
      ['s1', 1],
      ['p1', 1],
      ['p2', 1],
      ['p3', 1],
      ['p4', 2],
      ['ondertekening', 17],
    ]);
    expect(doc.pages).toBe(17);
  });

  it('places after a footer only as much text as page 1 holds, and numbers no page a footer does not give', () => {
    // Page 1 with less text than the continuation and paragraph 4: paragraph 4 gets no page.
    const shorter = withLine(39, () => '«De dienstverlening van de overheid.»').map((l, i) => (i === 40 ? 'Deze passage.' : l));
    const a = parse(shorter).doc;
    const breakOf = (d: Letter, id: string) => {
      const b = d.blocks.find((x) => x.id === id)!;
      return 'content' in b ? b.content.find((r) => r.type === 'pageBreak') : undefined;
    };
    expect(breakOf(a, 'p3')).toEqual({ type: 'pageBreak', page: 2 });
    expect(a.blocks.find((b) => b.id === 'p4')!.page).toBeUndefined();
    // Without the footer of page 1, the break has no number and nothing after it a page.
    const b = parse(withLine(47, () => '')).doc;
    expect(breakOf(b, 'p3')).toEqual({ type: 'pageBreak' });
    expect(b.blocks.find((x) => x.id === 'p4')!.page).toBeUndefined();
  });

  it('passes every hyphenated word through the hyphenator', () => {
    expect(hyphenator.log.map((d) => [d.line, d.source, d.result, d.reason])).toEqual([
      [49, 'Ondervragingscom-missie', 'Ondervragingscommissie', 'corpus'],
      [51, 'waarde-volle', 'waardevolle', 'corpus'],
      [70, 'multiproble-matiek', 'multiproblematiek', 'corpus'],
      [92, 'maatwerkop-lossing', 'maatwerkoplossing', 'corpus'],
      [100, 'feedback-loop', 'feedbackloop', 'corpus'],
      [100, 'maatwerk-plaatsen', 'maatwerkplaatsen', 'corpus'],
      [154, 'doenver-mogentoets', 'doenvermogentoets', 'corpus'],
      [246, 'Staatsse-cretaris', 'Staatssecretaris', 'corpus'],
    ]);
    const all = doc.blocks.map(text).join('\n');
    for (const kept of [
      'maatwerk-structuur',
      'co-creatie',
      'pro-actiever',
      'politiek-bestuurlijke',
      'informatie-uitwisseling',
      'TCU-rapport',
      'ICT-systemen',
      'COVID-periode',
      'wet- en regelgeving',
    ]) {
      expect(all, kept).toContain(kept);
    }
    for (const joined of [
      'feedback-loop',
      'com-missie',
      'waarde-volle',
      'proble-matiek',
      'op-lossing',
      'maatwerk-plaatsen',
      'doenver-mogen',
      'Staatsse-cretaris',
    ]) {
      expect(all, joined).not.toContain(joined);
    }
  });

  it('leaves no furniture text in the model', () => {
    const texts = [...doc.blocks.map(text), ...doc.footnotes.map((f) => inlinesSourceText(f.content)), ...doc.front.map((f) => f.text)];
    for (const t of texts) {
      expect(t).not.toMatch(
        /ISSN|'s-Gravenhage 2021|vergaderjaar 2020-2021,|Kerngegevens|Externe link|Originele document|Parlementaire Monitor|Meer informatie|Bijlagen|^\d+\.?$|^Tekst$/,
      );
    }
    expect(trace.furniture.map((f) => [f.line, f.rule])).toEqual([
      [5, 'wau-site-section-number'],
      [7, 'wau-site-section-label'],
      [15, 'wau-site-link'],
      [16, 'wau-site-link'],
      [18, 'wau-site-section-number'],
      [20, 'wau-site-section-label'],
      [47, 'wau-page-footer-issn'],
      [253, 'wau-page-footer'],
      [404, 'wau-site-section-number'],
      [406, 'wau-site-section-label'],
      [412, 'wau-site-section-number'],
      [414, 'wau-site-section-label'],
      [418, 'wau-site-section-number'],
      [420, 'wau-site-section-label'],
      [422, 'wau-site-blurb'],
    ]);
    for (const hit of trace.furniture) {
      const rule = furnitureRule(hit.rule);
      expect(new RegExp(`^(?:${rule.pattern.source})$`, rule.pattern.flags).test(hit.text), `${hit.line} ${hit.text}`).toBe(true);
    }
  });

  it('accounts for every word of the source in the trace', () => {
    for (const f of [...trace.fragments, ...trace.furniture]) {
      expect(source[f.line - 1]!.startsWith(f.text, f.col), `${f.line}:${f.col} ${f.text}`).toBe(true);
    }
    const pieces = [...trace.fragments, ...trace.furniture].sort((a, b) => a.line - b.line || a.col - b.col);
    expect(letters(resolveSentinels(pieces.map((p) => p.text).join(' ')))).toBe(letters(resolveSentinels(source.join('\n'))));
  });

  it('puts exactly the taken text into the model, stream by stream', () => {
    const streams = modelStreams(doc);
    const names = [...new Set(trace.fragments.map((f) => f.stream))];
    expect(names.sort()).toEqual(['body', 'front', 'noteLabels', 'notes']);
    for (const s of names) {
      const taken = takenLetters(trace, s);
      expect(letters(resolveSentinels(streams[s]!.join(' '))), s).toBe(taken);
    }
  });
});

describe('kst-29362-290 on damaged copies', () => {
  const lineOf = (needle: string) => source.findIndex((l) => l.includes(needle)) + 1;

  it('rejects a section number out of sequence', () => {
    const n = lineOf('• 3.');
    expect(errorOf(withLine(n, (l) => l.replace('3.', '4.')))).toMatch(new RegExp(`^${FILE}:${n}: expected section 3`));
  });

  it('rejects a sub-section number out of sequence', () => {
    const n = source.findIndex((l) => /^2\.3\s+Perspectief$/.test(l)) + 1;
    expect(n).toBe(108);
    expect(errorOf(withLine(n, (l) => l.replace('2.3', '2.4')))).toMatch(new RegExp(`^${FILE}:${n}: expected sub-section 2.3`));
  });

  it('rejects an endnote number out of sequence', () => {
    const n = source.indexOf('12') + 1;
    expect(n).toBeGreaterThan(253);
    expect(errorOf(withLine(n, () => '13'))).toMatch(new RegExp(`^${FILE}:${n}: expected endnote 12`));
  });

  it('rejects a marker without a note', () => {
    // Endnote 37 (number and text) removed: «investeringen37» has no note left; the error
    // points where the endnote is missing, after the last one.
    const n = lineOf('aanzienlijke investeringen37');
    const damaged = source.map((l, i) => (i === 398 || i === 400 ? '' : l));
    expect(source[398]).toBe('37');
    expect(errorOf(damaged)).toMatch(new RegExp(`^${FILE}:398: expected endnote 37 for the marker «37» on line ${n} after the last endnote`));
    // A marker glued to a word elsewhere, with no note of its number.
    expect(errorOf(withLine(n, (l) => l.replace('investeringen37', 'investeringen37 en meer44')))).toMatch(
      new RegExp(`^${FILE}:${n}: expected no footnote marker without a note, found «.*meer44»`),
    );
  });

  it('rejects an endnote whose marker is missing', () => {
    const n = lineOf('aanzienlijke investeringen37');
    expect(errorOf(withLine(n, (l) => l.replace('investeringen37', 'investeringen')))).toMatch(
      new RegExp(`^${FILE}:231: expected a marker «37» for endnote 37 \\(${FILE}:401\\), in lines 231–248`),
    );
  });

  it('rejects page footnote texts that do not match their numbers', () => {
    expect(errorOf(withLine(203, () => 'www.naarhetiak.nl.'))).toMatch(new RegExp(`^${FILE}:203: expected the texts of the 2 page footnotes 32, 33`));
  });

  it('rejects unknown text inside a page break', () => {
    expect(errorOf(withLine(47, () => 'Koptekst van de pagina'))).toMatch(
      new RegExp(`^${FILE}:47: expected the continuation \\(in lower case\\) of the paragraph cut at line 43`),
    );
  });

  it('rejects metadata that disagrees with the Kerngegevens', () => {
    expect(errorOf(source, { ...meta, date: '2021-03-12' } as Letter['meta'])).toMatch(
      new RegExp(`^${FILE}:10: expected the Documentdatum of content/documents.json \\(2021-03-12\\)`),
    );
    expect(errorOf(source, { ...meta, vergaderjaar: '2019-2020' })).toMatch(new RegExp(`^${FILE}:24: expected vergaderjaar 2019-2020`));
    expect(errorOf(source, { ...meta, kamerstuk: { dossier: '29 362', number: '282' } })).toMatch(new RegExp(`^${FILE}:13: expected Kenmerk «29362, nr. 282»`));
  });
});
