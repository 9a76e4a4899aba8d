/**
 * Synthetic corpora for the benchmark: the real corpus, made K times larger.
 *
 *   - the annex gets 86 × K actions: copy k (0-based) of action n is action n + 86·k,
 *     with its «zie actie …» references, `cites` and the themes' explicit action lists
 *     shifted the same way, so every copy lands in the same theme as its original;
 *   - the three letters get their blocks and footnotes K times, the copies with ids
 *     suffixed «-x2», «-x3», … (and their footnote markers pointing at the copied notes).
 *
 * The result carries `synthetic: { scale: K }`, the one switch that lets the schema
 * (src/model/schema.ts) accept more than 86 actions. Nothing here is ever committed:
 * the benchmark runs it in a temporary copy of the project, which it then builds with
 * EDITION_CORPUS=generated (scripts/lib/astro/edition.ts).
 *
 * Usage (in a project root): node scripts/lib/bench/synth.ts K
 */
import { DOCUMENTS } from '../../../src/model/registry.ts';
import { documentOf } from '../../../src/model/corpus.ts';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusSchema, type Action, type Block, type Corpus, type Footnote, type Inline, type Letter } from '../../../src/model/schema.ts';
import { buildCorpus } from '../../../src/parse/corpus.ts';
import { routes } from '../../../src/model/routes.ts';
import { loadInputs } from '../inputs.ts';
import { writeStreaming } from '../generated.ts';

type Run = (r: Inline) => Inline;

function mapBlock(b: Block, run: Run, id = b.id): Block {
  if (b.kind === 'list') return { ...b, id, items: b.items.map((i) => ({ ...i, content: i.content.map(run) })) };
  return { ...b, id, content: b.content.map(run) };
}

/** Action references shifted by `offset` (target, link and the number in the text). */
function shiftActionRefs(offset: number): Run {
  return (r) => {
    if (offset === 0 || r.type !== 'ref' || r.target.kind !== 'action') return r;
    const from = r.target.number;
    const to = from + offset;
    return {
      ...r,
      value: r.value.replace(new RegExp(`\\b${from}\\b`), String(to)),
      target: { ...r.target, number: to },
      resolved: 'internal' in r.resolved ? { internal: r.resolved.internal.replace(routes.action(from), routes.action(to)) } : r.resolved,
    };
  };
}

function copyAction(a: Action, offset: number): Action {
  const run = shiftActionRefs(offset);
  return {
    ...a,
    number: a.number + offset,
    description: a.description.map((b) => mapBlock(b, run)),
    status: a.status.map((b) => mapBlock(b, run)),
    footnotes: a.footnotes.map((f) => ({ ...f, content: f.content.map(run) })),
    cites: a.cites.map((n) => n + offset),
  };
}

/** The letter's blocks and footnotes `scale` times; copy k > 1 has ids suffixed «-xk». */
function repeatLetter<T extends Letter>(doc: T, scale: number): T {
  const blocks: Block[] = [...doc.blocks];
  const footnotes: Footnote[] = [...doc.footnotes];
  for (let k = 2; k <= scale; k++) {
    const sfx = `-x${k}`;
    const run: Run = (r) => (r.type === 'noteRef' ? { ...r, note: r.note + sfx } : r);
    for (const b of doc.blocks) blocks.push(mapBlock(b, run, b.id + sfx));
    for (const f of doc.footnotes) footnotes.push({ ...f, id: f.id + sfx });
  }
  return { ...doc, blocks, footnotes };
}

/** The corpus made `scale` times larger; scale 1 gives the real corpus unchanged. */
export function synthesize(corpus: Corpus, scale: number): Corpus {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`synth: expected a whole scale ≥ 1, got ${scale}`);
  if (scale === 1) return corpus;
  const n = corpus.annex.actions.length;
  const offsets = Array.from({ length: scale }, (_, k) => k * n);
  // Every document of the registry (src/model/documents.ts): letters repeat their text, the annex its actions.
  const documents = Object.fromEntries(
    DOCUMENTS.map((d) => {
      const doc = documentOf(corpus, d.id);
      return [
        d.key,
        d.shape === 'annex'
          ? { ...corpus.annex, actions: offsets.flatMap((o) => corpus.annex.actions.map((a) => copyAction(a, o))) }
          : repeatLetter(doc as Letter, scale),
      ];
    }),
  );
  const candidate: Corpus = {
    ...corpus,
    ...documents,
    themes: corpus.themes.map((t) => ({ ...t, actions: offsets.flatMap((o) => t.actions.map((a) => a + o)) })),
    synthetic: { scale },
  };
  return CorpusSchema.parse(candidate);
}

/**
 * What the ingest writes, for the synthetic corpus, into `root` (content/generated/ and
 * content/pages/), through the same writer; build it with EDITION_CORPUS=generated.
 */
export function writeSynthetic(root: string, scale: number): { actions: number; pages: number } {
  const inputs = loadInputs(root);
  const built = buildCorpus(inputs);
  const corpus = synthesize(built.corpus, scale);
  // Page by page: at ×1000 the pages' MDX together is about a gigabyte.
  const { pages } = writeStreaming(root, built, { corpus, reviewed: inputs.reviewed });
  return { actions: corpus.annex.actions.length, pages };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const scale = Number(process.argv[2] ?? '1');
  const root = resolve(process.argv[3] ?? process.cwd());
  try {
    const started = performance.now();
    const { actions, pages } = writeSynthetic(root, scale);
    console.log(`synth ×${scale}: ${actions} actions, ${pages} pages in ${Math.round(performance.now() - started)} ms`);
  } catch (err) {
    console.error(`synth failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
