/**
 * Pure queries over a validated corpus, shared by every layer that reads the model:
 * the document behind an id, the letter theme of an action, a theme's letter section.
 */
import type { Action, Block, Corpus, Letter, Meta, Theme } from './schema.ts';
import { DOC_IDS, type DocId } from './routes.ts';

export type LetterId = Exclude<DocId, 'bijlage'>;

/** The letter-shaped document behind an id. */
export function letterOf(corpus: Corpus, id: LetterId): Letter {
  return id === 'kst-35510-60' ? corpus.letter : id === 'kst-29362-290' ? corpus.werkAanUitvoering : corpus.regelsEnRuimte;
}

/** The metadata of every document, by id: the one map from document id to the corpus. */
export function metaById(corpus: Corpus): Record<DocId, Meta> {
  return Object.fromEntries(DOC_IDS.map((id) => [id, id === 'bijlage' ? corpus.annex.meta : letterOf(corpus, id).meta])) as Record<
    DocId,
    Meta
  >;
}

/** The letter theme of an action, following the reviewed mapping in content/themes.json. */
export function themeOf(action: Pick<Action, 'number' | 'section' | 'subsection'>, themes: readonly Theme[]): Theme | undefined {
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
