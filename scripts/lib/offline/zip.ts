import { zipSync, type Zippable } from 'fflate';

/** Files that are compressed already (Pagefind's index, images, fonts, zips) are stored as they are. */
const STORED = /\.(pf_[a-z]+|png|jpe?g|gif|webp|avif|woff2?|zip|gz|wasm)$/i;

/**
 * A fixed time for every entry, so that the same build gives the same zip. A zip entry
 * stores a local date and time without a zone, and fflate takes it from the Date's local
 * fields; so the Date is made from local fields at call time (29 June 2021, 12:00 in the
 * build's own zone), which gives the same bytes whatever the build's time zone.
 */
function fixedTime(): Date {
  return new Date(2021, 5, 29, 12, 0, 0);
}

/** A zip of `files` (path relative to the site → contents), all inside the folder `folder`. */
export function zipSite(folder: string, files: readonly { path: string; data: Uint8Array }[]): Uint8Array {
  const mtime = fixedTime();
  const tree: Zippable = {};
  for (const f of files) tree[`${folder}/${f.path}`] = [f.data, { level: STORED.test(f.path) ? 0 : 9, mtime }];
  return zipSync(tree);
}
