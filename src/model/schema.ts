/**
 * The document model: one schema for the documents of the corpus (declared in src/model/documents.ts).
 *
 * Parsers (src/parse/*) produce these shapes from the source texts; the ingest
 * script validates the whole corpus with `CorpusSchema` before anything is written,
 * so a damaged source fails the build instead of producing a shorter page.
 *
 * Text is kept as `Inline[]` runs. Parsers emit only `text`, `noteRef` and `pageBreak` runs; the
 * shared enrichment pass (src/parse/enrich.ts) later splits text runs into `ref`
 * (references), `editorial` (marked insertions) and `sic` runs.
 */
import { z } from 'zod';
import { ANNEX, DOC_IDS, DOCUMENTS, letterDocuments, type DocKey, type ShapeOfKey } from './registry.ts';
import { TitlesSchema } from './titles.ts';
import { GlossarySchema } from './glossary.ts';

/** A reference found in the text, with where it points. */
export const RefTargetSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('kamerstuk'),
    /** Dossier without spaces, e.g. "29362". */
    dossier: z.string().regex(/^\d+(-[A-Z]+)?$/),
    /** Number within the dossier, e.g. "290". */
    number: z.string().regex(/^\d+$/),
  }),
  z.object({
    kind: z.literal('motion'),
    /** Motions from the debate of 19 January 2021 are numbered within dossier 35 510. */
    dossier: z.string(),
    number: z.string(),
    submitters: z.string(),
    part: z.string().optional(),
  }),
  z.object({ kind: z.literal('action'), number: z.number().int().min(1) }),
  z.object({ kind: z.literal('annex') }),
]);
export type RefTarget = z.infer<typeof RefTargetSchema>;

/** Where a reference leads: a page (+ anchor) inside the site, or the official publication. */
export const ResolvedSchema = z.union([z.object({ internal: z.string().startsWith('/') }), z.object({ external: z.url() })]);
export type Resolved = z.infer<typeof ResolvedSchema>;

export const InlineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), value: z.string().min(1) }),
  z.object({
    type: z.literal('noteRef'),
    /** Footnote id within the document, e.g. "fn-12" (see Footnote.id). */
    note: z.string(),
    /** The marker as shown to readers, e.g. "12". */
    label: z.string(),
    /** The marker exactly as it stands in the source, e.g. "®" in an OCR text. */
    source: z.string(),
  }),
  z.object({
    type: z.literal('ref'),
    value: z.string().min(1),
    target: RefTargetSchema,
    resolved: ResolvedSchema,
    /** Set when the edition, not the text, says what is meant: the id of the entry in content/references.json. */
    reference: z.string().optional(),
  }),
  /** Text that is not in the source: an editorial insertion, always shown as such. */
  z.object({ type: z.literal('editorial'), value: z.string().min(1), correction: z.string() }),
  /** Marks an error that is in the original document and was kept («[sic]»). */
  z.object({ type: z.literal('sic'), correction: z.string() }),
  /**
   * Where a new page of the original begins inside a block, before the text that follows
   * (the block's `page` is where it starts). `page` is the number of the new page; absent
   * where the source shows that a page ends there but not which (29 362 nr. 290).
   */
  z.object({ type: z.literal('pageBreak'), page: z.number().int().min(2).optional() }),
]);
export type Inline = z.infer<typeof InlineSchema>;

const blockBase = {
  /** Stable anchor within its page. Never renumbered once published (see tests/urls.test.ts). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** 1-based line in the source file where the block starts. */
  line: z.number().int().min(1),
  /** Page of the original publication where the block starts, where known. */
  page: z.number().int().min(1).optional(),
};

export const BlockSchema = z.discriminatedUnion('kind', [
  z.object({
    ...blockBase,
    kind: z.literal('heading'),
    /** 2 = section, 3 = sub-section, 4 = unnumbered sub-heading. */
    level: z.number().int().min(2).max(4),
    /** Section number as printed, e.g. "3" or "2.1"; absent for unnumbered headings. */
    number: z.string().optional(),
    content: z.array(InlineSchema).min(1),
  }),
  z.object({ ...blockBase, kind: z.literal('paragraph'), content: z.array(InlineSchema).min(1) }),
  z.object({ ...blockBase, kind: z.literal('quote'), content: z.array(InlineSchema).min(1) }),
  z.object({
    ...blockBase,
    kind: z.literal('list'),
    ordered: z.boolean(),
    items: z
      .array(
        z.object({
          /** Item label as printed ("1)", "a."); absent for bullets. */
          label: z.string().optional(),
          content: z.array(InlineSchema).min(1),
        }),
      )
      .min(1),
  }),
  /** Closing lines: «De Staatssecretaris van Financiën, A.C. van Huffelen». */
  z.object({ ...blockBase, kind: z.literal('signature'), content: z.array(InlineSchema).min(1) }),
]);
export type Block = z.infer<typeof BlockSchema>;

export const FootnoteSchema = z.object({
  /** Unique within the document, used as anchor: "fn-1", or "pfn-1" for 002's page-1 footnote. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The number as printed. */
  label: z.string(),
  /** The number exactly as the source gives it, where that differs from `label` (OCR: «'8» for 18). */
  sourceLabel: z.string().optional(),
  content: z.array(InlineSchema).min(1),
  /** 1-based line in the source file. */
  line: z.number().int().min(1),
  page: z.number().int().min(1).optional(),
  /** False when the scan lost the marker and it could not be placed in the text. */
  placed: z.boolean(),
  /**
   * Where the source prints the note: at the foot of a page («page») or in a list at the end
   * of the document («end»). Set for every document by src/parse/corpus.ts; 29 362 nr. 290 has
   * both kinds, with overlapping numbers (see the document's `notesExplanation`).
   */
  placement: z.enum(['page', 'end']).optional(),
});
export type Footnote = z.infer<typeof FootnoteSchema>;

export const SignatorySchema = z.object({ role: z.string(), name: z.string().optional() });

export const MetaSchema = z.object({
  /** Site id and URL slug (src/model/documents.ts). */
  id: z.string(),
  kamerstuk: z.object({ dossier: z.string(), number: z.string() }).optional(),
  /** «Kamerstuk 35 510, nr. 60» or «Bijlage bij Kamerstuk 35 510, nr. 60». */
  citation: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  dossierTitle: z.string().optional(),
  docType: z.string(),
  /** ISO date; absent where neither the source nor a reviewed record gives it. */
  date: z.iso.date().optional(),
  sender: z.string(),
  /** A note of the edition on the sender (29 362 nr. 282: the signature and footnote 18 give Knops two offices), with where it is explained. */
  senderNote: z.object({ text: z.string().min(1), href: z.string().optional() }).optional(),
  signatories: z.array(SignatorySchema),
  vergaderjaar: z.string().optional(),
  officialUrl: z.url().optional(),
  /** What `officialUrl` publishes: the document itself, or (an annex) the letter it belongs to. */
  officialUrlOf: z.enum(['document', 'letter']).optional(),
  /**
   * Where the document itself is published, as its source says it (the annex: footnote 3 of the
   * letter, «Raadpleegbaar via www.tweedekamer.nl»): the words, and where they stand.
   */
  publishedAt: z.object({ text: z.string().min(1), source: z.string().min(1), href: z.string().optional() }).optional(),
  /** Source files (names in seeds/) the document was made from. */
  sources: z.array(z.string()).min(1),
  /** Fields that come from reviewed metadata in content/, not from the source text. */
  editorialFields: z.array(z.string()),
  /** Where a reviewed field was verified, by field name: the official record it was taken from. */
  fieldSources: z.record(z.string(), z.url()).optional(),
});
export type Meta = z.infer<typeof MetaSchema>;

/** A line of the document's head as the source gives it (addressee, place and date, Kerngegevens). */
export const FrontLineSchema = z.object({
  line: z.number().int().min(1),
  text: z.string().min(1),
  /** The line is the website's, not the document's: metadata the Parlementaire Monitor adds about the document (29 362 nr. 290). */
  site: z.boolean().optional(),
});

export const LetterSchema = z.object({
  meta: MetaSchema,
  /** The head of the document, verbatim, in source order. */
  front: z.array(FrontLineSchema),
  blocks: z.array(BlockSchema).min(1),
  footnotes: z.array(FootnoteSchema),
  /** Number of pages of the original, where known. */
  pages: z.number().int().optional(),
  /** Editorial explanation of the document's notes where they need one (29 362 nr. 290: page notes beside endnotes). */
  notesExplanation: z.string().optional(),
});
export type Letter = z.infer<typeof LetterSchema>;

export const MotionSchema = z.object({
  /** Number within its dossier, e.g. "16". */
  number: z.string(),
  /** The dossier without spaces: "35510" for the motions of the debate of 19 January 2021, "28362" for motie-Dassen. */
  dossier: z.string().regex(/^\d+$/),
  submitters: z.string(),
  part: z.string().optional(),
  /** The motion exactly as the source names it, «NR. 16 Motie Klaver cs deel 2». */
  text: z.string(),
  /**
   * Who says which motion it is: the text (its number stands there) or the edition (the text
   * names it without a number; content/references.json resolves it, `reference` is that entry).
   */
  resolvedBy: z.enum(['text', 'edition']),
  reference: z.string().optional(),
});
export type Motion = z.infer<typeof MotionSchema>;

export const ActionSchema = z.object({
  number: z.number().int().min(1),
  section: z.string(),
  subsection: z.string().optional(),
  description: z.array(BlockSchema).min(1),
  /** Empty when the annex gives no status (action 4). */
  status: z.array(BlockSchema),
  footnotes: z.array(FootnoteSchema),
  motions: z.array(MotionSchema),
  /** Numbers of the other actions this one cites («zie actie 18»). */
  cites: z.array(z.number().int()),
  line: z.number().int().min(1),
  /**
   * Where the letter (35 510 nr. 60) speaks of this action, from the reviewed mapping in
   * content/letter-actions.json (set by src/parse/corpus.ts): the paragraphs, and the letter
   * theme that follows from the section where the letter discusses it.
   */
  inLetter: z
    .object({
      paragraphs: z.array(z.object({ block: z.string(), role: z.enum(['discusses', 'mentions']) })),
      /** Number of the letter section (theme) where the letter discusses the action; absent when it only mentions it or not at all. */
      theme: z.number().int().min(1).max(6).optional(),
    })
    .optional(),
});
export type Action = z.infer<typeof ActionSchema>;

/** The number of actions in the annex. */
export const ANNEX_ACTIONS = 86;

export const AnnexSchema = z.object({
  meta: MetaSchema,
  /** Introduction above the table. */
  intro: z.array(BlockSchema),
  sections: z.array(z.object({ title: z.string(), subsections: z.array(z.string()) })),
  actions: z.array(ActionSchema).length(ANNEX_ACTIONS),
});
export type Annex = z.infer<typeof AnnexSchema>;

/**
 * 29 362 nr. 282: a letter with its «Overzicht acties» and the appendix of recommendations.
 * Their text lives once, in `blocks` (document order); these lists point at block ids.
 */
export const RegelsEnRuimteSchema = LetterSchema.extend({
  actions: z
    .array(
      z.object({
        number: z.number().int(),
        /** True where the number was lost in the scan and restored editorially. */
        numberRestored: z.boolean(),
        cluster: z.string(),
        blockIds: z.array(z.string()).min(1),
      }),
    )
    .length(9),
  recommendations: z
    .array(
      z.object({
        number: z.number().int(),
        /** Blocks with the recommendation itself. */
        textBlockIds: z.array(z.string()).min(1),
        /** Blocks with the cabinet's «Reactie». */
        reactionBlockIds: z.array(z.string()).min(1),
      }),
    )
    .length(6),
});
export type RegelsEnRuimte = z.infer<typeof RegelsEnRuimteSchema>;

export const CorrectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** File name in seeds/ (the received name). */
  file: z.string(),
  /** 1-based line in that file: a hint; the correction is anchored by its text (`original`, or `context`). */
  line: z.number().int().min(1),
  original: z.string().min(1),
  /** A longer passage of the line that holds `original` exactly once, where `original` alone is ambiguous. */
  context: z.string().min(1).optional(),
  /** The repaired text; for kind "sic" the reading that is meant (shown in the note, never in the text). */
  repair: z.string(),
  /**
   * repair: the source text was damaged in extraction (OCR, hyphenation); the repair replaces it.
   * insertion: words that are not in the source; shown marked as editorial.
   * sic: an error in the original document, kept, and marked «[sic]».
   */
  kind: z.enum(['repair', 'insertion', 'sic']),
  reason: z.string().min(1),
});
export type Correction = z.infer<typeof CorrectionSchema>;

export const ThemeSchema = z.object({
  number: z.number().int().min(1).max(6),
  slug: z.string(),
  title: z.string(),
  /** Annex (sub)sections whose actions belong to this theme. */
  annexSections: z.array(z.string()),
  /** Explicit action numbers, where an annex section is split between themes. */
  actions: z.array(z.number().int()),
  /** Why these sections belong to this theme (editorial). */
  reason: z.string().min(1),
});
export type Theme = z.infer<typeof ThemeSchema>;

/** One paragraph of 35 510 nr. 60 and the annex actions it speaks of (content/letter-actions.json). */
export const LetterParagraphActionsSchema = z.object({
  /** Block id of the paragraph in the letter, e.g. "p19". */
  block: z.string(),
  /** Actions whose substance the paragraph reports: these decide the action's letter theme. */
  discusses: z.array(z.number().int().min(1)),
  /** Actions the paragraph only names or points to. */
  mentions: z.array(z.number().int().min(1)),
  /** Why (editorial). */
  reason: z.string().min(1),
});
export type LetterParagraphActions = z.infer<typeof LetterParagraphActionsSchema>;

/**
 * A reference the text makes without a number («motie Segers», «Kabinetsreactie rapport
 * Regels en Ruimte»), resolved by review (content/references.json), or deliberately left.
 */
export const NamedReferenceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Document where the phrase stands (a DocId). */
  document: z.enum(DOC_IDS),
  /** For the annex: the action where the phrase stands. */
  action: z.number().int().min(1).optional(),
  /** The phrase exactly as the text gives it; every occurrence in scope becomes the link. */
  text: z.string().min(1),
  /** What is meant; null when the edition deliberately leaves the phrase unlinked. */
  target: RefTargetSchema.nullable(),
  reason: z.string().min(1),
});
export type NamedReference = z.infer<typeof NamedReferenceSchema>;

/** A statement of the edition about the text, shown marked «redactioneel» (content/editorial-notes.json). */
export const EditorialNoteSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  document: z.enum(DOC_IDS),
  /** What the note is about: a block, an action's status, a set of footnotes, or a metadata field. */
  target: z.union([
    z.object({ block: z.string() }),
    z.object({ action: z.number().int().min(1), part: z.enum(['description', 'status']) }),
    z.object({ footnotes: z.array(z.string()).min(1) }),
  ]),
  /** The sentence the reader sees. */
  text: z.string().min(1),
  reason: z.string().min(1),
});
export type EditorialNote = z.infer<typeof EditorialNoteSchema>;

/** A reviewed decision that is not a text correction (content/decisions.json), e.g. a hyphen joined. */
const DocIdSchema = z.enum(DOC_IDS);
export const DecisionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Absent for a decision about the whole edition. */
  document: DocIdSchema.optional(),
  subject: z.string().min(1),
  decision: z.string().min(1),
  reason: z.string().min(1),
  /** The places the decision covers, each with the words as the source gives them. */
  items: z.array(z.object({ document: DocIdSchema, where: z.string().min(1), quote: z.string().min(1), note: z.string().min(1) })).optional(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/**
 * Actions of the annex that concern the same subject, shown as an editorial «zie ook» on
 * the page of each action in the group (content/see-also.json). The annex's own
 * references («zie actie 18») are not here: they are the action's `cites`.
 */
export const SeeAlsoGroupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the actions share, shown above the links. */
  subject: z.string().min(1),
  actions: z.array(z.number().int().min(1)).min(2),
  reason: z.string().min(1),
});
export type SeeAlsoGroup = z.infer<typeof SeeAlsoGroupSchema>;

const SlugSchema = z.string().regex(/^[a-z0-9-]+$/);

/**
 * Where an affected parent finds the official help (content/help.json): each address
 * checked by the editors on an official page (`source`) on the date `verified`; `text` is
 * the editors' own line, marked as editorial where it is shown. `showOn` says where the
 * signpost stands: the home page, themes (by slug), and the actions of annex sections.
 */
export const HelpLinkSchema = z.object({
  id: SlugSchema,
  name: z.string().min(1),
  text: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
  source: z.url({ protocol: /^https$/ }),
  verified: z.iso.date(),
  note: z.string().min(1),
});
export const HelpSchema = z.object({
  showOn: z.object({ home: z.boolean(), themes: z.array(SlugSchema), annexSections: z.array(z.string().min(1)) }),
  links: z.array(HelpLinkSchema).min(1),
});
export type Help = z.infer<typeof HelpSchema>;

/**
 * A later official document that reports on the actions of a theme (content/vervolg.json):
 * «Wat gebeurde er daarna?». Only what the editors checked in an official listing or
 * document: its number, date and title, and where they checked it. The edition never
 * summarises or quotes it.
 */
export const FollowUpSchema = z.object({
  theme: z.number().int().min(1),
  /** Dossier as printed, with a space before the last three digits: «31 066». */
  dossier: z.string().regex(/^\d{1,3} \d{3}(?: [A-Z]+)?$/),
  number: z.string().regex(/^\d+$/),
  vergaderjaar: z.string().regex(/^(\d{4})-(\d{4})$/),
  date: z.iso.date(),
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
  source: z.object({ url: z.url({ protocol: /^https$/ }), what: z.string().min(1), checked: z.iso.date() }),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

/** The official address of a Kamerstuk of the Tweede Kamer: zoek.officielebekendmakingen.nl/kst-31066-899.html. */
export const followUpUrl = (f: Pick<FollowUp, 'dossier' | 'number'>): string =>
  `https://zoek.officielebekendmakingen.nl/kst-${f.dossier.replace(/ (?=\d{3})/, '').replace(/ /g, '-')}-${f.number}.html`;

/** The vergaderjaar (parliamentary year) a date falls in: it begins on the third Tuesday of September. */
export function vergaderjaarOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const firstDay = new Date(Date.UTC(y, 8, 1)).getUTCDay();
  const thirdTuesday = 1 + ((2 - firstDay + 7) % 7) + 14;
  const started = m > 9 || (m === 9 && d >= thirdTuesday);
  return started ? `${y}-${y + 1}` : `${y - 1}-${y}`;
}

/**
 * Hosts of official publications and official help: the only places content/help.json and
 * content/vervolg.json may point to or cite as their source.
 */
export const OFFICIAL_HOSTS = ['zoek.officielebekendmakingen.nl', 'www.officielebekendmakingen.nl', 'www.tweedekamer.nl', 'herstel.toeslagen.nl'] as const;
const official = (url: string) => (OFFICIAL_HOSTS as readonly string[]).includes(new URL(url).hostname);

/**
 * What content/help.json and content/vervolg.json must hold against the rest of the
 * corpus: themes and annex sections that exist, follow-up documents after the letter they
 * follow, in their own vergaderjaar, at the official address of their number. Messages name
 * the file and the entry.
 */
export function checkHelpAndFollowUp(
  v: { help: Help; followUp: readonly FollowUp[]; themes: readonly { number: number; slug: string }[]; annexSections: readonly string[]; letterDate?: string },
  issue: (path: PropertyKey[], message: string) => void,
): void {
  const slugs = new Set(v.themes.map((t) => t.slug));
  const numbers = new Set(v.themes.map((t) => t.number));
  v.help.showOn.themes.forEach((s, i) => {
    if (!slugs.has(s)) issue(['help', 'showOn', 'themes', i], `content/help.json: theme «${s}» does not exist (expected one of ${[...slugs].join(', ')})`);
  });
  v.help.showOn.annexSections.forEach((s, i) => {
    if (!v.annexSections.includes(s)) issue(['help', 'showOn', 'annexSections', i], `content/help.json: annex section «${s}» does not exist`);
  });
  const ids = new Set<string>();
  v.help.links.forEach((l, i) => {
    for (const key of ['url', 'source'] as const) {
      if (!official(l[key]))
        issue(['help', 'links', i, key], `content/help.json «${l.id}»: expected an official address (${OFFICIAL_HOSTS.join(', ')}), found ${l[key]}`);
    }
    if (ids.has(l.id)) issue(['help', 'links', i], `content/help.json: expected a unique id, found «${l.id}» twice`);
    ids.add(l.id);
  });
  const seen = new Set<string>();
  v.followUp.forEach((f, i) => {
    const where = `content/vervolg.json, ${f.dossier} nr. ${f.number}`;
    if (!numbers.has(f.theme)) issue(['followUp', i, 'theme'], `${where}: theme ${f.theme} does not exist`);
    if (f.url !== followUpUrl(f)) issue(['followUp', i, 'url'], `${where}: expected the official address ${followUpUrl(f)}, found ${f.url}`);
    if (vergaderjaarOf(f.date) !== f.vergaderjaar)
      issue(['followUp', i, 'vergaderjaar'], `${where}: a document of ${f.date} belongs to vergaderjaar ${vergaderjaarOf(f.date)}, found ${f.vergaderjaar}`);
    if (v.letterDate && f.date <= v.letterDate)
      issue(['followUp', i, 'date'], `${where}: expected a date after the letter of ${v.letterDate}, found ${f.date}`);
    if (!official(f.source.url))
      issue(['followUp', i, 'source'], `${where}: expected a source on an official site (${OFFICIAL_HOSTS.join(', ')}), found ${f.source.url}`);
    if (f.source.checked < f.date) issue(['followUp', i, 'source'], `${where}: checked on ${f.source.checked}, before the document's date ${f.date}`);
    const key = `${f.theme}:${f.url}`;
    if (seen.has(key)) issue(['followUp', i], `${where}: listed twice under theme ${f.theme}`);
    seen.add(key);
  });
}

/** The schema of each shape of document (src/model/documents.ts); the annex's count of actions is checked with the corpus. */
const SHAPE_SCHEMAS = {
  letter: LetterSchema,
  annex: AnnexSchema.extend({ actions: z.array(ActionSchema) }),
  'letter-with-lists': RegelsEnRuimteSchema,
} as const;
type DocumentSchemas = { [K in DocKey]: (typeof SHAPE_SCHEMAS)[ShapeOfKey<K>] };
const documentSchemas = Object.fromEntries(DOCUMENTS.map((d) => [d.key, SHAPE_SCHEMAS[d.shape]])) as DocumentSchemas;

/**
 * The whole corpus: one entry per document of the registry, under its key, and the reviewed
 * editorial data. Strict: a document missing from the corpus, or one the registry does not
 * declare, fails with its name.
 */
export const CorpusSchema = z
  .strictObject({
    ...documentSchemas,
    themes: z.array(ThemeSchema).length(6),
    corrections: z.array(CorrectionSchema),
    /** Reviewed, paragraph-level mapping of the letter to the annex actions. */
    letterActions: z.array(LetterParagraphActionsSchema),
    namedReferences: z.array(NamedReferenceSchema),
    editorialNotes: z.array(EditorialNoteSchema),
    decisions: z.array(DecisionSchema),
    seeAlso: z.array(SeeAlsoGroupSchema),
    /** The edition's short titles (content/titles.json). */
    titles: TitlesSchema,
    /** «Begrippen»: the edition's glossary (content/begrippen.json). */
    glossary: GlossarySchema,
    /** Where an affected parent finds official help (content/help.json). */
    help: HelpSchema,
    /** Later official documents on the actions of each theme (content/vervolg.json). */
    followUp: z.array(FollowUpSchema),
    /**
     * Only in the benchmark's synthetic corpora (scripts/lib/bench/synth.ts), never in the
     * real one: the annex then holds 86 × scale renumbered copies of the actions.
     */
    synthetic: z.object({ scale: z.number().int().min(2) }).optional(),
  })
  .check((ctx) => {
    // Ids are anchors of public addresses: unique within their page, checked here once for
    // every document. The message names the source file and line of the second use.
    const unique = (items: ReadonlyArray<{ id: string; line: number }>, file: string, path: PropertyKey[], what: string) => {
      const first = new Map<string, number>();
      items.forEach((x, i) => {
        const at = first.get(x.id);
        if (at === undefined) first.set(x.id, x.line);
        else
          ctx.issues.push({
            code: 'custom',
            input: x.id,
            path: [...path, i, 'id'],
            message: `${file}:${x.line}: expected a unique ${what} id, found «${x.id}» again (first at line ${at})`,
          });
      });
    };
    const v = ctx.value;
    for (const { key } of letterDocuments()) {
      const d = (v as unknown as Record<string, Letter>)[key]!;
      unique(d.blocks, d.meta.sources[0]!, [key, 'blocks'], 'block');
      unique(d.footnotes, d.meta.sources[0]!, [key, 'footnotes'], 'footnote');
    }
    unique(v.annex.intro, v.annex.meta.sources[0]!, [ANNEX.key, 'intro'], 'block');
    v.annex.actions.forEach((a, i) => {
      unique([...a.description, ...a.status], v.annex.meta.sources[0]!, [ANNEX.key, 'actions', i], 'block');
      unique(a.footnotes, v.annex.meta.sources[0]!, [ANNEX.key, 'actions', i, 'footnotes'], 'footnote');
    });
    const expected = ANNEX_ACTIONS * (ctx.value.synthetic?.scale ?? 1);
    const found = ctx.value.annex.actions.length;
    if (found !== expected) {
      ctx.issues.push({
        code: 'custom',
        input: found,
        path: ['annex', 'actions'],
        message: `expected ${expected} actions${ctx.value.synthetic ? ` (${ANNEX_ACTIONS} × scale ${ctx.value.synthetic.scale})` : ''}, found ${found}`,
      });
    }
    // The letter ↔ action mapping names only real paragraphs and actions, each paragraph once.
    const blocks = new Map(ctx.value.letter.blocks.map((b) => [b.id, b]));
    const actions = new Set(ctx.value.annex.actions.map((a) => a.number));
    // «Zie ook» groups name real actions, each once, under ids of their own.
    checkHelpAndFollowUp(
      {
        help: v.help,
        followUp: v.followUp,
        themes: v.themes,
        annexSections: v.annex.sections.flatMap((s) => [s.title, ...s.subsections]),
        ...(v.letter.meta.date && { letterDate: v.letter.meta.date }),
      },
      (path, message) => ctx.issues.push({ code: 'custom', input: undefined, path, message }),
    );
    const groupIds = new Set<string>();
    ctx.value.seeAlso.forEach((g, i) => {
      const issue = (message: string) =>
        ctx.issues.push({ code: 'custom', input: g, path: ['seeAlso', i], message: `content/see-also.json «${g.id}»: ${message}` });
      if (groupIds.has(g.id)) issue('expected a unique group id, found it twice');
      groupIds.add(g.id);
      const missing = g.actions.find((n) => !actions.has(n));
      if (missing !== undefined) issue(`names action ${missing}, which is not in the annex`);
      const twice = g.actions.find((n, j) => g.actions.indexOf(n) !== j);
      if (twice !== undefined) issue(`names action ${twice} twice`);
    });
    const seen = new Set<string>();
    ctx.value.letterActions.forEach((e, i) => {
      const issue = (message: string) =>
        ctx.issues.push({ code: 'custom', input: e, path: ['letterActions', i], message: `content/letter-actions.json: ${message}` });
      const b = blocks.get(e.block);
      if (!b) issue(`paragraph «${e.block}» is not a block of 35 510 nr. 60`);
      else if (b.kind === 'heading' || b.kind === 'signature') issue(`«${e.block}» is a ${b.kind}, expected a paragraph`);
      if (seen.has(e.block)) issue(`paragraph «${e.block}» is listed twice`);
      seen.add(e.block);
      for (const n of [...e.discusses, ...e.mentions]) if (!actions.has(n)) issue(`paragraph «${e.block}» names action ${n}, which is not in the annex`);
      const both = e.discusses.filter((n) => e.mentions.includes(n));
      if (both.length) issue(`paragraph «${e.block}» both discusses and mentions action ${both[0]}`);
    });
    if (!ctx.value.synthetic) {
      for (const b of ctx.value.letter.blocks) {
        if ((b.kind === 'paragraph' || b.kind === 'list' || b.kind === 'quote') && !seen.has(b.id)) {
          ctx.issues.push({
            code: 'custom',
            input: b.id,
            path: ['letterActions'],
            message: `content/letter-actions.json: expected an entry for paragraph «${b.id}» of 35 510 nr. 60 (with the actions it discusses, or none, and a reason)`,
          });
        }
      }
    }
  });
export type Corpus = z.infer<typeof CorpusSchema>;
