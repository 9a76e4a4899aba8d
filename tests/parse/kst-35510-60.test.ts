/**
 * Parser of Kamerstuk 35 510, nr. 60 on the real sources (web text 000 and PDF text 001),
 * and on damaged copies of them.
 */
import { describe, expect, it } from 'vitest';
import { takenLetters } from './taken.ts';
import { fixture } from './fixture.ts';
import { LetterSchema, type Block, type Inline, type Meta } from '../../src/model/schema.ts';
import { resolveSentinels, SIC } from '../../src/parse/corrections.ts';
import { rules } from '../../src/parse/furniture/kst-35510-60.ts';
import { modelStreams, parseLetter35510 } from '../../src/parse/kst-35510-60.ts';
import { letters, SourceError, type Trace } from '../../src/parse/source.ts';

const WEB = 'kst-35510-60.web.txt';
const PDF = 'kst-35510-60.pdf.txt';
const web = fixture(WEB, 'kst-35510-60');
const { lines: webLines, meta, corrections, hyphenator: newHyphenator, reviewed } = web;
const pdfLines = fixture(PDF, 'kst-35510-60').lines;

function parse(web = webLines, pdf = pdfLines, m: Meta = meta) {
  const hyphenator = newHyphenator();
  const result = parseLetter35510({ file: WEB, lines: web }, { file: PDF, lines: pdf }, { meta: m, hyphenator, reviewed });
  return { ...result, hyphenator };
}

const { doc, trace, pdfTrace, crossCheck, hyphenator } = parse();
const text = (runs: Inline[]) => resolveSentinels(runs.map((r) => (r.type === 'text' ? r.value : r.type === 'noteRef' ? r.source : '')).join(''));
const headings = doc.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');

/** Runs a parse that must fail, and returns the SourceError message. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(SourceError);
    return (err as Error).message;
  }
  throw new Error('expected a SourceError');
}
const edit = (lines: string[], line: number, from: string | RegExp, to: string) => {
  const out = [...lines];
  const before = out[line - 1]!;
  out[line - 1] = before.replace(from, to);
  expect(out[line - 1], `edit of line ${line}`).not.toBe(before);
  return out;
};

describe('kst-35510-60 on the real sources', () => {
  it('satisfies the schema', () => {
    expect(LetterSchema.safeParse(doc).success).toBe(true);
  });

  it('keeps the head lines verbatim with their line numbers and checks the metadata', () => {
    expect(doc.front.map((f) => [f.line, f.text.replace(/\s/g, ' ')])).toEqual([
      [1, '35 510 Parlementaire ondervraging kinderopvangtoeslag'],
      [3, 'Nr. 60 BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN'],
      [5, 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal'],
      [7, 'Den Haag, 29 juni 2021'],
    ]);
    expect(doc.meta.date).toBe('2021-06-29');
    expect(doc.meta.kamerstuk).toEqual({ dossier: '35 510', number: '60' });
    expect(doc.meta.editorialFields).toEqual(['title', 'shortTitle', 'vergaderjaar', 'officialUrl']);
  });

  it('has the expected blocks', () => {
    const count = (k: string) => doc.blocks.filter((b) => b.kind === k).length;
    expect(doc.blocks).toHaveLength(59);
    expect([count('heading'), count('paragraph'), count('list'), count('signature'), count('quote')]).toEqual([14, 43, 1, 1, 0]);
  });

  it('has the seven numbered sections', () => {
    expect(headings.filter((h) => h.level === 2).map((h) => [h.id, h.number, text(h.content)])).toEqual([
      ['s1', '1', 'Toeslagen'],
      ['s2', '2', 'Versterken dienstverlening door de overheid'],
      ['s3', '3', 'Verbeteren wet- en regelgeving en de aansluiting tussen beleid en uitvoering'],
      ['s4', '4', 'Discriminatie en het gebruik van nationaliteit'],
      ['s5', '5', 'Open overheid'],
      ['s6', '6', 'Ambtelijk vakmanschap'],
      ['s7', '7', 'Tot slot'],
    ]);
  });

  it('has the unnumbered sub-headings (short line, no final period, followed by a paragraph)', () => {
    const subs = headings.filter((h) => h.level === 3);
    expect(subs.every((h) => h.number === undefined)).toBe(true);
    expect(subs.map((h) => [h.id, text(h.content)])).toEqual([
      ['s1-herstel-voor-getroffen-ouders', 'Herstel voor getroffen ouders'],
      ['s1-vernieuwing-en-verbetering-van-het-toeslagenstelsel', 'Vernieuwing en verbetering van het toeslagenstelsel'],
      ['s2-overheidsbrede-maatwerkaanpak', 'Overheidsbrede maatwerkaanpak'],
      ['s2-passende-dienstverlening-er-is-geen-verkeerde', 'Passende dienstverlening: er is geen verkeerde deur'],
      ['s2-meer-vertrouwen-en-minder-onnodige-procedures', 'Meer vertrouwen en minder onnodige procedures'],
      ['s5-informatievoorziening', 'Informatievoorziening'],
      ['s5-informatiehuishouding', 'Informatiehuishouding'],
    ]);
    for (const h of subs) expect(doc.blocks[doc.blocks.indexOf(h) + 1]!.kind).toBe('paragraph');
  });

  it('has the six themes as one ordered list', () => {
    const list = doc.blocks.find((b) => b.kind === 'list');
    expect(list).toMatchObject({ id: 'p5', line: 17, ordered: true });
    if (list?.kind !== 'list') throw new Error('no list');
    expect(list.items.map((i) => [i.label, text(i.content)])).toEqual([
      ['1)', 'toeslagen'],
      ['2)', 'versterken dienstverlening door de overheid'],
      ['3)', 'verbeteren wet- en regelgeving en de aansluiting tussen beleid en uitvoering'],
      ['4)', 'discriminatie en gebruik van nationaliteit'],
      ['5)', 'open overheid'],
      ['6)', 'ambtelijk vakmanschap.'],
    ]);
  });

  it('ends with «Mede namens …» as a paragraph and the signature block', () => {
    const [mede, sig] = doc.blocks.slice(-2);
    expect(mede).toMatchObject({ kind: 'paragraph', line: 133 });
    expect(text((mede as { content: Inline[] }).content)).toMatch(/^Mede namens de Minister van Sociale Zaken/);
    expect(sig).toMatchObject({ kind: 'signature', id: 'ondertekening', line: 135, page: 12 });
    expect(text((sig as { content: Inline[] }).content)).toBe('De Staatssecretaris van Financiën, A.C. van Huffelen');
  });

  it('has ids by the scheme, unique', () => {
    const ids = doc.blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list').map((b) => b.id);
    expect(paragraphs).toEqual(paragraphs.map((_, i) => `p${i + 1}`));
    expect(doc.footnotes.map((f) => f.id)).toEqual(Array.from({ length: 14 }, (_, i) => `fn-${i + 1}`));
  });

  it('places each of the 14 footnote markers once, at the right words', () => {
    expect(doc.footnotes).toHaveLength(14);
    expect(doc.footnotes.every((f) => f.placed)).toBe(true);
    const refs: Array<{ note: string; source: string; before: string; block: string; context: string }> = [];
    const visit = (block: string, runs: Inline[]) =>
      runs.forEach((r, i) => {
        if (r.type !== 'noteRef') return;
        const context = text(runs.slice(0, i));
        const before = /\s$/.test(context) ? context.split(/\s+/).slice(-2).join(' ') : context.split(/\s+/).pop()!;
        refs.push({ note: r.note, source: r.source, block, before, context });
      });
    for (const b of doc.blocks) {
      if (b.kind === 'list') b.items.forEach((it) => visit(b.id, it.content));
      else visit(b.id, b.content);
    }
    // The word each marker is glued to (fn-4 stands after a space at the end of its paragraph).
    expect(refs.map((r) => [r.note, r.source, r.block, r.before])).toEqual([
      ['fn-1', '1', 'p1', 'play»'],
      ['fn-2', '2', 'p3', 'onrecht»'],
      ['fn-3', '3', 'p6', 'kabinetsreactie'],
      ['fn-4', '4', 'p8', 'middelen. '],
      ['fn-5', '5', 'p12', 'uitgewerkt'],
      ['fn-6', '6', 'p13', 'Weyenberg'],
      ['fn-7', '7', 'p28', 'ingegaan.'],
      ['fn-8', '8', 'p29', 'discrimineren'],
      ['fn-9', '9', 'p35', 'gezonden.'],
      ['fn-10', '10', 'p38', 'orde»'],
      ['fn-11', '11', 'p39', 'intelligentie.'],
      ['fn-12', '12', 'p41', '(WaU)'],
      ['fn-13', '13', 'p41', '(POK)'],
      ['fn-14', '14', 'p41', 'Uitvoering'],
    ]);
    expect(refs.find((r) => r.note === 'fn-1')?.context).toMatch(/fair play»$/);
    // «CAF-11», amounts and dates are not markers.
    expect(refs.some((r) => /CAF-$/.test(r.context))).toBe(false);
  });

  it('keeps the typo of footnote 13 and marks it [sic]', () => {
    const fn13 = doc.footnotes[12]!;
    const value = fn13.content.map((r) => (r.type === 'text' ? r.value : '')).join('');
    expect(value).toContain(SIC + 'kst-35510-60-fn13-dossier');
    expect(resolveSentinels(value).replace(/\s/g, ' ')).toBe('Kamerstuk 25 510, nr. 2');
    expect(corrections.find((c) => c.id === 'kst-35510-60-fn13-dossier')?.reason).toMatch(/35 510, nr\. 2/);
  });

  it('gives every block and footnote its page of the PDF, 1..12 in order', () => {
    expect(doc.pages).toBe(12);
    const pages = doc.blocks.map((b) => b.page!);
    expect(pages.every((p) => Number.isInteger(p))).toBe(true);
    expect(pages[0]).toBe(1);
    expect(pages[pages.length - 1]).toBe(12);
    for (let i = 1; i < pages.length; i++) expect(pages[i]! - pages[i - 1]!).toBeGreaterThanOrEqual(0);
    expect(new Set(pages).size).toBe(12);
    expect(Object.fromEntries(headings.map((h) => [h.id, h.page]))).toMatchObject({ s1: 3, s2: 5, s3: 6, s4: 8, s5: 9, s6: 10, s7: 11 });
    expect(doc.footnotes.map((f) => f.page)).toEqual([1, 2, 2, 3, 4, 4, 8, 8, 10, 10, 10, 11, 11, 11]);
  });

  it('finds the same words in 000 and 001, apart from where the footnotes stand', () => {
    const summary = crossCheck.map((d) => `${d.kind} @${d.position}${d.page ? ` p.${d.page}` : ''}: web ${d.web.length} words, pdf ${d.pdf.length} words`);
    console.log(`kst-35510-60 cross-check 000/001: ${crossCheck.length} differences\n  ${summary.join('\n  ')}`);
    expect(crossCheck.filter((d) => d.kind !== 'note-placement')).toEqual([]);
    expect(crossCheck.map((d) => [d.kind, d.page, d.web.length > 0, d.pdf[0]])).toEqual([
      ['note-placement', 1, false, '1'],
      ['note-placement', 2, false, '2'],
      ['note-placement', 3, false, '4'],
      ['note-placement', 4, false, '5'],
      ['note-placement', 8, false, '7'],
      ['note-placement', 10, false, '9'],
      ['note-placement', 11, false, '12'],
      ['note-placement', undefined, true, undefined],
    ]);
    // The notes at the page bottoms of 001 are, word for word, the notes at the end of 000.
    const pdfNotes = crossCheck.filter((d) => d.page !== undefined).flatMap((d) => d.pdf);
    expect(pdfNotes).toEqual(crossCheck[crossCheck.length - 1]!.web);
    // Page 1: the note stands between «mensen» and «verdwalen».
    expect(crossCheck[0]!.position).toBeGreaterThan(0);
  });

  it('decides the line-end hyphens of 001 by evidence', () => {
    const log = hyphenator.log.filter((d) => d.file === PDF);
    expect(log).toHaveLength(40);
    expect(log.find((d) => d.source === 'oneven-|redig')).toMatchObject({ result: 'onevenredig', decision: 'join' });
    expect(hyphenator.log.filter((d) => d.file === WEB)).toEqual([]);
  });
});

/** The fidelity checks of tests/fidelity.test.ts, for this document's two traces. */
describe.each([
  [WEB, () => trace, webLines],
  [PDF, () => pdfTrace, pdfLines],
] as const)('fidelity of %s', (file, get, lines) => {
  const t: Trace = get();
  it('records every fragment where it stands and accounts for every letter', () => {
    const pieces = [...t.fragments, ...t.furniture].sort((a, b) => a.line - b.line || a.col - b.col);
    for (const f of pieces) expect(lines[f.line - 1]!.startsWith(f.text, f.col), `${file}:${f.line}`).toBe(true);
    expect(letters(resolveSentinels(pieces.map((p) => p.text).join(' ')))).toBe(letters(resolveSentinels(lines.join('\n'))));
  });

  it('drops only by its furniture rules', () => {
    for (const hit of t.furniture) {
      const rule = rules.find((r) => r.id === hit.rule)!;
      expect(new RegExp(`^(?:${rule.pattern.source})$`).test(hit.text)).toBe(true);
    }
    expect(t.furniture.length).toBe(file === WEB ? 15 : 0);
  });

  it('has the letters of the model, stream by stream', () => {
    const streams = modelStreams(doc);
    const names = [...new Set(t.fragments.map((f) => f.stream))];
    expect(names).toEqual(file === WEB ? ['front', 'body', 'notes'] : ['body', 'notes']);
    for (const s of names) {
      const taken = takenLetters(t, s);
      expect(taken, s).toBe(letters(resolveSentinels(streams[s]!.join(' '))));
    }
  });
});

describe('kst-35510-60 on damaged input', () => {
  it('fails when a footnote has no marker', () => {
    // The same damage in both texts, so that the cross-check agrees and the marker rule speaks.
    const web = edit(webLines, 9, 'fair play»1 ', 'fair play» ');
    const pdf = edit(pdfLines, 2, 'fair play»1 ', 'fair play» ');
    expect(failure(() => parse(web, pdf))).toMatch(/^kst-35510-60\.web\.txt:139: expected a marker «1» in the text for footnote 1/);
  });

  it('fails on a section number out of sequence', () => {
    const web = edit(webLines, 53, /^2\./, '3.');
    const pdf = edit(pdfLines, 210, / 2\. Versterken/, ' 3. Versterken');
    expect(failure(() => parse(web, pdf))).toMatch(/^kst-35510-60\.web\.txt:53: expected section 2, found «3\. Versterken/);
  });

  it('fails on a list item out of sequence', () => {
    const web = edit(webLines, 21, '3)', '4)');
    const pdf = edit(pdfLines, 66, '3)', '4)');
    expect(failure(() => parse(web, pdf))).toMatch(/^kst-35510-60\.web\.txt:21: expected list item «3\)»/);
  });

  it('fails when a footnote number is missing', () => {
    const web = edit(webLines, 174, /^8$/, '9');
    expect(failure(() => parse(web))).toMatch(/^kst-35510-60\.web\.txt:174: expected footnote number 8 after «X Noot», found «9»/);
  });

  it('fails when a second marker for a footnote stands before the next one', () => {
    const web = edit(webLines, 95, 'Diversiteitsmaand', 'Diversiteitsmaand8');
    const pdf = edit(pdfLines, 432, 'Diversiteitsmaand', 'Diversiteitsmaand8');
    expect(failure(() => parse(web, pdf))).toMatch(/^kst-35510-60\.web\.txt:95: expected a single marker for footnote 8/);
  });

  it('fails when the reviewed metadata disagrees with the source', () => {
    expect(failure(() => parse(webLines, pdfLines, { ...meta, date: '2021-06-30' }))).toMatch(/^kst-35510-60\.web\.txt:7: expected date 2021-06-30/);
    expect(failure(() => parse(webLines, pdfLines, { ...meta, kamerstuk: { dossier: '35 510', number: '61' } }))).toMatch(/^kst-35510-60\.web\.txt:3: /);
  });

  it('fails when the PDF text lacks a footnote', () => {
    const pdf = pdfLines.filter((_, i) => i !== 620); // line 621: «13 Kamerstuk 25 510, nr. 2»
    expect(failure(() => parse(webLines, pdf))).toMatch(
      /^kst-35510-60\.pdf\.txt:\d+: expected footnote 13 after footnote 12, in lines \d+–\d+ \(the notes are numbered in sequence\), found «14 Kamerstuk/,
    );
  });

  it('fails on an undecidable line-end hyphen in the PDF text', () => {
    const pdf = edit(pdfLines, 2, 'oneven-', 'onevqx-');
    const web = edit(webLines, 9, 'onevenredig', 'onevqxredig');
    expect(failure(() => parse(web, pdf))).toMatch(/^kst-35510-60\.pdf\.txt:2: expected a reviewed decision for the line-end hyphen «onevqx-\|redig»/);
  });

  it('stops on a difference between the two versions that is not reviewed in content/reviewed/', () => {
    const pdf = edit(pdfLines, 3, 'harde aanpak', 'zachte aanpak');
    expect(failure(() => parse(webLines, pdf))).toMatch(
      /^kst-35510-60\.web\.txt:9: expected the words of kst-35510-60\.pdf\.txt:3 \(page 1\), «zachte» \(an unreviewed difference between the two texts\), found «harde»$/,
    );
  });

  it('stops on a blanked paragraph of the web text at its line', () => {
    const i = webLines.findIndex((l) => l.startsWith('Het eindverslag van de Parlementaire'));
    const web = webLines.map((l, k) => (k === i ? '' : l));
    expect(failure(() => parse(web))).toMatch(
      new RegExp(
        `^kst-35510-60\\.web\\.txt:${i + 1}: expected the words of kst-35510-60\\.pdf\\.txt:\\d+ \\(page 1\\), «Het eindverslag.*found «an empty line»$`,
      ),
    );
  });

  it('stops on a word deleted from the web text at its line', () => {
    const i = webLines.findIndex((l) => l.startsWith('Het eindverslag van de Parlementaire'));
    const web = edit(webLines, i + 1, ' eindverslag ', ' ');
    expect(failure(() => parse(web))).toMatch(new RegExp(`^kst-35510-60\\.web\\.txt:${i + 1}: expected the words of .*«eindverslag»`));
  });

  it('stops when the last footnote is removed and its marker stays', () => {
    const i = webLines.lastIndexOf('X Noot');
    const web = webLines.filter((_, k) => k < i || k > i + 4);
    expect(failure(() => parse(web))).toMatch(
      /^kst-35510-60\.web\.txt:201: expected the footnote words «14 Kamerstuk 35 387, nr\. 2» \(as reviewed in content\/reviewed\/kst-35510-60\.json\), found «nothing»$/,
    );
    // With the PDF note gone too, the PDF is reported at the foot of its page.
    const p = pdfLines.findIndex((l) => l.startsWith('14 Kamerstuk'));
    const pdf = pdfLines.filter((_, k) => k !== p);
    expect(failure(() => parse(web, pdf))).toMatch(new RegExp(`^kst-35510-60\\.pdf\\.txt:(${p}|${p + 1}): expected the footnote words «14 Kamerstuk`));
  });
});

describe('kst-35510-60 page breaks', () => {
  const runsOf = (b: Block): Inline[] => (b.kind === 'list' ? b.items.flatMap((i) => i.content) : b.content);
  it('marks each of pages 2–12 once: where a block starts, or inside the block where the page breaks', () => {
    const starts: number[] = [];
    let page = 1;
    for (const b of doc.blocks) {
      if (b.page! > page) starts.push(b.page!);
      for (const r of runsOf(b)) if (r.type === 'pageBreak') starts.push(r.page!);
      page = Math.max(page, b.page!, ...runsOf(b).map((r) => (r.type === 'pageBreak' ? r.page! : 0)));
    }
    expect(starts).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(doc.blocks.flatMap((b) => runsOf(b).filter((r) => r.type === 'pageBreak'))).toHaveLength(4);
  });

  it('begins page 2 at «verdwalen in een bureaucratisch doolhof»', () => {
    const block = doc.blocks.find((b) => runsOf(b).some((r) => r.type === 'pageBreak' && r.page === 2))!;
    const runs = runsOf(block);
    const i = runs.findIndex((r) => r.type === 'pageBreak');
    expect(block.page).toBe(1);
    expect((runs[i + 1] as { value: string }).value).toMatch(/^verdwalen in een bureaucratisch doolhof/);
    expect((runs[i - 1] as { value: string }).value).toMatch(/mensen $/);
  });
});
