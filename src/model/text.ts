/** Plain reading text of model parts, for data exports, descriptions and search fallbacks. */
import type { Block, Inline } from './schema.ts';

/** Reading text of inline runs: footnote markers are left out, and [sic] marks unless `sic` is set. */
export function inlineText(runs: readonly Inline[], { sic = false } = {}): string {
  return runs.map((r) => (r.type === 'text' || r.type === 'ref' || r.type === 'editorial' ? r.value : r.type === 'sic' && sic ? ' [sic]' : '')).join('');
}

/** Reading text of one block; list items each on a line starting with their label or «–». */
export function blockText(block: Block): string {
  if (block.kind === 'list') return block.items.map((i) => `${i.label ?? '–'} ${inlineText(i.content)}`).join('\n');
  return (block.kind === 'heading' && block.number ? `${block.number}. ` : '') + inlineText(block.content);
}

/** Reading text of runs as shown, with [sic] marks. */
export function plainRuns(runs: readonly Inline[]): string {
  return inlineText(runs, { sic: true });
}

/** Reading text of one block on one line, with [sic] marks; list items without their labels. */
export function plainBlock(block: Block): string {
  if (block.kind === 'list') return block.items.map((i) => plainRuns(i.content)).join(' ');
  return (block.kind === 'heading' && block.number ? `${block.number}. ` : '') + plainRuns(block.content);
}

/** Reading text of blocks on one line: for titles, summaries and descriptions. */
export function plainText(blocks: readonly Block[]): string {
  return blocks.map(plainBlock).join(' ').replace(/\s+/g, ' ').trim();
}

/** Reading text of blocks, one paragraph per block, separated by blank lines. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n\n');
}

/** A short form of a text: at most `max` characters, cut at a word boundary. */
export function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  let short = space > max * 0.6 ? cut.slice(0, space) : cut;
  // Not inside brackets left open by the cut («… kinderen (NR. 43 Motie…»): before them, if enough is left.
  const open = short.lastIndexOf('(');
  if (open > max * 0.5 && short.indexOf(')', open) < 0) short = short.slice(0, open);
  return `${short.replace(/[\s,;:.–-]+$/, '')}…`;
}
