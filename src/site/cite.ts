/**
 * Citations of single blocks (a paragraph, a list, a heading) in the official form: the
 * document's citation with the page of the original the block stands on
 * («Kamerstukken II 2020/21, 35 510, nr. 60, p. 3»), or, where the source gives no page,
 * the numbered section it stands in («…, nr. 290, paragraaf 3.2»). Pure.
 */
import type { Block, Inline } from '../model/schema.ts';
import { t } from './strings.ts';

/** The pages of the original a block stands on. */
export interface PageSpan {
  first: number;
  last: number;
}

const runsOf = (b: Block): readonly Inline[] => (b.kind === 'list' ? b.items.flatMap((i) => i.content) : b.content);

/**
 * The pages each block stands on: from the page it starts on to the last page that begins
 * inside it (a page break in its text). Undefined where the source gives no page for the
 * block, or where a page begins inside it whose number the source does not give: a web
 * text that shows only some of its page breaks (29 362 nr. 290) says nothing certain about
 * the pages in between.
 */
export function pageSpans(blocks: readonly Block[]): Map<string, PageSpan | undefined> {
  const out = new Map<string, PageSpan | undefined>();
  for (const b of blocks) {
    let last: number | undefined = b.page;
    for (const r of runsOf(b)) if (r.type === 'pageBreak' && last !== undefined) last = r.page;
    out.set(b.id, b.page !== undefined && last !== undefined ? { first: b.page, last } : undefined);
  }
  return out;
}

/** The pages a run of blocks stands on (an action of the annex: its columns), where every block has its pages. */
export function blocksSpan(blocks: readonly Block[]): PageSpan | undefined {
  const spans = [...pageSpans(blocks).values()];
  if (spans.length === 0 || spans.some((s) => s === undefined)) return undefined;
  return { first: Math.min(...spans.map((s) => s!.first)), last: Math.max(...spans.map((s) => s!.last)) };
}

/** True when a page of the original begins inside the block whose number the source does not give. */
export function hasUnnumberedBreak(b: Block): boolean {
  return runsOf(b).some((r) => r.type === 'pageBreak' && r.page === undefined);
}

/**
 * The citation of every block of a text, by block id: `base` (the document's citation)
 * with the block's pages, or the number of the section it stands in, or `base` alone.
 */
export function blockCitations(blocks: readonly Block[], base: string): Record<string, string> {
  const pages = pageSpans(blocks);
  const out: Record<string, string> = {};
  const numbered: (string | undefined)[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      numbered.length = b.level - 1;
      numbered[b.level - 1] = b.number;
    }
    const span = pages.get(b.id);
    const section = [...numbered].reverse().find((n) => n !== undefined);
    out[b.id] = span ? t.citePages(base, span.first, span.last) : section ? t.citeSection(base, section) : base;
  }
  return out;
}
