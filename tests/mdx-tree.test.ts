/**
 * The committed MDX read as a plain tree (src/site/mdx-tree.ts): the writer's grammar in,
 * the shape MDX renders out (unwrapped component paragraphs, line endings between blocks
 * and list items), and anything outside the grammar stopped with the file and the line.
 */
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { mdxPieces, parseMdxFile, parseMdxText } from '../src/site/mdx-tree.ts';
import { serialize } from '../src/site/mdx.ts';

const FILE = 'content/pages/proef.mdx';

const GOOD = `---
kind: "action"
title: "Proef"
---

<Section id="omschrijving" title="⟦description⟧" ignore weight="5">
  <P id="p1" cite="Kamerstuk, p. 3"><PageMark n="3" />De <Abbr title="Belastingdienst">BD</Abbr> en &#x3C;b> **vet**.</P>

  - [actie 41](/acties/41/) (zie <Term slug="motie">motie</Term>)
  - tweede
</Section>

<StatusDate date="2021-06-29" />

Platte tekst
met twee regels.
`;

describe('parseMdxFile', () => {
  it('reads a good page into its frontmatter and the tree MDX renders', () => {
    const { frontmatter, tree } = parseMdxFile(GOOD, FILE);
    expect(frontmatter).toEqual({ kind: 'action', title: 'Proef' });
    expect(tree).toEqual([
      {
        component: 'Section',
        props: { id: 'omschrijving', title: '⟦description⟧', ignore: true, weight: '5' },
        children: [
          {
            component: 'P',
            props: { id: 'p1', cite: 'Kamerstuk, p. 3' },
            children: [
              { component: 'PageMark', props: { n: '3' }, children: [] },
              'De ',
              { component: 'Abbr', props: { title: 'Belastingdienst' }, children: ['BD'] },
              ' en <b> ',
              { tag: 'strong', children: ['vet'] },
              '.',
            ],
          },
          {
            tag: 'ul',
            children: [
              '\n',
              {
                tag: 'li',
                children: [
                  { href: '/acties/41/', children: ['actie 41'] },
                  ' (zie ',
                  { component: 'Term', props: { slug: 'motie' }, children: ['motie'] },
                  ')',
                ],
              },
              '\n',
              { tag: 'li', children: ['tweede'] },
              '\n',
            ],
          },
        ],
      },
      '\n',
      { component: 'StatusDate', props: { date: '2021-06-29' }, children: [] },
      '\n',
      { tag: 'p', children: ['Platte tekst\nmet twee regels.'] },
    ]);
  });

  it('keeps source text that looks like markup as text', () => {
    const hostile = '<script>alert(1)</script> {process.exit()} <img src=x onerror=alert(1)>';
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'yaml', value: 'theme: 1' },
        {
          type: 'paragraph',
          children: [
            {
              type: 'mdxJsxTextElement',
              name: 'P',
              attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'p1' }],
              children: [{ type: 'text', value: hostile }],
            },
          ],
        },
      ],
    };
    const parsed = parseMdxFile(serialize(tree), FILE).tree;
    expect(parsed).toEqual([{ component: 'P', props: { id: 'p1' }, children: [hostile] }]);
  });

  it('stops at an unknown component, with the file and the line', () => {
    expect(() => parseMdxFile('---\ntheme: 1\n---\n\n<P id="a">x</P>\n\n<Foo>y</Foo>\n', FILE)).toThrow(
      /^content\/pages\/proef\.mdx:7: expected one of the page components .* found the component <Foo>/,
    );
    // An HTML tag written as markup is no component of the page either.
    expect(() => parseMdxFile('---\ntheme: 1\n---\n\nTekst <script>alert(1)</script>\n', FILE)).toThrow(/proef\.mdx:5: .*found the component <script>/);
  });

  it('stops at an expression or an import, with the file and the line', () => {
    expect(() => parseMdxFile('---\ntheme: 1\n---\n\n<P id={x}>y</P>\n', FILE)).toThrow(
      /proef\.mdx:5: expected a quoted value for id on <P>, not an expression/,
    );
    expect(() => parseMdxFile('---\ntheme: 1\n---\n\n<P {...x}>y</P>\n', FILE)).toThrow(/proef\.mdx:5: .*spread/);
    expect(() => parseMdxFile('---\ntheme: 1\n---\n\nTekst {1 + 1}\n', FILE)).toThrow(/proef\.mdx:5: .*found an expression \{1 \+ 1\}/);
    expect(() => parseMdxFile("---\ntheme: 1\n---\n\nimport x from 'y'\n", FILE)).toThrow(/proef\.mdx:5: .*found an import or export/);
  });

  it('stops at a component holding blocks inside the running text, with the file and the line', () => {
    // The running text (a paragraph, a link, a term…) is written as HTML (src/components/mdx/html.ts); a section or a status date in it would not be rendered.
    expect(() => parseMdxFile('---\ntheme: 1\n---\n\n<P id="a">Een <StatusDate date="2021-06-29" /></P>\n', FILE)).toThrow(
      /^content\/pages\/proef\.mdx:5: expected text, a link, emphasis or a component of the running text in <P> \(not Actions, .*\), found the component <StatusDate>/,
    );
    expect(() => parseMdxFile('---\ntheme: 1\n---\n\nZie [de <Term slug="x"><Editorial note="n">noot</Editorial></Term>](/over/)\n', FILE)).toThrow(
      /proef\.mdx:5: expected .* in a link .*found the component <Editorial>/,
    );
    // Held by a section or a Markdown list, they are rendered as before.
    expect(() => parseMdxFile('---\ntheme: 1\n---\n\n- <StatusDate date="2021-06-29" />\n- <Section id="s" title="t">x</Section>\n', FILE)).not.toThrow();
  });

  it('stops at Markdown outside the grammar and at broken MDX', () => {
    expect(() => parseMdxFile('---\ntheme: 1\n---\n\n# Kop\n', FILE)).toThrow(/proef\.mdx:5: .*found Markdown that makes <h1>/);
    expect(() => parseMdxFile('---\ntheme: 1\n---\n\nEen\n\nTekst met `code`\n', FILE)).toThrow(
      /proef\.mdx:7: expected text, a link, emphasis or a page component, found Markdown that makes <code>/,
    );
    expect(() => parseMdxFile('---\ntheme: 1\n---\n\n<P id="a">open\n', FILE)).toThrow(/^content\/pages\/proef\.mdx:\d+:\d+: not valid MDX/);
    expect(() => parseMdxFile('Geen frontmatter\n', FILE)).toThrow(/proef\.mdx:1: expected YAML frontmatter/);
  });

  it('stops at frontmatter that is not YAML, with the line of the fault', () => {
    expect(() => parseMdxFile('---\ntheme: 1\ntitle: "open\n---\n\nTekst\n', FILE)).toThrow(/^content\/pages\/proef\.mdx:\d+: frontmatter is not valid YAML: /);
    expect(() => parseMdxFile('---\ntheme: 1\ntheme: 2\n---\n\nTekst\n', FILE)).toThrow(
      /^content\/pages\/proef\.mdx:3: frontmatter is not valid YAML: duplicated mapping key/,
    );
    expect(() => parseMdxFile('---\n- een\n- twee\n---\n\nTekst\n', FILE)).toThrow(/proef\.mdx:2: expected the frontmatter to be a YAML mapping/);
  });

  it('reads frontmatter values as YAML 1.2: a date or «yes» stays text', () => {
    const { frontmatter } = parseMdxFile('---\ndatum: 2021-06-29\nantwoord: yes\nnummer: 41\nleeg: null\nwaar: true\n---\n\nTekst\n', FILE);
    expect(frontmatter).toEqual({ datum: '2021-06-29', antwoord: 'yes', nummer: 41, leeg: null, waar: true });
  });
});

describe('parseMdxText in pieces', () => {
  const block = (i: number) =>
    [
      `<P id="p${i}" cite="Kamerstuk, p. ${i}">Alinea ${i} met <Abbr title="Belastingdienst">BD</Abbr> en een [link](/acties/${i}/).</P>`,
      `<Actions paragraph="p${i}">\n  <P id="a${i}">Binnen een component.</P>\n\n  <P id="b${i}">Na een lege regel, nog binnen.</P>\n</Actions>`,
      `- punt ${i}\n- nog een punt\n\n  met een tweede alinea`,
      `<Section id="s${i}" title="Deel ${i}">\n\nTekst in het deel.\n\n<P id="c${i}">Alinea in het deel.</P>\n\n</Section>`,
    ][i % 4]!;
  // Blocks apart by one blank line, by two, or by a line of spaces.
  const apart = (i: number) => ['\n\n', '\n\n\n', '\n\n  \n'][i % 3]!;
  const long = `---\ntheme: 1\n---\n\n${Array.from({ length: 60 }, (_, i) => block(i) + apart(i)).join('')}`;

  it('cuts a long text only outside components, into pieces that are the text', () => {
    const pieces = mdxPieces(long, 400);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('\n')).toBe(long);
    for (const piece of pieces.slice(1)) {
      expect(piece).toMatch(/^<[A-Z]/);
      // No component open across a cut.
      expect(piece.match(/^<(Actions|Section)\b/gm)?.length ?? 0).toBe(piece.match(/^<\/(Actions|Section)>/gm)?.length ?? 0);
    }
  });

  it('does not cut inside a component that holds blocks', () => {
    const paragraphs = (from: number) => Array.from({ length: 30 }, (_, i) => `<P id="p${from + i}">Alinea ${from + i}.</P>`).join('\n\n');
    const text = `---\ntheme: 1\n---\n\n<Section id="s" title="Deel">\n\n${paragraphs(0)}\n\n</Section>\n\n${paragraphs(30)}\n`;
    const pieces = mdxPieces(text, 400);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces[0]).toContain('</Section>');
    expect(parseMdxText(text, FILE, 400)).toEqual(parseMdxText(text, FILE, Infinity));
  });

  it('gives the tree of the whole text', () => {
    expect(parseMdxText(long, FILE, 400)).toEqual(parseMdxText(long, FILE, Infinity));
    expect(parseMdxText(long, FILE, 400)).toEqual(parseMdxText(long, FILE));
  });

  it('parses the whole text where a cut falls inside a component anyway', () => {
    // An opening tag with «</» in a value is not seen as opening: the cuts fall inside the component.
    const tricky = `---\ntheme: 1\n---\n\n<Section id="x" title="a</b">\n\n${Array.from({ length: 40 }, (_, i) => block(i * 4)).join('\n\n')}\n\n</Section>\n`;
    expect(mdxPieces(tricky, 400).length).toBeGreaterThan(2);
    const tree = parseMdxText(tricky, FILE, 400);
    expect(tree).toEqual(parseMdxText(tricky, FILE, Infinity));
    expect(tree).toHaveLength(1);
  });

  it('does not cut inside the frontmatter', () => {
    const front = `---\ntitle: "${'lang '.repeat(100)}\n\n<Abc> staat in de titel"\n---\n\n`;
    const pieces = mdxPieces(front + Array.from({ length: 40 }, (_, i) => block(i)).join('\n\n'), 400);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces[0]!.startsWith(front.trimEnd())).toBe(true);
  });

  it('keeps a text with a link reference definition whole', () => {
    const withDefinition = `${long}\n[bron]: https://zoek.officielebekendmakingen.nl/\n`;
    expect(mdxPieces(withDefinition, 400)).toEqual([withDefinition]);
  });

  it('names the line of the whole text for a fault in a later piece', () => {
    const lines = long.split('\n');
    const at = lines.length - 3;
    const bad = [...lines.slice(0, at), '', '<Foo>y</Foo>', '', ...lines.slice(at)].join('\n');
    expect(mdxPieces(bad, 400).length).toBeGreaterThan(10);
    expect(() => parseMdxText(bad, FILE, 400)).toThrow(new RegExp(`^content/pages/proef\\.mdx:${at + 2}: expected one of the page components`));
  });
});
