/**
 * Every page break of every document, checked against the raw sources without the parsers.
 *
 * For each document the expected breaks are read straight from seeds/, by the page furniture
 * each source has: the PDF text of 35 510 nr. 60 and the OCR of 29 362 nr. 282 start a page on
 * a line with one leading space (282 also after its one page footer); the annex repeats its
 * table head at the top of every page; the web text of 29 362 nr. 290 shows a page only where
 * its page footnotes and footers cut a paragraph. Each expected break is the page number (where
 * the source gives it), the last words before it (the body text of the page before, without its
 * footnotes) and the first words after it. The model's text is then read as one flow per
 * document (per column for the annex), with a break wherever a page begins inside a block or a
 * block starts on a later page than the block before ended; the test asks that the two lists be
 * the same, page for page, and that every break stands between exactly those words. Words are
 * compared by their letters only (no digits, diacritics, punctuation or spacing), so that glued
 * footnote markers, hyphenation and the web text's punctuation do not count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';
import type { Block, Inline } from '../src/model/schema.ts';
import { AnnexSchema, LetterSchema } from '../src/model/schema.ts';
import { documentFile } from '../src/site/opendata.ts';
import { routeData } from '../src/site/route-data.ts';

const ROOT = join(import.meta.dirname, '..');
const seed = (file: string) => readFileSync(join(ROOT, 'seeds', file), 'utf8').split(/\r?\n/);

/** Letters only, lower case, without diacritics. */
const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
const WORDS = 3;
const words = (text: string) => text.split(/\s+/).filter((w) => norm(w) !== '');
const lastWords = (text: string) => norm(words(text).slice(-WORDS).join(' '));
const firstWords = (text: string) => norm(words(text).slice(0, WORDS).join(' '));

interface Expected {
  page?: number;
  /** Letters of the last words before the break. */
  before: string;
  /** Letters of the first words after it. */
  after: string;
  /** Letters of a word the break cuts in two (hyphenated at the foot of the page): it may stand on either side. */
  cut?: string;
  /** Source line of the first words after the break, for messages. */
  line: number;
}

// ---- the model as flows of letters with breaks ----

interface Flow {
  text: string;
  breaks: Array<{ page?: number; pos: number; where: string }>;
}

function runsText(runs: readonly Inline[], add: (s: string) => void, brk: (page: number | undefined) => void): void {
  for (const r of runs) {
    if (r.type === 'text' || r.type === 'ref') add(r.value);
    else if (r.type === 'pageBreak') brk(r.page);
  }
}

/** The blocks' text in reading order, with every place where a page of the original begins. */
function flowOf(groups: ReadonlyArray<{ where: string; blocks: readonly Block[] }>, firstPage = 1): Flow {
  const flow: Flow = { text: '', breaks: [] };
  let known: number | undefined = firstPage;
  for (const { where, blocks } of groups) {
    for (const b of blocks) {
      const at = `${where} ${b.id}`;
      if (b.page === undefined) known = undefined;
      else {
        if (known !== undefined && b.page > known) flow.breaks.push({ page: b.page, pos: flow.text.length, where: `${at} (start)` });
        known = b.page;
      }
      const add = (s: string) => (flow.text += norm(s));
      const brk = (page: number | undefined) => {
        flow.breaks.push({ ...(page !== undefined && { page }), pos: flow.text.length, where: at });
        known = page;
      };
      if (b.kind === 'list') {
        for (const item of b.items) {
          if (item.label) add(item.label);
          runsText(item.content, add, brk);
        }
      } else runsText(b.content, add, brk);
    }
  }
  return flow;
}

/** Checks that the flow's breaks are exactly the expected ones, each between its words. */
function checkBreaks(name: string, flow: Flow, expected: readonly Expected[]): void {
  const shown = (e: Expected) => `${name}: page ${e.page ?? '?'} (source line ${e.line}, «…${e.before}» / «${e.after}…»)`;
  expect(
    flow.breaks.map((b) => b.page ?? '?'),
    `${name}: the pages that begin in the text`,
  ).toEqual(expected.map((e) => e.page ?? '?'));
  flow.breaks.forEach((b, k) => {
    const e = expected[k]!;
    const before = flow.text.slice(0, b.pos);
    const after = flow.text.slice(b.pos);
    const at = `${shown(e)}; the model has «…${before.slice(-40)}» | «${after.slice(0, 40)}…» at ${b.where}`;
    const fits = e.cut
      ? (before.endsWith(e.before) && after.startsWith(e.cut + e.after)) || (before.endsWith(e.before + e.cut) && after.startsWith(e.after))
      : before.endsWith(e.before) && after.startsWith(e.after);
    expect(fits, at).toBe(true);
  });
}

// ---- the sources ----

/** A page of a PDF or OCR text: its lines (1-based line numbers). */
interface Page {
  lines: Array<{ line: number; text: string }>;
}

/** The body of a page: its lines up to the footnotes at its foot (a blank line, then a note). */
function bodyOf(page: Page, isFootStart: (text: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < page.lines.length; i++) {
    const { text } = page.lines[i]!;
    if (text.trim() === '') {
      const next = page.lines.slice(i + 1).find((l) => l.text.trim() !== '');
      if (next && isFootStart(next.text)) break;
      continue;
    }
    out.push(text.trim());
  }
  return out;
}

/** The expected breaks of a paged text: for every page after the first, the words around its start. */
function pagedBreaks(pages: readonly Page[], isFootStart: (text: string) => boolean): Expected[] {
  return pages.slice(1).map((page, k) => {
    const prevBody = bodyOf(pages[k]!, isFootStart).join(' ');
    const first = page.lines.find((l) => l.text.trim() !== '')!;
    const body = bodyOf(page, isFootStart).join(' ');
    const cut = /\p{L}-$/u.exec(prevBody);
    if (cut) {
      // A word hyphenated across the page: compare the words around it, and the word on either side.
      const head = words(prevBody);
      const tail = words(body);
      return {
        page: k + 2,
        before: norm(head.slice(-WORDS - 1, -1).join(' ')),
        cut: norm(head.at(-1)! + tail[0]!),
        after: norm(tail.slice(1, WORDS + 1).join(' ')),
        line: first.line,
      };
    }
    return { page: k + 2, before: lastWords(prevBody), after: firstWords(body), line: first.line };
  });
}

/** Pages that start on a line with one leading space, or after a footer line (dropped). */
function pagesOf(lines: readonly string[], footer?: RegExp): Page[] {
  const pages: Page[] = [];
  let startNext = true;
  lines.forEach((text, i) => {
    if (footer?.test(text)) {
      startNext = true;
      return;
    }
    if (startNext || /^ \S/.test(text)) pages.push({ lines: [] });
    startNext = false;
    pages.at(-1)!.lines.push({ line: i + 1, text });
  });
  return pages;
}

const corpus = builtCorpus().corpus;
const counts: Record<string, number> = {};

describe('page breaks, checked against the raw sources', () => {
  it('Kamerstuk 35 510, nr. 60: every page of the PDF text begins where the model says, between the same words', () => {
    const pages = pagesOf(seed('kst-35510-60.pdf.txt'));
    expect(pages.length).toBe(corpus.letter.pages);
    // A page's footnotes: after a blank line, a line that starts with the note's number.
    const expected = pagedBreaks(pages, (t) => /^\d{1,2} \S/.test(t));
    checkBreaks('35 510 nr. 60', flowOf([{ where: '', blocks: corpus.letter.blocks }]), expected);
    counts['kst-35510-60'] = expected.length;
  });

  it('Kamerstuk 29 362, nr. 282: every page of the OCR text begins where the model says, between the same words', () => {
    const footer = /^Tweede Kamer, vergaderjaar \d{4}-\d{4}, 29 362, nr\. 282 \d+$/;
    const lines = seed('kst-29362-282.ocr.txt');
    const pages = pagesOf(lines, footer);
    expect(pages.length).toBe(corpus.regelsEnRuimte.pages);
    // The footer gives the number of its page.
    lines.forEach((l, i) => {
      const m = footer.exec(l);
      if (m) expect(pages.findIndex((p) => p.lines.some((x) => x.line > i + 1)) + 1, `line ${i + 1}`).toBe(Number(/(\d+)$/.exec(l)![1]) + 1);
    });
    // A page's footnotes: after a blank line, a note's (OCR'd) label, a lone scrap of a label,
    // or a line longer than the body's measure (the notes are set wider, in a smaller type).
    const isFoot = (t: string) => /^(\d{1,2}|'\d|[^\p{L}\p{N}\s«(]{1,3}|\p{L})(\s+\p{Lu}|$)/u.test(t) || t.length > 79;
    const expected = pagedBreaks(pages, isFoot);
    checkBreaks('29 362 nr. 282', flowOf([{ where: '', blocks: corpus.regelsEnRuimte.blocks }]), expected);
    counts['kst-29362-282'] = expected.length;
  });

  it('Kamerstuk 29 362, nr. 290: a page begins after each page foot that cuts a paragraph, numbered where a footer gives it; the last footer closes the signature', () => {
    const lines = seed('kst-29362-290.web.txt');
    const first = lines.findIndex((l) => l.startsWith('Aan de Voorzitter'));
    const footer = /^Tweede Kamer, vergaderjaar 2020-2021,\s*29 362, nr\. 290 (\d+)$/;
    const issn = /^kst-29362-290 ISSN/;
    const last = lines.findLastIndex((l) => footer.test(l));
    // The text between: body lines and page feet (page footnotes, their numbers, footers).
    const items = lines
      .map((text, i) => ({ line: i + 1, text: text.trim() }))
      .slice(first + 1, last + 1)
      .filter((l) => l.text !== '');
    const isFoot = (k: number) => {
      const t = items[k]!.text;
      return footer.test(t) || issn.test(t) || /^\d{1,3}$/.test(t) || /^\d{1,3} \p{Lu}/u.test(t) || (k > 0 && /^\d{1,3}$/.test(items[k - 1]!.text));
    };
    const expected: Expected[] = [];
    let end: { page: number; before: string } | undefined;
    for (let k = 0; k < items.length; k++) {
      if (!isFoot(k) || (k > 0 && isFoot(k - 1))) continue;
      let z = k;
      while (z + 1 < items.length && isFoot(z + 1)) z++;
      const foot = items.slice(k, z + 1).map((l) => l.text);
      const numbered = foot.map((t) => footer.exec(t)).find((m) => m);
      const page = numbered ? Number(numbered[1]) : foot.some((t) => issn.test(t)) ? 1 : undefined;
      const before = lastWords(items[k - 1]!.text);
      const next = items[z + 1];
      if (!next) end = { page: page!, before };
      else expected.push({ ...(page !== undefined && { page: page + 1 }), before, after: firstWords(next.text), line: next.line });
      k = z;
    }
    const doc = corpus.werkAanUitvoering;
    checkBreaks('29 362 nr. 290', flowOf([{ where: '', blocks: doc.blocks }]), expected);
    // The last page: its footer stands after the signature, which ends on it and ends the letter.
    expect(end).toBeDefined();
    expect(doc.pages).toBe(end!.page);
    const lastBlock = doc.blocks.at(-1)!;
    expect(lastBlock.page, 'the block above the last footer').toBe(end!.page);
    expect(flowOf([{ where: '', blocks: [lastBlock] }]).text.endsWith(end!.before)).toBe(true);
    counts['kst-29362-290'] = expected.length + 1;
  });

  it('the annex: a page begins at every repeated table head, in each column, between the same words', () => {
    const lines = seed('bijlage-35510-60.tabel.txt');
    const head = /^Actie\tOmschrijving\tStand van Zaken$/;
    const clean = (cell: string) => cell.replace(/<[^>]*>/g, ' ').trim();
    // Table rows of three cells, with their page (1 until the second table head).
    let page = 0;
    const rows: Array<{ line: number; page: number; cells: string[] }> = [];
    lines.forEach((l, i) => {
      if (head.test(l)) page++;
      else if (page > 0 && l.split('\t').length === 3) rows.push({ line: i + 1, page, cells: l.split('\t').map(clean) });
    });
    const pages = page;
    let total = 0;
    for (const [col, name] of [
      [1, 'description'],
      [2, 'status'],
    ] as const) {
      const expected: Expected[] = [];
      for (let p = 2; p <= pages; p++) {
        const firstRow = rows.find((r) => r.page === p && r.cells[col] !== '');
        const lastRow = rows.findLast((r) => r.page < p && r.cells[col] !== '');
        if (!firstRow || !lastRow) continue;
        expected.push({ page: p, before: lastWords(lastRow.cells[col]!), after: firstWords(firstRow.cells[col]!), line: firstRow.line });
      }
      const groups = corpus.annex.actions.map((a) => ({ where: `actie ${a.number}`, blocks: col === 1 ? a.description : a.status }));
      checkBreaks(`bijlage (${name})`, flowOf(groups), expected);
      total += expected.length;
    }
    counts.bijlage = total;
    // Each action is cited with the pages its rows stand on.
    const spans = new Map<number, { first: number; last: number }>();
    let current = 0;
    for (const r of rows) {
      const n = /^(\d+)\.$/.exec(r.cells[0]!);
      if (n) current = Number(n[1]);
      else if (r.cells[0] !== '' || (r.cells[1] === '' && r.cells[2] === '')) continue;
      const s = spans.get(current);
      spans.set(current, { first: s?.first ?? r.page, last: r.page });
    }
    expect(spans.size).toBe(86);
    const cites = new Map(routeData(corpus).flatMap((p) => (p.kind === 'action' ? [[p.number!, p.cite.text] as const] : [])));
    for (const [n, { first, last }] of spans)
      expect(cites.get(n), `actie ${n}`).toMatch(new RegExp(`, actie ${n}, p\\. ${first === last ? first : `${first}-${last}`}$`));
  });

  it('the open data and the «p. N» marks of the pages carry the same breaks as the model', () => {
    const docs = [
      ['kst-35510-60', corpus.letter.blocks],
      ['kst-29362-282', corpus.regelsEnRuimte.blocks],
      ['kst-29362-290', corpus.werkAanUitvoering.blocks],
    ] as const;
    for (const [id, blocks] of docs) {
      const pages = flowOf([{ where: '', blocks }]).breaks.map((b) => b.page ?? '?');
      // data/documenten/<id>.json: the model part as written, read back through the model's schema.
      const data = JSON.parse(JSON.stringify(documentFile(corpus, id, { editie: '0', datum: '2026-01-01' } as never))) as { document: unknown };
      const doc = LetterSchema.parse(data.document);
      expect(
        flowOf([{ where: '', blocks: doc.blocks }]).breaks.map((b) => b.page ?? '?'),
        `${id}.json`,
      ).toEqual(pages);
      // The document's page: a mark where its text begins, at every break, and where a block is placed after text without a page.
      const mdx = readFileSync(join(ROOT, 'content', 'pages', 'documenten', `${id}.mdx`), 'utf8');
      const marks = [...mdx.matchAll(/<PageMark(?: n="(\d+)")?(?: silent)? \/>/g)].map((m) => (m[1] ? Number(m[1]) : '?'));
      const placed = blocks.filter((b, k) => b.page !== undefined && k > 0 && blocks[k - 1]!.page === undefined).map((b) => b.page!);
      expect(marks, `content/pages/documenten/${id}.mdx`).toEqual([1, ...pages, ...placed]);
    }
    // The annex: both columns of every action.
    const annex = AnnexSchema.parse(
      (JSON.parse(JSON.stringify(documentFile(corpus, 'bijlage', { editie: '0', datum: '2026-01-01' } as never))) as { document: unknown }).document,
    );
    for (const col of ['description', 'status'] as const) {
      const pagesOf = (actions: typeof annex.actions) =>
        flowOf(actions.map((a) => ({ where: `actie ${a.number}`, blocks: a[col] }))).breaks.map((b) => `${b.where} ${b.page}`);
      expect(pagesOf(annex.actions), `bijlage.json, ${col}`).toEqual(pagesOf(corpus.annex.actions));
    }
  });

  it('counts what it checked', () => {
    console.log(`page breaks checked against the sources: ${JSON.stringify(counts)}`);
    expect(Object.keys(counts)).toHaveLength(4);
  });
});
