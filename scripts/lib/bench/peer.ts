/**
 * The peer baseline: the same content as a Starlight site (withastro/starlight), built
 * and measured in the same benchmark run. Starlight is installed on first use into
 * bench/peer/starlight/ (git-ignored, not a dependency of the project), like Lighthouse.
 *
 * Each page of the edition becomes a Markdown page of the peer with the same text:
 * the page's syntax tree (src/site/mdx.ts) with our MDX components unwrapped into plain
 * Markdown (headings, paragraphs, lists, links; footnote markers as «[n]»).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { pageTree, type MdxContext } from '../../../src/site/mdx.ts';
import { fileFor, type RouteData } from '../../../src/site/route-data.ts';

const PEER_PACKAGES = { astro: '^7.3.5', '@astrojs/starlight': '^0.42.4', sharp: '^0.34.0' };

type AnyNode = RootContent & { name?: string; attributes?: { name: string; value: unknown }[]; children?: AnyNode[] };
const attr = (n: AnyNode, name: string) => n.attributes?.find((a) => a.name === name)?.value as string | undefined;

function phrasing(nodes: readonly AnyNode[]): PhrasingContent[] {
  return nodes.flatMap((n): PhrasingContent[] => {
    if (n.type === 'mdxJsxTextElement') {
      if (n.name === 'Fn') return [{ type: 'text', value: `[${attr(n, 'label')}]` }];
      if (n.name === 'Sic') return [{ type: 'text', value: ' [sic]' }];
      if (n.name === 'PageMark') return [{ type: 'text', value: `p. ${attr(n, 'n') ?? '?'} ` }];
      return phrasing(n.children ?? []);
    }
    if ('children' in n && n.type !== 'link') return [{ ...(n as PhrasingContent) }];
    return [n as PhrasingContent];
  });
}

function flow(nodes: readonly AnyNode[]): RootContent[] {
  return nodes.flatMap((n): RootContent[] => {
    if (n.type === 'paragraph') {
      const only = n.children?.length === 1 ? n.children[0] : undefined;
      if (only?.type === 'mdxJsxTextElement' && /^H[2-6]$/.test(only.name ?? '')) {
        return [{ type: 'heading', depth: Number(only.name!.slice(1)) as Heading['depth'], children: phrasing(only.children ?? []) }];
      }
      return [{ type: 'paragraph', children: phrasing(n.children ?? []) } as Paragraph];
    }
    if (n.type === 'mdxJsxFlowElement') {
      const title = attr(n, 'title');
      const head: RootContent[] = title ? [{ type: 'heading', depth: 2, children: [{ type: 'text', value: title }] }] : [];
      if (n.name === 'Footnotes') head.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Voetnoten' }] });
      return [...head, ...flow(n.children ?? [])];
    }
    if (n.type === 'list') return [{ ...n, children: n.children.map((li) => ({ ...li, children: flow(li.children as AnyNode[]) as typeof li.children })) }];
    return [n];
  });
}

/** The page as plain Markdown for Starlight, with a title in its frontmatter. */
export function peerMarkdown(page: RouteData, ctx: MdxContext): string {
  const tree = pageTree(page, ctx);
  const body: Root = { type: 'root', children: flow(tree.children.filter((c) => c.type !== 'yaml') as AnyNode[]) };
  return `---\ntitle: ${JSON.stringify(page.title)}\ndescription: ${JSON.stringify(page.description)}\n---\n\n${toMarkdown(body)}`;
}

/** Installs Starlight into dir on first use (npm registry); returns dir. */
export function ensurePeer(dir: string, log: (m: string) => void): string {
  if (existsSync(join(dir, 'node_modules', '@astrojs', 'starlight'))) return dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'peer-starlight', private: true, type: 'module', dependencies: PEER_PACKAGES }, null, 2));
  log(`installing the Starlight peer into ${dir} (first use)`);
  const res = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`bench: installing Starlight failed (${res.status ?? res.signal})`);
  return dir;
}

/** Writes the peer site: its config and one Markdown page per page of the edition. */
export function writePeer(dir: string, pages: readonly RouteData[], ctx: MdxContext): void {
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://peer.example',
  integrations: [starlight({ title: 'Herstel kinderopvangtoeslag', defaultLocale: 'root', locales: { root: { label: 'Nederlands', lang: 'nl' } } })],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const docs = join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  for (const page of pages) {
    const path = join(docs, `${fileFor(page.route)}.md`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, peerMarkdown(page, ctx));
  }
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Herstel kinderopvangtoeslag\n---\n\nDe brieven en de acties.\n');
}
