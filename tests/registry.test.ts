/**
 * The document registry (src/model/documents.ts) is the one place a document is declared.
 * A small fake Kamerstuk is added here through the registry alone — its declaration, and its
 * parser bound to its id (src/parse/documents.ts) — with its source text and metadata as
 * inputs, and nothing else of the code changed: it is parsed (every word traced), gets its
 * page with its short name, its search filter and its text, is linked from the other
 * documents, and is in the open data. And a document the registry does not hold fails
 * loudly, with its name.
 */
import { describe, expect, it, vi } from 'vitest';

const FAKE = vi.hoisted(() => ({
  id: 'kst-36999-7',
  key: 'proefbrief',
  shape: 'letter' as const,
  sources: ['kst-36999-7.proef.txt'],
  references: 'other-letter' as const,
  footnotes: 'page' as const,
  kamerstuk: { dossier: '36999', number: '7' },
  noteMarker: /(?<=\p{L})\d(?![\p{L}\p{N}])/gu,
  name: 'Proefbrief over zeldzame woorden',
  inSentence: '«Proefbrief»',
}));

vi.mock('../src/model/documents.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/model/documents.ts')>();
  return { ...real, DOCUMENTS: [...real.DOCUMENTS, FAKE] };
});

vi.mock('../src/parse/documents.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/parse/documents.ts')>();
  const { Trace } = await import('../src/parse/source.ts');
  // One paragraph per non-empty line: the smallest parser that keeps a trace.
  const parse = ([input]: readonly { file: string; lines: string[] }[], ctx: { meta: unknown }) => {
    const trace = new Trace(input!.file);
    const blocks = input!.lines.flatMap((text, i) => {
      if (!text.trim()) return [];
      trace.take('body', i + 1, text);
      return [{ kind: 'paragraph' as const, id: `p${i + 1}`, line: i + 1, page: 1, content: [{ type: 'text' as const, value: text }] }];
    });
    return { doc: { meta: ctx.meta, front: [], blocks, footnotes: [] }, traces: [trace] };
  };
  const streams = (doc: { blocks: { content: { value: string }[] }[] }) => ({ body: doc.blocks.map((b) => b.content.map((r) => r.value).join('')) });
  return { ...real, PARSERS: { ...real.PARSERS, [FAKE.id]: { parse, streams } } };
});

const { loadInputs } = await import('../scripts/lib/inputs.ts');
const { buildCorpus, ModelError } = await import('../src/parse/corpus.ts');
const { generate } = await import('../scripts/lib/generated.ts');
const { routeData } = await import('../src/site/route-data.ts');
const { CorpusSchema } = await import('../src/model/schema.ts');
const { DOC_IDS, documentSpec } = await import('../src/model/registry.ts');
const { documentsCitedBy, letterOf, metaById } = await import('../src/model/corpus.ts');
const { dataFiles } = await import('../src/site/datafiles.ts');
const { letters } = await import('../src/parse/source.ts');

const SOURCE = [
  'Deze proefbrief gebruikt het woord kwartelkoningsnest, dat geen ander document heeft.',
  '',
  'Hij bouwt voort op Kamerstuk 29 362, nr. 290.',
].join('\n');

const real = loadInputs();
const inputs = {
  ...real,
  files: { ...real.files, [FAKE.sources[0]!]: `${SOURCE}\n` },
  documents: [
    ...real.documents,
    {
      id: FAKE.id,
      kamerstuk: { dossier: '36 999', number: '7' },
      citation: 'Kamerstuk 36 999, nr. 7',
      title: 'Proefbrief',
      docType: 'Brief',
      sender: 'Proefafzender',
      signatories: [],
      sources: [...FAKE.sources],
      editorialFields: [],
    },
  ],
};
const built = buildCorpus(inputs);
const corpus = built.corpus;

describe('a document added through the registry alone', () => {
  it('is a document of the corpus, under its key, parsed from its source with every word traced', () => {
    expect(DOC_IDS).toContain(FAKE.id);
    const doc = letterOf(corpus, FAKE.id as never);
    expect(doc.blocks.map((b) => b.id)).toEqual(['p1', 'p3']);
    expect((metaById(corpus) as Record<string, { shortTitle: string }>)[FAKE.id]!.shortTitle).toBe(FAKE.name);
    const report = built.traces.find((r) => r.file === FAKE.sources[0]);
    expect(report).toBeDefined();
    const taken = letters(report!.trace.fragments.map((f) => f.text).join(' '));
    expect(taken).toBe(letters(SOURCE));
    expect(letters(report!.streams.body!.join(' '))).toBe(taken);
  });

  it('resolves its references like any other letter: to a document of the corpus inside the site', () => {
    const runs = letterOf(corpus, FAKE.id as never).blocks[1]!;
    const ref = 'content' in runs ? runs.content.find((r) => r.type === 'ref') : undefined;
    expect(ref).toMatchObject({ type: 'ref', resolved: { internal: '/documenten/kst-29362-290/' } });
    expect(documentsCitedBy(corpus)['kst-29362-290']).toContain(FAKE.id);
  });

  it('gets its page: address, short name in the breadcrumbs, search filter, its text in the MDX', () => {
    const gen = generate(built);
    const page = gen.pages.find((p) => p.data.route === `/documenten/${FAKE.id}/`);
    expect(page, 'a page for the new document').toBeDefined();
    expect(page!.data.kind).toBe('document');
    expect(page!.data.breadcrumbs.at(-1)!.label).toBe(FAKE.name);
    // What the search indexes: the page's document filter and its text.
    expect(page!.data.filters.document).toBe(FAKE.name);
    expect(page!.mdx).toContain('kwartelkoningsnest');
    expect(page!.file).toBe(`documenten/${FAKE.id}.mdx`);
  });

  it('is in the open data, as a file of its own and in the catalogue', () => {
    const edition = { version: '0.0.0', date: '2026-01-01' } as never;
    const files = dataFiles(
      corpus,
      routeData(corpus),
      edition,
      (p: string) => `https://example.org${p}`,
      () => undefined,
    );
    const own = files.find((f) => f.path === `/data/documenten/${FAKE.id}.json`);
    expect(own, 'data/documenten/<id>.json').toBeDefined();
    expect(own!.text()).toContain('kwartelkoningsnest');
    expect(files.find((f) => f.path.endsWith('catalogus.jsonld'))!.text()).toContain(`${FAKE.id}.json`);
  });
});

describe('a document the registry does not hold, or one it holds but the corpus lacks', () => {
  it('fails loudly, with its name', () => {
    expect(() => documentSpec('kst-1-1')).toThrow(/unknown document «kst-1-1»/);
    expect(() => letterOf(corpus, 'kst-1-1' as never)).toThrow(/unknown document «kst-1-1»/);
    const { [FAKE.key]: _dropped, ...without } = corpus as unknown as Record<string, unknown>;
    const missing = CorpusSchema.safeParse(without);
    expect(missing.success).toBe(false);
    expect(missing.error!.issues.map((i) => i.path.join('.'))).toContain(FAKE.key);
    const extra = CorpusSchema.safeParse({ ...corpus, onbekend: corpus.werkAanUitvoering });
    expect(extra.success).toBe(false);
    expect(JSON.stringify(extra.error!.issues)).toContain('onbekend');
    expect(() => buildCorpus({ ...inputs, documents: [...inputs.documents, { ...inputs.documents[0]!, id: 'kst-1-1' }] })).toThrow(ModelError);
    expect(() => buildCorpus({ ...inputs, documents: inputs.documents.filter((d) => d.id !== FAKE.id) })).toThrow(
      `content/documents.json: expected an entry with id «${FAKE.id}»`,
    );
  });
});
