/**
 * The data beside every page: the document, theme, action or recommendation a page shows,
 * as JSON at the page's address with «.json» for the closing slash (/acties/41/ →
 * /acties/41.json), linked from the page with <link rel="alternate" type="application/json">.
 *
 * A pure function of the page's route-data record (src/site/route-data.ts: route, kind,
 * title, description, number, docId, and the blocks and footnotes its body shows) and the model
 * (the kind-specific facts and the model part). Texts are
 * plain reading text, one string per block as the page shows it; the model part (`model`)
 * keeps the runs (references, marks, note markers) for whoever needs them.
 */
import { LETTER_ID } from '../model/registry.ts';
import type { Action, Block, Corpus, Footnote, Letter } from '../model/schema.ts';
import { letterOf, letterSection, themeOf, type LetterId } from '../model/corpus.ts';
import { seeAlsoOf } from '../model/editorial.ts';
import { routes } from '../model/routes.ts';
import { blockText, inlineText } from '../model/text.ts';
import type { Edition } from './edition.ts';
import { dataMeta, motionRecord, type DataMeta, type UrlOf } from './opendata.ts';
import { statusAsOf, type ActionReferences, type BodyPart } from './route-data.ts';

/** What a page record must give for its data (a subset of the route-data record). */
export interface PageRef {
  kind: 'document' | 'annex' | 'theme' | 'action' | 'rr-action' | 'rr-recommendation';
  route: string;
  title: string;
  description: string;
  docId?: string;
  number?: number;
  /** An action page's references (route-data `action.references`): the data lists what the page lists. */
  action?: { references: ActionReferences };
  /** What the page shows: its text and footnotes are read from here, so the data gives what the page gives. */
  body: readonly BodyPart[];
}

/** The blocks a page shows, in reading order, and the footnotes it prints: read from its route-data body. */
export function shownText(body: readonly BodyPart[]): { blocks: Block[]; footnotes: Footnote[] } {
  const blocks: Block[] = [];
  const footnotes: Footnote[] = [];
  const walk = (parts: readonly BodyPart[]): void => {
    for (const part of parts) {
      if (part.type === 'blocks') blocks.push(...part.blocks);
      else if (part.type === 'footnotes') footnotes.push(...part.notes);
      else if (part.type === 'section') walk(part.parts);
    }
  };
  walk(body);
  return { blocks, footnotes };
}

/** /acties/41/ → /acties/41.json; /documenten/{id}/ → /documenten/{id}.json. */
export function pageDataPath(route: string): string {
  if (!/^\/.+\/$/.test(route)) throw new Error(`pagedata: expected a route like /acties/41/, found «${route}»`);
  return `${route.slice(0, -1)}.json`;
}

/** Examples for /data/ (addresses that tests/urls.test.ts would pin). */
export const PAGE_DATA_EXAMPLES = [routes.action(41), routes.document(LETTER_ID), routes.theme('toeslagen'), routes.rrRecommendation(1)].map((page) => ({
  page,
  json: pageDataPath(page),
}));

/** The kind of page, in Dutch, as the data names it. */
export const KIND_NAMES: Record<PageRef['kind'], string> = {
  document: 'document',
  annex: 'bijlage',
  theme: 'thema',
  action: 'actie',
  'rr-action': 'actie-regels-en-ruimte',
  'rr-recommendation': 'aanbeveling',
};

export interface NoteData {
  id: string;
  label: string;
  tekst: string;
}
export interface PageRecord extends DataMeta {
  soort: string;
  /** The page's heading (h1). */
  titel: string;
  beschrijving: string;
  adres: string;
  /** The document this page belongs to, with its official address. */
  bron?: { document: string; officieleTekst?: string; officieleTekstVanDeBrief?: string; gepubliceerd?: string };
  /** The page's text: one string per block, in reading order, as the page shows it. */
  tekst: string[];
  voetnoten: NoteData[];
  /** Kind-specific fields (number, section, theme, motions, related pages …). */
  gegevens: Record<string, unknown>;
  /** The model part the page is made from. */
  model: unknown;
}

const notesOf = (footnotes: readonly Footnote[]): NoteData[] => footnotes.map((f) => ({ id: f.id, label: f.label, tekst: inlineText(f.content) }));

function blocksById(doc: Letter, ids: readonly string[]): Block[] {
  return ids.map((id) => {
    const b = doc.blocks.find((x) => x.id === id);
    if (!b) throw new Error(`${doc.meta.id}: no block «${id}»`);
    return b;
  });
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`pagedata: no ${what}`);
  return value;
}

/** The JSON record of one page. */
export function pageRecord(corpus: Corpus, page: PageRef, edition: Edition, urlOf: UrlOf): PageRecord {
  const abs = urlOf;
  const base = { ...dataMeta(edition, urlOf), soort: KIND_NAMES[page.kind], titel: page.title, beschrijving: page.description, adres: abs(page.route) };
  const src = (meta: Letter['meta']) => ({
    document: meta.citation,
    ...(meta.officialUrl ? (meta.officialUrlOf === 'letter' ? { officieleTekstVanDeBrief: meta.officialUrl } : { officieleTekst: meta.officialUrl }) : {}),
    ...(meta.publishedAt ? { gepubliceerd: `${meta.publishedAt.text} (${meta.publishedAt.source})` } : {}),
  });
  const action = (n: number): Action =>
    need(
      corpus.annex.actions.find((a) => a.number === n),
      `action ${n}`,
    );
  const shown = shownText(page.body);
  const tekst = shown.blocks.map(blockText);
  const voetnoten = notesOf(shown.footnotes);

  switch (page.kind) {
    case 'document': {
      const doc = letterOf(corpus, page.docId as LetterId);
      return { ...base, bron: src(doc.meta), tekst, voetnoten, gegevens: { meta: doc.meta, kop: doc.front.map((l) => l.text) }, model: doc };
    }
    case 'annex': {
      const annex = corpus.annex;
      return {
        ...base,
        bron: src(annex.meta),
        tekst,
        voetnoten,
        gegevens: {
          meta: annex.meta,
          secties: annex.sections,
          acties: annex.actions.map((a) => ({ nummer: a.number, adres: abs(routes.action(a.number)), json: abs(pageDataPath(routes.action(a.number))) })),
        },
        model: { meta: annex.meta, intro: annex.intro, sections: annex.sections },
      };
    }
    case 'action': {
      const a = action(need(page.number, 'action number'));
      const refs = need(page.action?.references, `references of action ${a.number}`);
      const theme = themeOf(a, corpus.themes);
      return {
        ...base,
        bron: src(corpus.annex.meta),
        tekst,
        voetnoten,
        gegevens: {
          nummer: a.number,
          sectie: a.section,
          subsectie: a.subsection ?? null,
          thema: theme ? { nummer: theme.number, titel: theme.title, adres: abs(routes.theme(theme.slug)) } : null,
          omschrijving: a.description.map(blockText),
          standVanZaken: a.status.map(blockText),
          /** How old the status is, in words the source supports (the annex does not date each status). */
          standVanZakenVolgens: a.status.length && statusAsOf(corpus) ? { tekst: statusAsOf(corpus)!.text, datumBrief: statusAsOf(corpus)!.date } : null,
          moties: refs.motions.map(motionRecord),
          verwijstNaarActies: refs.cites.map((n) => ({ nummer: n, adres: abs(routes.action(n)) })),
          genoemdDoorActies: refs.citedBy.map((n) => ({ nummer: n, adres: abs(routes.action(n)) })),
          zieOok: seeAlsoOf(corpus, a.number).map((g) => ({
            onderwerp: g.subject,
            redactioneel: true,
            acties: g.actions.filter((n) => n !== a.number).map((n) => ({ nummer: n, adres: abs(routes.action(n)) })),
          })),
        },
        model: a,
      };
    }
    case 'theme': {
      const theme = need(
        corpus.themes.find((x) => x.number === page.number),
        `theme ${page.number}`,
      );
      const section = letterSection(corpus, theme.number);
      const blocks = section.blocks;
      const actions = corpus.annex.actions.filter((a) => themeOf(a, corpus.themes)?.number === theme.number);
      return {
        ...base,
        bron: src(corpus.letter.meta),
        tekst,
        voetnoten,
        gegevens: {
          nummer: theme.number,
          slug: theme.slug,
          titel: theme.title,
          indeling: { secties: theme.annexSections, acties: theme.actions, reden: theme.reason },
          acties: actions.map((a) => ({ nummer: a.number, adres: abs(routes.action(a.number)), json: abs(pageDataPath(routes.action(a.number))) })),
          standVanZakenVolgens: statusAsOf(corpus) ? { tekst: statusAsOf(corpus)!.text, datumBrief: statusAsOf(corpus)!.date } : null,
          /** Editorial: later official documents on the theme's actions (content/vervolg.json), with where each was checked. */
          daarna: corpus.followUp
            .filter((f) => f.theme === theme.number)
            .map((f) => ({
              redactioneel: true,
              kamerstuk: `${f.dossier}, nr. ${f.number}`,
              vergaderjaar: f.vergaderjaar,
              datum: f.date,
              titel: f.title,
              adres: f.url,
              gecontroleerdIn: f.source.url,
              gecontroleerdOp: f.source.checked,
            })),
        },
        model: { theme, heading: section.heading ?? null, blocks },
      };
    }
    case 'rr-action': {
      const rr = corpus.regelsEnRuimte;
      const entry = need(
        rr.actions.find((x) => x.number === page.number),
        `29 362 nr. 282 action ${page.number}`,
      );
      const blocks = blocksById(rr, entry.blockIds);
      return {
        ...base,
        bron: src(rr.meta),
        tekst,
        voetnoten,
        gegevens: { nummer: entry.number, nummerHersteld: entry.numberRestored, cluster: entry.cluster },
        model: { ...entry, blocks },
      };
    }
    case 'rr-recommendation': {
      const rr = corpus.regelsEnRuimte;
      const rec = need(
        rr.recommendations.find((x) => x.number === page.number),
        `29 362 nr. 282 recommendation ${page.number}`,
      );
      const text = blocksById(rr, rec.textBlockIds);
      const reaction = blocksById(rr, rec.reactionBlockIds);
      return {
        ...base,
        bron: src(rr.meta),
        tekst,
        voetnoten,
        gegevens: { nummer: rec.number, aanbeveling: text.map(blockText), reactie: reaction.map(blockText) },
        model: { ...rec, text, reaction },
      };
    }
  }
}
