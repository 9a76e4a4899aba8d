/**
 * Small pieces of HTML written by functions, shared by the running text of the pages
 * (src/components/mdx/html.ts) and the Astro components that show the same thing
 * (ExternalLink.astro, mdx/Note.astro). Text is escaped and attribute values are written by
 * Astro's own functions (`escapeHTML`, `addAttribute`), as a compiled component writes them.
 */
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { t } from '../site/strings.ts';

/** ` name="value"` (escaped), ` name` for an empty value, nothing for undefined: as Astro writes an attribute. */
export const attr = (name: string, value: string | number | boolean | undefined): string => String(addAttribute(value, name));

/** The place where a page of the original begins («p. 3»; «p. ?» where the source gives no number). `silent`: shown, not read aloud (at the start of a heading, whose name it would otherwise join). */
export function pageMark(page: number | undefined, silent = false): string {
  const title = page === undefined ? t.pageUnnumberedTitle : t.pageTitle(page);
  const label = page === undefined ? t.pageUnnumberedLabel : t.pageLabel(page);
  return `<span class="page-mark"${attr('title', title)}${attr('aria-hidden', silent ? 'true' : undefined)} data-pagefind-ignore>${escapeHTML(label)}</span> `;
}

/** A small arrow marking a link that leaves the site. Decorative. */
const EXTERNAL_ICON =
  '<svg class="icon-external" aria-hidden="true" focusable="false" width="10" height="10" viewBox="0 0 12 12"><path d="M4.5 2H2v8h8V7.5M7 1.5h3.5V5M10.5 1.5 5.5 6.5" fill="none" stroke="currentColor" stroke-width="1.4"></path></svg>';

/** A link that leaves the site, marked for sight and for screen readers; `title`: what the link is, where its text is short («35 510»). `content`: its HTML. */
export function externalLink(href: string, content: string, title?: string): string {
  return `<a${attr('href', href)} rel="external"${attr('title', title)}>${content}<span class="visually-hidden"> ${escapeHTML(t.externalLink)}</span>${EXTERNAL_ICON}</a>`;
}
