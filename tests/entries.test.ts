import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEntries } from '../src/site/entries.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project root with the given files (paths from the root). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'entries-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const editorial = (title: string, body = 'Tekst.') => `---\ntitle: ${title}\ndescription: Over ${title}\n---\n\n${body}\n`;

describe('readEntries', () => {
  it('reads each MDX file of a collection’s folder, in the order of the paths, with its frontmatter as the schema gives it', () => {
    const root = project({
      'content/editorial/over.mdx': editorial('Over'),
      'content/editorial/a/b.mdx': editorial('B'),
      'content/editorial/leeswijzer.mdx': editorial('Leeswijzer'),
      'content/editorial/notitie.txt': 'geen MDX',
    });
    const list = readEntries('editorial', root);
    expect(list.map((e) => e.id)).toEqual(['a/b', 'leeswijzer', 'over']);
    expect(list[0]).toMatchObject({ collection: 'editorial', filePath: 'content/editorial/a/b.mdx', data: { title: 'B', description: 'Over B' } });
    expect(list[0]!.digest).toMatch(/^[0-9a-f]{16}$/);
  });
  it('gives a file a digest of its text: another text, another digest', () => {
    const one = readEntries('passages', project({ 'content/passages/1.mdx': '---\ntheme: 1\n---\n\nA\n' }))[0]!;
    const same = readEntries('passages', project({ 'content/passages/1.mdx': '---\ntheme: 1\n---\n\nA\n' }))[0]!;
    const other = readEntries('passages', project({ 'content/passages/1.mdx': '---\ntheme: 1\n---\n\nB\n' }))[0]!;
    expect(same.digest).toBe(one.digest);
    expect(other.digest).not.toBe(one.digest);
    expect(one.data).toEqual({ theme: 1 });
  });
  it('stops with the file and what was expected: a name, the schema, the YAML', () => {
    expect(() => readEntries('editorial', project({ 'content/editorial/Over.mdx': editorial('Over') }))).toThrow(
      'content/editorial/Over.mdx: expected a file name of lowercase letters, digits and hyphens',
    );
    expect(() => readEntries('passages', project({ 'content/passages/1.mdx': '---\ntheme: een\n---\n' }))).toThrow(
      /^content\/passages\/1\.mdx: the frontmatter is not what the passages collection expects: .*theme/s,
    );
    expect(() => readEntries('editorial', project({ 'content/editorial/over.mdx': '---\ntitle: [\n---\n' }))).toThrow(
      /^content\/editorial\/over\.mdx:\d+: frontmatter is not valid YAML/,
    );
  });
});
