/**
 * Fidelity: nothing lost, nothing added. For every source file, the trace of its
 * parser accounts for every character of every line (taken into the model or dropped
 * as page furniture by a named rule), and each stream of taken text equals, letter
 * for letter, the text of the model's part of that name.
 */
import { describe, expect, it } from 'vitest';
import { takenLetters } from './parse/taken.ts';
import { builtCorpus } from './fixtures/corpus.ts';
import { resolveSentinels } from '../src/parse/corrections.ts';
import { furnitureRule } from '../src/parse/furniture/index.ts';
import { letters } from '../src/parse/source.ts';

const built = builtCorpus();

/** Index of the first difference of two strings, with context, for a readable failure. */
function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at letter ${i}: expected «…${a.slice(Math.max(0, i - 40), i + 40)}…», found «…${b.slice(Math.max(0, i - 40), i + 40)}…»`;
}

const WORD = /[\p{L}\p{N}]+/gu;

describe.each(built.traces.map((t) => [t.file, t] as const))('%s', (file, report) => {
  const { trace, lines } = report;

  it('records every fragment where it stands in the corrected source', () => {
    for (const f of [...trace.fragments, ...trace.furniture]) {
      const line = lines[f.line - 1];
      expect(line, `${file}:${f.line}`).toBeDefined();
      expect(line!.startsWith(f.text, f.col), `${file}:${f.line}:${f.col} «${f.text}»`).toBe(true);
    }
  });

  it('accounts for every word of the source, taken or dropped by a rule', () => {
    const pieces = [...trace.fragments, ...trace.furniture].sort((a, b) => a.line - b.line || a.col - b.col);
    const covered = letters(resolveSentinels(pieces.map((p) => p.text).join(' ')));
    const source = letters(resolveSentinels(lines.join('\n')));
    expect(firstDifference(source, covered)).toBeUndefined();
    const words = resolveSentinels(lines.join('\n')).match(WORD)?.length ?? 0;
    console.log(`${file}: ${words} words checked, ${trace.furniture.length} furniture fragments removed`);
  });

  it('removes page furniture only by the listed rules', () => {
    for (const hit of trace.furniture) {
      const rule = furnitureRule(hit.rule);
      expect(new RegExp(`^(?:${rule.pattern.source})$`, rule.pattern.flags).test(hit.text), `${file}:${hit.line} «${hit.text}» by ${hit.rule}`).toBe(true);
    }
  });

  it('puts exactly the taken text into the model, stream by stream', () => {
    const streams = new Set(trace.fragments.map((f) => f.stream));
    expect(streams.size).toBeGreaterThan(0);
    for (const stream of streams) {
      const taken = takenLetters(trace, stream);
      const model = report.streams[stream];
      expect(model, `model stream «${stream}»`).toBeDefined();
      const modelText = letters(resolveSentinels(model!.join(' ')));
      expect(firstDifference(taken, modelText), `stream «${stream}»`).toBeUndefined();
    }
  });
});
