/**
 * Page furniture: text that belongs to the page or the web site, not to the
 * document (headers, footers, page numbers, table header rows, site boilerplate).
 * Parsers remove it only by the rules listed here, each with an id and a reason,
 * and record every removal in their Trace (see source.ts). The fidelity test checks
 * that every removed fragment matches the rule it names.
 */
import type { DocId } from '../../model/registry.ts';
import { rules as rules35510 } from './kst-35510-60.ts';
import { rules as rulesAnnex } from './bijlage.ts';
import { rules as rules29362290 } from './kst-29362-290.ts';
import { rules as rules29362282 } from './kst-29362-282.ts';

export interface FurnitureRule {
  /** Unique id, recorded in the trace of each removal. */
  id: string;
  /** Why this is not part of the document (Dutch: shown on the «Over deze uitgave» page). */
  reason: string;
  /** Must match the whole removed fragment. */
  pattern: RegExp;
}

/** The furniture rules of each document of the registry (src/model/documents.ts), one file each. */
export const FURNITURE: Record<DocId, readonly FurnitureRule[]> = {
  'kst-35510-60': rules35510,
  bijlage: rulesAnnex,
  'kst-29362-290': rules29362290,
  'kst-29362-282': rules29362282,
};

export const furnitureRules: readonly FurnitureRule[] = Object.values(FURNITURE).flat();

const anchored = new Map<string, RegExp>();

/**
 * The one way parsers recognise furniture: the named rule's pattern anchored to the whole
 * text (`^(?:…)$`, without the global flag), so that what a parser drops is exactly what the
 * fidelity test will check against the rule. Use `.test(text)`, or `.exec(text)` for the
 * rule's groups (the page number of a footer).
 */
export function furniture(id: string): RegExp {
  let re = anchored.get(id);
  if (!re) {
    const r = furnitureRule(id);
    re = new RegExp(`^(?:${r.pattern.source})$`, r.pattern.flags.replace('g', ''));
    anchored.set(id, re);
  }
  return re;
}

export function furnitureRule(id: string): FurnitureRule {
  const rule = furnitureRules.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown furniture rule «${id}»`);
  return rule;
}

export interface FurnitureUse {
  rule: string;
  reason: string;
  file: string;
  /** How many fragments the rule removed from the file. */
  count: number;
  /** Up to three different removed texts, as examples. */
  examples: string[];
}

/** Which rule removed how much from which file: listed on the «Over deze uitgave» page. */
export function furnitureSummary(traces: ReadonlyArray<{ file: string; trace: { furniture: ReadonlyArray<{ rule: string; text: string }> } }>): FurnitureUse[] {
  const uses: FurnitureUse[] = [];
  for (const { file, trace } of traces) {
    for (const hit of trace.furniture) {
      let use = uses.find((u) => u.file === file && u.rule === hit.rule);
      if (!use) uses.push((use = { rule: hit.rule, reason: furnitureRule(hit.rule).reason, file, count: 0, examples: [] }));
      use.count++;
      const example = hit.text.length > 90 ? `${hit.text.slice(0, 89)}…` : hit.text;
      if (use.examples.length < 3 && !use.examples.includes(example)) use.examples.push(example);
    }
  }
  return uses;
}
