import { describe, expect, it } from 'vitest';
import { fixture } from './fixture.ts';
import { AnnexSchema, type Action, type Block, type Inline } from '../../src/model/schema.ts';
import { parseAnnex, modelStreams } from '../../src/parse/bijlage.ts';
import { resolveSentinels, SIC } from '../../src/parse/corrections.ts';
import { furnitureRule } from '../../src/parse/furniture/index.ts';
import { letters, SourceError } from '../../src/parse/source.ts';

const FILE = 'bijlage-35510-60.tabel.txt';
const { lines, meta, corrections, hyphenation, hyphenator: newHyphenator, reviewed } = fixture(FILE, 'bijlage');

function parse(input: string[], file = FILE) {
  const hyphenator = newHyphenator();
  return { ...parseAnnex({ file, lines: input }, { meta, hyphenator, reviewed }), hyphenator };
}

const { doc, trace, hyphenator } = parse(lines);
const action = (n: number): Action => doc.actions[n - 1]!;
const plain = (runs: Inline[]) => resolveSentinels(runs.map((r) => (r.type === 'text' ? r.value : r.type === 'noteRef' ? `[${r.label}]` : '')).join(''));
const blockText = (b: Block): string => (b.kind === 'list' ? b.items.map((i) => `${i.label ?? '-'} ${plain(i.content)}`).join('\n') : plain(b.content));
const text = (blocks: Block[]) => blocks.map(blockText).join('\n\n');

describe('annex parser on the real source', () => {
  it('produces a valid annex with 86 actions numbered 1..86', () => {
    AnnexSchema.parse(doc);
    expect(doc.actions.map((a) => a.number)).toEqual(Array.from({ length: 86 }, (_, i) => i + 1));
  });

  it('reads the intro: title heading and introduction paragraph', () => {
    expect(doc.intro.map((b) => [b.id, b.kind])).toEqual([
      ['titel', 'heading'],
      ['p1', 'paragraph'],
    ]);
    expect(text(doc.intro)).toMatch(
      /^Stand van zaken vervolgacties Parlementaire Onderzoekscommissie Kinderopvangtoeslag\n\nIn onderstaande tabel .* 19 januari 2021\.$/,
    );
  });

  it('reads sections and sub-sections, and gives each action its section', () => {
    expect(doc.sections).toEqual([
      { title: 'HERSTELOPERATIE', subsections: [] },
      { title: 'TOEKOMST TOESLAGEN', subsections: [] },
      { title: 'RESPONSIEVE DIENSTVERLENING', subsections: ['Signalen', 'Versterken dienstverlening van overheid'] },
      {
        title: 'RESPONSIEVE OVERHEID EN ANTIDISCRIMINATIE',
        subsections: ['Wet- en regelgeving en de menselijke maat', 'Discriminatie en het gebruik van nationaliteit'],
      },
      {
        title: 'INFORMATIEVOORZIENING EN POLITIEK AMBTELIJKE VERHOUDINGEN',
        subsections: ['Informatievoorziening aan parlement en samenleving', 'Informatiehuishouding: basis op orde'],
      },
      { title: 'AMBTELIJK VAKMANSCHAP', subsections: [] },
      { title: 'OVERIG', subsections: [] },
    ]);
    // [first action, section, subsection] of every section and sub-section
    const firsts: Array<[number, string, string | undefined]> = [];
    let key = '';
    for (const a of doc.actions) {
      const k = `${a.section}|${a.subsection ?? ''}`;
      if (k !== key) firsts.push([a.number, a.section, a.subsection]);
      key = k;
    }
    expect(firsts).toEqual([
      [1, 'HERSTELOPERATIE', undefined],
      [13, 'TOEKOMST TOESLAGEN', undefined],
      [17, 'RESPONSIEVE DIENSTVERLENING', 'Signalen'],
      [26, 'RESPONSIEVE DIENSTVERLENING', 'Versterken dienstverlening van overheid'],
      [35, 'RESPONSIEVE OVERHEID EN ANTIDISCRIMINATIE', 'Wet- en regelgeving en de menselijke maat'],
      [51, 'RESPONSIEVE OVERHEID EN ANTIDISCRIMINATIE', 'Discriminatie en het gebruik van nationaliteit'],
      [63, 'INFORMATIEVOORZIENING EN POLITIEK AMBTELIJKE VERHOUDINGEN', 'Informatievoorziening aan parlement en samenleving'],
      [72, 'INFORMATIEVOORZIENING EN POLITIEK AMBTELIJKE VERHOUDINGEN', 'Informatiehuishouding: basis op orde'],
      [83, 'AMBTELIJK VAKMANSCHAP', undefined],
      [85, 'OVERIG', undefined],
    ]);
  });

  it('joins status cells continued mid-sentence across a page break into one paragraph', () => {
    const s10 = action(10).status;
    expect(s10).toHaveLength(1);
    expect(blockText(s10[0]!)).toContain('afwegingen die het Kabinet graag gezamenlijk met de Kamer maakt. Na besluitvorming');
    // continuations that start with <p> but go on mid-sentence
    expect(action(36).status.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    expect((action(36).status[1] as Extract<Block, { kind: 'list' }>).items).toHaveLength(2);
    expect(text(action(36).status)).toContain('het toekennen van beslissingsruimte of de introductie van een hardheidsclausule');
    expect(text(action(38).status)).toContain('door departementen. De herziening van het IAK richt zich');
    expect(text(action(41).status)).toContain('waarin de burger wordt meegenomen in wat wél kan');
    expect(text(action(64).status)).toContain('Deze ziet op het openbaar maken van beslisnota');
    expect(text(action(74).status)).toContain('capaciteitsuitbreiding, een rijksbrede arbeidsmarktcampagne');
    expect(text(action(86).status)).toMatch(/inclusief de Staten-Generaal en de rechterlijke macht\.$/);
    // a continuation after a finished sentence starts a new paragraph
    expect(
      action(70)
        .status.map((b) => blockText(b).slice(0, 30))
        .at(-1),
    ).toBe('Algemeen juridische beleidsadv');
    expect(action(19).status.map((b) => b.kind)).toEqual(['list', 'paragraph', 'paragraph', 'list', 'paragraph']);
    // a list continued on the next page stays one list
    expect(action(83).status[1]).toMatchObject({ kind: 'list' });
    expect((action(83).status[1] as Extract<Block, { kind: 'list' }>).items).toHaveLength(5);
  });

  it('puts a page break where the next page begins, inside a paragraph, before a list item, in each column', () => {
    const around = (runs: Inline[], page: number) => {
      const i = runs.findIndex((r) => r.type === 'pageBreak' && r.page === page);
      return i < 0 ? undefined : [plain(runs.slice(0, i)).slice(-25), plain(runs.slice(i + 1)).slice(0, 25)];
    };
    const runsOf = (b: Block) => (b.kind === 'list' ? b.items.flatMap((it) => it.content) : b.content);
    const find = (blocks: Block[], page: number) => blocks.map((b) => around(runsOf(b), page)).find((x) => x);
    // Inside a list item (action 36, page 9), and inside a paragraph (action 41, page 11).
    expect(find(action(36).status, 9)).toEqual(['vallen het toekennen van ', 'beslissingsruimte of de i']);
    expect(action(36).status[2]!.page).toBe(9);
    expect(find(action(41).status, 11)![1]).toMatch(/^meegenomen in wat wél kan/);
    // Before the second item of a list continued on page 24 (action 83): the four items after it are on page 24.
    const list83 = action(83).status[1] as Extract<Block, { kind: 'list' }>;
    expect(list83.page).toBe(23);
    expect(list83.items.map((it) => it.content[0]!.type)).toEqual(['text', 'pageBreak', 'text', 'text', 'text']);
    // Both columns of a row continued on the next page (action 22, page 6).
    expect(find(action(22).description, 6)![1]).toMatch(/^rechtspraak om te bezien/);
    expect(action(22).status.every((b) => b.page === 5)).toBe(true);
    // A block that begins on the new page carries the page itself, no break.
    expect(action(70).status.at(-1)!.page).toBe(20);
  });

  it('continues the descriptions of actions 22, 44, 51, 56, 61, 64 and 67', () => {
    const ends: Record<number, string> = {
      22: 'en de Raad voor de rechtspraak om te bezien hoe we aanvullend signalen kunnen krijgen over wet- en regelgeving en uitvoeringspraktijk, waardoor mensen in de knel komen.',
      44: 'het pgb en de wetten die door het UWV worden uitgevoerd én een voorstel voor een dergelijk onderzoek binnen drie weken aan de Kamer voor te leggen, burgers de mogelijkheid te geven om voorbeelden aan te leveren, en een eerste rapportage voor 1 juli aan de Kamer te doen toekomen, (NR. 13 Motie Omtzigt cs)',
      51: 'aandacht worden besteed aan mogelijk (indirect) discriminerende aspecten.',
      56: 'bij de Belastingdienst en Toeslagen en daarna ook andere grote uitvoeringsorganisaties, zoals UWV, SVB, DUO. In samenhang hiermee versterken van ondersteunende capaciteit CvdRM. En ook overigens inzetten op actieve aanpak van “onbedoelde” discriminatie in de uitvoeringsorganisaties.',
      61: 'aan de voorkant (NR. 30 Motie Azarkan/Van Kooten-Arissen)',
      64: "dat aan het parlement wordt gestuurd, onderliggende departementale nota's die bewindspersonen hebben gebruik voor de besluitvorming actief openbaar te maken.",
      67: 'zal de centrale juridische directie hierover een zelfstandig oordeel uitbrengen aan de minister.',
    };
    for (const [n, end] of Object.entries(ends)) {
      const a = action(Number(n));
      expect(a.description, `action ${n}`).toHaveLength(1);
      expect(text(a.description).endsWith(end), `action ${n}: ${text(a.description)}`).toBe(true);
    }
    expect(action(22).status).toHaveLength(1);
    expect(action(67).status).toHaveLength(1);
  });

  it('recovers the lists of the descriptions of actions 22, 33 and 35', () => {
    const items = (n: number) => {
      const b = action(n).description;
      expect(b).toHaveLength(1);
      expect(b[0]!.kind).toBe('list');
      return (b[0] as Extract<Block, { kind: 'list' }>).items.map((i) => plain(i.content));
    };
    expect(items(22).map((s) => s.slice(0, 30))).toEqual([
      'Casusoverleg vast onderdeel ma',
      'Casussen periodiek bespreken i',
      'In gesprek met rijksinspecties',
    ]);
    expect(items(33)).toEqual([
      'Alle uitvoerders sluiten aan op Landelijk Maatwerkloket multiproblematiek. Dit loket stellen we ook open voor gemeenten',
      'In verbinding met gemeenten, landelijke uitvoeringsorganisaties en het Landelijk maatwerkloket multiproblematiek ingang bij ministeries creëren voor vragen over sociaal domein',
    ]);
    expect(items(35)).toHaveLength(2);
    expect(items(35)[1]).toBe('Als regel in wetgeving een hardheidsclausule opnemen (NR 37 motie van Brenk)');
    // a dash inside parentheses is no bullet
    const s42 = action(42).status.find((b) => b.kind === 'list' && plain(b.items[0]!.content).startsWith('Aanpassing intranet'));
    expect(s42 && blockText(s42)).toContain('(april - okt 2021)');
    // lettered lists
    const lettered = action(39).status[1] as Extract<Block, { kind: 'list' }>;
    expect(lettered.ordered).toBe(true);
    expect(lettered.items.map((i) => i.label)).toEqual(['A.', 'B.', 'C.', 'D.', 'E.']);
    const s81 = action(81).status.find((b) => b.kind === 'list') as Extract<Block, { kind: 'list' }>;
    expect(s81.items.map((i) => i.label)).toEqual(['a.', 'b.', 'c.']);
  });

  it('keeps no tag debris in any text', () => {
    const all = JSON.stringify(doc.actions) + JSON.stringify(doc.intro);
    expect(all).not.toMatch(/[<>]/);
    expect(all).not.toContain('list-style');
  });

  it('gives block ids per action and keeps the empty status of action 4', () => {
    expect(action(4).status).toEqual([]);
    expect(action(19).status.map((b) => b.id)).toEqual(['stand-1', 'stand-2', 'stand-3', 'stand-4', 'stand-5']);
    expect(action(37).description.map((b) => b.id)).toEqual(['omschrijving-1', 'omschrijving-2']);
    expect(action(10).line).toBe(20);
    expect(action(10).status[0]!.page).toBe(2);
  });

  it('places the footnote of action 58', () => {
    const a = action(58);
    expect(a.footnotes).toEqual([
      { id: 'fn-1', label: '1', content: [{ type: 'text', value: 'Kamerstukken II 2020/21, 30 950, nr. 218' }], line: 120, page: 16, placed: true },
    ]);
    const refs = a.status.flatMap((b) => (b.kind === 'paragraph' ? b.content : [])).filter((r) => r.type === 'noteRef');
    expect(refs).toEqual([{ type: 'noteRef', note: 'fn-1', label: '1', source: '¹' }]);
    expect(plain((a.status[0] as Extract<Block, { kind: 'paragraph' }>).content)).toContain('naar de Tweede Kamer gezonden[1]. Het profiel');
    expect(doc.actions.filter((x) => x.footnotes.length > 0).map((x) => x.number)).toEqual([58]);
  });

  it('leaves motions and cited actions to the enriched references (corpus.ts)', () => {
    expect(doc.actions.every((a) => a.motions.length === 0 && a.cites.length === 0)).toBe(true);
  });

  it('applies the corrections: 7e repaired, original typos kept and marked [sic]', () => {
    expect(text(action(1).status)).toContain('In de 7e Voortgangsrapportage');
    expect(JSON.stringify(doc)).not.toContain('^');
    const s1 = (action(1).status[0] as Extract<Block, { kind: 'paragraph' }>).content.map((r) => (r.type === 'text' ? r.value : '')).join('');
    expect(s1).toContain(`Cathuisregeling${SIC}bijlage-sic-cathuisregeling`);
    const sics = corrections.filter((c) => c.kind === 'sic').map((c) => c.id);
    const json = JSON.stringify(doc);
    for (const id of sics) expect(json).toContain(`${SIC}${id}`);
  });

  it('decides the kept join hyphens by evidence', () => {
    expect(hyphenator.log.map((d) => `${d.line}:${d.source}→${d.result}:${d.reason}`)).toEqual([
      '64:Multiprobleem-huishoudens→Multiprobleemhuishoudens:corpus',
    ]);
    expect(text(action(33).status)).toContain('Programma Maatwerk Multiprobleemhuishoudens (PMM)');
    // real hyphens stay
    expect(text(action(7).description)).toContain('(zorg-huur, kind gebonden budget)');
    expect(text(action(72).status)).toContain('e-mail');
    // «concept- beleidslijn» with a space is kept and marked [sic] (content/corrections/bijlage.json).
    expect(text(action(64).status)).toContain('concept- beleidslijn');
    // every reviewed decision names a word of this source, and the model keeps it
    const model = JSON.stringify(doc.actions).toLowerCase();
    for (const w of [...hyphenation.keep, ...hyphenation.join]) {
      expect(lines.join('\n').toLowerCase(), w).toContain(w);
      expect(model, w).toContain(w);
    }
  });

  it('accounts for every fragment of the source (trace)', () => {
    for (const f of [...trace.fragments, ...trace.furniture]) {
      expect(lines[f.line - 1]!.startsWith(f.text, f.col), `${f.line}:${f.col} «${f.text}»`).toBe(true);
    }
    const pieces = [
      ...trace.fragments.map((f) => ({ line: f.line, col: f.col, text: f.text })),
      ...trace.furniture.map((f) => ({ line: f.line, col: f.col, text: f.text })),
    ].sort((a, b) => a.line - b.line || a.col - b.col);
    expect(letters(resolveSentinels(pieces.map((p) => p.text).join('')))).toBe(letters(resolveSentinels(lines.join('\n'))));
    for (const f of trace.furniture) expect(f.text).toMatch(furnitureRule(f.rule).pattern);
    const rules = new Set(trace.furniture.map((f) => f.rule));
    expect([...rules].sort()).toEqual(['bijlage-footnote-number', 'bijlage-list-dash', 'bijlage-table-header', 'bijlage-table-header-repeated', 'html-tag']);
    expect(trace.furniture.filter((f) => f.rule === 'bijlage-table-header').map((f) => f.line)).toEqual([7]);
    expect(trace.furniture.filter((f) => f.rule === 'bijlage-table-header-repeated')).toHaveLength(25);
  });

  it('matches each trace stream with the model', () => {
    const streams = modelStreams(doc);
    const names = new Set(trace.fragments.map((f) => f.stream));
    expect([...names].sort()).toEqual(Object.keys(streams).sort());
    for (const name of names) {
      const taken = trace.fragments
        .filter((f) => f.stream === name)
        .sort((a, b) => a.line - b.line || a.col - b.col)
        .map((f) => f.text);
      expect(letters(resolveSentinels(taken.join(''))), name).toBe(letters(resolveSentinels(streams[name]!.join(''))));
    }
  });
});

describe('annex parser on damaged input', () => {
  const expectError = (input: string[], where: string, expected: RegExp) => {
    let error: unknown;
    try {
      parse(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toContain(`${FILE}:${where}:`);
    expect((error as Error).message).toMatch(expected);
  };
  const lineOf = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));

  it('rejects an action number out of sequence', () => {
    const copy = [...lines];
    const i = lineOf('5.\t');
    copy[i] = copy[i]!.replace(/^5\./, '6.');
    expectError(copy, String(i + 1), /expected action number 5\., found «6\.»/);
  });

  it('rejects a duplicated action number', () => {
    const copy = [...lines];
    const i = lineOf('12.\t');
    copy.splice(i + 1, 0, copy[i]!);
    expectError(copy, String(i + 2), /expected action number 13\., found «12\.»/);
  });

  it('rejects a continuation row before any action', () => {
    const copy = [...lines];
    copy.splice(7, 0, '\t\tverweesde tekst');
    expectError(copy, '8', /a continuation row \(empty first cell\) only as the first row of a page/);
  });

  const contLine = lines.findIndex((l) => l.startsWith('\t\tKabinet graag gezamenlijk')) + 1;

  it('stops on a blanked continuation row at its line', () => {
    expectError(
      lines.map((l, k) => (k === contLine - 1 ? '\t\t' : l)),
      String(contLine),
      /expected a table row with text, or an empty line/,
    );
    expectError(
      lines.map((l, k) => (k === contLine - 1 ? '' : l)),
      String(contLine),
      /expected the first row of page 3 directly after the header row, found «an empty line»/,
    );
  });

  it('stops on a lost continuation row at the row that took its place', () => {
    expectError(
      lines.filter((_, k) => k !== contLine - 1),
      String(contLine),
      /expected the continuation row \(empty first cell\) of action 10 at the top of page 3 \(content\/reviewed\/bijlage\.json\), found «11\./,
    );
  });

  it('stops on a doubled continuation row', () => {
    const copy = [...lines];
    copy.splice(contLine, 0, lines[contLine - 1]!);
    expectError(copy, String(contLine + 1), /a continuation row \(empty first cell\) only as the first row of a page/);
  });

  it('rejects a row with an unexpected number of cells', () => {
    const copy = [...lines];
    const i = lineOf('23.\t');
    copy[i] = copy[i]! + '\textra';
    expectError(copy, String(i + 1), /a table row of 3 tab-separated cells, found «4 cells/);
  });

  it('rejects an unknown section line', () => {
    const copy = [...lines];
    const i = lineOf('Signalen\t');
    copy[i] = 'Signalen en meldingen\t\t';
    expectError(copy, String(i + 1), /a known section title or a sub-section of RESPONSIEVE DIENSTVERLENING/);
  });

  it('rejects a footnote marker whose note is missing', () => {
    const copy = lines.filter((l) => !l.startsWith('¹ Kamerstukken'));
    expectError(copy, String(lineOf('58.\t') + 1), /the footnote of marker «¹»/);
  });

  it('rejects a note whose marker is missing, naming the rows where it belongs', () => {
    const copy = [...lines];
    const i = lineOf('58.\t');
    copy[i] = copy[i]!.replace(' ¹ .', '.');
    const note = lineOf('¹ Kamerstukken') + 1;
    expectError(copy, String(note), /expected the marker «¹» of this footnote in the rows of page 16, in lines \d+–\d+, found «none»/);
  });

  it('rejects an unknown tag in a cell', () => {
    const copy = [...lines];
    const i = lineOf('20.\t');
    copy[i] = copy[i]!.replace('<p>Het primaire', '<script>Het primaire');
    expectError(copy, String(i + 1), /one of the tags/);
  });
});
