/**
 * What the service worker (src/client/sw.ts) and the pages that talk to it
 * (src/client/sw-register.ts, src/client/offline-bewaren.ts) share: the messages, the names of
 * its caches, and the manifest the build passes in (scripts/lib/offline/serviceworker.ts).
 */

/** Every cache of the site starts with it; others on the same origin are left alone. */
export const CACHE_PREFIX = 'hkt-';
/** The one cache of files, kept across versions. */
export const FILE_CACHE = `${CACHE_PREFIX}bestanden`;
/** When the whole site was saved (one entry). */
export const STATE_CACHE = `${CACHE_PREFIX}staat`;
/** The response header a cached copy keeps its content hash in. */
export const HASH_HEADER = 'x-hkt-hash';

/** What the build tells the worker: its version, every file it keeps, and what to say offline. */
export interface WorkerManifest {
  /** Hash of the build (every file with its content hash). */
  version: string;
  /** Path relative to the site root («acties/12/index.html») → content hash (12 hex characters). */
  files: Record<string, string>;
  /** The bytes of all listed files together. */
  bytes: number;
  /** The plain-text answer for a page that is not kept, offline. */
  unavailable: string;
}

/** From a page to the worker. */
export type PageMessage = { type: 'save-all' } | { type: 'status' } | { type: 'keep'; urls: string[] };

/** From the worker to a page. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; bytes: number }
  | { type: 'saved'; fetched: number; total: number; bytes: number; at?: string }
  | { type: 'failed'; message: string }
  | { type: 'status'; saved: boolean; at?: string; version: string; total: number; bytes: number }
  | { type: 'kept' };
