/**
 * A long page (a letter) as passages for the search index: each section, or a run of its
 * paragraphs of about PASSAGE_WORDS words, is a record of its own that links to the anchor
 * where it begins. A 12-page letter then competes with a one-line action passage by
 * passage, not as one long page that its length pushes down. Pure: HTML in, records out.
 */
import { readHtmlPage, type ParsedHtml } from './page-text.ts';

/** A page longer than this (words of its indexed text) is indexed by passage. */
export const SPLIT_WORDS = 1500;
/** About this many words per passage; a section shorter than this is one passage. */
export const PASSAGE_WORDS = 160;
/** Furniture inside the indexed region that no passage carries (Pagefind's excludeSelectors, as classes). */
export const FURNITURE_CLASSES = ['visually-hidden', 'kicker', 'key-facts', 'facts', 'badge', 'anchor', 'page-mark', 'cite-box'];

export interface Passage {
  /** The page's route with the anchor the passage begins at. */
  url: string;
  /** The heading the passage stands under. */
  heading: string;
  /** Its paragraphs (a heading that begins it first), as plain text. */
  texts: string[];
}

const count = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The passages of a page, or [] when the page is short enough to be one record. */
export function passagesOf(html: string | ParsedHtml, route: string, split = SPLIT_WORDS, size = PASSAGE_WORDS): Passage[] {
  const page = readHtmlPage(html, { skipClasses: FURNITURE_CLASSES });
  const words = page.blocks.reduce((n, b) => n + count(b.text), 0);
  if (words <= split) return [];
  const out: Passage[] = [];
  let heading = page.title;
  let cur: (Passage & { words: number; headingsOnly: boolean }) | null = null;
  const close = () => {
    if (cur && cur.texts.length) out.push({ url: cur.url, heading: cur.heading, texts: cur.texts });
    cur = null;
  };
  for (const b of page.blocks) {
    if (b.kind === 'kop' && b.anchor) {
      // A heading begins a passage; a heading right under another (a section and its first
      // subsection) joins it, and the passage links to the lower one.
      heading = b.text;
      if (cur && cur.headingsOnly) {
        cur.url = `${route}#${b.anchor}`;
        cur.heading = heading;
        cur.texts.push(b.text);
        cur.words += count(b.text);
        continue;
      }
      close();
      cur = { url: `${route}#${b.anchor}`, heading, texts: [b.text], words: count(b.text), headingsOnly: true };
      continue;
    }
    if (cur && cur.words >= size) close();
    if (!cur) cur = { url: b.anchor ? `${route}#${b.anchor}` : route, heading, texts: [], words: 0, headingsOnly: false };
    cur.headingsOnly = false;
    cur.texts.push(b.text);
    cur.words += count(b.text);
  }
  close();
  return out;
}
