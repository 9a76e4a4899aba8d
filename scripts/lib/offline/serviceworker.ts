/**
 * The service worker's file list and version, and sw.js itself: the worker is client code
 * (src/client/sw.ts, where its behaviour is described), bundled here once the build's files are
 * known, with them passed in (the constant `__SW_MANIFEST__`: version, files with their content hashes, the
 * offline notice from the strings). The worker's code is the same in every build.
 */
import { createHash } from 'node:crypto';
import type { WorkerManifest } from '../../../src/client/sw-contract.ts';
import { t } from '../../../src/site/strings.ts';
import { bundleClientScript, bundleClientScriptAsync } from '../client.ts';
import { byPath } from './files.ts';

/** The worker's entry module; not in CLIENT_SCRIPTS, since it is bundled after the site's files are known. */
export const SERVICE_WORKER = 'src/client/sw.ts';

export interface OfflineFile {
  /** Path relative to the site root, «acties/12/index.html». */
  path: string;
  /** Content hash (hex, 12 characters). */
  hash: string;
  bytes: number;
}

/** The content hash of one file as the worker lists it. */
export function fileHash(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 12);
}

/** The files as the worker lists them, sorted by path. */
export function offlineFiles(files: readonly { path: string; data: Uint8Array }[]): OfflineFile[] {
  return [...files].sort(byPath).map((f) => ({ path: f.path, hash: fileHash(f.data), bytes: f.data.byteLength }));
}

/** Hash of the build: the sorted file list with each file's content hash. */
export function buildHash(files: readonly { path: string; data: Uint8Array }[]): string {
  return versionOf(offlineFiles(files));
}

/** The same hash from the files as listed (`offlineFiles`, sorted by path): no file held in memory. */
export function versionOf(listed: readonly OfflineFile[]): string {
  const h = createHash('sha256');
  for (const f of listed) h.update(f.path).update('\0').update(f.hash).update('\n');
  return h.digest('hex').slice(0, 16);
}

/** The worker's code, bundled without its manifest (the build starts it early: it needs no file of the site). */
export function workerCode(): Promise<string> {
  return bundleClientScriptAsync(SERVICE_WORKER);
}

/**
 * The text of sw.js for a build (`version`: buildHash) and its files: src/client/sw.ts bundled
 * (`code`, from workerCode, or bundled here) with them passed in.
 */
export function serviceWorkerScript(version: string, files: readonly OfflineFile[], code = bundleClientScript(SERVICE_WORKER)): string {
  const manifest: WorkerManifest = {
    version,
    files: Object.fromEntries(files.map((f) => [f.path, f.hash])),
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    unavailable: t.offlineNotKept,
  };
  // The manifest stands before the bundle as one line of JSON, a constant the worker reads
  // (as esbuild writes a banner: the line, then the code).
  return `${MANIFEST_LINE}${JSON.stringify(manifest)};\n${code}`;
}

const MANIFEST_LINE = 'const __SW_MANIFEST__ = ';

/** The manifest a built sw.js was given (its file list, version, bytes). */
export function workerManifest(sw: string): WorkerManifest {
  const line = sw.split('\n').find((l) => l.startsWith(MANIFEST_LINE));
  if (!line) throw new Error(`sw.js: expected a first line «${MANIFEST_LINE}{…};», found none`);
  return JSON.parse(line.slice(MANIFEST_LINE.length).replace(/;$/, '')) as WorkerManifest;
}
