/**
 * The route data of every generated page, computed once from the corpus: what the page
 * is (kind, address, title, description, breadcrumbs, previous/next, citation, search
 * filters, the facts its layout shows) and the text it shows (`body`: the blocks,
 * footnotes and sections, written into the page's MDX by src/site/mdx.ts).
 *
 * Everything but `body` is the page's frontmatter (RouteFrontmatterSchema); the page,
 * its Pagefind markup, the offline search and the open data all read this one record.
 */
import type { Action, Block, Corpus, EditorialNote, Footnote, Meta, Theme } from '../model/schema.ts';
import { ANNEX_ID, LETTER_ID, LISTS_ID } from '../model/registry.ts';
import { actionsOfParagraph, letterOf, type LetterId, letterSection, metaById, paragraphsByAction, themeOf, themeSource } from '../model/corpus.ts';
import { noteOnAction, notesOnBlock, seeAlsoOf, type DecisionKind } from '../model/editorial.ts';
import { DOC_IDS, officialUrl, routes, type DocId } from '../model/routes.ts';
import { inlineText, plainText, shorten } from '../model/text.ts';
import { titleEntry } from '../model/titles.ts';
import { footnotesOn, localNotes, remoteNotes, type NoteContext } from './notes.ts';
import { blockCitations, blocksSpan, withPages } from './cite.ts';
import { formatDate } from './strings.ts';
import { labelTokens as t, resolveLabels } from './labels.ts';
import { citedBy, headingText, inSections, sequence, tocOf, uniqueRoutes } from './route-utils.ts';

export { headingText } from './route-utils.ts';

export {
  ActionReferencesSchema,
  MotionReferenceSchema,
  PAGE_KINDS,
  RouteFrontmatterSchema,
  type ActionReferences,
  type Link,
  type MotionReference,
  type PageKind,
  type RouteFrontmatter,
} from './frontmatter.ts';
import { RouteFrontmatterSchema, type ActionReferences, type Link, type RouteFrontmatter } from './frontmatter.ts';

/** What a page's text is made of, in reading order. */
export type BodyPart =
  /** Blocks of a document; `shift` is added to heading levels, `idPrefix` to anchors. */
  | {
      type: 'blocks';
      blocks: readonly Block[];
      notes: NoteContext;
      shift?: number;
      idPrefix?: string;
      /** What the edition adds after a block, by block id: editorial notes, and the actions a paragraph of the letter discusses. */
      after?: Readonly<Record<string, BlockAfter>>;
      /** The citation of each block, by block id (src/site/cite.ts); absent where the page's own citation serves. */
      cites?: Readonly<Record<string, string>>;
    }
  /** The head lines of a document, verbatim. */
  | { type: 'front'; lines: readonly string[] }
  /** A titled section of the page around other parts. */
  | {
      type: 'section';
      id: string;
      title: string;
      note?: string;
      ignore?: boolean;
      weight?: number;
      /** The section is the edition's, not the source's: the kind of editorial decision it shows (marked «redactioneel»). */
      decision?: DecisionKind;
      parts: BodyPart[];
    }
  /** A list of links (motions, cited actions), each with an optional plain-text addition and the reviewed reference that resolves it. */
  | { type: 'links'; title?: string; items: readonly LinkItem[] }
  /** A statement of the edition's own (content/editorial-notes.json), marked as editorial where it is shown. */
  | { type: 'editorial'; note: EditorialNote }
  /**
   * The edition's note on how old a status is: as described in the annex to the letter of
   * `date`, with where to read what happened next (`later`: the theme's «Wat gebeurde er
   * daarna?»; absent for an action without a theme). Marked editorial where shown.
   */
  | { type: 'statusDate'; date: string; later?: string }
  | { type: 'footnotes'; notes: readonly Footnote[]; context: NoteContext; headingId?: string; explanation?: EditorialNote };

/** A link in a list, with an optional plain-text addition; `reference`: the edition, not the text, says where it leads (content/references.json). */
export type LinkItem = Link & { after?: string; reference?: string };

/** The edition's additions after one block. */
export interface BlockAfter {
  notes?: EditorialNote[];
  /** The letter ↔ action mapping: the actions a paragraph discusses and mentions. */
  actions?: { discusses: Link[]; mentions: Link[]; block: string };
}

export interface RouteData extends RouteFrontmatter {
  body: BodyPart[];
}

/**
 * A line of a list of 282's actions or recommendations: its text without the enumerator the
 * line's label already gives («1. Het kabinet …» after «Actie 1», «Aanbeveling 1. In …» after
 * «Aanbeveling 1»), shortened; and, where the edition restored the number (an editorial run at the
 * start), the correction that did, so the label can mark it.
 */
export function rrListLine(blocks: readonly Block[], lead: RegExp, max: number): { text: string; restored?: string } {
  const first = blocks[0];
  const runs = first && first.kind !== 'list' ? first.content : [];
  const head = runs[0];
  const restored = head?.type === 'editorial' && lead.test(head.value) ? head.correction : undefined;
  return { text: shorten(plainText(blocks).replace(lead, ''), max), ...(restored && { restored }) };
}

/**
 * The rule that places actions under one theme, in words, with its exceptions both ways: the
 * actions the letter discusses in this theme's paragraph although their annex section belongs
 * elsewhere, and the actions of this theme's sections that the letter discusses under another.
 */
export function themeMappingOf(corpus: Pick<Corpus, 'annex' | 'themes'>, theme: Theme): string {
  const actions = corpus.annex.actions.filter((a) => themeOf(a, corpus.themes)?.number === theme.number);
  return t.themeMappingText(
    theme.number,
    theme.annexSections,
    actions.filter((a) => !inSections(a, theme.annexSections) && themeSource(a) === 'letter').map((a) => a.number),
    corpus.annex.actions
      .filter((a) => inSections(a, theme.annexSections))
      .flatMap((a) => {
        const other = themeOf(a, corpus.themes);
        return other && other.number !== theme.number ? [{ action: a.number, theme: other.number }] : [];
      }),
    actions.filter((a) => !inSections(a, theme.annexSections) && themeSource(a) !== 'letter').map((a) => a.number),
  );
}

/**
 * The title of an annex action: «Actie 41 — » and its short title from content/titles.json,
 * whole, the same on every page, list, <title>, data file and search result.
 */
export function actionTitle(corpus: Pick<Corpus, 'titles' | 'synthetic'>, action: Pick<Action, 'number'>): string {
  return t.titled(t.action(action.number), titleEntry(corpus, 'actions', action.number).title);
}

/** The date of the annex's statuses: the date of the letter it is the annex to. */
export function statusAsOf(corpus: Pick<Corpus, 'letter'>): { date: string; text: string } | undefined {
  const date = corpus.letter.meta.date;
  return date ? { date, text: t.statusAsOf(formatDate(date)) } : undefined;
}

/** The anchor of «Wat gebeurde er daarna?» on a theme page. */
export const FOLLOW_UP_ID = 'daarna';

/** Whether an action's title is the edition's words rather than the source's. */
export function actionTitleEditorial(corpus: Pick<Corpus, 'titles' | 'synthetic'>, action: Pick<Action, 'number'>): boolean {
  return titleEntry(corpus, 'actions', action.number).editorial;
}

/** An action's description, in its own words, where it says more than the action's title. */
function summaryBeyond(corpus: Corpus, action: Action): { summary?: string } {
  const summary = plainText(action.description);
  return summary.replace(/[.;:]$/, '') === titleEntry(corpus, 'actions', action.number).title ? {} : { summary };
}

/** The title of an action or recommendation of 29 362 nr. 282: «Aanbeveling 3 — » and its short title. */
export function rrTitle(corpus: Pick<Corpus, 'titles' | 'synthetic'>, kind: 'rrActions' | 'rrRecommendations', n: number): string {
  return t.titled(kind === 'rrActions' ? t.rrAction(n) : t.rrRecommendation(n), titleEntry(corpus, kind, n).title);
}

/** The official citation of a document (Aanwijzing 3.43; an annex as «Bijlage bij …»). */
export function officialCitation(meta: Meta, letter: Meta): string {
  if (meta.kamerstuk) return t.officialCitation(meta.vergaderjaar, meta.kamerstuk.dossier, meta.kamerstuk.number);
  if (!letter.kamerstuk) return meta.citation;
  return t.annexCitation(t.officialCitation(letter.vergaderjaar, letter.kamerstuk.dossier, letter.kamerstuk.number));
}

/** An action's references, from the model: the motions it names (with their dossier and who resolved them) and the actions it cites and is cited by. */
export function actionReferences(action: Action, citedBy: readonly number[], reasonOf: (reference: string) => string | undefined): ActionReferences {
  return {
    motions: action.motions.map((m) => {
      const reason = m.reference ? reasonOf(m.reference) : undefined;
      return {
        text: m.text,
        dossier: m.dossier,
        number: m.number,
        submitters: m.submitters,
        ...(m.part !== undefined && { part: m.part }),
        kamerstuk: t.motionLabel(m.dossier, m.number),
        href: officialUrl(m.dossier, m.number),
        resolvedBy: m.resolvedBy,
        ...(m.reference && { reference: m.reference }),
        ...(reason && { reason }),
      };
    }),
    cites: [...action.cites],
    citedBy: [...citedBy],
  };
}

const computed = new WeakMap<Corpus, readonly RouteData[]>();

/**
 * The route data of every page as a reader sees it: the records with their interface words.
 * Computed once per corpus: the page data, the open data and the Data page's examples read the
 * same records (×100: 1.3 s and about 75 MB each time they were computed again).
 */
export function routeData(corpus: Corpus): readonly RouteData[] {
  let pages = computed.get(corpus);
  if (!pages) {
    pages = resolveLabels(routeRecords(corpus));
    computed.set(corpus, pages);
  }
  return pages;
}

/** The route data of every page with interface words as tokens (src/site/labels.ts): what the committed MDX holds. */
export function routeRecords(corpus: Corpus): RouteData[] {
  const ctx = routeContext(corpus);
  return uniqueRoutes([
    ...DOC_IDS.map((id) => (id === ANNEX_ID ? annexPage(ctx) : documentPage(ctx, id as LetterId))),
    ...corpus.themes.map((theme, i) => themePage(ctx, theme, i)),
    ...corpus.annex.actions.map((action, i) => actionPage(ctx, action, i)),
    ...ctx.rr.actions.map((action, i) => rrActionPage(ctx, action, i)),
    ...ctx.rr.recommendations.map((rec, i) => rrRecommendationPage(ctx, rec, i)),
  ]);
}

type ListsDocument = Corpus['regelsEnRuimte'];

/** What the pages of every kind draw on, computed once per corpus. */
interface RouteContext {
  corpus: Corpus;
  metas: Record<DocId, Meta>;
  /** The official citation of a document. */
  cited: (id: DocId) => string;
  /** The citation of every block of a document, with its page (or section); computed once per document. */
  citesOf: (id: DocId) => Record<string, string>;
  /** The edition's additions after the blocks of a document: notes, the actions a paragraph discusses. */
  afterBlocks: (docId: DocId, blocks: readonly Block[]) => Record<string, BlockAfter>;
  /** An annex action as a link with its title. */
  titledLink: (n: number) => Link;
  /** The letter's section on each theme. */
  sections: Map<number, ReturnType<typeof letterSection>>;
  citedByOf: Map<number, number[]>;
  inLetterOf: ReturnType<typeof paragraphsByAction>;
  reasonOf: (reference: string) => string | undefined;
  asOf: ReturnType<typeof statusAsOf>;
  home: { label: string; href: string };
  letterRoute: string;
  rr: ListsDocument;
  rrMeta: Meta;
  rrRoute: string;
  /** Blocks of the lists document by id. */
  byIds: (ids: readonly string[]) => Block[];
}

function routeContext(corpus: Corpus): RouteContext {
  const titleOf = new Map(corpus.annex.actions.map((a) => [a.number, actionTitle(corpus, a)]));
  const titledLink = (n: number): Link => ({ href: routes.action(n), label: titleOf.get(n) ?? t.action(n) });
  const reasons = new Map(corpus.namedReferences.map((r) => [r.id, r.reason]));
  const metas = metaById(corpus);
  const cited = (id: DocId) => officialCitation(metas[id], metas[LETTER_ID]);
  const blockCites = new Map<DocId, Record<string, string>>();
  const citesOf = (id: DocId): Record<string, string> => {
    let cites = blockCites.get(id);
    if (!cites) blockCites.set(id, (cites = blockCitations(id === ANNEX_ID ? corpus.annex.intro : letterOf(corpus, id).blocks, cited(id))));
    return cites;
  };
  const afterBlocks = (docId: DocId, blocks: readonly Block[]): Record<string, BlockAfter> => {
    const after: Record<string, BlockAfter> = {};
    for (const b of blocks) {
      const notes = notesOnBlock(corpus, docId, b.id);
      const entry = docId === LETTER_ID ? actionsOfParagraph(corpus, b.id) : undefined;
      const actions =
        entry && (entry.discusses.length || entry.mentions.length)
          ? { discusses: entry.discusses.map(titledLink), mentions: entry.mentions.map(titledLink), block: b.id }
          : undefined;
      if (notes.length || actions) after[b.id] = { ...(notes.length && { notes }), ...(actions && { actions }) };
    }
    return after;
  };
  const rr = corpus.regelsEnRuimte;
  const rrMeta = metas[LISTS_ID];
  const byIds = (ids: readonly string[]) =>
    ids.map((id) => {
      const b = rr.blocks.find((x) => x.id === id);
      if (!b) throw new Error(`${rrMeta.id}: no block «${id}»`);
      return b;
    });
  return {
    corpus,
    metas,
    cited,
    citesOf,
    afterBlocks,
    titledLink,
    sections: new Map(corpus.themes.map((th) => [th.number, letterSection(corpus, th.number)])),
    citedByOf: citedBy(corpus.annex.actions),
    inLetterOf: paragraphsByAction(corpus),
    reasonOf: (id) => reasons.get(id),
    asOf: statusAsOf(corpus),
    home: { label: t.home, href: routes.home() },
    letterRoute: routes.document(LETTER_ID),
    rr,
    rrMeta,
    rrRoute: routes.document(LISTS_ID),
    byIds,
  };
}

/** The annex's own page: its metadata and its introduction (the actions have pages of their own). */
function annexPage(ctx: RouteContext): RouteData {
  const { annex } = ctx.corpus;
  const meta = ctx.metas[ANNEX_ID];
  return {
    kind: 'annex',
    route: routes.document(ANNEX_ID),
    // The registry's one short name (src/model/documents.ts), as in the navigation, the breadcrumb and every list; the official title under it.
    title: meta.shortTitle,
    ...(meta.editorialFields.includes('title') && { editorialTitle: true }),
    description: t.descAnnex,
    docId: ANNEX_ID,
    kicker: { label: meta.citation },
    breadcrumbs: [ctx.home, { label: meta.shortTitle }],
    cite: { heading: t.citeDocument, text: ctx.cited(ANNEX_ID) },
    filters: { document: meta.shortTitle, kind: t.kind.letter },
    document: { meta },
    body: annex.intro.length
      ? [
          {
            type: 'section',
            id: 'inleiding',
            title: t.intro,
            parts: [{ type: 'blocks', blocks: annex.intro, notes: localNotes(annex.intro), shift: 1, cites: ctx.citesOf(ANNEX_ID) }],
          },
        ]
      : [],
  };
}

/** A letter's page: its head, its text with the edition's additions, its footnotes. */
function documentPage(ctx: RouteContext, id: LetterId): RouteData {
  const meta = ctx.metas[id];
  const doc = letterOf(ctx.corpus, id);
  const notes = localNotes(doc.blocks);
  const toc = tocOf(doc.blocks);
  const body: BodyPart[] = [];
  // The head of the document as it stands; the website's metadata about it goes to Kerngegevens.
  const ownFront = doc.front.filter((l) => !l.site);
  const siteFacts = doc.front.filter((l) => l.site).map((l) => l.text);
  if (ownFront.length) body.push({ type: 'front', lines: ownFront.map((l) => l.text) });
  body.push({ type: 'blocks', blocks: doc.blocks, notes, after: ctx.afterBlocks(id, doc.blocks), cites: ctx.citesOf(id) });
  if (id === LISTS_ID) {
    toc.push({ href: '#losse-paginas', label: t.rrActions, level: 2 });
    body.push(listsSection(ctx));
  }
  if (doc.footnotes.length) {
    toc.push({ href: '#voetnoten', label: t.footnotes, level: 2 });
    const explanation = ctx.corpus.editorialNotes.find((n) => n.document === id && 'footnotes' in n.target);
    body.push({ type: 'footnotes', notes: doc.footnotes, context: notes, ...(explanation && { explanation }) });
  }
  return {
    kind: 'document',
    route: routes.document(id),
    // The registry's one short name (src/model/documents.ts), as in the navigation, the breadcrumb and every list; the official title under it.
    title: meta.shortTitle,
    ...(meta.editorialFields.includes('title') && { editorialTitle: true }),
    description: t.descDocument(meta.citation),
    docId: id,
    kicker: { label: meta.citation },
    breadcrumbs: [ctx.home, { label: t.navDocuments }, { label: meta.shortTitle }],
    cite: { heading: t.citeDocument, text: ctx.cited(id) },
    filters: { document: meta.shortTitle, kind: t.kind.letter },
    document: { meta, ...(doc.pages !== undefined && { pages: doc.pages }), ...(siteFacts.length && { siteFacts }) },
    toc,
    body,
  };
}

/** On the page of the document with lists: the links to its actions' and recommendations' own pages. */
function listsSection(ctx: RouteContext): BodyPart {
  const { rr } = ctx;
  return {
    type: 'section',
    id: 'losse-paginas',
    title: t.rrActions,
    ignore: true,
    parts: [
      { type: 'links', items: rr.actions.map((a) => ({ href: routes.rrAction(a.number), label: rrTitle(ctx.corpus, 'rrActions', a.number) })) },
      {
        type: 'links',
        title: t.rrRecommendations,
        items: rr.recommendations.map((r) => ({ href: routes.rrRecommendation(r.number), label: rrTitle(ctx.corpus, 'rrRecommendations', r.number) })),
      },
    ],
  };
}

/** A theme's page: its actions, the rule that places them, and the letter's text on it. */
function themePage(ctx: RouteContext, theme: Theme, i: number): RouteData {
  const { corpus } = ctx;
  const section = ctx.sections.get(theme.number)!;
  const notes = localNotes(section.blocks);
  const actions = corpus.annex.actions.filter((a) => themeOf(a, corpus.themes)?.number === theme.number);
  const parts: BodyPart[] = [];
  if (section.heading) {
    parts.push({
      type: 'links',
      items: [{ href: `${ctx.letterRoute}#${section.heading.id}`, label: t.letterPassageLink(theme.number, theme.title), after: t.themeLetterSourceAfter }],
    });
  }
  parts.push({ type: 'blocks', blocks: section.blocks, notes, after: ctx.afterBlocks(LETTER_ID, section.blocks), cites: ctx.citesOf(LETTER_ID) });
  parts.push({ type: 'footnotes', notes: footnotesOn(corpus.letter.footnotes, notes), context: notes });
  return {
    kind: 'theme',
    route: routes.theme(theme.slug),
    title: t.theme(theme.number, theme.title),
    description: t.descTheme(theme.title),
    number: theme.number,
    kicker: { label: t.themesTitle, href: routes.themes() },
    breadcrumbs: [ctx.home, { label: t.themesTitle, href: routes.themes() }, { label: t.theme(theme.number, theme.title) }],
    sequence: sequence(corpus.themes, i, (x) => ({ href: routes.theme(x.slug), label: t.theme(x.number, x.title) }), t.themesTitle),
    cite: { heading: t.citeTheme, text: section.heading ? t.citeSection(ctx.cited(LETTER_ID), headingText(section.heading)) : ctx.cited(LETTER_ID) },
    filters: { document: ctx.metas[LETTER_ID].shortTitle, theme: theme.title },
    toc: [
      { href: '#acties', label: t.themeActionsTitle, level: 2 },
      { href: `#${FOLLOW_UP_ID}`, label: t.followUpTitle, level: 2 },
      { href: '#brieftekst', label: t.themeLetterText, level: 2 },
      ...tocOf(section.blocks).map((h) => ({ ...h, level: h.level + 1 })),
      { href: '#indeling', label: t.themeMapping, level: 2 },
    ],
    ...(ctx.asOf && { statusAsOf: ctx.asOf }),
    theme: {
      actions: actions.map((a) => ({
        href: routes.action(a.number),
        label: actionTitle(corpus, a),
        ...summaryBeyond(corpus, a),
        status: a.status.length ? shorten(plainText(a.status), 240) : t.noStatus,
      })),
      mapping: themeMappingOf(corpus, theme),
    },
    body: [{ type: 'section', id: 'brieftekst', title: t.themeLetterText, ignore: true, parts }],
  };
}

/** An annex action's page: its description and status, «zie ook», motions, references, footnotes. */
function actionPage(ctx: RouteContext, action: Action, i: number): RouteData {
  const { corpus } = ctx;
  const { annex } = corpus;
  const theme = themeOf(action, corpus.themes);
  const references = actionReferences(action, ctx.citedByOf.get(action.number) ?? [], ctx.reasonOf);
  const section = theme ? ctx.sections.get(theme.number) : undefined;
  return {
    kind: 'action',
    route: routes.action(action.number),
    title: actionTitle(corpus, action),
    ...(actionTitleEditorial(corpus, action) && { editorialTitle: true }),
    description: shorten(`${t.action(action.number)}: ${plainText(action.description)}`, 160),
    docId: ANNEX_ID,
    number: action.number,
    kicker: { label: annex.meta.citation, href: routes.actions() },
    breadcrumbs: [ctx.home, { label: annex.meta.shortTitle, href: routes.actions() }, { label: t.action(action.number) }],
    sequence: sequence(annex.actions, i, (a) => ({ href: routes.action(a.number), label: actionTitle(corpus, a) }), t.prevNext),
    cite: { heading: t.cite, text: t.citeAction(ctx.cited(ANNEX_ID), action.number, blocksSpan([...action.description, ...action.status])) },
    filters: { document: annex.meta.shortTitle, kind: t.kind.action, ...(theme && { theme: theme.title }) },
    ...(ctx.asOf && { statusAsOf: ctx.asOf }),
    action: {
      section: action.subsection ? `${action.section} › ${action.subsection}` : action.section,
      ...(theme && { theme: { href: routes.theme(theme.slug), label: t.theme(theme.number, theme.title) } }),
      themeSource: themeSource(action),
      ...(theme &&
        section?.heading && {
          passage: {
            href: `${ctx.letterRoute}#${section.heading.id}`,
            label: t.letterPassageLink(theme.number, inlineText(section.heading.content)),
            theme: theme.number,
          },
        }),
      inLetter: (ctx.inLetterOf.get(action.number) ?? []).map((p) => ({
        href: `${ctx.letterRoute}#${p.block.id}`,
        label: t.letterParagraph(p.block.id),
        role: p.role,
      })),
      references,
    },
    body: actionBody(ctx, action, theme, references),
  };
}

/** The text of an action's page: its sections in order. */
function actionBody(ctx: RouteContext, action: Action, theme: Theme | undefined, references: ActionReferences): BodyPart[] {
  const notes = localNotes([...action.description, ...action.status]);
  // Each paragraph cited by the action and the page it stands on («…, actie 41, p. 10»).
  const actionCites = blockCitations([...action.description, ...action.status], t.citeAction(ctx.cited(ANNEX_ID), action.number));
  // A reference to another action is titled as that action is everywhere.
  const actionLink = ctx.titledLink;
  const { asOf } = ctx;
  const body: BodyPart[] = [
    {
      type: 'section',
      id: 'omschrijving',
      title: t.description,
      weight: 5,
      parts: [{ type: 'blocks', blocks: action.description, notes, shift: 1, cites: actionCites }],
    },
    {
      type: 'section',
      id: 'stand-van-zaken',
      title: t.status,
      parts: [
        ...(asOf ? [{ type: 'statusDate' as const, date: asOf.date, ...(theme && { later: `${routes.theme(theme.slug)}#${FOLLOW_UP_ID}` }) }] : []),
        ...(action.status.length ? [{ type: 'blocks' as const, blocks: action.status, notes, shift: 1, cites: actionCites }] : []),
        ...[noteOnAction(ctx.corpus, action.number, 'status')].flatMap((note) => (note ? [{ type: 'editorial' as const, note }] : [])),
      ],
    },
  ];
  const related = seeAlsoOf(ctx.corpus, action.number);
  if (related.length) {
    body.push({
      type: 'section',
      id: 'zie-ook',
      title: t.seeAlso,
      note: t.seeAlsoNote,
      decision: 'see-also',
      ignore: true,
      parts: related.map((g) => ({ type: 'links' as const, title: g.subject, items: g.actions.filter((n) => n !== action.number).map(ctx.titledLink) })),
    });
  }
  if (references.motions.length) {
    body.push({
      type: 'section',
      id: 'moties',
      title: t.motions,
      note: t.motionsNote,
      parts: [
        {
          type: 'links',
          items: references.motions.map((m) => ({ href: m.href, label: m.text, after: ` — ${m.kamerstuk}`, ...(m.reference && { reference: m.reference }) })),
        },
      ],
    });
  }
  if (references.cites.length || references.citedBy.length) {
    body.push({
      type: 'section',
      id: 'verwijzingen',
      title: t.references,
      ignore: true,
      parts: [
        ...(references.cites.length ? [{ type: 'links' as const, title: t.cites, items: references.cites.map(actionLink) }] : []),
        ...(references.citedBy.length ? [{ type: 'links' as const, title: t.citedBy, items: references.citedBy.map(actionLink) }] : []),
      ],
    });
  }
  if (action.footnotes.length) body.push({ type: 'footnotes', notes: action.footnotes, context: notes });
  return body;
}

/** The page of one action of the document with lists. */
function rrActionPage(ctx: RouteContext, action: ListsDocument['actions'][number], i: number): RouteData {
  const { corpus, rr, rrMeta, rrRoute } = ctx;
  const blocks = ctx.byIds(action.blockIds);
  const notes = localNotes(blocks);
  return {
    kind: 'rr-action',
    route: routes.rrAction(action.number),
    title: rrTitle(corpus, 'rrActions', action.number),
    ...(titleEntry(corpus, 'rrActions', action.number).editorial && { editorialTitle: true }),
    description: t.descRrAction(action.number),
    docId: LISTS_ID,
    number: action.number,
    kicker: { label: rrMeta.citation, href: rrRoute },
    breadcrumbs: [ctx.home, { label: rrMeta.shortTitle, href: rrRoute }, { label: t.rrAction(action.number) }],
    sequence: sequence(rr.actions, i, (a) => ({ href: routes.rrAction(a.number), label: rrTitle(corpus, 'rrActions', a.number) }), t.rrActions),
    cite: { heading: t.cite, text: withPages(t.citeRrAction(ctx.cited(LISTS_ID), action.number), blocks) },
    filters: { document: rrMeta.shortTitle, kind: t.kind.action },
    rr: { cluster: action.cluster, numberRestored: action.numberRestored, inDocument: { href: `${rrRoute}#${action.blockIds[0]}`, label: rrMeta.citation } },
    body: [
      { type: 'blocks', blocks, notes, cites: ctx.citesOf(LISTS_ID) },
      { type: 'footnotes', notes: footnotesOn(rr.footnotes, notes), context: notes },
    ],
  };
}

/** The page of one recommendation of the document with lists, with the cabinet's reaction. */
function rrRecommendationPage(ctx: RouteContext, rec: ListsDocument['recommendations'][number], i: number): RouteData {
  const { corpus, rr, rrMeta, rrRoute } = ctx;
  const text = ctx.byIds(rec.textBlockIds);
  const reaction = ctx.byIds(rec.reactionBlockIds);
  const notes = localNotes([...text, ...reaction]);
  const cites = ctx.citesOf(LISTS_ID);
  return {
    kind: 'rr-recommendation',
    route: routes.rrRecommendation(rec.number),
    title: rrTitle(corpus, 'rrRecommendations', rec.number),
    ...(titleEntry(corpus, 'rrRecommendations', rec.number).editorial && { editorialTitle: true }),
    description: t.descRrRecommendation(rec.number),
    docId: LISTS_ID,
    number: rec.number,
    kicker: { label: rrMeta.citation, href: rrRoute },
    breadcrumbs: [ctx.home, { label: rrMeta.shortTitle, href: rrRoute }, { label: t.rrRecommendation(rec.number) }],
    sequence: sequence(
      rr.recommendations,
      i,
      (r) => ({ href: routes.rrRecommendation(r.number), label: rrTitle(corpus, 'rrRecommendations', r.number) }),
      t.rrRecommendations,
    ),
    cite: { heading: t.citeRecommendation, text: withPages(t.citeRrRecommendation(ctx.cited(LISTS_ID), rec.number), [...text, ...reaction]) },
    filters: { document: rrMeta.shortTitle, kind: t.kind.letter },
    rr: { inDocument: { href: `${rrRoute}#${rec.textBlockIds[0]}`, label: rrMeta.citation } },
    body: [
      { type: 'section', id: 'aanbeveling', title: t.rrRecommendationText, parts: [{ type: 'blocks', blocks: text, notes, shift: 1, cites }] },
      { type: 'section', id: 'reactie', title: t.rrReaction, parts: [{ type: 'blocks', blocks: reaction, notes, shift: 1, cites }] },
      { type: 'footnotes', notes: footnotesOn(rr.footnotes, notes), context: notes },
    ],
  };
}

/** The letter's text on one theme, shown (collapsed) on the pages of its actions. */
export interface Passage {
  theme: number;
  blocks: readonly Block[];
  notes: NoteContext;
  /** The citation of each block: the letter's, with its page. */
  cites: Readonly<Record<string, string>>;
}

/** The passages of the letter, one per theme: its section's blocks, their note markers linking to the letter. */
export function passages(corpus: Corpus): Passage[] {
  const metas = metaById(corpus);
  const cites = blockCitations(corpus.letter.blocks, officialCitation(metas[LETTER_ID], metas[LETTER_ID]));
  return corpus.themes.map((th) => ({
    theme: th.number,
    blocks: letterSection(corpus, th.number).blocks,
    notes: remoteNotes(routes.document(LETTER_ID)),
    cites,
  }));
}

/** The frontmatter part of a route-data record. */
export function frontmatterOf(data: RouteData): RouteFrontmatter {
  const { body: _body, ...front } = data;
  return RouteFrontmatterSchema.parse(front);
}

/** Metadata of a document page, where it has one. */
export function metaOf(data: RouteFrontmatter): Meta | undefined {
  return data.document?.meta;
}

/** The file of a page under content/pages/ (without .mdx), from its route. */
export function fileFor(route: string): string {
  const path = route.replace(/^\/+|\/+$/g, '');
  return path === '' ? 'index' : path;
}
