/**
 * The committed MDX files as entries, by collection: each file's frontmatter, validated by the
 * collection's schema (one schema per concept), with its id (the file's path in its folder,
 * without `.mdx`), its path from the project root and a digest of its text. The text itself is
 * not kept: a page reads and parses it when it is rendered (src/site/mdx-text.ts →
 * src/site/mdx-tree.ts), and one component renders its plain tree (src/components/MdxTree.astro).
 *
 * Read once per build, in the order of the files' paths; in `astro dev` read again at each call,
 * so that an edited file shows at the next request. A fault stops the build with the file, the
 * line where YAML tells it, and what was expected.
 *
 * Astro's content layer did this before (a loader of its own in a content config). Its sync,
 * which every `astro build` runs before bundling, took 0.65 s of the build's 3.3 s at ×1 (with no
 * content config 0.12 s): a Vite server to load the config and its modules, the entries
 * serialised to its data store and loaded again to render, and their types generated. Nothing
 * of it was needed here: the entries are our own generated files and hand-written prose.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { RouteFrontmatterSchema } from './frontmatter.ts';
import { parseMdxFrontmatter } from './mdx-tree.ts';

/** Each collection: its folder (from the project root) and the schema of its frontmatter. */
const COLLECTIONS = {
  /** The generated MDX pages (scripts/lib/generated.ts writes them; they are committed). */
  pages: { dir: 'content/pages', schema: RouteFrontmatterSchema },
  /** Editorial prose, written by hand in MDX with the same components (content/editorial/). */
  editorial: { dir: 'content/editorial', schema: z.object({ title: z.string().min(1), description: z.string().min(1) }) },
  /** The letter's text on each theme (content/passages/{theme}.mdx), shown on the pages of its actions. */
  passages: { dir: 'content/passages', schema: z.object({ theme: z.number().int() }) },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  /** The file's path in its collection's folder, without `.mdx` («acties/41»). */
  id: string;
  /** The frontmatter, as the collection's schema gives it. */
  data: z.output<(typeof COLLECTIONS)[C]['schema']>;
  /** The file's path from the project root («content/pages/acties/41.mdx»). */
  filePath: string;
  /** A digest of the file's text: trees parsed from it are kept under it (src/site/mdx-text.ts). */
  digest: string;
}

const ID = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

/** The entries of collection `name` in the project at `root`, read from their files now. */
export function readEntries<C extends CollectionName>(name: C, root = process.cwd()): Entry<C>[] {
  const { dir, schema } = COLLECTIONS[name];
  const folder = join(root, dir);
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.split(sep).join('/'))
    .sort();
  return files.map((f) => {
    const filePath = relative(root, join(folder, f)).split(sep).join('/');
    const id = f.replace(/\.mdx$/, '');
    if (!ID.test(id)) throw new Error(`${filePath}: expected a file name of lowercase letters, digits and hyphens`);
    const source = readFileSync(join(folder, f), 'utf8');
    const parsed = schema.safeParse(parseMdxFrontmatter(source, filePath));
    if (!parsed.success) throw new Error(`${filePath}: the frontmatter is not what the ${name} collection expects: ${z.prettifyError(parsed.error)}`);
    const digest = createHash('sha1').update(source).digest('hex').slice(0, 16);
    return { collection: name, id, data: parsed.data as Entry<C>['data'], filePath, digest };
  });
}

/** The entries read once, by collection (not in `astro dev`: there each call reads them again). */
const read = new Map<CollectionName, Entry[]>();
const dev = () => (import.meta as { env?: { DEV?: boolean } }).env?.DEV === true;

/** The entries of collection `name`, in the order of their files' paths. */
export function entries<C extends CollectionName>(name: C): Entry<C>[] {
  if (dev()) return readEntries(name);
  let list = read.get(name);
  if (!list) {
    list = readEntries(name);
    read.set(name, list);
  }
  return list as Entry<C>[];
}

/** The entry `id` of collection `name`, or undefined. */
export function entry<C extends CollectionName>(name: C, id: string): Entry<C> | undefined {
  return entries(name).find((e) => e.id === id);
}
