import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { promisify } from 'node:util';
import { crc32, deflateRaw, deflateRawSync } from 'node:zlib';
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
 * A large site's files are deflated by worker threads, one per core (at most DEFLATERS), a
 * batch of files at a time (BATCH_BYTES, or BATCH_FILES), while this thread reads the next
 * files and writes the zip. Each worker deflates with the same zlib and level as this thread
 * would, and the files go into the zip in their order: the bytes are the same. Below
 * THREADS_FROM_BYTES of files to compress, starting the workers costs more than they save
 * (×1, 6.6 MB: the offline step 210–221 ms with them, 188–244 ms without), and this thread
 * deflates them itself. ×100 (56,611 files, 163 MB of zip), the offline step alone, twice
 * alternating: 11.3 and 11.4 → 7.8 and 8.6 s, processor time 12.7–12.8 → 13.1–13.6 s.
 */
const DEFLATERS = 2;
const THREADS_FROM_BYTES = 64 * 2 ** 20;
const BATCH_BYTES = 1 << 20;
const BATCH_FILES = 256;
/** Batches handed out and not yet in the zip, per worker: no more than this is held at a time. */
const BATCHES_IN_FLIGHT = 2;
/**
 * How many bytes of files deflateAhead takes: the whole of a site like this one (6.6 MB to
 * compress), a small part of a site a hundred times as large, which worker threads deflate.
 */
const AHEAD_BYTES = 16 * 2 ** 20;

const DEFLATER = `
const { parentPort } = require('node:worker_threads');
const { deflateRawSync } = require('node:zlib');
parentPort.on('message', ({ files, level }) => {
  const out = files.map((f) => new Uint8Array(deflateRawSync(f, { level })));
  parentPort.postMessage(out, out.map((o) => o.buffer));
});
`;

interface Deflater {
  /** The files deflated (raw deflate at ZIP_LEVEL), in their order. */
  deflate(files: Uint8Array[]): Promise<Uint8Array[]>;
  close(): Promise<unknown>;
}

/** Deflates on this thread. */
const inThread: Deflater = {
  deflate: async (files) => files.map((f) => deflateRawSync(f, { level: ZIP_LEVEL })),
  close: async () => {},
};

/** Worker threads that deflate batches of files, each batch answered in the order it was given to its worker. */
function workerThreads(count: number): Deflater {
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(DEFLATER, { eval: true });
    const waiting: { resolve: (out: Uint8Array[]) => void; reject: (err: Error) => void }[] = [];
    worker.on('message', (out: Uint8Array[]) => waiting.shift()!.resolve(out));
    worker.on('error', (err: Error) => {
      for (const w of waiting.splice(0)) w.reject(err);
    });
    return { worker, waiting };
  });
  let turn = 0;
  return {
    deflate(files) {
      const w = workers[turn++ % workers.length]!;
      return new Promise((resolve, reject) => {
        w.waiting.push({ resolve, reject });
        // Each file as a copy handed over to the worker (the caller's buffers stay as they are); the file read is let go at once.
        const own = files.map((f) => new Uint8Array(f));
        w.worker.postMessage(
          { files: own, level: ZIP_LEVEL },
          own.map((f) => f.buffer),
        );
      });
    },
    close: () => Promise.all(workers.map((w) => w.worker.terminate())),
  };
}

/**
 * Files deflated ahead of the zip: by Node's thread pool (zlib, the same level), on a core the
 * steps' own thread leaves free, while search still runs. Up to AHEAD_BYTES of files are taken;
 * the zip takes a file's deflated bytes from here only when its data is then byte for byte the
 * data deflated (compared), and deflates it itself otherwise: a file that changed since is
 * deflated again, and the zip is the same as when every file is deflated in its turn.
 */
export function deflateAhead(budget = AHEAD_BYTES) {
  const made = new Map<string, { data: Promise<Uint8Array>; deflated: Promise<Uint8Array> }>();
  let held = 0;
  const deflate = promisify(deflateRaw);
  /** Whether the file at `path`, of `size` bytes, is taken (not stored as it is, not taken already, within the budget). */
  const takes = (path: string, size: number) => !STORED.test(path) && !made.has(path) && size <= budget - held;
  const deflateFrom = (path: string, size: number, data: Promise<Uint8Array>) => {
    held += size;
    const deflated = data.then((d) => deflate(d, { level: ZIP_LEVEL })).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    // Awaited when the zip takes them; where either failed, the zip deflates the file itself.
    data.catch(() => {});
    deflated.catch(() => {});
    made.set(path, { data, deflated });
  };
  return {
    /** The bytes it may still take. */
    get room(): number {
      return budget - held;
    },
    /** Deflates `data`, the file at `path` in the site, unless it is not taken (see `takes`). */
    add(path: string, data: Uint8Array): void {
      if (takes(path, data.byteLength)) deflateFrom(path, data.byteLength, Promise.resolve(data));
    },
    /** Reads (`read`) and deflates the file at `path` in the site, of `size` bytes, unless it is not taken. */
    addFile(path: string, size: number, read: () => Promise<Uint8Array>): void {
      if (takes(path, size)) deflateFrom(path, size, read());
    },
    /** The deflated bytes of the file at `path`, when they were made from `data` itself; else undefined. */
    async take(path: string, data: Uint8Array): Promise<Uint8Array | undefined> {
      const m = made.get(path);
      if (!m) return undefined;
      made.delete(path);
      const raw = await m.data.catch(() => undefined);
      if (!raw || !Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).equals(data)) return undefined;
      return m.deflated.catch(() => undefined);
    },
  };
}
export type DeflateAhead = ReturnType<typeof deflateAhead>;

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
 * `write` in its order, with no more than a few batches of files and their compressed forms
 * held at a time. `bytes`: about how many bytes the files hold (whether worker threads deflate
 * them). `ahead`: files deflated already (deflateAhead), taken where their data is the same.
 */
export async function writeZip(
  folder: string,
  files: Iterable<{ path: string; read: () => Uint8Array }>,
  write: (chunk: Uint8Array) => void,
  bytes = 0,
  ahead?: DeflateAhead,
): Promise<void> {
  const mtime = fixedTime();
  let failed: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else write(chunk);
  });
  const threads = Math.min(DEFLATERS, availableParallelism());
  const pool = bytes >= THREADS_FROM_BYTES && threads > 1 ? workerThreads(threads) : inThread;
  // The entries of each batch handed out, in order, with the bytes of the files stored as they
  // are or deflated ahead (`stored`); the others are being deflated.
  const pending: { entries: { entry: ZipInputFile; stored?: Uint8Array }[]; deflated: Promise<Uint8Array[]> }[] = [];
  // The oldest batch into the zip, once its files are deflated.
  const next = async () => {
    const { entries, deflated } = pending.shift()!;
    const out = await deflated;
    let i = 0;
    for (const e of entries) {
      zip.add(e.entry);
      e.entry.ondata!(null, (e.stored ?? out[i++]!) as Uint8Array<ArrayBuffer>, true);
      if (failed) throw failed;
    }
  };
  let entries: { entry: ZipInputFile; stored?: Uint8Array }[] = [];
  let toDeflate: Uint8Array[] = [];
  let batchBytes = 0;
  const send = async () => {
    const deflated = pool.deflate(toDeflate);
    // Awaited in its turn (next); a later failure is not reported before an earlier one.
    deflated.catch(() => {});
    pending.push({ entries, deflated });
    entries = [];
    toDeflate = [];
    batchBytes = 0;
    if (pending.length >= BATCHES_IN_FLIGHT * DEFLATERS) await next();
  };
  try {
    for (const f of files) {
      const data = f.read();
      const stored = STORED.test(f.path);
      // A file fflate does not compress itself: its CRC, size and deflated bytes come from zlib.
      const entry: ZipInputFile = { filename: `${folder}/${f.path}`, size: data.byteLength, crc: crc32(data), compression: stored ? 0 : 8, flag: 0, mtime };
      const deflated = stored ? undefined : await ahead?.take(f.path, data);
      entries.push(stored ? { entry, stored: data } : deflated ? { entry, stored: deflated } : { entry });
      if (!stored && !deflated) toDeflate.push(data);
      batchBytes += data.byteLength;
      if (batchBytes >= BATCH_BYTES || entries.length >= BATCH_FILES) await send();
    }
    if (entries.length) await send();
    while (pending.length) await next();
  } finally {
    await pool.close();
  }
  zip.end();
  if (failed) throw failed;
}

/** A zip of `files` in memory (for small sets; the build streams with writeZip, whose `bytes` and `ahead` these are). */
export async function zipSite(folder: string, files: readonly { path: string; data: Uint8Array }[], bytes = 0, ahead?: DeflateAhead): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  await writeZip(
    folder,
    files.map((f) => ({ path: f.path, read: () => f.data })),
    (c) => chunks.push(c),
    bytes,
    ahead,
  );
  return Buffer.concat(chunks);
}
