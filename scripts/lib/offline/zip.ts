import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

/** Files that are compressed already (Pagefind's index, images, fonts, zips) are stored as they are. */
const STORED = /\.(pf_[a-z]+|png|jpe?g|gif|webp|avif|woff2?|zip|gz|wasm)$/i;

/**
 * The deflate level of the other files: zlib's default. Measured on the built site (6.6 MB
 * to compress, CPU time): zlib level 6 176 ms → 2063 KiB, level 9 182 ms → 2059 KiB, level 1
 * 86 ms → 2259 KiB; deflate in JavaScript (fflate) took 678 ms at level 9 for 2118 KiB.
 * So the files are deflated by Node's zlib (native) and fflate writes the zip around them.
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
    const data = f.read();
    const stored = STORED.test(f.path);
    // A file fflate does not compress itself: its CRC, size and deflated bytes come from zlib.
    const entry: ZipInputFile = { filename: `${folder}/${f.path}`, size: data.byteLength, crc: crc32(data), compression: stored ? 0 : 8, flag: 0, mtime };
    zip.add(entry);
    entry.ondata!(null, (stored ? data : deflateRawSync(data, { level: ZIP_LEVEL })) as Uint8Array<ArrayBuffer>, true);
    if (failed) throw failed;
  }
  zip.end();
  if (failed) throw failed;
}

/** A zip of `files` in memory (for small sets; the build streams with writeZip). */
export function zipSite(folder: string, files: readonly { path: string; data: Uint8Array }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  writeZip(
    folder,
    files.map((f) => ({ path: f.path, read: () => f.data })),
    (c) => chunks.push(c),
  );
  return Buffer.concat(chunks);
}
