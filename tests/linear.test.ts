/**
 * Every pattern the parsers run over source text is linear in its length: a 1 MB «word»
 * (no spaces, no hyphen) passes through the hyphenated-word pattern and through whole
 * parsers in well under a second. (The ingest rejects such a word before parsing; these
 * tests call the pattern and the parsers directly.)
 */
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../scripts/lib/inputs.ts';
import { prepareSources, metaFor } from '../src/parse/corpus.ts';
import { HYPHENATED_WORD_RE, Hyphenator } from '../src/parse/hyphenation.ts';
import { PARSERS } from '../src/parse/documents.ts';
import { DOCUMENTS } from '../src/model/registry.ts';
import { checkSourceText } from '../src/parse/source.ts';

const WORD = 'ab'.repeat(500_000);
const inputs = loadInputs();
const { corrected, lexicon } = prepareSources(inputs);
const ctx = (doc: string) => ({ meta: metaFor(inputs.documents, doc), hyphenator: new Hyphenator(lexicon, inputs.hyphenation), reviewed: inputs.reviewed });

function timed(run: () => unknown): number {
  const t = performance.now();
  try {
    run();
  } catch {
    // Rejecting the word is fine; taking long is not.
  }
  return performance.now() - t;
}

/** The lines of `file` with the huge word put into its longest line. */
function withWord(file: string): string[] {
  const lines = [...corrected[file]!];
  const i = lines.reduce((best, l, k) => (l.length > lines[best]!.length ? k : best), 0);
  lines[i] = lines[i]!.replace(' ', ` ${WORD} `);
  return lines;
}

/**
 * Idle, a pattern takes a few ms here and a parser 10–200 ms; a quadratic one takes minutes
 * (22 s already on 32 kB). The bound leaves room for a loaded machine, where the tests share
 * two cores with Chromium and a build.
 */
const BOUND_MS = 3000;

describe('linear time on a 1 MB word', () => {
  it('the hyphenated-word pattern', () => {
    expect(timed(() => WORD.replace(HYPHENATED_WORD_RE, (w) => w))).toBeLessThan(BOUND_MS);
    expect(timed(() => `${WORD}-x`.replace(HYPHENATED_WORD_RE, (w) => w))).toBeLessThan(BOUND_MS);
  });

  it('the source check', () => {
    expect(timed(() => checkSourceText('x.txt', [WORD]))).toBeLessThan(BOUND_MS);
  });

  it('each parser', () => {
    // The word goes into the first source of each document; further sources (the PDF text of the letter) stay as they are.
    const times = Object.fromEntries(
      DOCUMENTS.map((d) => [
        d.id,
        timed(() =>
          PARSERS[d.id].parse(
            d.sources.map((file, i) => ({ file, lines: i === 0 ? withWord(file) : corrected[file]! })),
            ctx(d.id),
          ),
        ),
      ]),
    );
    console.log(
      `1 MB word: ${Object.entries(times)
        .map(([k, v]) => `${k} ${Math.round(v)} ms`)
        .join(', ')}`,
    );
    for (const [k, v] of Object.entries(times)) expect(v, k).toBeLessThan(BOUND_MS);
  });
});
