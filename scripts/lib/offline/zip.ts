import { zipSync, type Zippable } from 'fflate';

/** Files that are compressed already (Pagefind's index, images, fonts, zips) are stored as they are. */
const STORED = /\.(pf_[a-z]+|png|jpe?g|gif|webp|avif|woff2?|zip|gz|wasm)$/i;
/** A fixed time for every entry, so that the same build gives the same zip. */
const MTIME = new Date('2021-06-29T12:00:00Z');

/** A zip of `files` (path relative to the site → contents), all inside the folder `folder`. */
export function zipSite(folder: string, files: readonly { path: string; data: Uint8Array }[]): Uint8Array {
  const tree: Zippable = {};
  for (const f of files) tree[`${folder}/${f.path}`] = [f.data, { level: STORED.test(f.path) ? 0 : 9, mtime: MTIME }];
  return zipSync(tree);
}
