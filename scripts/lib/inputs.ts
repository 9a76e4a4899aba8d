/** Reads the sources and the editorial data: the only I/O in front of the pure pipeline. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CorrectionSchema,
  DecisionSchema,
  FollowUpSchema,
  HelpSchema,
  EditorialNoteSchema,
  LetterParagraphActionsSchema,
  MetaSchema,
  NamedReferenceSchema,
  SeeAlsoGroupSchema,
  ThemeSchema,
} from '../../src/model/schema.ts';
import { TitlesSchema } from '../../src/model/titles.ts';
import { GlossarySchema } from '../../src/model/glossary.ts';
import type { CorpusInputs } from '../../src/parse/corpus.ts';
import { decodeSource } from '../../src/parse/source.ts';
import { REVIEWED_FILES, ReviewedSchema, type Reviewed } from '../../src/model/reviewed.ts';
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function readJson<T>(path: string, schema: z.ZodType<T>, root = ROOT): T {
  // relative(): the root may end with a slash (the build integration passes Astro's root so).
  const rel = path.startsWith(root) ? relative(root, path).split(sep).join('/') : path;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${rel}: expected valid JSON (${err instanceof Error ? err.message : err})`, { cause: err });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`${rel}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const ManifestSchema = z.array(
  z.object({ file: z.string(), received: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().min(0) }),
);

/**
 * Checks seeds/ against seeds/manifest.json: every listed file present with its size and
 * SHA-256, and no unlisted source. A changed source must be reviewed and its manifest
 * entry updated before it is built.
 */
export function verifyManifest(root = ROOT): void {
  const seeds = join(root, 'seeds');
  const manifest = readJson(join(seeds, 'manifest.json'), ManifestSchema, root);
  for (const entry of manifest) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(seeds, entry.file));
    } catch {
      throw new Error(`seeds/manifest.json: expected the file seeds/${entry.file}, found nothing`);
    }
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (bytes.length !== entry.bytes || sha !== entry.sha256) {
      throw new Error(
        `seeds/${entry.file}: expected the bytes listed in seeds/manifest.json (${entry.bytes} bytes, sha256 ${entry.sha256.slice(0, 12)}…), found ${bytes.length} bytes, sha256 ${sha.slice(0, 12)}…`,
      );
    }
  }
  const listed = new Set(manifest.map((m) => m.file));
  const extra = readdirSync(seeds).filter((f) => f.endsWith('.txt') && !listed.has(f));
  if (extra.length) throw new Error(`seeds/${extra[0]}: expected only the source files listed in seeds/manifest.json, found an unlisted file`);
}

export function loadInputs(root = ROOT): CorpusInputs {
  const seeds = join(root, 'seeds');
  const files: Record<string, string> = {};
  verifyManifest(root);
  for (const f of readdirSync(seeds)) if (f.endsWith('.txt')) files[f] = decodeSource(f, readFileSync(join(seeds, f)));
  const dir = (d: string) =>
    readdirSync(join(root, 'content', d))
      .filter((f) => f.endsWith('.json'))
      .sort();
  const Hyph = z.object({ join: z.array(z.string()), keep: z.array(z.string()) });
  const hyph = dir('hyphenation').map((f) => readJson(join(root, 'content', 'hyphenation', f), Hyph, root));
  return {
    files,
    corrections: dir('corrections').flatMap((f) => readJson(join(root, 'content', 'corrections', f), z.array(CorrectionSchema), root)),
    hyphenation: { join: hyph.flatMap((h) => h.join), keep: hyph.flatMap((h) => h.keep) },
    reviewed: Object.fromEntries(
      (Object.keys(REVIEWED_FILES) as (keyof Reviewed)[]).map((key) => [
        key,
        readJson(join(root, 'content', 'reviewed', REVIEWED_FILES[key]), ReviewedSchema.shape[key] as z.ZodType, root),
      ]),
    ) as unknown as Reviewed,
    documents: readJson(join(root, 'content', 'documents.json'), z.array(MetaSchema.omit({ shortTitle: true }).strict()), root),
    themes: readJson(join(root, 'content', 'themes.json'), z.looseObject({ themes: z.array(ThemeSchema) }), root).themes,
    letterActions: readJson(
      join(root, 'content', 'letter-actions.json'),
      z.object({ about: z.string(), paragraphs: z.array(LetterParagraphActionsSchema) }).strict(),
      root,
    ).paragraphs,
    namedReferences: readJson(
      join(root, 'content', 'references.json'),
      z.object({ about: z.string(), references: z.array(NamedReferenceSchema) }).strict(),
      root,
    ).references,
    editorialNotes: readJson(join(root, 'content', 'editorial-notes.json'), z.object({ about: z.string(), notes: z.array(EditorialNoteSchema) }).strict(), root)
      .notes,
    decisions: readJson(join(root, 'content', 'decisions.json'), z.object({ about: z.string(), decisions: z.array(DecisionSchema) }).strict(), root).decisions,
    seeAlso: readJson(join(root, 'content', 'see-also.json'), z.object({ about: z.string(), groups: z.array(SeeAlsoGroupSchema) }).strict(), root).groups,
    titles: (({ about: _about, ...titles }) => titles)(readJson(join(root, 'content', 'titles.json'), TitlesSchema.extend({ about: z.string() }), root)),
    glossary: readJson(join(root, 'content', 'begrippen.json'), GlossarySchema, root),
    help: readJson(join(root, 'content', 'help.json'), HelpSchema.extend({ about: z.string() }).strict(), root),
    followUp: readJson(join(root, 'content', 'vervolg.json'), z.object({ about: z.string(), documents: z.array(FollowUpSchema) }).strict(), root).documents,
  };
}
