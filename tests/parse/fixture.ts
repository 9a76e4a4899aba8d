/**
 * What every parser test starts from, prepared exactly as the ingest prepares it:
 * the corrected lines of its file, the reviewed metadata, and a fresh hyphenator
 * over the lexicon of the whole corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadInputs, ROOT } from '../../scripts/lib/inputs.ts';
import type { Correction, Meta } from '../../src/model/schema.ts';
import type { DocId } from '../../src/model/routes.ts';
import { metaFor, prepareSources } from '../../src/parse/corpus.ts';
import { Hyphenator, type HyphenationData } from '../../src/parse/hyphenation.ts';
import type { Reviewed } from '../../src/model/reviewed.ts';
import { SourceError, splitLines } from '../../src/parse/source.ts';

const inputs = loadInputs();
const prepared = prepareSources(inputs);

export interface Fixture {
  file: string;
  /** The lines of the file as received. */
  raw: string[];
  /** The corrected lines of the file. */
  lines: string[];
  meta: Meta;
  /** The corrections of this file. */
  corrections: Correction[];
  /** The document's own reviewed hyphenation decisions (content/hyphenation/<doc>.json). */
  hyphenation: HyphenationData;
  /** A new hyphenator (with an empty log) over the corpus lexicon and all reviewed decisions. */
  hyphenator: () => Hyphenator;
  /** The reviewed parser decisions of content/reviewed/. */
  reviewed: Reviewed;
}

export function fixture(file: string, doc: DocId): Fixture {
  const lines = prepared.corrected[file];
  if (!lines) throw new Error(`no source file ${file}`);
  return {
    file,
    raw: splitLines(inputs.files[file]!),
    lines,
    meta: metaFor(inputs.documents, doc),
    corrections: inputs.corrections.filter((c) => c.file === file),
    hyphenation: JSON.parse(readFileSync(join(ROOT, 'content', 'hyphenation', `${doc}.json`), 'utf8')) as HyphenationData,
    hyphenator: () => new Hyphenator(prepared.lexicon, inputs.hyphenation),
    reviewed: inputs.reviewed,
  };
}

/** A copy of `lines` where line n (1-based) is replaced. */
export function withLine(lines: readonly string[], n: number, replace: (line: string) => string): string[] {
  return lines.map((l, i) => (i === n - 1 ? replace(l) : l));
}

/** The SourceError that `run` throws; fails the test when it throws nothing or something else. */
export function sourceErrorOf(run: () => unknown): SourceError {
  try {
    run();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}
