/**
 * The static paths of the generated pages (content/pages/**.mdx) of some kinds, under one
 * folder of the site: each kind has a route of its own (src/pages/acties/[number].astro, …),
 * so that each loads only the components and styles it uses.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PageKind } from '../../site/route-data.ts';

export type PageEntry = CollectionEntry<'pages'>;

/** The pages of `kinds`, with the rest of their route below `/${folder}/` as the parameter `param`. */
export async function pagePaths(kinds: readonly PageKind[], folder: string, param: string) {
  const prefix = `/${folder}/`;
  const pages = (await getCollection('pages')).filter((e) => kinds.includes(e.data.kind));
  if (!pages.length) throw new Error(`content/pages: expected pages of kind ${kinds.join(', ')}, found none`);
  return pages.map((entry) => {
    const { route } = entry.data;
    if (!route.startsWith(prefix) || route === prefix) throw new Error(`content/pages: expected the ${entry.data.kind} page at ${route} under ${prefix}`);
    return { params: { [param]: route.slice(prefix.length, -1) }, props: { entry } };
  });
}

/** The one generated page of a kind (the annex). */
export async function pageOf(kind: PageKind): Promise<PageEntry> {
  const pages = (await getCollection('pages')).filter((e) => e.data.kind === kind);
  if (pages.length !== 1) throw new Error(`content/pages: expected one page of kind ${kind}, found ${pages.length}`);
  return pages[0]!;
}
