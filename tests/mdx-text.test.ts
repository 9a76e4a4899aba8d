/**
 * The text of a committed MDX file, read and parsed when a page renders it
 * (src/site/mdx-text.ts): the same tree as the whole file parsed, a fault named by file and
 * line, a kept text parsed once per content.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mdxText } from '../src/site/mdx-text.ts';
import { parseMdxFile } from '../src/site/mdx-tree.ts';

const dir = mkdtempSync(join(tmpdir(), 'hkt-mdx-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('mdxText', () => {
  it('gives the tree of the file’s text, as parsing the whole file does', () => {
    const text = '---\ntheme: 1\n---\n\n<P id="a">Een **twee**</P>\n\n- drie\n- vier\n';
    const path = file('goed.mdx', text);
    expect(mdxText(path, 'd1', false)).toEqual(parseMdxFile(text, path).tree);
  });

  it('stops with the file and the line of a fault in the text', () => {
    const path = file('fout.mdx', '---\ntheme: 1\n---\n\n<P id="a">x</P>\n\n<Foo>y</Foo>\n');
    expect(() => mdxText(path, 'd1', false)).toThrow(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7: expected one of the page components`));
  });

  it('parses a kept text once per content, and a text that is not kept every time', () => {
    const path = file('passage.mdx', '---\ntheme: 2\n---\n\nEerst\n');
    const kept = mdxText(path, 'v1', true);
    writeFileSync(path, '---\ntheme: 2\n---\n\nDaarna\n');
    // The same content (digest): the tree kept; a new digest: the file read again.
    expect(mdxText(path, 'v1', true)).toBe(kept);
    expect(mdxText(path, 'v2', true)).toEqual([{ tag: 'p', children: ['Daarna'] }]);
    const once = mdxText(path, 'v3', false);
    expect(mdxText(path, 'v3', false)).not.toBe(once);
  });
});
