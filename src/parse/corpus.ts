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
  type Decision,
  type SeeAlsoGroup,
  type Help,
  type FollowUp,
  type EditorialNote,
  type Footnote,
  type Inline,
  type LetterParagraphActions,
  type Meta,
  type NamedReference,
  type Theme,
} from '../model/schema.ts';
import { parseAnnex, modelStreams as annexStreams } from './bijlage.ts';
import { applyCorrections, resolveSentinels, type AppliedCorrection } from './corrections.ts';
import { enrichBlocks, enrichFootnotes, linkNamedReferences, unnumberedMotions } from './enrich.ts';
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
  /** content/letter-actions.json */
  letterActions: readonly LetterParagraphActions[];
  /** content/references.json */
  namedReferences: readonly NamedReference[];
  /** content/editorial-notes.json */
  editorialNotes: readonly EditorialNote[];
  /** content/decisions.json */
  decisions: readonly Decision[];
  /** content/see-also.json */
  seeAlso: readonly SeeAlsoGroup[];
  /** content/help.json */
  help: Help;
  /** content/vervolg.json */
  followUp: readonly FollowUp[];
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
    themes: [...inputs.themes],
    corrections: [...inputs.corrections],
    letterActions: [...inputs.letterActions],
    namedReferences: [...inputs.namedReferences],
    editorialNotes: [...inputs.editorialNotes],
    decisions: [...inputs.decisions],
    seeAlso: [...inputs.seeAlso],
    help: inputs.help,
    followUp: [...inputs.followUp],
  };
  const edited = applyEditorialData(candidate, inputs);

  const parsed = CorpusSchema.safeParse(edited);
  if (!parsed.success) throw new ModelError(`the document model does not satisfy the schema:\n${z.prettifyError(parsed.error)}`);
  const corpus = parsed.data;

  // The editorial mapping must place every annex section it names, and name only real ones.
  const names = new Set(corpus.annex.sections.flatMap((s) => [s.title, ...s.subsections]));
  for (const t of corpus.themes) {
    for (const s of t.annexSections) {
      if (!names.has(s)) throw new ModelError(`content/themes.json: theme ${t.number} names annex section «${s}», expected one of ${[...names].join(', ')}`);
    }
  }

  checkLetterThemes(corpus);
  return { corpus, traces, applied, hyphenation: hyphenator.log, crossCheck: letter.crossCheck };
}

// ---------------------------------------------------------------------------------------------
// Reviewed editorial data applied to the enriched model

type Runs = (runs: Inline[]) => Inline[];
const mapBlockRuns = (blocks: readonly Block[], f: Runs): Block[] =>
  blocks.map((b) => (b.kind === 'list' ? { ...b, items: b.items.map((i) => ({ ...i, content: f(i.content) })) } : { ...b, content: f(b.content) }));
const mapNoteRuns = (notes: readonly Footnote[], f: Runs): Footnote[] => notes.map((n) => ({ ...n, content: f(n.content) }));
const blockRuns = (blocks: readonly Block[]): Inline[][] => blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.content) : [b.content]));
const plainOf = (runs: readonly Inline[]): string => runs.map((r) => ('value' in r ? r.value : '')).join('');

type Candidate = Omit<Corpus, 'synthetic'>;
type DocKey = 'letter' | 'werkAanUitvoering' | 'regelsEnRuimte';
const LETTER_KEYS: Record<Exclude<NamedReference['document'], 'bijlage'>, DocKey> = {
  'kst-35510-60': 'letter',
  'kst-29362-290': 'werkAanUitvoering',
  'kst-29362-282': 'regelsEnRuimte',
};

/**
 * Applies the reviewed tables of content/ to the enriched model: named references become
 * links (and every unnumbered motion must be in the table), footnotes get their placement,
 * each action learns where the letter speaks of it. Throws a ModelError on stale data.
 */
function applyEditorialData(c: Candidate, inputs: CorpusInputs): Candidate {
  const used = new Set<string>();
  const scoped = (doc: NamedReference['document'], action?: number) =>
    inputs.namedReferences.filter((e) => e.document === doc && (doc !== 'bijlage' || e.action === action));
  const linker = (entries: NamedReference[], where: string): Runs => (runs) => {
    const r = linkNamedReferences(runs, entries);
    r.used.forEach((id) => used.add(id));
    for (const run of r.runs) {
      if (run.type !== 'text') continue;
      for (const at of unnumberedMotions(run.value)) {
        if (!entries.some((e) => e.target === null && run.value.startsWith(e.text, at))) {
          throw new ModelError(
            `${where}: «${run.value.slice(at, at + 40)}…» names a motion without a number; expected an entry in content/references.json (with what is meant, or target null and the reason it is left)`,
          );
        }
      }
    }
    return r.runs;
  };

  const out: Candidate = { ...c };
  for (const [doc, key] of Object.entries(LETTER_KEYS) as [NamedReference['document'], DocKey][]) {
    const d = c[key];
    const f = linker(scoped(doc), doc);
    (out as Record<DocKey, unknown>)[key] = { ...d, blocks: mapBlockRuns(d.blocks, f), footnotes: mapNoteRuns(d.footnotes, f) };
  }
  out.annex = {
    ...c.annex,
    intro: mapBlockRuns(c.annex.intro, linker(scoped('bijlage', -1), 'bijlage, intro')),
    actions: c.annex.actions.map((a) => {
      const f = linker(scoped('bijlage', a.number), `bijlage, actie ${a.number}`);
      return { ...a, description: mapBlockRuns(a.description, f), status: mapBlockRuns(a.status, f), footnotes: mapNoteRuns(a.footnotes, f) };
    }),
  };
  const stale = inputs.namedReferences.filter((e) => !used.has(e.id));
  if (stale.length) {
    const e = stale[0]!;
    throw new ModelError(`content/references.json: «${e.id}» expects «${e.text}» in ${e.document}${e.action ? `, actie ${e.action}` : ''}, found nowhere`);
  }

  // Footnote placement: 29 362 nr. 290 prints endnotes, plus three page notes (ids «pfn-…»); the others print page notes.
  const place = (notes: Footnote[], end: boolean): Footnote[] =>
    notes.map((n) => ({ ...n, placement: end && !n.id.startsWith('pfn-') ? ('end' as const) : ('page' as const) }));
  out.letter = { ...out.letter, footnotes: place(out.letter.footnotes, false) };
  out.regelsEnRuimte = { ...out.regelsEnRuimte, footnotes: place(out.regelsEnRuimte.footnotes, false) };
  out.werkAanUitvoering = { ...out.werkAanUitvoering, footnotes: place(out.werkAanUitvoering.footnotes, true) };
  out.annex = { ...out.annex, actions: out.annex.actions.map((a) => ({ ...a, footnotes: place(a.footnotes, false) })) };

  // Editorial notes must point at something that exists; a note on a document's footnotes explains them.
  for (const n of inputs.editorialNotes) {
    const where = `content/editorial-notes.json «${n.id}»`;
    if (n.document === 'bijlage') {
      if (!('action' in n.target) || !out.annex.actions.some((a) => a.number === (n.target as { action: number }).action)) {
        throw new ModelError(`${where}: expected an action of the annex as target`);
      }
      continue;
    }
    const d = out[LETTER_KEYS[n.document]];
    const t = n.target;
    if ('block' in t && !d.blocks.some((b) => b.id === t.block)) throw new ModelError(`${where}: expected block «${t.block}» in ${n.document}`);
    if ('action' in t) throw new ModelError(`${where}: actions are targets only in the annex`);
    if ('footnotes' in t) {
      const missing = t.footnotes.find((id) => !d.footnotes.some((f) => f.id === id));
      if (missing) throw new ModelError(`${where}: expected footnote «${missing}» in ${n.document}`);
      out[LETTER_KEYS[n.document]] = { ...out[LETTER_KEYS[n.document]], notesExplanation: n.text } as never;
    }
  }

  // Every place a decision lists must still say what the decision quotes.
  for (const dec of inputs.decisions) {
    for (const item of dec.items ?? []) {
      const text =
        item.document === 'bijlage'
          ? out.annex.actions.flatMap((a) => [...blockRuns(a.description), ...blockRuns(a.status)]).map(plainOf).join('\n')
          : blockRuns(out[LETTER_KEYS[item.document]].blocks).map(plainOf).join('\n');
      if (!text.includes(item.quote)) throw new ModelError(`content/decisions.json «${dec.id}»: expected «${item.quote}» in ${item.document} (${item.where}), found nowhere`);
    }
  }

  // Where the letter speaks of each action; the theme follows the section where it is discussed.
  const sectionOf = new Map<string, number>();
  let section: number | undefined;
  for (const b of out.letter.blocks) {
    if (b.kind === 'heading' && b.level === 2) section = b.number && /^[1-6]$/.test(b.number) ? Number(b.number) : undefined;
    if (section !== undefined) sectionOf.set(b.id, section);
  }
  const order = new Map(out.letter.blocks.map((b, i) => [b.id, i]));
  const entries = [...inputs.letterActions].sort((a, b) => (order.get(a.block) ?? 0) - (order.get(b.block) ?? 0));
  out.annex = {
    ...out.annex,
    actions: out.annex.actions.map((a) => {
      const paragraphs: Array<{ block: string; role: 'discusses' | 'mentions' }> = [];
      for (const e of entries) {
        if (e.discusses.includes(a.number)) paragraphs.push({ block: e.block, role: 'discusses' });
        else if (e.mentions.includes(a.number)) paragraphs.push({ block: e.block, role: 'mentions' });
      }
      const themes = [...new Set(paragraphs.filter((p) => p.role === 'discusses').flatMap((p) => (sectionOf.has(p.block) ? [sectionOf.get(p.block)!] : [])))];
      if (themes.length > 1) {
        throw new ModelError(
          `content/letter-actions.json: action ${a.number} is discussed in sections ${themes.join(' and ')} of the letter; expected one (mark the other paragraphs «mentions»)`,
        );
      }
      return { ...a, inLetter: { paragraphs, ...(themes.length ? { theme: themes[0]! } : {}) } };
    }),
  };
  return out;
}

/** The themes.json sections and the letter's numbering agree: a theme number is a letter section number. */
function checkLetterThemes(corpus: Corpus): void {
  for (const t of corpus.themes) {
    const h = corpus.letter.blocks.find((b) => b.kind === 'heading' && b.level === 2 && b.number === String(t.number));
    if (!h) throw new ModelError(`content/themes.json: theme ${t.number} has no section ${t.number} in 35 510 nr. 60`);
  }
}
