/** Shared by the open-data endpoints and the Data page (files starting with _ are no routes). */
import { corpus, themeOf } from '../../site/model.ts';
import { publicUrl } from '../../site/address.ts';
import { actionRecords, actionsCsv, actionsFile, type ActionRecord } from '../../site/opendata.ts';

/** The records of all actions; their addresses are absolute only when SITE_URL is set. */
export function records(): ActionRecord[] {
  return actionRecords(corpus(), (route) => publicUrl(route), (a) => themeOf(a));
}

export const actionsJsonText = () => `${JSON.stringify(actionsFile(corpus(), records()), null, 2)}\n`;
export const actionsCsvText = () => actionsCsv(records());
