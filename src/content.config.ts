import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RouteFrontmatterSchema } from './site/frontmatter.ts';
import { parseMdxFrontmatter } from './site/mdx-tree.ts';

/**
 * The MDX files of a folder as data: each file's frontmatter, validated by the collection's
 * schema; the id is the file's path without `.mdx`. The text is not kept here: a page reads
 * and parses it when it is rendered (src/site/mdx-text.ts → src/site/mdx-tree.ts) and one
 * component renders its plain tree (src/components/MdxTree.astro). So no file becomes a module
 * of its own (unlike the glob loader with @astrojs/mdx: Vite never compiles or bundles a page),
 * and the content layer — which Astro serialises, bundles and loads again to render — holds
 * no page's text, only the frontmatter of all of them.
 */
function mdxFrontmatter(base: string): Loader {
  return {
    name: 'mdx-frontmatter',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      const idOf = (path: string) =>
        relative(dir, path)
          .split(sep)
          .join('/')
          .replace(/\.mdx$/, '');
      const load = async (path: string) => {
        const file = relative(root, path).split(sep).join('/');
        const id = idOf(path);
        if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(id)) throw new Error(`${file}: expected a file name of lowercase letters, digits and hyphens`);
        const source = await readFile(path, 'utf8');
        const data = await parseData({ id, data: parseMdxFrontmatter(source, file), filePath: file });
        store.set({ id, data, filePath: file, digest: generateDigest(source) });
      };
      const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.mdx')).sort();
      store.clear();
      for (const f of files) await load(join(dir, f));
      if (watcher) {
        // In `astro dev`: a changed file is read again; a fault is reported with its file and line, and the server goes on.
        watcher.add(dir);
        const ours = (path: string) => path.startsWith(dir + sep) && path.endsWith('.mdx');
        const reload = (path: string) => {
          if (ours(path)) load(path).catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
        };
        watcher.on('change', reload);
        watcher.on('add', reload);
        watcher.on('unlink', (path) => {
          if (ours(path)) store.delete(idOf(path));
        });
      }
    },
  };
}

/** The generated MDX pages (scripts/lib/generated.ts writes them; they are committed). */
const pages = defineCollection({
  loader: mdxFrontmatter('content/pages'),
  schema: RouteFrontmatterSchema,
});

/** Editorial prose, written by hand in MDX with the same components (content/editorial/). */
const editorial = defineCollection({
  loader: mdxFrontmatter('content/editorial'),
  schema: z.object({ title: z.string().min(1), description: z.string().min(1) }),
});

/** The letter's text on each theme (content/passages/{theme}.mdx), shown on the pages of its actions. */
const passages = defineCollection({
  loader: mdxFrontmatter('content/passages'),
  schema: z.object({ theme: z.number().int() }),
});

export const collections = { pages, editorial, passages };
