import { describe, expect, it } from 'vitest';
import { takenLetters } from './taken.ts';
import { fixture } from './fixture.ts';
import { RegelsEnRuimteSchema, type Block, type Inline } from '../../src/model/schema.ts';
import { applyCorrections, INS_OPEN, resolveSentinels } from '../../src/parse/corrections.ts';
import { furnitureRule } from '../../src/parse/furniture/index.ts';
import { modelStreams, parseRegelsEnRuimte } from '../../src/parse/kst-29362-282.ts';
import { letters, SourceError } from '../../src/parse/source.ts';

const FILE = 'kst-29362-282.ocr.txt';
const { raw, lines, meta, corrections, hyphenator: newHyphenator, reviewed } = fixture(FILE, 'kst-29362-282');

function parse(input: string[]) {
  const hyphenator = newHyphenator();
  return { ...parseRegelsEnRuimte({ file: FILE, lines: input }, { meta, hyphenator, reviewed }), hyphenator };
}

const { doc, trace, hyphenator } = parse(lines);
const plain = (runs: Inline[]) => resolveSentinels(runs.map((r) => (r.type === 'text' ? r.value : r.type === 'noteRef' ? `[${r.label}]` : '')).join(''));
const blockText = (b: Block): string => (b.kind === 'list' ? b.items.map((i) => `${i.label} ${plain(i.content)}`).join('\n') : plain(b.content));
const block = (id: string) => {
  const b = doc.blocks.find((x) => x.id === id);
  if (!b) throw new Error(`no block ${id}`);
  return b;
};
const allText = doc.blocks.map(blockText).join('\n') + '\n' + doc.footnotes.map((f) => plain(f.content)).join('\n');

/** Replaces `from` by `to` in line n (1-based) of a copy of the corrected lines. */
function damaged(n: number, from: string, to: string): string[] {
  const copy = [...lines];
  expect(copy[n - 1]).toContain(from);
  copy[n - 1] = copy[n - 1]!.replace(from, to);
  return copy;
}
function errorOf(input: string[]): SourceError {
  try {
    parse(input);
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}

describe('kst-29362-282 parser on the real source', () => {
  it('produces a valid model; metadata from documents.json, signatories from the source', () => {
    RegelsEnRuimteSchema.parse(doc);
    expect(doc.front).toEqual([]);
    expect(doc.meta.title).toBe(meta.title);
    expect(doc.meta.editorialFields).toEqual(meta.editorialFields);
    expect(doc.meta.signatories).toEqual([
      { role: 'De Minister van Binnenlandse Zaken en Koninkrijksrelaties', name: 'R.W. Knops' },
      { role: 'De Minister van Sociale Zaken en Werkgelegenheid', name: 'W. Koolmees' },
      { role: 'De Minister van Onderwijs, Cultuur en Wetenschap', name: 'I.K. van Engelshoven' },
      { role: 'De Minister van Volksgezondheid, Welzijn en Sport', name: 'H.M. de Jonge' },
      { role: 'De Minister voor Rechtsbescherming', name: 'S. Dekker' },
      { role: 'De Minister van Financiën', name: 'W.B. Hoekstra' },
    ]);
    const sig = block('ondertekening');
    expect(sig.kind).toBe('signature');
    expect([sig.line, sig.page]).toEqual([460, 9]);
    expect(blockText(sig).split('\n')).toHaveLength(12);
  });

  it('finds the sub-headings (level 3) and the four action clusters (level 4)', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.id, (b as { level: number }).level, blockText(b)]);
    expect(headings).toEqual([
      ['dienstverlening-door-de-rijksoverheid', 3, 'Dienstverlening door de (rijks)overheid'],
      ['ruimte-binnen-de-algemene-wet-bestuursrecht', 3, 'Ruimte binnen de Algemene wet bestuursrecht'],
      ['lopende-initiatieven-verbetering-dienstverlening', 3, 'Lopende initiatieven verbetering dienstverlening'],
      ['inhoud-en-conclusies-onderzoek-regels-en', 3, 'Inhoud en conclusies onderzoek Regels en Ruimte'],
      ['algemene-reactie-op-het-onderzoek', 3, 'Algemene reactie op het onderzoek'],
      ['stroomlijnen-uitvoeringsprocessen', 3, 'Stroomlijnen uitvoeringsprocessen'],
      ['vervolgproces', 3, 'Vervolgproces'],
      ['overzicht-acties', 3, 'Overzicht acties'],
      ['aanpak-maatwerk-kabinet-samen-met-de', 4, 'Aanpak maatwerk kabinet samen met de uitvoeringsorganisaties'],
      [
        'aansluiten-bij-bestaande-programmas-brede-schuldenaanpak',
        4,
        'Aansluiten bij bestaande programma’s: Brede Schuldenaanpak, Verkenning Maatwerk Multiprobleemhuishoudens en de Aanpak Levensgebeurtenissen',
      ],
      ['meer-maatwerk-aan-de-voorkant-en', 4, 'Meer maatwerk aan de voorkant en pilots'],
      ['algemene-wet-bestuursrecht', 4, 'Algemene wet bestuursrecht'],
      ['reactie-op-de-concrete-aanbevelingen', 3, 'Reactie op de concrete aanbevelingen'],
    ]);
  });

  it('reads the 9 actions in four clusters, three numbers restored as editorial insertions', () => {
    const clusters = [
      'Aanpak maatwerk kabinet samen met de uitvoeringsorganisaties',
      'Aansluiten bij bestaande programma’s: Brede Schuldenaanpak, Verkenning Maatwerk Multiprobleemhuishoudens en de Aanpak Levensgebeurtenissen',
      'Meer maatwerk aan de voorkant en pilots',
      'Algemene wet bestuursrecht',
    ];
    expect(doc.actions.map((a) => [a.number, clusters.indexOf(a.cluster) + 1, a.numberRestored, a.blockIds])).toEqual([
      [1, 1, false, ['actie-1']],
      [2, 1, false, ['actie-2']],
      [3, 1, false, ['actie-3']],
      [4, 2, false, ['actie-4']],
      [5, 2, true, ['actie-5']],
      [6, 3, false, ['actie-6']],
      [7, 3, true, ['actie-7']],
      [8, 4, false, ['actie-8']],
      [9, 4, true, ['actie-9']],
    ]);
    // The lone «4.» (line 407) joins its paragraph; restored numbers are marked insertions.
    const a4 = block('actie-4');
    expect([a4.line, blockText(a4).slice(0, 30)]).toEqual([407, '4. Het is van groot belang om ']);
    for (const n of [5, 7, 9]) {
      const b = block(`actie-${n}`) as { content: Inline[] };
      expect((b.content[0] as { value: string }).value.startsWith(`${INS_OPEN}rer-actie-${n}-nummer`)).toBe(true);
      expect(plain(b.content).startsWith(`${n}. `)).toBe(true);
    }
    // Action 9 runs over the page break (footnote 12 and page 9 between).
    expect(blockText(block('actie-9'))).toMatch(/waarin de bijzondere wet niets regelt\. .* Kamer ingediend\.$/);
    expect(blockText(block('actie-6'))).toMatch(/Op 25 november jl\. heeft de Kamer daarover een brief ontvangen van de Minister van BZK\[12\]\.$/);
  });

  it('reads Aanbeveling 1–6, each with its «Reactie:»', () => {
    expect(doc.recommendations).toEqual([
      { number: 1, textBlockIds: ['aanbeveling-1'], reactionBlockIds: ['reactie-1', 'p31', 'p32', 'p33', 'p34'] },
      { number: 2, textBlockIds: ['aanbeveling-2'], reactionBlockIds: ['reactie-2', 'p35', 'p36'] },
      { number: 3, textBlockIds: ['aanbeveling-3'], reactionBlockIds: ['reactie-3', 'p37', 'p38'] },
      { number: 4, textBlockIds: ['aanbeveling-4'], reactionBlockIds: ['reactie-4', 'p39', 'p40', 'p41', 'p42'] },
      { number: 5, textBlockIds: ['aanbeveling-5'], reactionBlockIds: ['reactie-5', 'p43', 'p44', 'p45', 'p46', 'p47', 'p48'] },
      { number: 6, textBlockIds: ['aanbeveling-6', 'p49'], reactionBlockIds: ['reactie-6', 'p50', 'p51', 'p52'] },
    ]);
    expect(blockText(block('reactie-3'))).toBe('Reactie:');
    // Aanbeveling 6 is broken by blank lines mid-sentence, and has a lettered list.
    expect(blockText(block('aanbeveling-6'))).toBe(
      'Aanbeveling 6. Verken en experimenteer met een radicaal scenario van vergroting van de ruimte voor maatwerk in de dienstverlening met de volgende elementen:',
    );
    const list = block('p49');
    expect(list.kind === 'list' && list.items.map((i) => [i.label, plain(i.content).slice(0, 25)])).toEqual([
      ['a.', 'Deregulering van (onderde'],
      ['b.', 'Verder professionaliserin'],
      ['c.', 'Versterking van de verant'],
    ]);
  });

  it('counts 15 pages from the page breaks, checked by the one footer kept («… nr. 282 5»)', () => {
    expect(doc.pages).toBe(15);
    expect(trace.furniture).toEqual([
      { rule: 'kst-29362-282-page-footer', line: 279, col: 0, text: 'Tweede Kamer, vergaderjaar 2019-2020, 29 362, nr. 282 5' },
    ]);
    expect(furnitureRule('kst-29362-282-page-footer').pattern.test(trace.furniture[0]!.text)).toBe(true);
    expect(allText).not.toMatch(/Tweede Kamer, vergaderjaar|nr\. 282 \d/);
    const pageOf = (id: string) => block(id).page;
    expect(
      [
        'p1',
        'p3',
        'p11',
        'p12',
        'p17',
        'p22',
        'p27',
        'actie-4',
        'ondertekening',
        'aanbeveling-1',
        'aanbeveling-2',
        'aanbeveling-4',
        'aanbeveling-5',
        'p47',
        'p52',
      ].map(pageOf),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    for (const b of doc.blocks) expect(b.page, b.id).toBeDefined();
  });

  it('joins paragraphs across page breaks and mid-sentence blank lines, and splits them at blank lines', () => {
    // Page 2→3 break with footnotes 3–6 between.
    expect(blockText(block('p8'))).toMatch(/opdracht tot maatwerk in bepaalde gevallen\.\[7\] Dat wil niet zeggen/);
    // Across the footer of page 5, and the blank line in «heeft op | 23 oktober 2019».
    expect(blockText(block('p21'))).toMatch(/^De Afdeling bestuursrechtspraak van de Raad van State heeft op 23 oktober 2019 in een tweetal/);
    expect(blockText(block('p21'))).toMatch(/bepalen hoe zij omgaan met eerdere beslissingen over terugvorderingen\[11\]\. De uitspraak/);
    // «Ten slotte … niveau | (blank) | eerder aandacht …», then over the page 6→7 break.
    expect(blockText(block('p26'))).toMatch(/politiek niveau eerder aandacht .* regelgeving in probleemsituaties terecht komen\./);
    // A page opening with a new sentence after a full stop starts a paragraph (line 30).
    expect([block('p3').line, blockText(block('p2')).endsWith('passende communicatiekanalen.')]).toEqual([30, true]);
    // «Overzicht acties» (369) is followed directly by its intro line (370) and a cluster heading (371).
    expect([block('p30').line, blockText(block('p30'))]).toEqual([370, 'Hieronder staan, geclusterd naar vier thema’s, een aantal acties verwoord.']);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').length).toBe(72);
    expect(doc.blocks.length).toBe(87);
  });

  it('keeps 20 footnotes, numbered by order, with their markers placed by order and page', () => {
    expect(doc.footnotes.map((f) => [f.label, f.line, f.page, f.placed])).toEqual([
      ['1', 24, 1, true],
      ['2', 29, 1, true],
      ['3', 74, 2, true],
      ['4', 78, 2, true],
      ['5', 83, 2, true],
      ['6', 88, 2, true],
      ['7', 142, 3, true],
      ['8', 155, 3, true],
      ['9', 214, 4, true],
      ['10', 215, 4, true],
      ['11', 342, 6, true],
      ['12', 455, 8, true],
      ['13', 656, 12, true],
      ['14', 657, 12, true],
      ['15', 658, 12, true],
      ['16', 659, 12, true],
      ['17', 719, 13, true],
      ['18', 782, 14, true],
      ['19', 785, 14, true],
      ['20', 787, 14, true],
    ]);
    const refs = doc.blocks.flatMap((b) =>
      (b.kind === 'list' ? b.items.flatMap((i) => i.content) : b.content).flatMap((r) => (r.type === 'noteRef' ? [[r.label, r.source, b.id]] : [])),
    );
    expect(refs).toEqual([
      ['1', '"', 'p1'],
      ['2', '2', 'p1'],
      ['3', '®', 'p3'],
      ['4', '*', 'p4'],
      ['5', '®', 'p5'],
      ['6', '®', 'p6'],
      ['7', '”', 'p8'],
      ['8', '®', 'p11'],
      ['9', '®', 'p11'],
      ['10', "'®", 'p12'],
      ['11', "'’", 'p21'],
      ['12', "'2", 'actie-6'],
      ['13', '™', 'p38'],
      ['14', "'*", 'p39'],
      ['15', '™', 'p39'],
      ['16', '®', 'p39'],
      ['17', '””', 'p46'],
      ['18', '’®', 'p46'],
      ['19', "'®", 'p47'],
      ['20', '®', 'p48'],
    ]);
    const fn = (n: number) => plain(doc.footnotes[n - 1]!.content);
    // The OCR'd number is kept as sourceLabel: «w» (alone on line 74) = 3, «~» = 7.
    expect(doc.footnotes.map((f) => f.sourceLabel)).toEqual(expect.arrayContaining(['w', '~']));
    expect(doc.footnotes[2]!.sourceLabel).toBe('w');
    expect(fn(3)).toBe('Uw Kamer ontvangt hierover op korte termijn een brief');
    expect(fn(7)).toMatch(/^Het in artikel 3:2 .* te dienen doelen\. Het uitgangspunt is niet «regel is regel»\..* verzacht\.$/);
    expect(fn(8)).toBe('Kamerstuk 34 775 VI, nr. 88.');
    expect(doc.footnotes[15]!.sourceLabel).toBe('8');
    expect(fn(16)).toBe('Geactualiseerde versie NL DIGIbeter 2019. Agenda Digitale Overheid, p. 92, Bijlage bij Kamerstuk 26 643, nr. 621.');
    expect(fn(4)).toContain(
      '(https://www.nationaleombudsman.nl/system/files/bijlage/1%20RAPPORT%20Nationale%20Ombudsman%20-%20relatie%20burger%20overheid%202030_def.pdf).',
    );
    expect(fn(1)).toContain('uitvoerende organisaties, verenigd');
  });

  it('applies the OCR repairs', () => {
    for (const bad of [
      'Financién',
      'Ministeriéle',
      'ministeriéle',
      'efficiénte',
      'cliénten',
      'creéren',
      'oriéntatie',
      'Artificiéle',
      'geinformeerd',
      'geinvesteerd',
      'vilek',
      'leder',
      '21°',
      "'’s",
      'NLDIGIbeter',
      '0mbudsman',
      'coordinatie',
    ]) {
      expect(allText, bad).not.toContain(bad);
    }
    // é stands only in «één».
    expect(allText.match(/\p{L}*é\p{L}*/gu)?.every((w) => w.toLowerCase() === 'één')).toBe(true);
    expect(allText).toContain('De Minister van Financiën,');
    expect(allText).toContain('Ieder ministerie');
    expect(allText).toContain('in de 21e eeuw');
    expect(allText).toContain('om — waar nodig — ruimte voor maatwerk te creëren');
    for (const c of corrections) expect(c.file).toBe(FILE);
    expect(corrections.filter((c) => c.kind === 'insertion').map((c) => c.line)).toEqual([419, 436, 452]);
  });

  it('decides line-end hyphens by evidence', () => {
    const decided = new Map(hyphenator.log.map((d) => [d.source, `${d.decision}:${d.reason}`]));
    expect(decided.get('(middel-|)grote')).toBe('keep:capital');
    expect(decided.get('wet-|en')).toBe('keep:suspended-compound');
    expect(decided.get('organisatie-|overstijgende')).toBe('keep:attested-hyphen');
    // «data-analyse» is on the reviewed keep list (content/hyphenation/bijlage.json), which all documents share.
    expect(decided.get('data-|analyse.')).toBe('keep:reviewed-keep');
    expect(decided.get('keuze-|vrijheid,')).toBe('join:reviewed-join');
    expect(decided.get('begrijpe-|lijke')).toBe('join:corpus');
    expect(hyphenator.log.length).toBe(59);
    expect(blockText(block('p1'))).toContain('bij een aantal (middel-)grote uitvoerders');
    expect(blockText(block('actie-5'))).toContain('de huidige wet- en regelgeving vereist is');
    expect(blockText(block('p11'))).toContain('De nadruk op keuzevrijheid, zelfredzaamheid');
    // No line-end hyphen left with a space after it, except suspended compounds («bezwaar- en beroep»).
    expect(allText).not.toMatch(/\p{Ll}- (?!en\b|of\b)\p{Ll}/u);
  });

  it('puts exactly the taken text into the model, stream by stream, and accounts for every line', () => {
    const streams = modelStreams(doc);
    expect(new Set(trace.fragments.map((f) => f.stream))).toEqual(new Set(['body', 'notes']));
    for (const stream of ['body', 'notes']) {
      const taken = takenLetters(trace, stream);
      expect(letters(resolveSentinels(streams[stream]!.join(' '))), stream).toBe(taken);
    }
    const pieces = [...trace.fragments, ...trace.furniture].sort((a, b) => a.line - b.line || a.col - b.col);
    expect(letters(resolveSentinels(pieces.map((p) => p.text).join(' ')))).toBe(letters(resolveSentinels(lines.join('\n'))));
    for (const f of pieces) expect(lines[f.line - 1]!.startsWith(f.text, f.col), `${f.line}`).toBe(true);
  });
});

describe('kst-29362-282 parser on damaged copies', () => {
  it('rejects an Aanbeveling out of sequence', () => {
    const e = errorOf(damaged(544, 'Aanbeveling 2.', 'Aanbeveling 3.'));
    expect(e.message).toMatch(/^kst-29362-282\.ocr\.txt:479: expected Aanbeveling 2, in lines 479–544/);
  });

  it('rejects a page footer out of sequence', () => {
    const e = errorOf(damaged(279, 'nr. 282 5', 'nr. 282 6'));
    expect(e.message).toMatch(/^kst-29362-282\.ocr\.txt:279: expected the page footer of page 5/);
  });

  it('rejects a footnote line that cannot be numbered', () => {
    const e = errorOf(damaged(29, '2 Handelingen', '5 Handelingen'));
    expect(e.message).toMatch(/^kst-29362-282\.ocr\.txt:29: expected footnote 2/);
  });

  it('rejects an action whose number is missing (without the restoring correction)', () => {
    const withoutFive = applyCorrections(
      FILE,
      raw,
      corrections.filter((c) => c.id !== 'rer-actie-5-nummer'),
    ).lines;
    const e = errorOf(withoutFive);
    expect(e.message).toMatch(/^kst-29362-282\.ocr\.txt:407: expected action 5, in lines 407–428/);
  });

  it('rejects a footnote marker without a note on its page', () => {
    const e = errorOf(damaged(220, 'maatwerk blijkt ook', 'maatwerk® blijkt ook'));
    expect(e.message).toMatch(/^kst-29362-282\.ocr\.txt:220: expected a footnote for the marker «®»/);
  });

  it('rejects a recommendation without its «Reactie:»', () => {
    const e = errorOf(damaged(549, 'Reactie:', 'Toelichting:'));
    expect(e.message).toMatch(/^kst-29362-282\.ocr\.txt:544: expected «Reactie:» to Aanbeveling 2, in lines 544–572/);
  });
});

describe('kst-29362-282 page breaks', () => {
  it('marks a page that begins inside a paragraph where it begins (page 4 at «toegankelijkheid en begrijpelijkheid»)', () => {
    const block = doc.blocks.find((b) => b.kind !== 'list' && b.content.some((r) => r.type === 'pageBreak' && r.page === 4))!;
    expect(block.kind === 'list' ? undefined : block.page).toBe(3);
    const runs = block.kind === 'list' ? [] : block.content;
    const i = runs.findIndex((r) => r.type === 'pageBreak');
    expect(runs[i + 1]).toMatchObject({ type: 'text', value: expect.stringMatching(/^toegankelijkheid en begrijpelijkheid/) });
  });
});
