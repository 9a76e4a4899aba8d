/**
 * The one writer of the generated output, used by the ingest, the build integration
 * and the benchmark's synthetic corpora:
 *
 *   content/generated/model.json      the validated corpus (build output, not in git)
 *   content/generated/editorial.json  corrections applied, hyphenation, cross-check, furniture
 *   content/pages/**.mdx              one MDX page per document, theme and action (in git)
 *
 * The MDX pages are committed, so that a change to a parser shows up in review as a
 * diff of the pages' text; `checkPages` tells which committed pages are stale.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Corpus } from '../../src/model/schema.ts';
import type { BuiltCorpus } from '../../src/parse/corpus.ts';
import { furnitureSummary } from '../../src/parse/furniture/index.ts';
import { abbrSplitter } from '../../src/site/abbreviations.ts';
import { pageMdx, type MdxContext } from '../../src/site/mdx.ts';
import { fileFor, routeData, type RouteData } from '../../src/site/route-data.ts';

export const GENERATED_DIR = ['content', 'generated'] as const;
export const PAGES_DIR = ['content', 'pages'] as const;

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
}

/** The writer's context for a corpus: its abbreviations and the reasons of its corrections. */
export function mdxContext(corpus: Corpus): MdxContext {
  const reasons = new Map(corpus.corrections.map((c) => [c.id, c.reason]));
  return { splitAbbr: abbrSplitter(corpus), reason: (id) => reasons.get(id) ?? id };
}

/** Everything the build reads, made in memory from a built corpus (or a synthetic one in its place). */
export function generate(built: BuiltCorpus, corpus: Corpus = built.corpus): Generated {
  const ctx = mdxContext(corpus);
  const pages = routeData(corpus).map((data) => ({ file: `${fileFor(data.route)}.mdx`, mdx: pageMdx(data, ctx), data }));
  return {
    corpus,
    editorial: {
      applied: built.applied.map((a) => ({ ...a.correction, col: a.col })),
      hyphenation: built.hyphenation,
      crossCheck: built.crossCheck,
      furniture: furnitureSummary(built.traces),
    },
    pages,
  };
}

function write(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
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

/** Writes model.json and editorial.json (and, unless `pages` is false, the MDX pages) under `root`. */
export function writeGenerated(root: string, gen: Generated, { pages = true } = {}): void {
  const out = join(root, ...GENERATED_DIR);
  rmSync(out, { recursive: true, force: true });
  write(join(out, 'model.json'), JSON.stringify(gen.corpus, null, 1));
  write(join(out, 'editorial.json'), JSON.stringify(gen.editorial, null, 1));
  if (!pages) return;
  const dir = join(root, ...PAGES_DIR);
  const wanted = new Set(gen.pages.map((p) => p.file));
  for (const old of listMdx(dir)) if (!wanted.has(old)) rmSync(join(dir, old));
  for (const page of gen.pages) {
    const path = join(dir, page.file);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== page.mdx) write(path, page.mdx);
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

/** Compares the committed MDX pages under `root` with the generated ones. */
export function checkPages(root: string, gen: Generated): StalePages {
  const dir = join(root, ...PAGES_DIR);
  const committed = new Set(listMdx(dir));
  const stale: StalePages = { changed: [], missing: [], extra: [] };
  for (const page of gen.pages) {
    if (!committed.has(page.file)) stale.missing.push(page.file);
    else if (readFileSync(join(dir, page.file), 'utf8') !== page.mdx) stale.changed.push(page.file);
    committed.delete(page.file);
  }
  stale.extra = [...committed];
  return stale;
}

export function describeStale(stale: StalePages): string | undefined {
  const lines = [
    ...stale.changed.map((f) => `  changed: content/pages/${f}`),
    ...stale.missing.map((f) => `  missing: content/pages/${f}`),
    ...stale.extra.map((f) => `  no longer made: content/pages/${f}`),
  ];
  if (!lines.length) return undefined;
  const shown = lines.length > 12 ? [...lines.slice(0, 12), `  … and ${lines.length - 12} more`] : lines;
  return `content/pages/: expected the committed MDX pages to match the sources and parsers, found ${lines.length} stale:\n${shown.join('\n')}\nRun \`npm run ingest\` and review the diff of content/pages/.`;
}
