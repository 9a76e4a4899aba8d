/**
 * «Begrippen» as the site shows it: each entry of content/begrippen.json with the
 * expansion of its shorthand (from the abbreviations the texts define, or
 * content/abbreviations.json: never written twice) and the places the texts use it,
 * grouped by document or action. Pure: everything comes from the validated corpus.
 */
import type { Corpus } from '../model/schema.ts';
import { termPlaces, termSplitter, type GlossaryEntry, type TermPiece, type TermPlace } from '../model/glossary.ts';
import { abbreviations } from './abbreviations.ts';
import { metaById } from '../model/corpus.ts';
import { t } from './strings.ts';

/** How a place reads in the list: «alinea 12», «kopje «Herstel»», «voetnoot 3», «omschrijving», «stand van zaken». */
export function placeLabel(p: TermPlace): string {
  return t.glossaryPlace[p.part](p.label);
}

export interface GlossaryView extends GlossaryEntry {
  /** The expansion of `abbr`, where the entry spells out a shorthand. */
  expansion?: string;
  /** The places the texts use the term, grouped by where they are (a document, an action). */
  groups: { where: string; places: TermPlace[] }[];
  count: number;
}

/** The glossary entries, sorted as a reader looks them up (alphabetically, ignoring case). */
export function glossaryView(corpus: Corpus): GlossaryView[] {
  const expansions = new Map(abbreviations(corpus).map((a) => [a.abbr, a.expansion]));
  const places = termPlaces(corpus, corpus.glossary);
  const metas = metaById(corpus);
  return [...corpus.glossary]
    .sort((a, b) => a.term.localeCompare(b.term, 'nl', { sensitivity: 'base' }))
    .map((e) => {
      let expansion: string | undefined;
      if (e.abbr !== undefined) {
        expansion = expansions.get(e.abbr);
        if (expansion === undefined) {
          throw new Error(
            `content/begrippen.json «${e.slug}»: abbr «${e.abbr}» is not an abbreviation the texts define or content/abbreviations.json lists; add it there, not here`,
          );
        }
      }
      const list = places.get(e.slug) ?? [];
      const groups: GlossaryView['groups'] = [];
      for (const p of list) {
        const where = p.action !== undefined ? t.action(p.action) : metas[p.doc].shortTitle;
        const last = groups.at(-1);
        if (last?.where === where) last.places.push(p);
        else groups.push({ where, places: [p] });
      }
      return { ...e, ...(expansion !== undefined && { expansion }), groups, count: list.length };
    });
}

const splitters = new WeakMap<Corpus, (text: string) => TermPiece[]>();

/** Splits a text into plain pieces and the glossary's terms (src/model/glossary.ts), for the MDX writer. */
export function glossarySplitter(corpus: Corpus): (text: string) => TermPiece[] {
  let split = splitters.get(corpus);
  if (!split) splitters.set(corpus, (split = termSplitter(corpus.glossary)));
  return split;
}
