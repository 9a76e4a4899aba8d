/**
 * Ingest: seeds/ + content/ → content/generated/ (git-ignored, always regenerated).
 *
 *   content/generated/model.json      the validated corpus
 *   content/generated/editorial.json  corrections applied, hyphenation decisions, 000/001 cross-check
 *   content/generated/pages/**.mdx    one page per document, theme and action
 *
 * A damaged source stops here with the file, the line and what was expected: the seeds
 * are checked against seeds/manifest.json and decoded as strict UTF-8 first.
 *
 * Usage: node scripts/ingest.ts [project folder]   (default: this project)
 *        npm run ingest -- DIR   checks DIR/seeds and DIR/content (writes DIR/content/generated)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadInputs, ROOT } from './lib/inputs.ts';
import { buildCorpus } from '../src/parse/corpus.ts';
import { pagesFor } from '../src/site/pages.ts';
import { furnitureSummary } from '../src/parse/furniture/index.ts';

const root = process.argv[2] ?? ROOT;
const OUT = join(root, 'content', 'generated');

function write(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

try {
  const started = performance.now();
  const inputs = loadInputs(root);
  const built = buildCorpus(inputs);
  rmSync(OUT, { recursive: true, force: true });
  write(join(OUT, 'model.json'), JSON.stringify(built.corpus, null, 1));
  write(
    join(OUT, 'editorial.json'),
    JSON.stringify(
      {
        applied: built.applied.map((a) => ({ ...a.correction, line: a.line, col: a.col })),
        hyphenation: built.hyphenation,
        crossCheck: built.crossCheck,
        furniture: furnitureSummary(built.traces),
        // Reviewed parser decisions with their reasons (content/reviewed/), for «Over deze uitgave».
        reviewed: inputs.reviewed,
      },
      null,
      1,
    ),
  );
  const pages = pagesFor(built.corpus);
  for (const page of pages) write(join(OUT, 'pages', `${page.file}.mdx`), page.mdx);
  const ms = Math.round(performance.now() - started);
  console.log(
    `ingest: ${built.corpus.annex.actions.length} actions, ${pages.length} pages, ` +
      `${built.applied.length} corrections, ${built.hyphenation.length} hyphenation decisions in ${ms} ms`,
  );
} catch (err) {
  console.error(`ingest failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
