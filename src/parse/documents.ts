/**
 * The parser of each document of the registry (src/model/documents.ts), bound to its id:
 * what turns the document's corrected source files (in the order the registry lists them)
 * into its model part, with one Trace per source file, and the model's text per stream for
 * the fidelity check. Typed by the registry: a declared document without a parser does not
 * compile, and src/parse/corpus.ts stops with the document's name when one is missing.
 */
import type { DocId } from '../model/registry.ts';
import type { ParseContext, SourceInput } from './context.ts';
import type { Trace } from './source.ts';
import { parseAnnex, modelStreams as annexStreams } from './bijlage.ts';
import { parseLetter35510, modelStreams as letterStreams, type CrossCheckDifference } from './kst-35510-60.ts';
import { parseRegelsEnRuimte, modelStreams as regelsEnRuimteStreams } from './kst-29362-282.ts';
import { parseWerkAanUitvoering, modelStreams as werkAanUitvoeringStreams } from './kst-29362-290.ts';

export type { CrossCheckDifference };

export interface ParsedDocument<T = unknown> {
  doc: T;
  /** One trace per source file, in the order of the registry's `sources`. */
  traces: Trace[];
  /** Where two sources of the same text were read side by side and differ. */
  crossCheck?: CrossCheckDifference[];
}

export interface DocumentParser<T = unknown> {
  parse(inputs: readonly SourceInput[], ctx: ParseContext): ParsedDocument<T>;
  /** The model's text per stream, to compare with the trace (src/parse/source.ts). */
  streams(doc: T): Record<string, string[]>;
}

const single =
  <T>(parse: (input: SourceInput, ctx: ParseContext) => { doc: T; trace: Trace }) =>
  (inputs: readonly SourceInput[], ctx: ParseContext): ParsedDocument<T> => {
    const r = parse(inputs[0]!, ctx);
    return { doc: r.doc, traces: [r.trace] };
  };

/** A parser of its own model type, kept in the table of all. */
const bind = <T>(p: DocumentParser<T>): DocumentParser => p as unknown as DocumentParser;

export const PARSERS: Record<DocId, DocumentParser> = {
  'kst-35510-60': bind({
    parse: ([web, pdf], ctx) => {
      const r = parseLetter35510(web!, pdf!, ctx);
      return { doc: r.doc, traces: [r.trace, r.pdfTrace], crossCheck: r.crossCheck };
    },
    streams: letterStreams,
  }),
  bijlage: bind({ parse: single(parseAnnex), streams: annexStreams }),
  'kst-29362-290': bind({ parse: single(parseWerkAanUitvoering), streams: werkAanUitvoeringStreams }),
  'kst-29362-282': bind({ parse: single(parseRegelsEnRuimte), streams: regelsEnRuimteStreams }),
};
