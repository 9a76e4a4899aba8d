import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** Files that are compressed already (Pagefind's index, images, fonts, zips) are stored as they are. */
const STORED = /\.(pf_[a-z]+|png|jpe?g|gif|webp|avif|woff2?|zip|gz|wasm)$/i;

/**
 * The deflate level of the other files. Measured on the built site (6.9 MB, 437 files):
 * level 9 took twice the time of level 6 for a zip 0.04 % smaller; level 1 takes less
 * time again but makes the zip 6 % larger.
 */
export const ZIP_LEVEL = 6;

/**
 * A fixed time for every entry, so that the same build gives the same zip. A zip entry
 * stores a local date and time without a zone, and fflate takes it from the Date's local
 * fields; so the Date is made from local fields at call time (29 June 2021, 12:00 in the
 * build's own zone), which gives the same bytes whatever the build's time zone.
 */
function fixedTime(): Date {
  return new Date(2021, 5, 29, 12, 0, 0);
}

/**
 * Writes a zip of `files` (path relative to the site → contents, read when its turn comes),
 * all inside the folder `folder`, as a stream: each file is read, compressed and handed to
 * `write` on its own, so no more than one file and its compressed form are held at a time.
 */
export function writeZip(folder: string, files: Iterable<{ path: string; read: () => Uint8Array }>, write: (chunk: Uint8Array) => void): void {
  const mtime = fixedTime();
  let failed: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else write(chunk);
  });
  for (const f of files) {
    const name = `${folder}/${f.path}`;
    const entry = STORED.test(f.path) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: ZIP_LEVEL });
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(f.read(), true);
    if (failed) throw failed;
  }
  zip.end();
  if (failed) throw failed;
}

/** A zip of `files` in memory (for small sets; the build streams with writeZip). */
export function zipSite(folder: string, files: readonly { path: string; data: Uint8Array }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  writeZip(folder, files.map((f) => ({ path: f.path, read: () => f.data })), (c) => chunks.push(c));
  return Buffer.concat(chunks);
}
