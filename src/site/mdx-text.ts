/**
 * The text of a committed MDX file (content/pages/, content/passages/, content/editorial/) as
 * its plain tree, read and parsed when a page renders it (src/components/MdxContent.astro),
 * not when the entries are read: they keep only each file's frontmatter (src/site/entries.ts),
 * so the trees of all pages are never held, or bundled, at once.
 * A fault in the text stops the build with the file and the line (src/site/mdx-tree.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMdxText, type MdxTreeNode } from './mdx-tree.ts';

/** Trees kept for the build (a passage of the letter is shown on the page of every action of its theme), by file and digest. */
const kept = new Map<string, MdxTreeNode[]>();

/**
 * The tree of `file` (relative to the project root, or absolute). With `keep`, it is parsed once per
 * content (`digest`) and kept for the next page that shows it; a page's own text is
 * rendered once and not kept.
 */
export function mdxText(file: string, digest: string | number | undefined, keep: boolean): MdxTreeNode[] {
  const key = `${file}\n${digest ?? ''}`;
  const known = kept.get(key);
  if (known) return known;
  const tree = parseMdxText(readFileSync(resolve(process.cwd(), file), 'utf8'), file);
  if (keep) kept.set(key, tree);
  return tree;
}
