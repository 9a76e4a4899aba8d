/**
 * What every document parser receives. Parsers are pure: the ingest script reads
 * the files, applies the corrections (corrections.ts, the one place where text is
 * changed) and hands the corrected lines in; the parser returns the model part and
 * its Trace, and throws SourceError on input it cannot place.
 *
 * Parser signature:  (input: SourceInput, ctx: ParseContext) => Parsed<T>
 *
 * Text in the returned model is `Inline[]` with only `text` and `noteRef` runs; the
 * `text` values may still hold correction sentinels (corrections.ts). References and
 * sentinels are turned into runs afterwards by enrich.ts, for all documents alike.
 */
import type { Meta } from '../model/schema.ts';
import type { Hyphenator } from './hyphenation.ts';
import type { Reviewed } from '../model/reviewed.ts';

export interface SourceInput {
  /** File name in seeds/, used in errors and in the trace. */
  file: string;
  /** The corrected lines; line n is lines[n - 1]. */
  lines: string[];
}

export interface ParseContext {
  /** Reviewed metadata from content/documents.json; the parser checks it against the source where the source has the field. */
  meta: Meta;
  hyphenator: Hyphenator;
  /** Reviewed parser decisions from content/reviewed/ (each parser reads its own part). */
  reviewed: Reviewed;
}
