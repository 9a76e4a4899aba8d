/** Plain reading text of model parts, for data exports, descriptions and search fallbacks. */
import type { Block, Inline } from './schema.ts';

/** Reading text of inline runs: footnote markers are left out, and [sic] marks unless `sic` is set. */
export function inlineText(runs: readonly Inline[], { sic = false } = {}): string {
  return runs
    .map((r) => (r.type === 'text' || r.type === 'ref' || r.type === 'editorial' ? r.value : r.type === 'sic' && sic ? ' [sic]' : ''))
    .join('');
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

/**
 * The first sentence of a text, at least `min` characters long. A full stop, «!» or «?»
 * ends it only before a capital, a digit, a quote or the end of the text («m.b.t. tot»
 * goes on), and only outside brackets («(NR. 7 Motie Wilders)» goes on); «;» and «:»
 * end it before any space. The closing mark is kept only for «!» and «?».
 */
export function firstSentence(text: string, min = 20): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const open = '([«';
  const close = ')]»';
  let depth = 0;
  for (let i = 0; i < flat.length; i++) {
    const c = flat[i]!;
    if (open.includes(c)) depth++;
    else if (close.includes(c)) depth = Math.max(0, depth - 1);
    if (depth > 0 || i + 1 < min || !'.!?;:'.includes(c)) continue;
    const rest = flat.slice(i + 1);
    if (rest !== '' && !rest.startsWith(' ')) continue;
    if ('.!?'.includes(c) && rest !== '' && !/^ ["'‘“«(\p{Lu}\p{N}]/u.test(rest)) continue;
    return flat.slice(0, '!?'.includes(c) ? i + 1 : i);
  }
  return flat;
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
