/** Shared by the open-data endpoints and the Data page (files starting with _ are no routes). */
import { corpus, themeOf } from '../../site/model.ts';
import { actionRecords, type ActionRecord } from '../../site/opendata.ts';
import { dataFiles, type DataFile } from '../../site/datafiles.ts';
import { edition } from '../../site/edition.ts';

export function siteOrigin(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs: expected `site` (the absolute address of the site), found none');
  return site;
}

export function records(site: URL | undefined): ActionRecord[] {
  return actionRecords(corpus(), siteOrigin(site), (a) => themeOf(a));
}

let cache: { site: string; files: DataFile[] } | undefined;
/** Every file under /data/ (see src/site/datafiles.ts), made once per build. */
export function files(site: URL | undefined): DataFile[] {
  const origin = siteOrigin(site);
  if (cache?.site !== origin.href) cache = { site: origin.href, files: dataFiles(corpus(), edition(), origin, (a) => themeOf(a)) };
  return cache.files;
}

export function file(site: URL | undefined, path: string): DataFile {
  const f = files(site).find((x) => x.path === path);
  if (!f) throw new Error(`data: no file ${path}`);
  return f;
}

export function response(f: DataFile): Response {
  const type = f.mediaType.startsWith('text/') || f.mediaType.includes('json') ? `${f.mediaType}; charset=utf-8` : f.mediaType;
  return new Response(f.body, { headers: { 'Content-Type': f.mediaType === 'text/csv' ? `${type}; header=present` : type } });
}
