import type { Block, Corpus } from '../../../src/model/schema.ts';

/** The blocks of the letter's section with the given theme number (its heading included). */
export function letterSectionOf(corpus: Corpus, themeNumber: number): Block[] {
  const blocks = corpus.letter.blocks;
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.level === 2 && b.number === String(themeNumber));
  if (start < 0) return [];
  let end = blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 2);
  if (end < 0) end = blocks.length;
  return blocks.slice(start, end);
}
