/**
 * The site's view of the generated model: read once, validated with the schema,
 * plus the small derived lookups the pages need (themes, citations, plain text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CorpusSchema, CorrectionSchema, type Action, type Block, type Corpus, type Letter, type Meta, type Theme } from '../model/schema.ts';
import { letterSection as sectionOf, metaById, themeOf as themeOfAction, type HeadingBlock } from '../model/corpus.ts';
import { ReviewedSchema } from '../model/reviewed.ts';
import type { DocId } from '../model/routes.ts';

const ROOT = process.cwd();
const GENERATED = join(ROOT, 'content', 'generated');

let corpusCache: Corpus | undefined;

export function corpus(): Corpus {
  if (!corpusCache) {
    const raw = JSON.parse(readFileSync(join(GENERATED, 'model.json'), 'utf8'));
    const parsed = CorpusSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`content/generated/model.json: ${z.prettifyError(parsed.error)}`);
    corpusCache = parsed.data;
  }
  return corpusCache;
}

const EditorialSchema = z.object({
  applied: z.array(CorrectionSchema.extend({ col: z.number() })),
  hyphenation: z.array(
    z.object({
      file: z.string(),
      line: z.number(),
      source: z.string(),
      result: z.string(),
      decision: z.string(),
      reason: z.string(),
    }),
  ),
  crossCheck: z.array(
    z.object({
      kind: z.string(),
      position: z.number(),
      web: z.array(z.string()),
      pdf: z.array(z.string()),
      webLine: z.number().optional(),
      pdfLine: z.number().optional(),
      page: z.number().optional(),
    }),
  ),
  furniture: z.array(z.object({ rule: z.string(), reason: z.string(), file: z.string(), count: z.number(), examples: z.array(z.string()) })),
  /** Reviewed parser decisions (content/reviewed/); absent for the benchmark's synthetic corpora. */
  reviewed: ReviewedSchema.optional(),
});
export type Editorial = z.infer<typeof EditorialSchema>;

let editorialCache: Editorial | undefined;
export function editorial(): Editorial {
  if (!editorialCache) {
    const raw = JSON.parse(readFileSync(join(GENERATED, 'editorial.json'), 'utf8'));
    editorialCache = EditorialSchema.parse(raw);
  }
  return editorialCache;
}

export interface ManifestEntry {
  file: string;
  received: string;
  sha256: string;
  bytes: number;
}
export function manifest(): ManifestEntry[] {
  return z
    .array(z.object({ file: z.string(), received: z.string(), sha256: z.string(), bytes: z.number() }))
    .parse(JSON.parse(readFileSync(join(ROOT, 'seeds', 'manifest.json'), 'utf8')));
}

export interface AbbreviationEntry {
  abbr: string;
  expansion: string;
  note?: string;
}
/** Reviewed abbreviations that the texts use without spelling them out. */
export function reviewedAbbreviations(): AbbreviationEntry[] {
  const schema = z.object({
    abbreviations: z.array(z.object({ abbr: z.string(), expansion: z.string(), note: z.string().optional() })),
  });
  try {
    return schema.parse(JSON.parse(readFileSync(join(ROOT, 'content', 'abbreviations.json'), 'utf8'))).abbreviations;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

export function metaOf(id: DocId): Meta {
  return metaById(corpus())[id];
}

export function themeOf(action: Action): Theme | undefined {
  return themeOfAction(action, corpus().themes);
}

export function themeByNumber(n: number): Theme {
  const theme = corpus().themes.find((t) => t.number === n);
  if (!theme) throw new Error(`no theme ${n}`);
  return theme;
}

export function actionsOfTheme(theme: Theme): Action[] {
  return corpus().annex.actions.filter((a) => themeOf(a)?.number === theme.number);
}

/** The section of the letter with the theme's number: its heading and the blocks up to the next section. */
export function letterSection(themeNumber: number): { heading?: HeadingBlock; blocks: Block[] } {
  return sectionOf(corpus(), themeNumber);
}

/** Plain reading text of runs and of blocks (src/model/text.ts). */
export { plainRuns as plain, plainText as plainBlocks } from '../model/text.ts';

export { shorten } from '../model/text.ts';

export function blocksByIds(doc: Letter, ids: readonly string[]): Block[] {
  return ids.map((id) => {
    const b = doc.blocks.find((x) => x.id === id);
    if (!b) throw new Error(`${doc.meta.id}: no block «${id}»`);
    return b;
  });
}

/** The annex section label of an action: «SECTION › Subsection». */
export function sectionLabel(action: Pick<Action, 'section' | 'subsection'>): string {
  return action.subsection ? `${action.section} › ${action.subsection}` : action.section;
}
