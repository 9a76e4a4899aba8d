/**
 * The rows of the table of all actions (src/components/ActionTable.astro): each action
 * titled by its subject, with the start of its status of 29 June 2021. The whole status
 * of every action is a data file of its own beside the table (/acties/standen.js, read by
 * js/actiefilter.js, from src/client/search/actiefilter.ts, when a reader opens a status or filters on a word): the page
 * itself stays light. Pure.
 */
import { themeOf } from '../model/corpus.ts';
import type { Corpus, Theme } from '../model/schema.ts';
import { plainText, shorten } from '../model/text.ts';
import { titleEntry } from '../model/titles.ts';
import { sectionLabel } from './model.ts';

/** How much of a status the table shows before «Toon de hele stand van zaken». */
export const STATUS_START = 140;

export interface AnnexRow {
  number: number;
  /** The action's short title (content/titles.json), without «Actie N — ». */
  title: string;
  /** Whether the title is the edition's words. */
  editorialTitle: boolean;
  /** The action's description in the annex's words, as plain text (searched by the text filter). */
  description: string;
  /** The whole status as plain text; empty where the annex gives none. */
  status: string;
  /** What the table shows of it: all of it, or its start shortened with «…». */
  statusStart: string;
  /** The annex's section (the filter's key) and, for reading, with its sub-section. */
  section: string;
  sectionLabel: string;
  theme?: Theme;
}

export function annexRows(corpus: Corpus): AnnexRow[] {
  return corpus.annex.actions.map((a) => {
    const status = plainText(a.status);
    const theme = themeOf(a, corpus.themes);
    return {
      number: a.number,
      title: titleEntry(corpus, 'actions', a.number).title,
      editorialTitle: titleEntry(corpus, 'actions', a.number).editorial,
      description: plainText(a.description),
      status,
      statusStart: shorten(status, STATUS_START),
      section: a.section,
      sectionLabel: sectionLabel(a),
      ...(theme && { theme }),
    };
  });
}

/**
 * The data file of the whole statuses, and of the descriptions the table titles only: a
 * classic script (it loads from file:// too), the texts as JSON.
 */
export function statusScript(rows: readonly AnnexRow[]): string {
  const byNumber = Object.fromEntries(rows.filter((r) => r.status !== r.statusStart).map((r) => [r.number, r.status]));
  const descriptions = Object.fromEntries(rows.map((r) => [r.number, r.description]));
  return `window.STANDEN=${JSON.stringify(byNumber)};\nwindow.OMSCHRIJVINGEN=${JSON.stringify(descriptions)};\n`;
}
