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
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
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

/** The editorial record of a built corpus (corrections, hyphenation, cross-check, furniture, reviewed decisions). */
function editorialOf(built: BuiltCorpus, reviewed?: Reviewed): unknown {
  return {
    applied: built.applied.map((a) => ({ ...a.correction, line: a.line, col: a.col })),
    hyphenation: built.hyphenation,
    crossCheck: built.crossCheck,
    furniture: furnitureSummary(built.traces),
    // Reviewed parser decisions with their reasons (content/reviewed/), for «Over deze uitgave».
    ...(reviewed && { reviewed }),
  };
}

/**
 * The MDX pages of a corpus, one at a time: each page's MDX is made when its turn comes,
 * so a writer that handles one page and lets it go never holds all of them (×1000: 86 000
 * pages, about a gigabyte of MDX).
 */
export function* pagesOf(corpus: Corpus, ctx: MdxContext = mdxContext(corpus)): Generator<GeneratedPage> {
  for (const data of routeRecords(corpus)) yield { file: `${fileFor(data.route)}.mdx`, mdx: pageMdx(data, ctx), data };
}

/**
 * Everything the build reads, made in memory from a built corpus (or a synthetic one in
 * its place), with the reviewed parser decisions listed for «Over deze uitgave».
 * (`writeStreaming` writes the same without holding the pages.)
 */
export function generate(built: BuiltCorpus, { corpus = built.corpus, reviewed }: { corpus?: Corpus; reviewed?: Reviewed } = {}): Generated {
  const ctx = mdxContext(corpus);
  return {
    corpus,
    editorial: editorialOf(built, reviewed),
    pages: [...pagesOf(corpus, ctx)],
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
  writeModel(root, gen.corpus, gen.editorial);
  if (pages) writeMdx(root, mdxFiles(gen));
}

/**
 * What `writeGenerated(root, generate(built, …))` writes, byte for byte, as a stream: the
 * model as JSON written piece by piece (never one string of the whole model), and each MDX
 * page written as soon as it is made. Returns the number of pages.
 */
export function writeStreaming(
  root: string,
  built: BuiltCorpus,
  { corpus = built.corpus, reviewed }: { corpus?: Corpus; reviewed?: Reviewed } = {},
): { pages: number } {
  writeModel(root, corpus, editorialOf(built, reviewed));
  const ctx = mdxContext(corpus);
  let pages = 0;
  function* files(): Generator<{ path: string; mdx: string }> {
    for (const p of pagesOf(corpus, ctx)) {
      pages++;
      yield { path: `pages/${p.file}`, mdx: p.mdx };
    }
    for (const p of passages(corpus)) yield { path: `passages/${p.theme}.mdx`, mdx: passageMdx(p, ctx) };
  }
  writeMdx(root, files());
  return { pages };
}

/**
 * Each file written under a name of its own and then renamed into place: a reader (a test, a
 * build running beside a check of the same folder) sees the old file or the new one, never a
 * missing or half-written one. Anything else in the folder is removed.
 */
function writeModel(root: string, corpus: Corpus, editorial: unknown): void {
  const out = join(root, ...GENERATED_DIR);
  mkdirSync(out, { recursive: true });
  const files = { 'model.json': corpus, 'editorial.json': editorial };
  for (const [name, value] of Object.entries(files)) {
    const part = join(out, `.${name}.${process.pid}.part`);
    writeJson(part, value);
    renameSync(part, join(out, name));
  }
  for (const name of readdirSync(out)) if (!(name in files)) rmSync(join(out, name), { recursive: true, force: true });
}

/** Writes the MDX files as they come (unchanged files left alone), then removes committed ones no longer made. */
function writeMdx(root: string, files: Iterable<{ path: string; mdx: string }>): void {
  const wanted = new Set<string>();
  for (const file of files) {
    wanted.add(file.path);
    const path = join(root, 'content', file.path);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== file.mdx) write(path, file.mdx);
  }
  for (const old of committedMdx(root)) if (!wanted.has(old)) rmSync(join(root, 'content', old));
}

/**
 * `JSON.stringify(value, null, 1)` written to `path` in pieces: arrays and objects down to
 * `depth` levels are written member by member, the rest as one string each (re-indented),
 * so the whole text never exists as one string (at ×1000 the model is hundreds of MB, near
 * the longest string V8 allows).
 */
export function writeJson(path: string, value: unknown, depth = 3): void {
  const fd = openSync(path, 'w');
  let buffer = '';
  const put = (s: string) => {
    buffer += s;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  };
  const at = (level: number) => '\n' + ' '.repeat(level);
  const emit = (v: unknown, level: number): void => {
    if (level >= depth || v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      const s = JSON.stringify(v, null, 1);
      put(level ? s.replaceAll('\n', at(level)) : s);
      return;
    }
    if (Array.isArray(v)) {
      if (!v.length) return put('[]');
      put('[');
      v.forEach((x, i) => {
        put((i ? ',' : '') + at(level + 1));
        // As JSON.stringify: what has no JSON form is null inside an array.
        if (x === undefined || typeof x === 'function' || typeof x === 'symbol') put('null');
        else emit(x, level + 1);
      });
      return put(at(level) + ']');
    }
    const entries = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function' && typeof x !== 'symbol');
    if (!entries.length) return put('{}');
    put('{');
    entries.forEach(([k, x], i) => {
      put((i ? ',' : '') + at(level + 1) + JSON.stringify(k) + ': ');
      emit(x, level + 1);
    });
    put(at(level) + '}');
  };
  try {
    emit(value, 0);
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
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
