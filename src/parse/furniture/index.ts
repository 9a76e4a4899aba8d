/**
 * Page furniture: text that belongs to the page or the web site, not to the
 * document (headers, footers, page numbers, table header rows, site boilerplate).
 * Parsers remove it only by the rules listed here, each with an id and a reason,
 * and record every removal in their Trace (see source.ts). The fidelity test checks
 * that every removed fragment matches the rule it names.
 */
import { rules as letter } from './kst-35510-60.ts';
import { rules as annex } from './bijlage.ts';
import { rules as wau } from './kst-29362-290.ts';
import { rules as rer } from './kst-29362-282.ts';

export interface FurnitureRule {
  /** Unique id, recorded in the trace of each removal. */
  id: string;
  /** Why this is not part of the document. */
  reason: string;
  /** Must match the whole removed fragment. */
  pattern: RegExp;
}

export const furnitureRules: readonly FurnitureRule[] = [...letter, ...annex, ...wau, ...rer];

export function furnitureRule(id: string): FurnitureRule {
  const rule = furnitureRules.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown furniture rule «${id}»`);
  return rule;
}
