/**
 * Reviewed parser decisions (schema of content/reviewed/*.json): what a human decided by reading the sources, kept as data in
 * content/reviewed/<document id>.json, under the document's key (src/model/documents.ts), instead of constants in the parsers. Each entry has
 * its reason; the parser that uses an entry checks that it still matches the source, so
 * the data can never silently go stale.
 */
import { z } from 'zod';
import { DOCUMENTS } from './registry.ts';

/** A place where the two texts of 35 510 nr. 60 (web 000, PDF 001) were read side by side and may differ. */
export const ReviewedDifferenceSchema = z.object({
  kind: z.enum(['text', 'note-placement']),
  /** Page of 001, where the difference stands on a page. */
  page: z.number().int().min(1).optional(),
  /** The words of 000 there, joined by spaces («» for none). */
  web: z.string(),
  /** The words of 001 there, joined by spaces. */
  pdf: z.string(),
  reason: z.string().min(1),
});
export type ReviewedDifference = z.infer<typeof ReviewedDifferenceSchema>;

export const ReviewedSchema = z.object({
  letter: z.object({ crossCheck: z.array(ReviewedDifferenceSchema) }),
  annex: z.object({
    /** The table's sections and sub-sections as printed, in order, with the number of their first action. */
    sections: z.array(
      z.object({
        title: z.string().min(1),
        firstAction: z.number().int().min(1),
        subsections: z.array(z.object({ title: z.string().min(1), firstAction: z.number().int().min(1) })),
      }),
    ),
    sectionsReason: z.string().min(1),
    /**
     * The actions that a page break of the PDF table splits: the next page starts with a
     * continuation row of this action. A continuation row lost, blanked or doubled would
     * otherwise shorten or repeat an action without a trace.
     */
    continuations: z.array(z.object({ page: z.number().int().min(2), action: z.number().int().min(1) })),
    reason: z.string().min(1),
  }),
  werkAanUitvoering: z.object({
    /** Repeated references to an endnote whose first marker stands earlier in the text. */
    repeatedMarkers: z.array(
      z.object({ line: z.number().int().min(1), before: z.string().min(1), label: z.string().regex(/^\d+$/), reason: z.string().min(1) }),
    ),
  }),
  regelsEnRuimte: z.object({
    /** How the scan printed footnote numbers that are not their plain digits: reading → numbers. */
    noteNumberReadings: z.record(z.string(), z.array(z.number().int().min(1))),
    noteNumberReadingsReason: z.string().min(1),
    /** Lines of footnotes whose number the scan lost (a paragraph after a blank line at the page foot). */
    lostNoteNumbers: z.array(z.object({ line: z.number().int().min(1), reason: z.string().min(1) })),
    /** Lines of footnote paragraphs that continue the previous note. */
    noteContinuations: z.array(z.object({ line: z.number().int().min(1), reason: z.string().min(1) })),
  }),
});
export type Reviewed = z.infer<typeof ReviewedSchema>;

/** The file in content/reviewed/ of each part of `Reviewed`: the id of its document (src/model/documents.ts). */
export const REVIEWED_FILES = Object.fromEntries(DOCUMENTS.filter((d) => d.key in ReviewedSchema.shape).map((d) => [d.key, `${d.id}.json`])) as Record<
  keyof Reviewed,
  string
>;
