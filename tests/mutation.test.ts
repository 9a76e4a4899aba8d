/**
 * Mutation test: structural damage of many kinds, applied to copies of each source as a
 * maintainer receiving a damaged copy would see it, must either stop the build naming the
 * damaged file and a line at the damage, or leave the model byte-identical.
 *
 * Runs in-process through buildCorpus (tests/ingest.test.ts runs the CLI).
 */
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../scripts/lib/inputs.ts';
import { buildCorpus, SOURCE_FILES } from '../src/parse/corpus.ts';
import { decodeSource, splitLines } from '../src/parse/source.ts';

const inputs = loadInputs();
const intact = JSON.stringify(buildCorpus(inputs).corpus);

interface Mutation {
  file: string;
  kind: string;
  /** The line of the damage (1-based, in the damaged copy's numbering where lines shift). */
  line: number;
  /** Lines before/after `line` where an error may point (a lost line shows at its neighbours). */
  window: [number, number];
  text: string;
}

type Outcome = { ok: true; how: 'rejected' | 'identical' } | { ok: false; why: string };

function run(m: Mutation): Outcome {
  let corpus: string;
  try {
    corpus = JSON.stringify(buildCorpus({ ...inputs, files: { ...inputs.files, [m.file]: m.text } }).corpus);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const named = [...message.matchAll(new RegExp(`${m.file.replace(/\./g, '\\.')}:(\\d+)`, 'g'))].map((x) => Number(x[1]));
    const [lo, hi] = [m.line - m.window[0], m.line + m.window[1]];
    if (named.some((n) => n >= lo && n <= hi) && /expected /.test(message)) return { ok: true, how: 'rejected' };
    return { ok: false, why: `rejected, but not at ${m.file}:${lo}–${hi}: ${message.split('\n')[0]}` };
  }
  return corpus === intact ? { ok: true, how: 'identical' } : { ok: false, why: 'accepted with a different model' };
}

/** Evenly spread indexes of `of` items, at most `n`. */
function spread<T>(of: readonly T[], n: number): T[] {
  if (of.length <= n) return [...of];
  return Array.from({ length: n }, (_, k) => of[Math.floor(((k + 0.5) * of.length) / n)]!);
}

/** Lines that carry structure: numbers, markers, bullets, headers, footers, notes. */
const STRUCTURAL = /^\s*(?:•|\d+[.)]?\s|\d+$|X Noot|Actie\t|\t|[A-Z ]{6,}\t|¹|Tweede Kamer|kst-|Aanbeveling|Reactie)|\p{L}[»)]?\d{1,2}\b|[¹²³⁴⁵⁶⁷⁸⁹]/u;

/** Footnote markers as each source prints them. */
const MARKERS: Record<string, RegExp> = {
  [SOURCE_FILES.letterWeb]: /(?<=[\p{L}»)”])\d{1,2}(?![\p{L}\p{N}])/gu,
  [SOURCE_FILES.letterPdf]: /(?<=[\p{L}»)”])\d{1,2}(?![\p{L}\p{N}])/gu,
  [SOURCE_FILES.annex]: /[¹²³⁴⁵⁶⁷⁸⁹]+/gu,
  [SOURCE_FILES.werkAanUitvoering]: /(?<=[\p{L}»)”])\d{1,2}(?![\p{L}\p{N}])/gu,
  [SOURCE_FILES.regelsEnRuimte]: /(?<=[\p{L}.»)])(?:['’"”®*™%~]+\d{0,2}|['’]?\d{1,2})(?=[\s.,;:)]|$)/gu,
};

function mutations(file: string, perKind: number): Mutation[] {
  const text = inputs.files[file]!;
  const lines = splitLines(text);
  const join = (ls: string[]) => `${ls.join('\n')}\n`;
  const content = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim() !== '');
  const structural = content.filter(({ l }) => STRUCTURAL.test(l));
  const out: Mutation[] = [];
  const add = (kind: string, line: number, window: [number, number], ls: string[]) => out.push({ file, kind, line, window, text: join(ls) });
  for (const { i } of spread(structural, perKind)) {
    add('row lost', i + 1, [2, 3], lines.filter((_, k) => k !== i));
    add('row doubled', i + 1, [1, 3], lines.flatMap((l, k) => (k === i ? [l, l] : [l])));
    add('row blanked', i + 1, [1, 3], lines.map((l, k) => (k === i ? '' : l)));
  }
  for (const { l, i } of spread(content.filter(({ l }) => /^\s*(?:•\s*)?\d+[.)]?(?:\s|$)/.test(l)), perKind)) {
    add('renumbered', i + 1, [1, 1], lines.map((x, k) => (k === i ? x.replace(/\d+/, (d) => String(Number(d) + 1)) : x)));
  }
  for (const { i } of spread(content, Math.ceil(perKind / 2))) {
    add('cut off', i + 1, [3, lines.length], lines.slice(0, i));
  }
  const markers = content.flatMap(({ l, i }) => [...l.matchAll(MARKERS[file]!)].map((m) => ({ i, at: m.index!, len: m[0].length })));
  for (const { i, at, len } of spread(markers, perKind)) {
    add('marker removed', i + 1, [1, lines.length], lines.map((x, k) => (k === i ? x.slice(0, at) + x.slice(at + len) : x)));
  }
  const noteStarts = content.filter(({ l }) => /^(?:X Noot|\d{1,2} \p{Lu}|[¹²³⁴⁵⁶⁷⁸⁹]\s)/u.test(l));
  for (const { i } of spread(noteStarts, perKind)) {
    const end = lines.findIndex((x, k) => k > i + 1 && x.trim() === '' && (lines[k + 1] ?? '').trim() !== '' && !/^\d+$/.test(lines[k + 1]!.trim()));
    const to = end < 0 ? Math.min(lines.length, i + 3) : end;
    add('note removed', i + 1, [2, lines.length], lines.filter((_, k) => k < i || k >= to));
  }
  const long = content.filter(({ l }) => l.length > 80);
  for (const { l, i } of spread(long, 2)) {
    const at = l.indexOf(' ', 40);
    add('huge word', i + 1, [0, 0], lines.map((x, k) => (k === i ? `${x.slice(0, at)} ${'ab'.repeat(500_000)}${x.slice(at)}` : x)));
    void l;
  }
  return out;
}

describe('damaged sources', () => {
  for (const file of Object.values(SOURCE_FILES)) {
    it(`${file}: every mutation is rejected at the damage or leaves the model identical`, () => {
      const results = mutations(file, 8).map((m) => ({ m, r: run(m) }));
      const bad = results.filter((x) => !x.r.ok).map((x) => `${x.m.kind} at line ${x.m.line}: ${(x.r as { why: string }).why}`);
      const rejected = results.filter((x) => x.r.ok && x.r.how === 'rejected').length;
      console.log(`${file}: ${results.length} mutations, ${rejected} rejected, ${results.length - rejected - bad.length} identical, ${bad.length} failed`);
      expect(bad).toEqual([]);
    });
  }

  it('rejects invalid UTF-8 bytes in any source at their line', () => {
    for (const file of Object.values(SOURCE_FILES)) {
      const bytes = Buffer.from(inputs.files[file]!, 'utf8');
      const at = bytes.indexOf(0x0a, Math.floor(bytes.length / 2)) + 3;
      const line = bytes.subarray(0, at).toString('utf8').split('\n').length;
      const damaged = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28]), bytes.subarray(at)]);
      expect(() => decodeSource(file, damaged)).toThrow(`${file}:${line}: expected valid UTF-8 text`);
    }
  });
});
