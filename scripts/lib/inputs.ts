/** Reads the sources and the editorial data: the only I/O in front of the pure pipeline. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorrectionSchema, DecisionSchema, EditorialNoteSchema, LetterParagraphActionsSchema, MetaSchema, NamedReferenceSchema, ThemeSchema } from '../../src/model/schema.ts';
import type { CorpusInputs } from '../../src/parse/corpus.ts';
import { z } from 'zod';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  const rel = path.slice(ROOT.length + 1);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${rel}: expected valid JSON (${err instanceof Error ? err.message : err})`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`${rel}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function loadInputs(root = ROOT): CorpusInputs {
  const seeds = join(root, 'seeds');
  const files: Record<string, string> = {};
  for (const f of readdirSync(seeds)) if (f.endsWith('.txt')) files[f] = readFileSync(join(seeds, f), 'utf8');
  const dir = (d: string) => readdirSync(join(root, 'content', d)).filter((f) => f.endsWith('.json')).sort();
  const Hyph = z.object({ join: z.array(z.string()), keep: z.array(z.string()) });
  const hyph = dir('hyphenation').map((f) => readJson(join(root, 'content', 'hyphenation', f), Hyph));
  return {
    files,
    corrections: dir('corrections').flatMap((f) => readJson(join(root, 'content', 'corrections', f), z.array(CorrectionSchema))),
    hyphenation: { join: hyph.flatMap((h) => h.join), keep: hyph.flatMap((h) => h.keep) },
    documents: readJson(join(root, 'content', 'documents.json'), z.array(MetaSchema)),
    themes: readJson(join(root, 'content', 'themes.json'), z.object({ themes: z.array(ThemeSchema) }).passthrough()).themes,
    letterActions: readJson(join(root, 'content', 'letter-actions.json'), z.object({ about: z.string(), paragraphs: z.array(LetterParagraphActionsSchema) }).strict()).paragraphs,
    namedReferences: readJson(join(root, 'content', 'references.json'), z.object({ about: z.string(), references: z.array(NamedReferenceSchema) }).strict()).references,
    editorialNotes: readJson(join(root, 'content', 'editorial-notes.json'), z.object({ about: z.string(), notes: z.array(EditorialNoteSchema) }).strict()).notes,
    decisions: readJson(join(root, 'content', 'decisions.json'), z.object({ about: z.string(), decisions: z.array(DecisionSchema) }).strict()).decisions,
  };
}
