/**
 * From source texts to the validated corpus, without I/O: apply the corrections
 * (the one place where text changes), build the lexicon and the hyphenator, run the
 * four parsers, enrich the text (references, editorial marks), and validate the
 * result with the schema. scripts/ingest.ts does the reading and writing.
 */
import { z } from 'zod';
import {
  CorpusSchema,
  type Block,
  type Motion,
  type Corpus,
  type Correction,
  type Meta,
  type Theme,
} from '../model/schema.ts';
import { parseAnnex, modelStreams as annexStreams } from './bijlage.ts';
import { applyCorrections, resolveSentinels, type AppliedCorrection } from './corrections.ts';
import { enrichBlocks, enrichFootnotes } from './enrich.ts';
import { buildLexicon, Hyphenator, type HyphenationData, type HyphenDecision, type Lexicon } from './hyphenation.ts';
import { parseLetter35510, modelStreams as letterStreams, type CrossCheckDifference } from './kst-35510-60.ts';
import { parseRegelsEnRuimte, modelStreams as rrStreams } from './kst-29362-282.ts';
import { parseWerkAanUitvoering, modelStreams as wauStreams } from './kst-29362-290.ts';
import type { Reviewed } from '../model/reviewed.ts';
import { checkSourceText, splitLines, type Trace } from './source.ts';

/** The source files in seeds/, by role. */
export const SOURCE_FILES = {
  letterWeb: 'kst-35510-60.web.txt',
  letterPdf: 'kst-35510-60.pdf.txt',
  annex: 'bijlage-35510-60.tabel.txt',
  werkAanUitvoering: 'kst-29362-290.web.txt',
  regelsEnRuimte: 'kst-29362-282.ocr.txt',
} as const;

export interface CorpusInputs {
  /** Source texts by file name in seeds/. */
  files: Readonly<Record<string, string>>;
  corrections: readonly Correction[];
  hyphenation: HyphenationData;
  /** Reviewed parser decisions (content/reviewed/). */
  reviewed: Reviewed;
  documents: readonly Meta[];
  themes: readonly Theme[];
}

export interface TraceReport {
  file: string;
  trace: Trace;
  /** Corrected source lines (with sentinels). */
  lines: string[];
  /** The model's text per stream, to compare with the trace. */
  streams: Record<string, string[]>;
}

export interface BuiltCorpus {
  corpus: Corpus;
  traces: TraceReport[];
  applied: AppliedCorrection[];
  hyphenation: HyphenDecision[];
  crossCheck: CrossCheckDifference[];
}

/** Thrown when the assembled model does not satisfy the schema or the editorial data. */
export class ModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelError';
  }
}

export function metaFor(documents: readonly Meta[], id: string): Meta {
  const meta = documents.find((d) => d.id === id);
  if (!meta) throw new ModelError(`content/documents.json: expected an entry with id «${id}»`);
  return meta;
}

export interface PreparedSources {
  /** Corrected lines (with sentinels) by file name in seeds/. */
  corrected: Record<string, string[]>;
  applied: AppliedCorrection[];
  lexicon: Lexicon;
}

/**
 * Applies the corrections to every source file and builds the corpus lexicon:
 * the shared first step of the ingest and of every parser test.
 */
export function prepareSources(inputs: Pick<CorpusInputs, 'files' | 'corrections'>): PreparedSources {
  const corrected: Record<string, string[]> = {};
  const applied: AppliedCorrection[] = [];
  for (const file of Object.values(SOURCE_FILES)) {
    const text = inputs.files[file];
    if (text === undefined) throw new ModelError(`seeds/${file}: expected the source file, found nothing`);
    const lines = splitLines(text);
    checkSourceText(file, lines);
    const result = applyCorrections(file, lines, inputs.corrections);
    corrected[file] = result.lines;
    applied.push(...result.applied);
  }
  const unknown = inputs.corrections.filter((c) => !(c.file in corrected));
  if (unknown.length) throw new ModelError(`content/corrections: expected a file in seeds/, found «${unknown[0]!.file}» (${unknown[0]!.id})`);
  const lexicon = buildLexicon(Object.values(corrected).map((lines) => resolveSentinels(lines.join('\n'))));
  return { corrected, applied, lexicon };
}

/**
 * The motions and the other actions an action names, anywhere in its description and
 * status, from the references enrich.ts found: one recognition for the link and the list.
 * A motion named again without its part («motie Klaver c.s. nr 16» after «NR. 16 Motie
 * Klaver cs deel 1») is listed once.
 */
export function actionLinks(blocks: readonly Block[]): { motions: Motion[]; cites: number[] } {
  const motions: Motion[] = [];
  const cites: number[] = [];
  const runs = blocks.flatMap((b) => (b.kind === 'list' ? b.items.flatMap((i) => i.content) : b.content));
  for (const r of runs) {
    if (r.type !== 'ref') continue;
    const t = r.target;
    if (t.kind === 'action' && !cites.includes(t.number)) cites.push(t.number);
    if (t.kind === 'motion') {
      const same = motions.filter((m) => m.number === t.number && (m.dossier ?? '35510') === t.dossier);
      if (same.some((m) => m.part === t.part || t.part === undefined)) continue;
      motions.push({
        number: t.number,
        ...(t.dossier !== '35510' ? { dossier: t.dossier } : {}),
        submitters: t.submitters,
        ...(t.part !== undefined ? { part: t.part } : {}),
        text: r.value,
      });
    }
  }
  return { motions, cites };
}

export function buildCorpus(inputs: CorpusInputs): BuiltCorpus {
  const { corrected, applied, lexicon } = prepareSources(inputs);
  const hyphenator = new Hyphenator(lexicon, inputs.hyphenation);
  const input = (file: string) => ({ file, lines: corrected[file]! });

  const letter = parseLetter35510(input(SOURCE_FILES.letterWeb), input(SOURCE_FILES.letterPdf), {
    meta: metaFor(inputs.documents, 'kst-35510-60'),
    hyphenator,
    reviewed: inputs.reviewed,
  });
  const annex = parseAnnex(input(SOURCE_FILES.annex), { meta: metaFor(inputs.documents, 'bijlage'), hyphenator, reviewed: inputs.reviewed });
  const wau = parseWerkAanUitvoering(input(SOURCE_FILES.werkAanUitvoering), {
    meta: metaFor(inputs.documents, 'kst-29362-290'),
    hyphenator,
    reviewed: inputs.reviewed,
  });
  const rr = parseRegelsEnRuimte(input(SOURCE_FILES.regelsEnRuimte), {
    meta: metaFor(inputs.documents, 'kst-29362-282'),
    hyphenator,
    reviewed: inputs.reviewed,
  });

  const traces: TraceReport[] = [
    { file: SOURCE_FILES.letterWeb, trace: letter.trace, lines: corrected[SOURCE_FILES.letterWeb]!, streams: letterStreams(letter.doc) },
    { file: SOURCE_FILES.letterPdf, trace: letter.pdfTrace, lines: corrected[SOURCE_FILES.letterPdf]!, streams: letterStreams(letter.doc) },
    { file: SOURCE_FILES.annex, trace: annex.trace, lines: corrected[SOURCE_FILES.annex]!, streams: annexStreams(annex.doc) },
    { file: SOURCE_FILES.werkAanUitvoering, trace: wau.trace, lines: corrected[SOURCE_FILES.werkAanUitvoering]!, streams: wauStreams(wau.doc) },
    { file: SOURCE_FILES.regelsEnRuimte, trace: rr.trace, lines: corrected[SOURCE_FILES.regelsEnRuimte]!, streams: rrStreams(rr.doc) },
  ];

  const byId = new Map(inputs.corrections.map((c) => [c.id, c]));
  const enrichLetter = <T extends { blocks: Corpus['letter']['blocks']; footnotes: Corpus['letter']['footnotes'] }>(
    d: T,
    context: 'letter' | 'other-letter',
  ): T => ({
    ...d,
    blocks: enrichBlocks(d.blocks, context, byId),
    footnotes: enrichFootnotes(d.footnotes, context, byId),
  });
  const candidate = {
    letter: enrichLetter(letter.doc, 'letter'),
    annex: {
      ...annex.doc,
      intro: enrichBlocks(annex.doc.intro, 'annex', byId),
      actions: annex.doc.actions.map((a) => {
        const description = enrichBlocks(a.description, 'annex', byId);
        const status = enrichBlocks(a.status, 'annex', byId);
        return { ...a, description, status, footnotes: enrichFootnotes(a.footnotes, 'annex', byId), ...actionLinks([...description, ...status]) };
      }),
    },
    werkAanUitvoering: enrichLetter(wau.doc, 'other-letter'),
    regelsEnRuimte: enrichLetter(rr.doc, 'other-letter'),
    themes: inputs.themes,
    corrections: inputs.corrections,
  };

  const parsed = CorpusSchema.safeParse(candidate);
  if (!parsed.success) throw new ModelError(`the document model does not satisfy the schema:\n${z.prettifyError(parsed.error)}`);
  const corpus = parsed.data;

  // The editorial mapping must place every annex section it names, and name only real ones.
  const names = new Set(corpus.annex.sections.flatMap((s) => [s.title, ...s.subsections]));
  for (const t of corpus.themes) {
    for (const s of t.annexSections) {
      if (!names.has(s)) throw new ModelError(`content/themes.json: theme ${t.number} names annex section «${s}», expected one of ${[...names].join(', ')}`);
    }
  }

  return { corpus, traces, applied, hyphenation: hyphenator.log, crossCheck: letter.crossCheck };
}
