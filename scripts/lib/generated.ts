/**
 * The one writer of the generated output, used by the ingest, the build integration
 * and the benchmark's synthetic corpora:
 *
 *   content/generated/model.json      the validated corpus (build output, not in git)
 *   content/generated/editorial.json  corrections applied, hyphenation, cross-check, furniture
 *   content/pages/**.mdx              one MDX page per document, theme and action (in git)
 *   content/passages/{theme}.mdx      the letter's text on each theme, shown on its actions' pages (in git)
 *
 * The MDX pages are committed, so that a change to a parser shows up in review as a
 * diff of the pages' text; `checkPages` tells which committed pages are stale.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Corpus } from '../../src/model/schema.ts';
import type { Reviewed } from '../../src/model/reviewed.ts';
import type { BuiltCorpus } from '../../src/parse/corpus.ts';
import { furnitureSummary } from '../../src/parse/furniture/index.ts';
import { abbrSplitter } from '../../src/site/abbreviations.ts';
import { pageMdx, passageMdx, type MdxContext } from '../../src/site/mdx.ts';
import { glossarySplitter } from '../../src/site/glossary.ts';
import { fileFor, passages, routeRecords, type RouteData } from '../../src/site/route-data.ts';

export const GENERATED_DIR = ['content', 'generated'] as const;
/** The folders under content/ that hold committed MDX written here. */
export const MDX_DIRS = ['pages', 'passages'] as const;

export interface GeneratedPage {
  /** Path under content/pages/, with .mdx. */
  file: string;
  mdx: string;
  data: RouteData;
}

export interface Generated {
  corpus: Corpus;
  editorial: unknown;
  pages: GeneratedPage[];
  /** Path under content/passages/ → MDX. */
  passages: { file: string; mdx: string }[];
}

/** Every committed MDX file, by its path under content/. */
function mdxFiles(gen: Generated): { path: string; mdx: string }[] {
  return [...gen.pages.map((p) => ({ path: `pages/${p.file}`, mdx: p.mdx })), ...gen.passages.map((p) => ({ path: `passages/${p.file}`, mdx: p.mdx }))];
}

/** The writer's context for a corpus: its abbreviations and the reasons of its corrections. */
export function mdxContext(corpus: Corpus): MdxContext {
  const reasons = new Map(corpus.corrections.map((c) => [c.id, c.reason]));
  return { splitAbbr: abbrSplitter(corpus), splitTerms: glossarySplitter(corpus), reason: (id) => reasons.get(id) ?? id };
}

/**
 * Everything the build reads, made in memory from a built corpus (or a synthetic one in
 * its place), with the reviewed parser decisions listed for «Over deze uitgave».
 */
export function generate(built: BuiltCorpus, { corpus = built.corpus, reviewed }: { corpus?: Corpus; reviewed?: Reviewed } = {}): Generated {
  const ctx = mdxContext(corpus);
  const pages = routeRecords(corpus).map((data) => ({ file: `${fileFor(data.route)}.mdx`, mdx: pageMdx(data, ctx), data }));
  return {
    corpus,
    editorial: {
      applied: built.applied.map((a) => ({ ...a.correction, line: a.line, col: a.col })),
      hyphenation: built.hyphenation,
      crossCheck: built.crossCheck,
      furniture: furnitureSummary(built.traces),
      // Reviewed parser decisions with their reasons (content/reviewed/), for «Over deze uitgave».
      ...(reviewed && { reviewed }),
    },
    pages,
    passages: passages(corpus).map((p) => ({ file: `${p.theme}.mdx`, mdx: passageMdx(p, ctx) })),
  };
}

function write(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

/** Every MDX file under content/pages/ and content/passages/, by its path under content/. */
function committedMdx(root: string): string[] {
  return MDX_DIRS.flatMap((d) => listMdx(join(root, 'content', d)).map((f) => `${d}/${f}`));
}

function listMdx(dir: string, base = dir, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) listMdx(full, base, out);
    else if (name.endsWith('.mdx')) out.push(relative(base, full).split('\\').join('/'));
  }
  return out.sort();
}

/**
 * Writes model.json and editorial.json (and, unless `pages` is false, the MDX pages) under `root`.
 * The folder content/generated/ is emptied, not removed: content/ itself stays as it was, so
 * that `npm start` does not take a new model for a change to what dist/ is built from.
 */
export function writeGenerated(root: string, gen: Generated, { pages = true } = {}): void {
  const out = join(root, ...GENERATED_DIR);
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(out)) rmSync(join(out, name), { recursive: true, force: true });
  write(join(out, 'model.json'), JSON.stringify(gen.corpus, null, 1));
  write(join(out, 'editorial.json'), JSON.stringify(gen.editorial, null, 1));
  if (!pages) return;
  const files = mdxFiles(gen);
  const wanted = new Set(files.map((f) => f.path));
  for (const old of committedMdx(root)) if (!wanted.has(old)) rmSync(join(root, 'content', old));
  for (const file of files) {
    const path = join(root, 'content', file.path);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== file.mdx) write(path, file.mdx);
  }
}

export interface StalePages {
  /** Pages whose committed MDX differs from what the sources give now. */
  changed: string[];
  /** Pages the sources give that are not committed. */
  missing: string[];
  /** Committed pages the sources no longer give. */
  extra: string[];
}

/** Compares the committed MDX under `root` (content/pages/, content/passages/) with the generated MDX. */
export function checkPages(root: string, gen: Generated): StalePages {
  const committed = new Set(committedMdx(root));
  const stale: StalePages = { changed: [], missing: [], extra: [] };
  for (const file of mdxFiles(gen)) {
    if (!committed.has(file.path)) stale.missing.push(file.path);
    else if (readFileSync(join(root, 'content', file.path), 'utf8') !== file.mdx) stale.changed.push(file.path);
    committed.delete(file.path);
  }
  stale.extra = [...committed];
  return stale;
}

export function describeStale(stale: StalePages): string | undefined {
  const lines = [
    ...stale.changed.map((f) => `  changed: content/${f}`),
    ...stale.missing.map((f) => `  missing: content/${f}`),
    ...stale.extra.map((f) => `  no longer made: content/${f}`),
  ];
  if (!lines.length) return undefined;
  const shown = lines.length > 12 ? [...lines.slice(0, 12), `  … and ${lines.length - 12} more`] : lines;
  return `content/pages/, content/passages/: expected the committed MDX to match the sources and parsers, found ${lines.length} stale:\n${shown.join('\n')}\nRun \`npm run ingest\` and review the diff of content/pages/ and content/passages/.`;
}
