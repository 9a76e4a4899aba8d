/**
 * Small pure helpers of the route data (src/site/route-data.ts), shared by the pages of several
 * kinds; tests/route-utils.test.ts tests them on small inputs.
 */
import type { Action, Block } from '../model/schema.ts';
import { inlineText } from '../model/text.ts';

export interface SequenceLink {
  href: string;
  label: string;
}

/** Previous and next item of a series around `index`, and what the series is called. */
export function sequence<T>(
  items: readonly T[],
  index: number,
  link: (item: T) => SequenceLink,
  label: string,
): { label: string; prev?: SequenceLink; next?: SequenceLink } {
  const prev = items[index - 1];
  const next = items[index + 1];
  return { label, ...(prev !== undefined && { prev: link(prev) }), ...(next !== undefined && { next: link(next) }) };
}

/** A heading as printed: its number («3.», «2.1») and its text. */
export function headingText(h: Extract<Block, { kind: 'heading' }>): string {
  const number = h.number ? `${/^\d+$/.test(h.number) ? `${h.number}.` : h.number} ` : '';
  return number + inlineText(h.content, { sic: true });
}

/** Table of contents of a document: its headings down to level 3. */
export function tocOf(blocks: readonly Block[]): { href: string; label: string; level: number }[] {
  return blocks
    .filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level <= 3)
    .map((h) => ({ href: `#${h.id}`, label: headingText(h), level: h.level }));
}

/** Whether an action stands in one of the annex sections (or sub-sections) named. */
export function inSections(a: Pick<Action, 'section' | 'subsection'>, sections: readonly string[]): boolean {
  return sections.includes(a.section) || (a.subsection !== undefined && sections.includes(a.subsection));
}

/** For each action, the other actions that cite it, in the order of the annex. */
export function citedBy(actions: readonly Pick<Action, 'number' | 'cites'>[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const a of actions) for (const n of a.cites) if (n !== a.number) out.set(n, [...(out.get(n) ?? []), a.number]);
  return out;
}

/** The pages as given; a second page at an address already taken stops the build. */
export function uniqueRoutes<T extends { route: string }>(pages: T[]): T[] {
  const seen = new Set<string>();
  for (const p of pages) {
    if (seen.has(p.route)) throw new Error(`route data: two pages at ${p.route}`);
    seen.add(p.route);
  }
  return pages;
}
