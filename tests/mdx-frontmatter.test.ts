/**
 * The committed pages' frontmatter as the content loader reads it (js-yaml, YAML 1.2 core
 * schema, src/site/mdx-tree.ts) is the same as what the `yaml` package, which writes it
 * (src/site/mdx.ts), reads back: on every page of content/pages/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseMdxFrontmatter } from '../src/site/mdx-tree.ts';

const DIR = join(import.meta.dirname, '..', 'content', 'pages');
const files = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

describe('the frontmatter of the committed pages', () => {
  it('is read as the writer wrote it, on every page', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const source = readFileSync(join(DIR, f), 'utf8');
      const head = /^---\n([\s\S]*?)\n---/.exec(source);
      expect(head, f).not.toBeNull();
      expect(parseMdxFrontmatter(source, f), f).toStrictEqual(parse(head![1]!));
    }
  });
});
