/** Shared by the open-data endpoints and the Data page (files starting with _ are no routes). */
import { corpus, themeOf } from '../../site/model.ts';
import { publicUrl } from '../../site/address.ts';
import { actionRecords, type ActionRecord } from '../../site/opendata.ts';
import { dataFiles, type DataFile } from '../../site/datafiles.ts';
import { edition } from '../../site/edition.ts';
import { routeData, type RouteData } from '../../site/route-data.ts';

/** The route data of every page: the record each page is made from, read by the data too. */
function pages(): readonly RouteData[] {
  return routeData(corpus());
}

/** The address of a site path: absolute only when SITE_URL is set (src/site/address.ts). */
export const urlOf = (path: string) => publicUrl(path);

/** The records of all actions. */
export function records(): ActionRecord[] {
  return actionRecords(corpus(), pages(), urlOf, (a) => themeOf(a));
}

let cache: DataFile[] | undefined;
/** Every file under /data/ (see src/site/datafiles.ts), made once per build. */
export function files(): DataFile[] {
  cache ??= dataFiles(corpus(), pages(), edition(), urlOf, (a) => themeOf(a));
  return cache;
}

export function file(path: string): DataFile {
  const f = files().find((x) => x.path === path);
  if (!f) throw new Error(`data: no file ${path}`);
  return f;
}

/** The file as a response, its text streamed a chunk at a time (a large JSON file is never one string). */
export function response(f: DataFile): Response {
  const type = f.mediaType.startsWith('text/') || f.mediaType.includes('json') ? `${f.mediaType}; charset=utf-8` : f.mediaType;
  const chunks = f.chunks()[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': f.mediaType === 'text/csv' ? `${type}; header=present` : type } });
}
