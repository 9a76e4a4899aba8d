/**
 * What the home page shows of the letter: per theme, the first sentence of its section in
 * Kamerstuk 35 510, nr. 60 (the letter's own words, quoted with a link to the paragraph),
 * and per action a short label from its own description.
 */
import type { Action, Theme } from '../model/schema.ts';
import { titleEntry } from '../model/titles.ts';
import { LETTER_ID } from '../model/registry.ts';
import { actionsOfTheme, corpus, letterSection, plain } from './model.ts';

export interface ThemeLine {
  theme: Theme;
  /** The first sentence of the theme's section, verbatim (note markers left out). */
  quote: string;
  /** Id of the paragraph it comes from. */
  paragraphId: string;
  actions: Action[];
}

/** The first sentence of a text: up to and including the first «.», «?» or «!» followed by a space or the end. */
export function firstSentence(text: string): string {
  const m = /^.*?[.?!](?=\s|$)/s.exec(text.trim());
  return (m ? m[0] : text).trim();
}

export function themeLines(): ThemeLine[] {
  return corpus().themes.map((theme) => {
    const para = letterSection(theme.number).blocks.find((b) => b.kind === 'paragraph');
    if (!para || para.kind !== 'paragraph') throw new Error(`${LETTER_ID}: section ${theme.number} («${theme.title}») has no paragraph to describe it`);
    return { theme, quote: firstSentence(plain(para.content)), paragraphId: para.id, actions: actionsOfTheme(theme) };
  });
}

/** The actions of the annex that belong to no theme of the letter (OVERIG). */
export function unthemedActions(): Action[] {
  const themed = new Set(themeLines().flatMap((l) => l.actions.map((a) => a.number)));
  return corpus().annex.actions.filter((a) => !themed.has(a.number));
}

/** An action's short title in a list (content/titles.json), the same as on its page, without «Actie N — ». */
export function actionLabel(action: Action): string {
  return titleEntry(corpus(), 'actions', action.number).title;
}
