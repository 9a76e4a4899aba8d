/**
 * Pure queries over a validated corpus, shared by every layer that reads the model:
 * the document behind an id, the letter theme of an action, a theme's letter section.
 */
import type { Action, Block, Corpus, Letter, LetterParagraphActions, Meta, Theme } from './schema.ts';
import { ANNEX_ID, CORPUS_KAMERSTUKKEN, DOC_IDS, documentSpec, type DocId } from './registry.ts';

export type LetterId = Exclude<DocId, typeof ANNEX_ID>;

/** The model of a document, by id, under its key in the corpus; throws on an id the registry does not hold. */
export function documentOf(corpus: Corpus, id: string): Corpus[keyof Corpus & string] {
  const { key } = documentSpec(id);
  const doc = (corpus as unknown as Record<string, unknown>)[key];
  if (doc === undefined) throw new Error(`the corpus holds no document «${id}» (key «${key}»)`);
  return doc as Corpus[keyof Corpus & string];
}

/** The letter-shaped document behind an id; throws on the annex or an unknown id. */
export function letterOf(corpus: Corpus, id: LetterId): Letter {
  if (documentSpec(id).shape === 'annex') throw new Error(`«${id}» is the annex, not a letter`);
  return documentOf(corpus, id) as Letter;
}

/** The metadata of every document, by id: the one map from document id to the corpus. */
export function metaById(corpus: Corpus): Record<DocId, Meta> {
  return Object.fromEntries(DOC_IDS.map((id) => [id, (documentOf(corpus, id) as { meta: Meta }).meta])) as Record<DocId, Meta>;
}

/**
 * The letter theme of an action: the section of the letter where the letter discusses it
 * (content/letter-actions.json, carried in `action.inLetter.theme`); where the letter does not
 * discuss it, the reviewed section mapping in content/themes.json.
 */
export function themeOf(
  action: Pick<Action, 'number' | 'section' | 'subsection'> & { inLetter?: Action['inLetter'] },
  themes: readonly Theme[],
): Theme | undefined {
  const fromLetter = action.inLetter?.theme;
  if (fromLetter !== undefined) {
    const t = themes.find((x) => x.number === fromLetter);
    if (t) return t;
  }
  return (
    themes.find((t) => t.actions.includes(action.number)) ??
    themes.find((t) => action.subsection !== undefined && t.annexSections.includes(action.subsection)) ??
    themes.find((t) => t.annexSections.includes(action.section))
  );
}

export type HeadingBlock = Extract<Block, { kind: 'heading' }>;

/** The section of the letter with the theme's number: its heading and the blocks up to the next section. */
export function letterSection(corpus: Corpus, themeNumber: number): { heading?: HeadingBlock; blocks: Block[] } {
  const blocks = corpus.letter.blocks;
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.level === 2 && b.number === String(themeNumber));
  if (start < 0) return { blocks: [] };
  let end = blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 2);
  if (end < 0) end = blocks.length;
  return { heading: blocks[start] as HeadingBlock, blocks: blocks.slice(start + 1, end) };
}

/** Why an action has its theme: «letter» when the letter discusses it in that section, «annex» when the section mapping decides. */
export function themeSource(action: Pick<Action, 'inLetter'>): 'letter' | 'annex' {
  return action.inLetter?.theme !== undefined ? 'letter' : 'annex';
}

/** The reviewed entry for one paragraph of the letter: the actions it discusses and mentions, with the reason. */
export function actionsOfParagraph(corpus: Pick<Corpus, 'letterActions'>, blockId: string): LetterParagraphActions | undefined {
  return corpus.letterActions.find((e) => e.block === blockId);
}

export interface LetterParagraphOfAction {
  block: Block;
  role: 'discusses' | 'mentions';
  reason: string;
}

/**
 * For every action, the paragraphs of the letter that speak of it, in letter order, each with
 * its role (a paragraph that discusses an action does not also count as mentioning it) and the
 * reason: the reviewed mapping read the other way round, in one pass.
 */
export function paragraphsByAction(corpus: Pick<Corpus, 'letterActions' | 'letter'>): Map<number, LetterParagraphOfAction[]> {
  const entries = new Map(corpus.letterActions.map((e) => [e.block, e]));
  const out = new Map<number, LetterParagraphOfAction[]>();
  const add = (n: number, p: LetterParagraphOfAction) => out.set(n, [...(out.get(n) ?? []), p]);
  for (const block of corpus.letter.blocks) {
    const e = entries.get(block.id);
    if (!e) continue;
    for (const n of e.discusses) add(n, { block, role: 'discusses', reason: e.reason });
    for (const n of e.mentions) if (!e.discusses.includes(n)) add(n, { block, role: 'mentions', reason: e.reason });
  }
  return out;
}

/** The paragraphs of the letter that speak of an action, in letter order, each with its role and the reason. */
export function paragraphsOfAction(corpus: Pick<Corpus, 'letterActions' | 'letter'>, action: number): LetterParagraphOfAction[] {
  return paragraphsByAction(corpus).get(action) ?? [];
}

/**
 * For each document, the documents of the corpus that cite it, computed from the resolved
 * references in their text and notes (not from the metadata): what the home page may say.
 */
export function documentsCitedBy(corpus: Corpus): Record<DocId, DocId[]> {
  const out = Object.fromEntries(DOC_IDS.map((id) => [id, [] as DocId[]])) as Record<DocId, DocId[]>;
  const add = (from: DocId, to: DocId | undefined) => {
    if (to && to !== from && !out[to].includes(from)) out[to].push(from);
  };
  const scan = (from: DocId, runs: readonly { type: string; target?: unknown }[]) => {
    for (const r of runs) {
      if (r.type !== 'ref') continue;
      const t = r.target as { kind: string; dossier?: string; number?: string };
      if (t.kind === 'kamerstuk') add(from, CORPUS_KAMERSTUKKEN[`${t.dossier}-${t.number}`]);
      else if (t.kind === 'annex') add(from, ANNEX_ID);
    }
  };
  const blocks = (from: DocId, bs: readonly Block[]) =>
    bs.forEach((b) => (b.kind === 'list' ? b.items.forEach((i) => scan(from, i.content)) : scan(from, b.content)));
  for (const id of DOC_IDS) {
    if (id === ANNEX_ID) {
      blocks(id, corpus.annex.intro);
      for (const a of corpus.annex.actions) {
        blocks(id, a.description);
        blocks(id, a.status);
        a.footnotes.forEach((f) => scan(id, f.content));
      }
    } else {
      const d = letterOf(corpus, id);
      blocks(id, d.blocks);
      d.footnotes.forEach((f) => scan(id, f.content));
    }
  }
  return out;
}
