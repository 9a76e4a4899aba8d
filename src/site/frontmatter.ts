/**
 * The frontmatter of a generated page (content/pages/): everything about it except its text,
 * as a zod schema. In a module of its own, with only what the schema needs, so that the entries
 * (src/site/entries.ts) validate the pages without loading the route data's code
 * (src/site/route-data.ts re-exports all of it).
 */
import { z } from 'zod';
import { MetaSchema } from '../model/schema.ts';
import { DOC_IDS } from '../model/routes.ts';

export const PAGE_KINDS = ['document', 'annex', 'theme', 'action', 'rr-action', 'rr-recommendation'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

const LinkSchema = z.object({ href: z.string(), label: z.string() });
export type Link = z.infer<typeof LinkSchema>;
const CrumbSchema = z.object({ label: z.string(), href: z.string().optional() });

/** A motion an action names: where the text names it, which Kamerstuk it is, and who says so. */
export const MotionReferenceSchema = z.object({
  /** The motion as the text names it («NR. 26 Motie Segers», «motie Segers»). */
  text: z.string().min(1),
  dossier: z.string().regex(/^\d+$/),
  number: z.string().regex(/^\d+$/),
  submitters: z.string(),
  part: z.string().optional(),
  /** «Kamerstuk 35 510, nr. 26». */
  kamerstuk: z.string(),
  /** The official publication. */
  href: z.string(),
  /** The text gives the number, or the edition resolves it (content/references.json, entry `reference`, with `reason`). */
  resolvedBy: z.enum(['text', 'edition']),
  reference: z.string().optional(),
  reason: z.string().optional(),
});
export type MotionReference = z.infer<typeof MotionReferenceSchema>;

/** An action's references: the motions it names, the actions it cites and the actions that cite it. */
export const ActionReferencesSchema = z.object({
  motions: z.array(MotionReferenceSchema),
  cites: z.array(z.number().int()),
  citedBy: z.array(z.number().int()),
});
export type ActionReferences = z.infer<typeof ActionReferencesSchema>;

/** The frontmatter of a generated page: everything about it except its text. */
export const RouteFrontmatterSchema = z.object({
  kind: z.enum(PAGE_KINDS),
  route: z.string().startsWith('/').endsWith('/'),
  /** The page's own heading (h1) and the name of the page in lists, tabs and bookmarks. */
  title: z.string().min(1),
  description: z.string().min(1),
  docId: z.enum(DOC_IDS).optional(),
  number: z.number().int().optional(),
  /** The line above the h1: the document the page belongs to. */
  kicker: LinkSchema.partial({ href: true }),
  breadcrumbs: z.array(CrumbSchema),
  /** Previous and next page of the same series, and what the series is called. */
  sequence: z.object({ label: z.string(), prev: LinkSchema.optional(), next: LinkSchema.optional() }).optional(),
  /** The citation in its official form, and what the cite box is called. */
  cite: z.object({ heading: z.string(), text: z.string() }),
  /** The h1 is the edition's title, not the source's (marked «redactioneel»). */
  editorialTitle: z.boolean().optional(),
  /** Pagefind filters: document, kind of text, theme. */
  filters: z.object({ document: z.string(), kind: z.string().optional(), theme: z.string().optional() }),
  /** A document or the annex: its metadata (Kerngegevens) and contents. */
  document: z
    .object({
      meta: MetaSchema,
      pages: z.number().int().optional(),
      /** The website's metadata about the document, not part of it (29 362 nr. 290), shown in Kerngegevens as the website's. */
      siteFacts: z.array(z.string()).optional(),
    })
    .optional(),
  /** «Op deze pagina»: the page's sections and headings, for the table of contents. */
  toc: z.array(LinkSchema.extend({ level: z.number().int() })).optional(),
  /** An annex action: both groupings. */
  action: z
    .object({
      section: z.string(),
      theme: LinkSchema.optional(),
      /** Whether the theme follows where the letter discusses the action, or the section mapping. */
      themeSource: z.enum(['letter', 'annex']),
      /** The paragraphs of the letter that discuss or mention the action (reviewed mapping). */
      inLetter: z.array(LinkSchema.extend({ role: z.enum(['discusses', 'mentions']) })),
      /** The letter's text on the action's theme (content/passages/{theme}.mdx), shown collapsed. */
      passage: LinkSchema.extend({ theme: z.number().int() }).optional(),
      /** What the action refers to, and what refers to it: the one record the page, its JSON, acties.json and acties.csv read. */
      references: ActionReferencesSchema,
    })
    .optional(),
  /**
   * Action and theme pages: the date the statuses they show speak for, in words the source
   * supports (the annex to the letter of that date; the annex does not say when each status
   * was written). Shown wherever a status is, read by search and the open data.
   */
  statusAsOf: z.object({ date: z.iso.date(), text: z.string().min(1) }).optional(),
  /** A theme: its actions (titled, with a short status) and the reviewed mapping. */
  theme: z
    .object({
      /** Each action titled, with its description where it says more than the title, and a short status. */
      actions: z.array(LinkSchema.extend({ summary: z.string().optional(), status: z.string() })),
      mapping: z.string(),
    })
    .optional(),
  /** An action of 29 362 nr. 282: its cluster and where it stands in the document. */
  rr: z.object({ cluster: z.string().optional(), numberRestored: z.boolean().optional(), inDocument: LinkSchema }).optional(),
});
export type RouteFrontmatter = z.infer<typeof RouteFrontmatterSchema>;
