/**
 * From source texts to the validated corpus, without I/O: apply the corrections
 * (the one place where text changes), build the lexicon and the hyphenator, run the
 * parser of each document of the registry (src/parse/documents.ts), enrich the text (references, editorial marks), and validate the
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
  type Letter,
  type LetterParagraphActions,
  type Meta,
  type NamedReference,
  type Theme,
} from '../model/schema.ts';
import { applyCorrections, resolveSentinels, type AppliedCorrection } from './corrections.ts';
import { enrichBlocks, enrichFootnotes, linkNamedReferences, unnumberedMotions } from './enrich.ts';
import { buildLexicon, Hyphenator, type HyphenationData, type HyphenDecision, type Lexicon } from './hyphenation.ts';
import type { CrossCheckDifference } from './documents.ts';
import { PARSERS } from './documents.ts';
import type { Reviewed } from '../model/reviewed.ts';
import { ANNEX, DOC_IDS, DOCUMENTS, LETTER, SOURCE_FILES, documentSpec, letterDocuments, type DocId, type DocumentSpec } from '../model/registry.ts';
import { titleIssues, type Titles } from '../model/titles.ts';
import { glossaryIssues, type GlossaryEntry } from '../model/glossary.ts';
import { checkSourceText, splitLines, type Trace } from './source.ts';

export { SOURCE_FILES };

export interface CorpusInputs {
  /** Source texts by file name in seeds/. */
  files: Readonly<Record<string, string>>;
  corrections: readonly Correction[];
  hyphenation: HyphenationData;
  /** Reviewed parser decisions (content/reviewed/). */
  reviewed: Reviewed;
  /** content/documents.json */
  documents: readonly DocumentMeta[];
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
  /** content/titles.json */
  titles: Titles;
  /** content/begrippen.json */
  glossary: readonly GlossaryEntry[];
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

/** The metadata of a document as content/documents.json gives it: all but the short name, which the registry holds. */
export type DocumentMeta = Omit<Meta, 'shortTitle'>;

/**
 * The metadata of a document: its entry in content/documents.json, with the registry's short
 * name. Throws when the entry is missing or names another Kamerstuk than the registry.
 */
export function metaFor(documents: readonly DocumentMeta[], id: string): Meta {
  const spec = documentSpec(id);
  const meta = documents.find((d) => d.id === id);
  if (!meta) throw new ModelError(`content/documents.json: expected an entry with id «${id}»`);
  const kst = meta.kamerstuk && `${meta.kamerstuk.dossier.replace(/\s+/g, '')}-${meta.kamerstuk.number}`;
  const declared = spec.kamerstuk && `${spec.kamerstuk.dossier}-${spec.kamerstuk.number}`;
  if (kst !== declared)
    throw new ModelError(`content/documents.json «${id}»: expected Kamerstuk ${declared ?? 'none'} as src/model/documents.ts declares, found ${kst ?? 'none'}`);
  return { ...meta, shortTitle: spec.name };
}

/** Every entry of content/documents.json is a document of the registry. */
function checkDocumentList(documents: readonly DocumentMeta[]): void {
  const unknown = documents.find((d) => !DOC_IDS.includes(d.id as DocId));
  if (unknown)
    throw new ModelError(
      `content/documents.json: «${unknown.id}» is not a document of the registry; expected one of ${DOC_IDS.join(', ')} (src/model/documents.ts)`,
    );
}

export interface PreparedSources {
  /** Corrected lines (with sentinels) by file name in seeds/. */
  corrected: Record<string, string[]>;
  applied: AppliedCorrection[];
  lexicon: Lexicon;
}

/** One source file checked and corrected: the first step of prepareSources, per file. */
export function prepareSource(file: string, text: string | undefined, corrections: readonly Correction[]): { lines: string[]; applied: AppliedCorrection[] } {
  if (text === undefined) throw new ModelError(`seeds/${file}: expected the source file, found nothing`);
  const lines = splitLines(text);
  checkSourceText(file, lines);
  return applyCorrections(file, lines, corrections);
}

/** The words of corrected lines, for the lexicon (the lexicon of the corpus is the union over its files). */
export const lexiconText = (lines: readonly string[]): string => resolveSentinels(lines.join('\n'));

/**
 * Applies the corrections to every source file and builds the corpus lexicon:
 * the shared first step of the ingest and of every parser test.
 */
export function prepareSources(inputs: Pick<CorpusInputs, 'files' | 'corrections'>): PreparedSources {
  const corrected: Record<string, string[]> = {};
  const applied: AppliedCorrection[] = [];
  for (const file of SOURCE_FILES) {
    const result = prepareSource(file, inputs.files[file], inputs.corrections);
    corrected[file] = result.lines;
    applied.push(...result.applied);
  }
  const unknown = inputs.corrections.filter((c) => !(c.file in corrected));
  if (unknown.length) throw new ModelError(`content/corrections: expected a file in seeds/, found «${unknown[0]!.file}» (${unknown[0]!.id})`);
  const lexicon = buildLexicon(Object.values(corrected).map(lexiconText));
  return { corrected, applied, lexicon };
}

/**
 * The motions and the other actions an action names, anywhere in its description and
 * status, from the references enrich.ts found and the reviewed ones (content/references.json,
 * `resolvedBy: 'edition'`): one recognition for the link and the list.
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
      const same = motions.filter((m) => m.number === t.number && m.dossier === t.dossier);
      if (same.some((m) => m.part === t.part || t.part === undefined)) continue;
      motions.push({
        number: t.number,
        dossier: t.dossier,
        submitters: t.submitters,
        ...(t.part !== undefined ? { part: t.part } : {}),
        text: r.value,
        resolvedBy: r.reference ? 'edition' : 'text',
        ...(r.reference ? { reference: r.reference } : {}),
      });
    }
  }
  return { motions, cites };
}

export function buildCorpus(inputs: CorpusInputs): BuiltCorpus {
  checkDocumentList(inputs.documents);
  const { corrected, applied, lexicon } = prepareSources(inputs);
  const hyphenator = new Hyphenator(lexicon, inputs.hyphenation);
  const input = (file: string) => ({ file, lines: corrected[file]! });

  const traces: TraceReport[] = [];
  const parsed: Record<string, unknown> = {};
  let crossCheck: CrossCheckDifference[] = [];
  for (const spec of DOCUMENTS as readonly DocumentSpec[]) {
    const parser = PARSERS[spec.id as DocId];
    if (!parser) throw new ModelError(`${spec.id}: expected a parser in src/parse/documents.ts for the document the registry declares`);
    const r = parser.parse(spec.sources.map(input), { meta: metaFor(inputs.documents, spec.id), hyphenator, reviewed: inputs.reviewed });
    if (r.traces.length !== spec.sources.length)
      throw new ModelError(`${spec.id}: expected a trace for each of ${spec.sources.join(', ')}, found ${r.traces.length}`);
    const streams = parser.streams(r.doc);
    spec.sources.forEach((file, i) => traces.push({ file, trace: r.traces[i]!, lines: corrected[file]!, streams }));
    if (r.crossCheck) crossCheck = [...crossCheck, ...r.crossCheck];
    parsed[spec.key] = r.doc;
  }

  const byId = new Map(inputs.corrections.map((c) => [c.id, c]));
  const enrichLetter = (d: Letter, context: DocumentSpec['references']): Letter => ({
    ...d,
    blocks: enrichBlocks(d.blocks, context, byId),
    footnotes: enrichFootnotes(d.footnotes, context, byId),
  });
  const enrichAnnex = (annex: Corpus['annex']): Corpus['annex'] => ({
    ...annex,
    intro: enrichBlocks(annex.intro, 'annex', byId),
    actions: annex.actions.map((a) => {
      const description = enrichBlocks(a.description, 'annex', byId);
      const status = enrichBlocks(a.status, 'annex', byId);
      return { ...a, description, status, footnotes: enrichFootnotes(a.footnotes, 'annex', byId) };
    }),
  });
  const documents = Object.fromEntries(
    (DOCUMENTS as readonly DocumentSpec[]).map((spec) => [
      spec.key,
      spec.shape === 'annex' ? enrichAnnex(parsed[spec.key] as Corpus['annex']) : enrichLetter(parsed[spec.key] as Letter, spec.references),
    ]),
  );
  const candidate = {
    ...documents,
    themes: [...inputs.themes],
    corrections: [...inputs.corrections],
    letterActions: [...inputs.letterActions],
    namedReferences: [...inputs.namedReferences],
    editorialNotes: [...inputs.editorialNotes],
    decisions: [...inputs.decisions],
    seeAlso: [...inputs.seeAlso],
    titles: inputs.titles,
    glossary: [...inputs.glossary],
    help: inputs.help,
    followUp: [...inputs.followUp],
  } as Candidate;
  const edited = applyEditorialData(candidate, inputs);

  const valid = CorpusSchema.safeParse(edited);
  if (!valid.success) throw new ModelError(`the document model does not satisfy the schema:\n${z.prettifyError(valid.error)}`);
  const corpus = valid.data;

  // The editorial mapping must place every annex section it names, and name only real ones.
  const names = new Set(corpus.annex.sections.flatMap((s) => [s.title, ...s.subsections]));
  for (const t of corpus.themes) {
    for (const s of t.annexSections) {
      if (!names.has(s)) throw new ModelError(`content/themes.json: theme ${t.number} names annex section «${s}», expected one of ${[...names].join(', ')}`);
    }
  }

  checkLetterThemes(corpus);
  const issues = [...titleIssues(corpus), ...glossaryIssues(corpus, corpus.glossary)];
  if (issues.length) throw new ModelError(issues.join('\n'));
  return { corpus, traces, applied, hyphenation: hyphenator.log, crossCheck };
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
/** The letter-shaped documents of the candidate, by id. */
const lettersOf = (c: Candidate): Map<string, { key: string; spec: DocumentSpec; doc: Letter }> =>
  new Map(letterDocuments().map((spec) => [spec.id, { key: spec.key, spec, doc: (c as unknown as Record<string, Letter>)[spec.key]! }]));

/**
 * Applies the reviewed tables of content/ to the enriched model: named references become
 * links (and every unnumbered motion must be in the table), footnotes get their placement,
 * each action learns where the letter speaks of it. Throws a ModelError on stale data.
 */
function applyEditorialData(c: Candidate, inputs: CorpusInputs): Candidate {
  const used = new Set<string>();
  const scoped = (doc: NamedReference['document'], action?: number) =>
    inputs.namedReferences.filter((e) => e.document === doc && (doc !== ANNEX.id || e.action === action));
  const linker =
    (entries: NamedReference[], where: string): Runs =>
    (runs) => {
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
  const set = (key: string, value: unknown) => ((out as unknown as Record<string, unknown>)[key] = value);
  for (const [doc, { key, doc: d }] of lettersOf(c)) {
    const f = linker(scoped(doc as NamedReference['document']), doc);
    set(key, { ...d, blocks: mapBlockRuns(d.blocks, f), footnotes: mapNoteRuns(d.footnotes, f) });
  }
  const annexId = ANNEX.id as NamedReference['document'];
  out.annex = {
    ...c.annex,
    intro: mapBlockRuns(c.annex.intro, linker(scoped(annexId, -1), `${annexId}, intro`)),
    actions: c.annex.actions.map((a) => {
      const f = linker(scoped(annexId, a.number), `${annexId}, actie ${a.number}`);
      const description = mapBlockRuns(a.description, f);
      const status = mapBlockRuns(a.status, f);
      // The motions and actions an action names, after the reviewed references are linked: a motion
      // the text names without a number, resolved by the edition, is listed like one with a number.
      return { ...a, description, status, footnotes: mapNoteRuns(a.footnotes, f), ...actionLinks([...description, ...status]) };
    }),
  };
  const stale = inputs.namedReferences.filter((e) => !used.has(e.id));
  if (stale.length) {
    const e = stale[0]!;
    throw new ModelError(`content/references.json: «${e.id}» expects «${e.text}» in ${e.document}${e.action ? `, actie ${e.action}` : ''}, found nowhere`);
  }

  // Footnote placement, as the registry declares it: endnotes beside a few page notes (ids «pfn-…»), or page notes.
  const place = (notes: Footnote[], end: boolean): Footnote[] =>
    notes.map((n) => ({ ...n, placement: end && !n.id.startsWith('pfn-') ? ('end' as const) : ('page' as const) }));
  for (const [, { key, spec }] of lettersOf(out)) {
    const d = (out as unknown as Record<string, Letter>)[key]!;
    set(key, { ...d, footnotes: place(d.footnotes, spec.footnotes === 'end') });
  }
  out.annex = { ...out.annex, actions: out.annex.actions.map((a) => ({ ...a, footnotes: place(a.footnotes, ANNEX.footnotes === 'end') })) };
  const letters = lettersOf(out);

  // Editorial notes must point at something that exists; a note on a document's footnotes explains them.
  for (const n of inputs.editorialNotes) {
    const where = `content/editorial-notes.json «${n.id}»`;
    if (n.document === ANNEX.id) {
      if (!('action' in n.target) || !out.annex.actions.some((a) => a.number === (n.target as { action: number }).action)) {
        throw new ModelError(`${where}: expected an action of the annex as target`);
      }
      continue;
    }
    const entry = letters.get(n.document)!;
    const d = entry.doc;
    const t = n.target;
    if ('block' in t && !d.blocks.some((b) => b.id === t.block)) throw new ModelError(`${where}: expected block «${t.block}» in ${n.document}`);
    if ('action' in t) throw new ModelError(`${where}: actions are targets only in the annex`);
    if ('footnotes' in t) {
      const missing = t.footnotes.find((id) => !d.footnotes.some((f) => f.id === id));
      if (missing) throw new ModelError(`${where}: expected footnote «${missing}» in ${n.document}`);
      set(entry.key, { ...(out as unknown as Record<string, Letter>)[entry.key]!, notesExplanation: n.text });
    }
  }

  // Every place a decision lists must still say what the decision quotes.
  for (const dec of inputs.decisions) {
    for (const item of dec.items ?? []) {
      const text =
        item.document === ANNEX.id
          ? out.annex.actions
              .flatMap((a) => [...blockRuns(a.description), ...blockRuns(a.status)])
              .map(plainOf)
              .join('\n')
          : blockRuns((out as unknown as Record<string, Letter>)[letters.get(item.document)!.key]!.blocks)
              .map(plainOf)
              .join('\n');
      if (!text.includes(item.quote))
        throw new ModelError(`content/decisions.json «${dec.id}»: expected «${item.quote}» in ${item.document} (${item.where}), found nowhere`);
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
    if (!h) throw new ModelError(`content/themes.json: theme ${t.number} has no section ${t.number} in ${LETTER.id}`);
  }
}
