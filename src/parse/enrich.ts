/**
 * The enrichment pass, the same for all documents: turns the correction sentinels
 * in text runs into `editorial` / `sic` runs, and finds every reference (a cited
 * Kamerstuk, a motion, «zie actie 18», the annex) and makes it a `ref` run with
 * its resolved address — inside the site where the target is in the corpus, the
 * official publication where not.
 */
import type { Block, Correction, Footnote, Inline, NamedReference, RefTarget, Resolved } from '../model/schema.ts';
import { CORPUS_KAMERSTUKKEN, officialUrl, routes } from '../model/routes.ts';
import { splitSentinels } from './corrections.ts';

/**
 * Where references are read: «zie ook 33» means an action only inside the annex, and
 * «de bijlage bij deze brief» means the annex only in the letter it belongs to
 * (35 510, nr. 60); in the other letters it is their own appendix.
 */
export type RefContext = 'annex' | 'letter' | 'other-letter';

export interface FoundRef {
  start: number;
  end: number;
  target: RefTarget;
}

const DOSSIER = String.raw`(\d{2}\s?\d{3})(?:\s+([IVXL]+))?`;
const KAMERSTUK_RE = new RegExp(String.raw`\bKamerstuk(?:ken)?(?:\s+II)?,?(?:\s+\d{4}[/-]\d{2,4},)?\s+${DOSSIER},?\s+nr\.?\s*(\d+)`, 'g');
const KAMERSTUK_DASH_RE = /\b(?:TK|Kamerstuk)\s+(\d{5})-(\d+)\b/g;
const MOTION_RE = /\(\s*(NR\.?\s*(\d+)\.?\s+[Mm]otie\s+([^)]+?))\s*\)/g;
/** A motion named in running text: «motie Omtzigt cs NR. 11», «motie Marijnissen, nr. 21». */
const MOTION_INLINE_RE = /\b[Mm]otie\s+(\p{Lu}[^,()\t]*?),?\s+(?:NR|nr)\.?\s*(\d+)\b/gu;
/** A motion named with its Kamerstuk in brackets: «motie-Dassen c.s. (28362, nr. 53)». */
const MOTION_CITED_RE = /\b[Mm]otie[- ](\p{Lu}[^()\t]*?)\s*\((\d{2}\s?\d{3}),?\s*nr\.?\s*(\d+)\)/gu;
/**
 * A motion named by its submitters without a number: «motie Segers», «motie-Dassen»,
 * «motie van de leden Lodders en Van Weyenberg». Each one must be in content/references.json.
 */
const UNNUMBERED_MOTION_RE = /\b[Mm]otie(?:-|\s+)(?:van (?:de leden|het lid)\s+)?\p{Lu}/gu;
const ACTION_RE = /\b[Zz]ie\s+(?:ook\s+)?(?:actie\s+)?(\d{1,2})\b/g;
const ANNEX_RE = /\b[Bb]ijlage bij deze brief\b/g;

function dossierKey(dossier: string, suffix?: string): string {
  return dossier.replace(/\s/g, '') + (suffix ? `-${suffix}` : '');
}

/** Parses the submitters and part of a motion as the annex writes it: «Klaver cs deel 2». */
export function parseMotion(text: string): { submitters: string; part?: string } {
  const m = text.match(/^(.*?)[,\s]*\bdeel\s*(\d+)\s*$/);
  const submitters = (m ? m[1]! : text).replace(/[,\s]+$/, '');
  return m ? { submitters, part: m[2]! } : { submitters };
}

/** All references in a plain text, in order, without overlaps. */
export function findReferences(text: string, context: RefContext): FoundRef[] {
  const found: FoundRef[] = [];
  for (const m of text.matchAll(KAMERSTUK_RE)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      target: { kind: 'kamerstuk', dossier: dossierKey(m[1]!, m[2]), number: m[3]! },
    });
  }
  for (const m of text.matchAll(KAMERSTUK_DASH_RE)) {
    found.push({ start: m.index, end: m.index + m[0].length, target: { kind: 'kamerstuk', dossier: m[1]!, number: m[2]! } });
  }
  for (const m of text.matchAll(MOTION_RE)) {
    const start = m.index + m[0].indexOf(m[1]!);
    found.push({
      start,
      end: start + m[1]!.length,
      target: { kind: 'motion', dossier: '35510', number: m[2]!, ...parseMotion(m[3]!) },
    });
  }
  for (const m of text.matchAll(MOTION_CITED_RE)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      target: { kind: 'motion', dossier: dossierKey(m[2]!), number: m[3]!, ...parseMotion(m[1]!.replace(/[,\s]+$/, '')) },
    });
  }
  for (const m of text.matchAll(MOTION_INLINE_RE)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      target: { kind: 'motion', dossier: '35510', number: m[2]!, ...parseMotion(m[1]!) },
    });
  }
  if (context === 'annex') {
    for (const m of text.matchAll(ACTION_RE)) {
      const n = Number(m[1]);
      if (n >= 1 && n <= 86) found.push({ start: m.index, end: m.index + m[0].length, target: { kind: 'action', number: n } });
    }
  } else if (context === 'letter') {
    for (const m of text.matchAll(ANNEX_RE)) {
      found.push({ start: m.index, end: m.index + m[0].length, target: { kind: 'annex' } });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: FoundRef[] = [];
  for (const f of found) if (!result.length || f.start >= result[result.length - 1]!.end) result.push(f);
  return result;
}

/** Where a reference leads. */
export function resolveTarget(target: RefTarget): Resolved {
  switch (target.kind) {
    case 'kamerstuk': {
      const doc = CORPUS_KAMERSTUKKEN[`${target.dossier}-${target.number}`];
      return doc ? { internal: routes.document(doc) } : { external: officialUrl(target.dossier, target.number) };
    }
    case 'motion':
      return { external: officialUrl(target.dossier, target.number) };
    case 'action':
      return { internal: routes.action(target.number) };
    case 'annex':
      return { internal: routes.actions() };
  }
}

/** The correction records, by id, that enrichment consults for [sic] readings. */
export type CorrectionLookup = ReadonlyMap<string, Pick<Correction, 'original' | 'repair'>>;

/**
 * Splits one text run into text, editorial, sic and ref runs. References are found
 * in the reading text, where a [sic] mark takes no room: a reference that contains
 * one is linked to what is meant (the sic record's `repair`), and the mark moves to
 * the end of the link. References never reach into an editorial insertion.
 */
function enrichText(value: string, context: RefContext, corrections: CorrectionLookup): Inline[] {
  type Seg = { start: number; end: number; correction?: string };
  let plain = '';
  const segs: Seg[] = [];
  const sics: Array<{ pos: number; correction: string }> = [];
  for (const part of splitSentinels(value)) {
    if (part.type === 'sic') sics.push({ pos: plain.length, correction: part.correction });
    else {
      segs.push({ start: plain.length, end: plain.length + part.value.length, ...(part.type === 'editorial' ? { correction: part.correction } : {}) });
      plain += part.value;
    }
  }
  const refs = findReferences(plain, context).filter((r) => !segs.some((g) => g.correction && g.start < r.end && r.start < g.end));
  const found = refs.map((r) => {
    const inside = sics.filter((x) => x.pos > r.start && x.pos < r.end);
    if (!inside.length) return { ...r, target: r.target };
    let meant = plain.slice(r.start, r.end);
    for (const x of [...inside].reverse()) {
      const c = corrections.get(x.correction);
      const at = x.pos - r.start;
      if (c && meant.slice(0, at).endsWith(c.original)) meant = meant.slice(0, at - c.original.length) + c.repair + meant.slice(at);
      x.pos = r.end;
    }
    return { ...r, target: findReferences(meant, context)[0]?.target ?? r.target };
  });
  const cuts = [
    ...new Set([0, plain.length, ...segs.flatMap((g) => [g.start, g.end]), ...found.flatMap((r) => [r.start, r.end]), ...sics.map((x) => x.pos)]),
  ].sort((a, b) => a - b);
  const out: Inline[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const a = cuts[i]!;
    for (const x of sics) if (x.pos === a) out.push({ type: 'sic', correction: x.correction });
    const b = cuts[i + 1];
    if (b === undefined) break;
    const ref = found.find((r) => r.start <= a && a < r.end);
    if (ref) {
      if (ref.start === a) out.push({ type: 'ref', value: plain.slice(ref.start, ref.end), target: ref.target, resolved: resolveTarget(ref.target) });
      continue;
    }
    const seg = segs.find((g) => g.start <= a && a < g.end)!;
    const text = plain.slice(a, b);
    if (text) out.push(seg.correction ? { type: 'editorial', value: text, correction: seg.correction } : { type: 'text', value: text });
  }
  return out;
}

export function enrichInlines(runs: readonly Inline[], context: RefContext, corrections: CorrectionLookup = new Map()): Inline[] {
  return runs.flatMap((r) => (r.type === 'text' ? enrichText(r.value, context, corrections) : [r]));
}

export function enrichBlocks(blocks: readonly Block[], context: RefContext, corrections: CorrectionLookup = new Map()): Block[] {
  return blocks.map((b) =>
    b.kind === 'list'
      ? { ...b, items: b.items.map((i) => ({ ...i, content: enrichInlines(i.content, context, corrections) })) }
      : { ...b, content: enrichInlines(b.content, context, corrections) },
  );
}

export function enrichFootnotes(notes: readonly Footnote[], context: RefContext, corrections: CorrectionLookup = new Map()): Footnote[] {
  return notes.map((n) => ({ ...n, content: enrichInlines(n.content, context, corrections) }));
}

/** Start offsets of motions named without a number in a plain text (see UNNUMBERED_MOTION_RE). */
export function unnumberedMotions(text: string): number[] {
  return [...text.matchAll(UNNUMBERED_MOTION_RE)].map((m) => m.index);
}

/**
 * Links the reviewed named references (content/references.json) in the text runs of one
 * scope: every occurrence of an entry's phrase with a target becomes a `ref` run; entries
 * without a target leave the text as it is. Returns the runs and the ids of the entries
 * that matched, so that a stale entry can be reported.
 */
export function linkNamedReferences(runs: readonly Inline[], entries: readonly NamedReference[]): { runs: Inline[]; used: Set<string> } {
  const used = new Set<string>();
  const out: Inline[] = [];
  for (const r of runs) {
    if (r.type !== 'text') {
      out.push(r);
      continue;
    }
    let rest = r.value;
    for (;;) {
      let best: { at: number; entry: NamedReference } | undefined;
      for (const e of entries) {
        const at = rest.indexOf(e.text);
        if (at >= 0 && (!best || at < best.at || (at === best.at && e.text.length > best.entry.text.length))) best = { at, entry: e };
      }
      if (!best) break;
      used.add(best.entry.id);
      const end = best.at + best.entry.text.length;
      if (!best.entry.target) {
        if (best.at + best.entry.text.length > 0) out.push({ type: 'text', value: rest.slice(0, end) });
        rest = rest.slice(end);
        continue;
      }
      if (best.at > 0) out.push({ type: 'text', value: rest.slice(0, best.at) });
      out.push({ type: 'ref', value: best.entry.text, target: best.entry.target, resolved: resolveTarget(best.entry.target), reference: best.entry.id });
      rest = rest.slice(end);
    }
    if (rest) out.push({ type: 'text', value: rest });
  }
  // Adjacent text runs from unlinked entries are merged back.
  const merged: Inline[] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (r.type === 'text' && last?.type === 'text') merged[merged.length - 1] = { type: 'text', value: last.value + r.value };
    else merged.push(r);
  }
  return { runs: merged, used };
}
