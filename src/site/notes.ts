/**
 * How note markers on a page link to their footnotes. Which marker carries the id
 * for the back-link (the first one of each note) is decided here, up front, when the
 * page's MDX is written, so the result never depends on the order of rendering.
 */
import type { Block, Footnote, Inline } from '../model/schema.ts';

export interface NoteContext {
  /** Page the footnotes are on; '' for this page. */
  base: string;
  /** Keys «runsKey:index» of the markers that carry the back-link id. */
  first: Set<string>;
  /** Note ids with a marker (with id) on this page. */
  referenced: Set<string>;
}

/** The key of a run list: a block id, or «blockId/item» for a list item. */
export function runsKey(blockId: string, item?: number): string {
  return item === undefined ? blockId : `${blockId}/${item}`;
}

/** The run lists of a block with their keys (a list: one per item). */
export function runLists(block: Block, idPrefix = ''): [string, readonly Inline[]][] {
  const id = idPrefix + block.id;
  return block.kind === 'list' ? block.items.map((it, i) => [runsKey(id, i), it.content]) : [[id, block.content]];
}

/** Notes whose footnotes are shown on this page, below the given blocks (in reading order). */
export function localNotes(blocks: readonly Block[], idPrefix = ''): NoteContext {
  const first = new Set<string>();
  const referenced = new Set<string>();
  for (const block of blocks) {
    for (const [key, runs] of runLists(block, idPrefix)) {
      runs.forEach((r, i) => {
        if (r.type === 'noteRef' && !referenced.has(r.note)) {
          referenced.add(r.note);
          first.add(`${key}:${i}`);
        }
      });
    }
  }
  return { base: '', first, referenced };
}

/** Notes whose footnotes are on another page (markers link there, without ids). */
export function remoteNotes(base: string): NoteContext {
  return { base, first: new Set(), referenced: new Set() };
}

/** The footnotes that the markers of a page refer to, in the document's order. */
export function footnotesOn(all: readonly Footnote[], notes: NoteContext): Footnote[] {
  return all.filter((f) => notes.referenced.has(f.id));
}

/** Anchor id of a footnote's back-reference. */
export function refIdFor(noteId: string): string {
  return noteId.startsWith('fn-') ? `fnref-${noteId.slice(3)}` : `fnref-${noteId}`;
}
