/**
 * The components a generated page may use, in a module of its own: the writer
 * (src/site/mdx.ts) writes only these, the content loader (src/site/mdx-tree.ts) accepts
 * only these, and src/components/MdxTree.astro maps each to its component in
 * src/components/mdx/. Kept apart from the writer so that loading the pages does not load
 * the Markdown serialiser.
 */
export const MDX_COMPONENTS = [
  'Abbr',
  'Editorial',
  'Fn',
  'Footnotes',
  'Front',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'Ins',
  'Label',
  'List',
  'Note',
  'Notes',
  'P',
  'PageMark',
  'Quote',
  'Resolved',
  'Section',
  'Sic',
  'Signature',
  'Actions',
  'StatusDate',
  'Term',
] as const;
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];

/**
 * The components that hold other blocks, or show what the site shows elsewhere too (the
 * status date): each rendered by its Astro component in src/components/mdx/. Every other
 * component is part of the running text, written as HTML by src/components/mdx/html.ts, and
 * holds only text, Markdown and other such components (src/site/mdx-tree.ts checks it).
 */
export const MDX_ASTRO_COMPONENTS = [
  'Actions',
  'Editorial',
  'Footnotes',
  'Front',
  'Note',
  'Notes',
  'Section',
  'StatusDate',
] as const satisfies readonly MdxComponentName[];
export type MdxAstroComponentName = (typeof MDX_ASTRO_COMPONENTS)[number];
export type MdxHtmlComponentName = Exclude<MdxComponentName, MdxAstroComponentName>;

const ASTRO: ReadonlySet<string> = new Set(MDX_ASTRO_COMPONENTS);
export const isAstroComponent = (name: MdxComponentName): name is MdxAstroComponentName => ASTRO.has(name);
