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
