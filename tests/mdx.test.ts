/**
 * The generated MDX pages: written through mdast-util-to-markdown, so any source text
 * comes out as text; committed, and never stale; holding the page's text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { buildCorpus } from '../src/parse/corpus.ts';
import { MDX_COMPONENTS, pageMdx, serialize, type MdxContext } from '../src/site/mdx.ts';
import { parseMdxFile, type MdxTreeNode } from '../src/site/mdx-tree.ts';
import { frontmatterOf, routeData, type RouteData } from '../src/site/route-data.ts';
import { localNotes } from '../src/site/notes.ts';
import type { Block, Footnote } from '../src/model/schema.ts';
import { loadInputs, ROOT } from '../scripts/lib/inputs.ts';
import { checkPages, generate, writeGenerated, writeJson, writeStreaming } from '../scripts/lib/generated.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{process.exit()}',
  "import x from 'y'",
  'export const a = 1',
  '---',
  '# not a heading',
  '1) not a list',
  '* not a list either',
  '> not a quote',
  '*emphasis* and _underscore_ and [a](link) and ![img](x.png)',
  '<!-- comment --> &amp; &#x3C;',
  '    indented code?',
  '```js',
  'a\\b `code` ~strike~ | table | www.example.nl https://example.nl',
  '{/* expression */}',
  '</P><P id="x">',
];

const ctx: MdxContext = { splitAbbr: (t) => [t], reason: (id) => `reden ${id}` };

function pageWith(value: string): RouteData {
  const block: Block = {
    id: 'p1',
    line: 1,
    kind: 'paragraph',
    content: [
      { type: 'text', value },
      { type: 'noteRef', note: 'fn-1', label: '1', source: '1' },
    ],
  };
  const quote: Block = { id: 'p2', line: 2, kind: 'quote', content: [{ type: 'text', value }] };
  const list: Block = { id: 'p3', line: 3, kind: 'list', ordered: true, items: [{ label: '1)', content: [{ type: 'text', value }] }] };
  const note: Footnote = { id: 'fn-1', label: '1', content: [{ type: 'text', value }], line: 4, placed: true };
  const notes = localNotes([block]);
  return {
    kind: 'action',
    route: '/acties/1/',
    title: value,
    description: value,
    kicker: { label: value },
    breadcrumbs: [{ label: value }],
    cite: { heading: 'Citeer', text: value },
    filters: { document: value },
    body: [
      { type: 'front', lines: [value] },
      { type: 'blocks', blocks: [block, quote, list], notes },
      { type: 'section', id: 's', title: value, parts: [{ type: 'links', title: value, items: [{ href: '/acties/2/', label: value, after: value }] }] },
      { type: 'footnotes', notes: [note], context: notes },
    ],
  };
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const c of node.children ?? []) walk(c, visit);
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Both MDX parsers: the reference (micromark) and the one Astro builds with (Sätteri). */
const parsers: [string, (mdx: string) => Node][] = [
  [
    'micromark-extension-mdxjs',
    (mdx) =>
      fromMarkdown(mdx, {
        extensions: [mdxjs(), frontmatter(['yaml'])],
        mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
      }) as Node,
  ],
  ['satteri (Astro)', (mdx) => mdxToMdast(mdx, { features: { gfm: false, smartPunctuation: false } }) as unknown as Node],
];

describe('MDX from hostile source text', () => {
  for (const value of HOSTILE) {
    for (const [name, parse] of parsers) {
      it(`keeps ${JSON.stringify(value)} as text (${name})`, () => {
        const page = pageWith(value);
        const mdx = pageMdx(page, ctx);
        const tree = parse(mdx);
        const kinds = new Set<string>();
        const names = new Set<string>();
        const texts: string[] = [];
        walk(tree, (n) => {
          kinds.add(n.type);
          if (n.type.startsWith('mdxJsx') && n.name) names.add(n.name);
          if (n.type.startsWith('mdxJsx') && (n.name === 'P' || n.name === 'Quote' || n.name === 'Note')) texts.push(textOf(n));
        });
        // No JavaScript, no expressions, no HTML, no code: only our components and Markdown.
        for (const bad of [
          'mdxjsEsm',
          'mdxFlowExpression',
          'mdxTextExpression',
          'html',
          'code',
          'inlineCode',
          'image',
          'thematicBreak',
          'emphasis',
          'strong',
          'delete',
        ]) {
          expect(kinds.has(bad), `${bad} in\n${mdx}`).toBe(false);
        }
        for (const n of names) expect(MDX_COMPONENTS as readonly string[], `component ${n}`).toContain(n);
        // The text comes back exactly: in the paragraph (with its note marker), the quote and the note.
        expect(texts).toEqual([value, value, value]);
        // The frontmatter gives back the route data.
        const yaml = tree.children?.find((c) => c.type === 'yaml')?.value ?? '';
        expect(parseYaml(yaml)).toEqual(JSON.parse(JSON.stringify(frontmatterOf(page))));
      });
    }
  }
});

describe('MDX from hostile source text, read by the content loader (src/site/mdx-tree.ts)', () => {
  /** The text of each paragraph, quote and note (the components that hold the source text in pageWith). */
  const texts = (nodes: readonly MdxTreeNode[], out: string[] = []): string[] => {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      if ('component' in n && (n.component === 'P' || n.component === 'Quote' || n.component === 'Note')) out.push(plain(n.children));
      else texts(n.children, out);
    }
    return out;
  };
  const plain = (nodes: readonly MdxTreeNode[]): string => nodes.map((n) => (typeof n === 'string' ? n : plain(n.children))).join('');
  for (const value of HOSTILE) {
    it(`keeps ${JSON.stringify(value)} as text`, () => {
      const page = pageWith(value);
      const { frontmatter, tree } = parseMdxFile(pageMdx(page, ctx), 'proef.mdx');
      expect(frontmatter).toEqual(JSON.parse(JSON.stringify(frontmatterOf(page))));
      // The paragraph (with its note marker), the quote and the note give the text back exactly.
      expect(texts(tree)).toEqual([value, value, value]);
    });
  }
});

describe('Markdown text at the start of a line', () => {
  for (const value of HOSTILE) {
    for (const [name, parse] of parsers) {
      it(`keeps ${JSON.stringify(value)} as a paragraph of text (${name})`, () => {
        const mdx = serialize({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] });
        const tree = parse(mdx);
        expect(
          tree.children?.map((c) => c.type),
          mdx,
        ).toEqual(['paragraph']);
        expect(textOf(tree)).toBe(value);
      });
    }
  }
});

describe('the generated pages', () => {
  const built = builtCorpus();
  const gen = generate(built);
  const byFile = new Map(gen.pages.map((p) => [p.file, p]));

  it('are committed and up to date (run `npm run ingest` after changing a parser or content/)', () => {
    expect(checkPages(ROOT, gen)).toEqual({ changed: [], missing: [], extra: [] });
  });

  it('are the same on every run', () => {
    const again = generate(buildCorpus(loadInputs()));
    expect(again.pages.map((p) => p.mdx)).toEqual(gen.pages.map((p) => p.mdx));
  });

  it('are written as a stream with the same bytes as written from memory', () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'gen-a-')), mkdtempSync(join(tmpdir(), 'gen-b-'))];
    try {
      writeGenerated(a, gen);
      expect(writeStreaming(b, built).pages).toBe(gen.pages.length);
      const read = (root: string, path: string) => readFileSync(join(root, 'content', path), 'utf8');
      for (const f of [
        'generated/model.json',
        'generated/editorial.json',
        ...gen.pages.map((p) => `pages/${p.file}`),
        ...gen.passages.map((p) => `passages/${p.file}`),
      ]) {
        expect(read(b, f), f).toBe(read(a, f));
      }
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });

  it('write JSON in pieces exactly as JSON.stringify(value, null, 1) does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'json-'));
    try {
      const value = {
        a: [1, [], {}, [[2, { b: 'x\n"y"' }]], undefined, null],
        c: { d: { e: { f: [true, { g: undefined, h: 'ë' }] } } },
        skip: undefined,
        date: new Date(0),
        '1': 'one',
        n: -0.5,
      };
      for (const depth of [0, 1, 2, 3, 6]) {
        writeJson(join(dir, 'v.json'), value, depth);
        expect(readFileSync(join(dir, 'v.json'), 'utf8'), `depth ${depth}`).toBe(JSON.stringify(value, null, 1));
      }
      for (const v of [[], {}, 'text', 3, null]) {
        writeJson(join(dir, 'v.json'), v);
        expect(readFileSync(join(dir, 'v.json'), 'utf8')).toBe(JSON.stringify(v, null, 1));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('detects a stale page', () => {
    const changed = { ...gen, pages: gen.pages.map((p, i) => (i === 3 ? { ...p, mdx: `${p.mdx}\nExtra.\n` } : p)) };
    expect(checkPages(ROOT, changed).changed).toEqual([`pages/${gen.pages[3]!.file}`]);
    expect(checkPages(ROOT, { ...gen, pages: gen.pages.slice(1) }).extra).toEqual([`pages/${gen.pages[0]!.file}`]);
    expect(checkPages(ROOT, { ...gen, passages: gen.passages.slice(1) }).extra).toEqual([`passages/${gen.passages[0]!.file}`]);
  });

  it('hold an action’s description and status as text', () => {
    const mdx = readFileSync(join(ROOT, 'content', 'pages', 'acties', '41.mdx'), 'utf8');
    const action = built.corpus.annex.actions.find((a) => a.number === 41)!;
    expect(mdx).toContain('Invorderingsstrategie van Belastingdienst tegen het licht houden.');
    const status = action.status[0]!;
    if (status.kind !== 'paragraph') throw new Error('expected a paragraph');
    const first = status.content[0]!;
    if (first.type !== 'text') throw new Error('expected text');
    // Each paragraph cited by the action and the page it stands on.
    expect(mdx).toContain(`<P id="stand-1" cite="Bijlage bij Kamerstukken II 2020/21, 35 510, nr. 60, actie 41, p. ${status.page}">`);
    expect(mdx).toContain(first.value.slice(0, 80));
  });

  it('hold the letter’s paragraphs and its 14 footnotes with their printed labels', () => {
    const page = byFile.get('documenten/kst-35510-60.mdx')!;
    const tree = parsers[1]![1](page.mdx);
    const ids: string[] = [];
    const notes: string[] = [];
    walk(tree, (n) => {
      const attrs = (n as { attributes?: { name: string; value: string }[] }).attributes ?? [];
      const id = attrs.find((a) => a.name === 'id')?.value;
      if (n.name === 'P' && id) ids.push(id);
      if (n.name === 'Note') notes.push(attrs.find((a) => a.name === 'label')!.value);
    });
    const paragraphs = built.corpus.letter.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.id);
    expect(ids).toEqual(paragraphs);
    expect(notes).toEqual(built.corpus.letter.footnotes.map((f) => f.label));
    expect(notes).toHaveLength(14);
  });

  it('keep the repeated labels of 29 362 nr. 290: page notes beside endnotes', () => {
    const page = byFile.get('documenten/kst-29362-290.mdx')!;
    for (const f of built.corpus.werkAanUitvoering.footnotes) {
      expect(page.mdx).toContain(`<Note id="${f.id}" label="${f.label}"`);
    }
    const labels = built.corpus.werkAanUitvoering.footnotes.map((f) => f.label);
    expect(new Set(labels).size).toBeLessThan(labels.length);
  });

  it('give every page its route data as frontmatter', () => {
    const pages = routeData(built.corpus);
    expect(gen.pages.map((p) => p.data.route)).toEqual(pages.map((p) => p.route));
    expect(pages.filter((p) => p.kind === 'action')).toHaveLength(86);
  });
});
