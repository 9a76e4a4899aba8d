/** The generated model (content/generated/model.json, written by `npm run ingest`) and its text. */
import { readFileSync } from 'node:fs';
import type { Action, Block, Corpus, Footnote, Inline, Theme } from '../../../src/model/schema.ts';
import { MODEL } from './paths.ts';

let cached: Corpus | undefined;

export function loadModel(): Corpus {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(MODEL, 'utf8');
    } catch {
      throw new Error(`${MODEL} not found: run the build first (npm run build)`);
    }
    cached = JSON.parse(text) as Corpus;
  }
  return cached;
}

/**
 * The text of inline runs as a reader sees it: text, references and editorial
 * insertions by their value, a footnote marker by its label, set apart by spaces so
 * that a marker glued to a word («discrimineren8») stays a word of its own; `sic`
 * marks carry no source text and are left out.
 */
export function inlineText(runs: readonly Inline[]): string {
  let out = '';
  for (const run of runs) {
    if (run.type === 'noteRef') out += ` ${run.label} `;
    else if (run.type !== 'sic') out += run.value;
  }
  return out;
}

/** The text pieces of a block, in reading order (a list: its items). */
export function blockTexts(block: Block): string[] {
  if (block.kind === 'list') return block.items.map((item) => inlineText(item.content));
  return [inlineText(block.content)];
}

export function blockText(block: Block): string {
  return blockTexts(block).join(' ');
}

export function footnoteText(note: Footnote): string {
  return inlineText(note.content);
}

/** Every inline run of a block. */
export function blockInlines(block: Block): Inline[] {
  return block.kind === 'list' ? block.items.flatMap((i) => i.content) : block.content;
}

/** The letter theme of an action: where the letter discusses it, else the reviewed section mapping (as src/model/corpus.ts themeOf). */
export function themeOfAction(
  action: Pick<Action, 'number' | 'section' | 'subsection'> & { inLetter?: Action['inLetter'] },
  themes: readonly Theme[],
): Theme | undefined {
  const fromLetter = themes.find((t) => t.number === action.inLetter?.theme);
  if (fromLetter) return fromLetter;
  return (
    themes.find((t) => t.actions.includes(action.number)) ??
    themes.find((t) => action.subsection !== undefined && t.annexSections.includes(action.subsection)) ??
    themes.find((t) => t.annexSections.includes(action.section))
  );
}
