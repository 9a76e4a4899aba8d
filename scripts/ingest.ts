/**
 * Ingest: seeds/ + content/ → the document model and the MDX pages.
 *
 *   content/generated/  model.json, editorial.json (build output, not in git)
 *   content/pages/      one MDX page per document, theme and action (committed)
 *
 * A damaged source stops here with the file, the line and what was expected: the seeds
 * are checked against seeds/manifest.json and decoded as strict UTF-8 first.
 *
 * Usage: node scripts/ingest.ts [--check] [project folder]
 *   --check   writes nothing under content/pages/; exits 1 if the committed pages are stale
 *   DIR       a project folder to check (its seeds/ and content/); default: this project
 */
import { loadInputs, ROOT } from './lib/inputs.ts';
import { buildCorpus } from '../src/parse/corpus.ts';
import { checkPages, describeStale, generate, writeGenerated, writeStreaming } from './lib/generated.ts';
import { assertSlipsReviewed } from './lib/slips.ts';

/**
 * Builds the model of the project in `root` and writes it (with `check`: checks the
 * committed pages instead of writing them); returns the line the script prints. Throws,
 * having written nothing, on damaged input.
 */
export function ingest(root: string, { check = false } = {}): string {
  const started = performance.now();
  const inputs = loadInputs(root);
  const built = buildCorpus(inputs);
  const slips = assertSlipsReviewed(built.corpus);
  let pages: number;
  if (check) {
    const gen = generate(built, { reviewed: inputs.reviewed });
    writeGenerated(root, gen, { pages: false });
    const stale = describeStale(checkPages(root, gen));
    if (stale) throw new Error(stale);
    pages = gen.pages.length;
  } else {
    // Each page written as it is made (never all of them in memory).
    pages = writeStreaming(root, built, { reviewed: inputs.reviewed }).pages;
  }
  const ms = Math.round(performance.now() - started);
  return (
    `ingest: ${built.corpus.annex.actions.length} actions, ${pages} pages, ` +
    `${built.applied.length} corrections, ${built.hyphenation.length} hyphenation decisions, ${slips} possible slips all reviewed in ${ms} ms`
  );
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  try {
    console.log(ingest(args.find((a) => !a.startsWith('--')) ?? ROOT, { check: args.includes('--check') }));
  } catch (err) {
    console.error(`ingest failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
