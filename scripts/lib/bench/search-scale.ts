/**
 * Search indexing without Astro, at any scale: the text of every page of the corpus in
 * content/generated/model.json (written by scripts/lib/bench/synth.ts K), from its route data
 * (src/site/route-data.ts: the blocks and notes the page shows), through the same lexicon and
 * Dutch extra terms as the build (scripts/lib/search/lexicon.ts, src/site/search/terms.ts)
 * and into Pagefind's Node API as one record per page, its terms in the same metadata field, in
 * as many indexes as the build would make (RECORDS_PER_INDEX), built the same way.
 * Prints the time and the process's memory after each step, and the peak.
 *
 * The build feeds Pagefind the built HTML instead (scripts/lib/search/index-site.ts); this
 * measures what search costs where no site is built, e.g. at ×1000 (README, «Schaal»).
 *
 * Usage (in a project root, after `node scripts/lib/bench/synth.ts K`):
 *   node scripts/lib/bench/search-scale.ts [root] [--records-per-index=N]   (N: fewer than RECORDS_PER_INDEX, to try several indexes on a small corpus)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusSchema, type Block, type Footnote } from '../../../src/model/schema.ts';
import { inlineText, plainText } from '../../../src/model/text.ts';
import { routeData, type RouteData } from '../../../src/site/route-data.ts';
import { extraTerms } from '../../../src/site/search/terms.ts';
import { modelLexicon } from '../search/lexicon.ts';
import { buildIndexes, indexCount, shardOf, TERMS_FIELD, termSources } from '../search/index-site.ts';

/** The readable text of a page from its route data: every list of blocks and of notes in it. */
export function pageText(page: RouteData): string {
  const out: string[] = [page.title];
  const walk = (v: unknown, key = ''): void => {
    if (Array.isArray(v)) {
      if (key === 'blocks') {
        out.push(plainText(v as Block[]));
      } else if (key === 'notes') {
        for (const n of v as Footnote[]) if (Array.isArray(n?.content)) out.push(inlineText(n.content));
      } else {
        for (const x of v) walk(x);
      }
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, k);
    }
  };
  walk(page.body);
  return out.join('\n');
}

export async function indexCorpus(root: string, log: (line: string) => void = console.log, recordsPerIndex?: number): Promise<void> {
  const started = performance.now();
  let last = started;
  const step = (what: string) => {
    const now = performance.now();
    log(`${what}: ${((now - last) / 1000).toFixed(1)} s, resident ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
    last = now;
  };
  const modelPath = join(root, 'content', 'generated', 'model.json');
  const corpus = CorpusSchema.parse(JSON.parse(readFileSync(modelPath, 'utf8')));
  const pages = routeData(corpus).map((p) => ({ url: p.route, title: p.title, text: pageText(p) }));
  step(`model and route data: ${pages.length} pages, ${(pages.reduce((n, p) => n + p.text.length, 0) / 1e6).toFixed(1)} M characters`);
  const lex = modelLexicon(corpus);
  const sources = termSources(modelPath, corpus);
  step(`lexicon: ${lex.size} words`);
  const cache = new Map<string, string[]>();
  const terms = pages.map((p) => extraTerms(p.text, lex, sources, cache));
  step(`extra terms: ${terms.reduce((n, t) => n + t.length, 0)} (${cache.size} distinct words, each computed once)`);
  // As the build does: one Pagefind index per RECORDS_PER_INDEX records, each built by a service of its own.
  const indexes = indexCount(pages.length, recordsPerIndex);
  const built = await buildIndexes(indexes, async (wave, to) => {
    for (const [i, p] of pages.entries()) {
      const k = shardOf(i, indexes);
      if (!wave.includes(k)) continue;
      const r = await to(k).addCustomRecord({ url: p.url, content: p.text, language: 'nl', meta: { title: p.title, [TERMS_FIELD]: terms[i]!.join(' ') } });
      if (r.errors.length) throw new Error(`Pagefind, ${p.url}: ${r.errors.join('; ')}`);
    }
  });
  step(
    `Pagefind: ${indexes} ${indexes === 1 ? 'index' : 'indexes'} built, ${built.files.length} files, ${(built.files.reduce((n, f) => n + f.content.length, 0) / 2 ** 20).toFixed(1)} MiB; its services' peak ${((built.servicePeak ?? 0) / 2 ** 20).toFixed(0)} MiB`,
  );
  log(
    `total ${((performance.now() - started) / 1000).toFixed(1)} s; peak resident ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (this process; Pagefind's indexer is a process of its own)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const perIndex = Number(/^--records-per-index=(\d+)$/.exec(args.find((a) => a.startsWith('--records-per-index=')) ?? '')?.[1]) || undefined;
  indexCorpus(resolve(args.find((a) => !a.startsWith('--')) ?? process.cwd()), console.log, perIndex).catch((err) => {
    console.error(`search-scale failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
