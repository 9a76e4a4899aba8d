/** Shared by the open-data endpoints and the Data page (files starting with _ are no routes). */
import { corpus, themeOf } from '../../site/model.ts';
import { actionRecords, actionsCsv, actionsFile, type ActionRecord } from '../../site/opendata.ts';

export function siteOrigin(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs: expected `site` (the absolute address of the site), found none');
  return site;
}

export function records(site: URL | undefined): ActionRecord[] {
  return actionRecords(corpus(), siteOrigin(site), (a) => themeOf(a));
}

export const actionsJsonText = (site: URL | undefined) => `${JSON.stringify(actionsFile(corpus(), records(site)), null, 2)}\n`;
export const actionsCsvText = (site: URL | undefined) => actionsCsv(records(site));
