/**
 * «Begrippen» (content/begrippen.json): the terms a reader meets in the letters, each
 * explained in plain Dutch by the edition and grounded in what the letters say. Where a
 * term is found and which passages use it is computed from the corpus, never listed by hand.
 */
import { z } from 'zod';
import type { Block, Corpus, Footnote, Inline } from './schema.ts';
import { plainRuns } from './text.ts';
import { routes, type DocId } from './routes.ts';
import { ANNEX_ID } from './registry.ts';

export const GlossaryEntrySchema = z
  .object({
    /** The anchor on /begrippen/ (#slug): a promise, like every address. */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case letters, digits and single hyphens'),
    /** The term as the letters write it. */
    term: z.string().min(2),
    /** Other ways the letters write it (plural, shorthand, a misspelling in the source). */
    aliases: z.array(z.string().min(2)),
    /** Shorthand: the abbreviation this entry spells out (its expansion comes from content/abbreviations.json or the text). */
    abbr: z.string().min(2).optional(),
    /** The edition's explanation, in plain Dutch. */
    explanation: z.string().min(20),
    /** What in the letters the explanation rests on: where they say it, in their words. */
    source: z.string().min(10),
    /** Why the term is in the list. */
    reason: z.string().min(5),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export const GlossarySchema = z
  .array(GlossaryEntrySchema)
  .min(1)
  .superRefine((entries, ctx) => {
    const slugs = new Set<string>();
    const names = new Map<string, string>();
    entries.forEach((e, i) => {
      if (slugs.has(e.slug)) ctx.addIssue({ code: 'custom', path: [i, 'slug'], message: `slug «${e.slug}» is used twice` });
      slugs.add(e.slug);
      for (const name of [e.term, ...e.aliases]) {
        const key = name.toLocaleLowerCase('nl');
        const other = names.get(key);
        if (other !== undefined) ctx.addIssue({ code: 'custom', path: [i], message: `«${name}» of «${e.slug}» is also a term or alias of «${other}»` });
        names.set(key, e.slug);
      }
    });
  });

/** Escaped for a regular expression. */
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern of one name. Shorthand with a capital after its first letter (WaU, FSV) must
 * match exactly; other names match in any case («Compensatie» at the start of a sentence).
 */
function namePattern(name: string): { source: string; exact: boolean } {
  const exact = !/\s/.test(name) && /\p{Lu}/u.test(name.slice(1));
  return { source: esc(name).replace(/ /g, '\\s+'), exact };
}

export type TermPiece = string | { text: string; slug: string };

/**
 * A function that splits a text into plain pieces and the names of glossary entries, longest
 * name first, whole words only.
 */
export function termSplitter(entries: readonly GlossaryEntry[]): (text: string) => TermPiece[] {
  const names = entries.flatMap((e) => [e.term, ...e.aliases].map((name) => ({ name, slug: e.slug, ...namePattern(name) })));
  names.sort((a, b) => b.name.length - a.name.length);
  if (!names.length) return (text) => [text];
  const exactRe = names.filter((n) => n.exact);
  const looseRe = names.filter((n) => !n.exact);
  const alt = (list: typeof names) => list.map((n) => n.source).join('|');
  const B = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  const parts = [exactRe.length ? `(?<exact>${alt(exactRe)})` : '', looseRe.length ? `(?<loose>(?i:${alt(looseRe)}))` : ''].filter(Boolean);
  let re: RegExp;
  try {
    re = new RegExp(`${B}(?:${parts.join('|')})${E}`, 'gu');
  } catch {
    // Engines without inline modifiers: case-insensitive throughout, exact names checked after.
    re = new RegExp(`${B}(?:${alt(names)})${E}`, 'giu');
  }
  const slugOf = (found: string): string | undefined => {
    const norm = found.replace(/\s+/g, ' ');
    for (const n of names) {
      if (n.exact ? n.name === norm : n.name.toLocaleLowerCase('nl') === norm.toLocaleLowerCase('nl')) return n.slug;
    }
    return undefined;
  };
  return (text) => {
    const out: TermPiece[] = [];
    let last = 0;
    for (const m of text.matchAll(re)) {
      const slug = slugOf(m[0]);
      if (slug === undefined) continue;
      if (m.index > last) out.push(text.slice(last, m.index));
      out.push({ text: m[0], slug });
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  };
}

/** One place in the corpus where the text uses a glossary entry. */
export interface TermPlace {
  /** The page and anchor of the block or note. */
  href: string;
  /** The document, and for the annex the action, it belongs to. */
  doc: DocId;
  action?: number;
  /** What the place is; `label` is its number (paragraph, note), its text (heading), or empty. */
  part: 'paragraph' | 'heading' | 'footnote' | 'description' | 'status';
  label: string;
}

interface Source extends TermPlace {
  runs: readonly Inline[];
}

function blockSources(blocks: readonly Block[], href: string, doc: DocId, action?: number): Source[] {
  return blocks.map((b) => {
    const runs = b.kind === 'list' ? b.items.flatMap((i) => [...i.content, { type: 'text' as const, value: ' ' }]) : b.content;
    const part: TermPlace['part'] =
      action !== undefined ? (b.id.startsWith('stand') ? 'status' : 'description') : b.kind === 'heading' ? 'heading' : 'paragraph';
    const label = b.kind === 'heading' && part === 'heading' ? plainRuns(b.content) : part === 'paragraph' ? b.id.replace(/^p/, '') : '';
    return { href: `${href}#${b.id}`, doc, ...(action !== undefined && { action }), part, label, runs };
  });
}
function noteSources(notes: readonly Footnote[], href: string, doc: DocId, action?: number): Source[] {
  return notes.map((f) => ({
    href: `${href}#${f.id}`,
    doc,
    ...(action !== undefined && { action }),
    part: 'footnote' as const,
    label: f.label,
    runs: f.content,
  }));
}

/** Every text of the corpus with its address, in reading order: the letters, then the annex. */
function corpusSources(corpus: Corpus): Source[] {
  const out: Source[] = [];
  for (const doc of [corpus.letter, corpus.werkAanUitvoering, corpus.regelsEnRuimte]) {
    const id = doc.meta.id as DocId;
    out.push(...blockSources(doc.blocks, routes.document(id), id), ...noteSources(doc.footnotes, routes.document(id), id));
  }
  out.push(...blockSources(corpus.annex.intro, routes.actions(), ANNEX_ID));
  for (const a of corpus.annex.actions) {
    out.push(
      ...blockSources([...a.description, ...a.status], routes.action(a.number), ANNEX_ID, a.number),
      ...noteSources(a.footnotes, routes.action(a.number), ANNEX_ID, a.number),
    );
  }
  return out;
}

/** The text of runs as it is searched: text and references, without note markers. */
const searchable = (runs: readonly Inline[]) => runs.map((r) => (r.type === 'text' || r.type === 'ref' || r.type === 'editorial' ? r.value : ' ')).join('');

/** Where the texts use each entry, by slug, in reading order (one place per block or note). */
export function termPlaces(corpus: Corpus, entries: readonly GlossaryEntry[]): Map<string, TermPlace[]> {
  const split = termSplitter(entries);
  const places = new Map<string, TermPlace[]>(entries.map((e) => [e.slug, []]));
  for (const s of corpusSources(corpus)) {
    const found = new Set<string>();
    for (const piece of split(searchable(s.runs))) if (typeof piece !== 'string') found.add(piece.slug);
    const { runs: _runs, ...place } = s;
    for (const slug of found) places.get(slug)!.push(place);
  }
  return places;
}

/** Problems of content/begrippen.json against the corpus: a term or alias the texts never use. */
export function glossaryIssues(corpus: Corpus, entries: readonly GlossaryEntry[]): string[] {
  const texts = corpusSources(corpus).map((s) => searchable(s.runs));
  const issues: string[] = [];
  for (const e of entries) {
    for (const name of [e.term, ...e.aliases]) {
      const split = termSplitter([{ ...e, term: name, aliases: [] }]);
      if (!texts.some((t) => split(t).some((p) => typeof p !== 'string'))) {
        issues.push(`content/begrippen.json «${e.slug}»: «${name}» occurs nowhere in the texts; expected a term or alias the letters use`);
      }
    }
  }
  return issues;
}
