/**
 * The components of a page's running text — paragraphs, headings, lists, quotes, links,
 * footnote markers, abbreviations, page marks — written as HTML by functions instead of one
 * Astro component each. A page's text holds thousands of them (a letter: hundreds of
 * paragraphs, each with its self-link, its page marks and its links), and an Astro component,
 * rendered with its slot as a unit of its own, costs far more than the string it makes.
 * src/components/MdxTree.astro writes each run of them as one piece of HTML and renders the
 * components that hold other blocks (MDX_ASTRO_COMPONENTS: sections, footnotes, the actions
 * under a paragraph, the status date) with their Astro components.
 *
 * Text is escaped and attribute values are written by Astro's own functions (`escapeHTML`,
 * `addAttribute`), which the compiled components use: text stays text, and the HTML is byte
 * for byte what the components made.
 */
import { escapeHTML } from 'astro/runtime/server/index.js';
import type { Corpus } from '../../model/schema.ts';
import { routes } from '../../model/routes.ts';
import { corpus } from '../../site/model.ts';
import { resolveLabels } from '../../site/labels.ts';
import { isAstroComponent, type MdxHtmlComponentName } from '../../site/mdx-components.ts';
import type { MdxTreeNode } from '../../site/mdx-tree.ts';
import { actionTitle } from '../../site/route-data.ts';
import { t } from '../../site/strings.ts';
import { attr, externalLink, pageMark } from '../html.ts';

/** A prop as the MDX gives it: the attribute's text, `true` for an attribute without a value, or undefined. */
type Prop = string | true | undefined;
type Props = Record<string, string | true>;

/** A value as text, escaped, as Astro writes an expression (nothing for undefined). */
const text = (value: Prop): string => (value === undefined ? '' : escapeHTML(String(value)));
/** A prop passed on to a function of the strings, as a component passes it. */
const arg = (value: Prop): string => value as string;

/**
 * A self-link beside a heading («#») or a paragraph («¶»): shown on hover and focus, and
 * always on touch screens. Out of the tab order (one stop per paragraph would bury the
 * page's links), except for the paragraph the address points to (src/client/citeer-alinea.ts); a
 * click or tap opens the citation of that place, which the keyboard also reaches through
 * «Citeer alinea» in the page bar. A heading's «#» is hidden from assistive technology:
 * inside the heading it would join its name («3.1 … Link naar dit kopje»); the heading is
 * cited through «Citeer alinea», which steps to it.
 */
function anchorLink(id: Prop, kind: 'heading' | 'paragraph', label: string): string {
  const heading = kind === 'heading';
  return `<a class="anchor anchor-${kind}"${attr('href', `#${id}`)}${attr('aria-label', heading ? undefined : label)}${attr('aria-hidden', heading ? 'true' : undefined)} tabindex="-1" data-pagefind-ignore>${heading ? '#' : '¶'}</a>`;
}

/** The actions' addresses → their titles, once per corpus. */
const titles = new WeakMap<Corpus, Map<string, string>>();
function actionTitleAt(href: string): string | undefined {
  const c = corpus();
  let map = titles.get(c);
  if (!map) {
    map = new Map();
    for (const a of c.annex.actions) if (!map.has(routes.action(a.number))) map.set(routes.action(a.number), actionTitle(c, a));
    titles.set(c, map);
  }
  return map.get(href);
}

/**
 * A link of the text: to a page of this site, or (marked) to an outside publication. A link
 * to an action in a source's words («zie actie 18») keeps them and carries the action's
 * title, the same as on its page and in every list, as its description.
 */
function link(href: string, content: string): string {
  if (/^https?:\/\//.test(href)) return externalLink(href, content);
  let title = actionTitleAt(href);
  if (
    title &&
    content
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim() === title
  )
    title = undefined;
  return `<a${attr('href', href)}${attr('title', title)}>${content}</a>`;
}

/** A heading of the text with its permanent anchor, its citation and a «#» self-link; a heading the edition gives (a list's title) is a label of the strings, as a token in the MDX (src/site/labels.ts). */
function heading(level: number, p: Props, content: string): string {
  const id = p['id'];
  return `<h${level}${attr('id', id)} class="block-heading"${attr('data-cite', p['cite'])}>${resolveLabels(content)}${id ? anchorLink(id, 'heading', t.headingLink) : ''}</h${level}>`;
}

/** Each component written as HTML, from its props and the HTML of its content. */
const COMPONENTS: Record<MdxHtmlComponentName, (props: Props, content: string) => string> = {
  /** An abbreviation with its expansion. */
  Abbr: (p, content) => `<abbr${attr('title', p['title'])}>${content}</abbr>`,
  /** A footnote marker with the label the original prints; the first marker of a note carries the back-link anchor. */
  Fn: (p) =>
    `<sup class="note-ref"${attr('id', p['id'])}><a${attr('href', p['href'])}${attr('aria-label', t.footnoteRef(arg(p['label'])))}>${text(p['label'])}</a></sup>`,
  H2: (p, content) => heading(2, p, content),
  H3: (p, content) => heading(3, p, content),
  H4: (p, content) => heading(4, p, content),
  H5: (p, content) => heading(5, p, content),
  H6: (p, content) => heading(6, p, content),
  /** Words that are not in the source: an editorial insertion, marked, linked to its correction. */
  Ins: (p, content) =>
    `<ins class="editorial"${attr('title', t.editorialTitle(arg(p['reason'])))}><a${attr('href', `${routes.about()}#corr-${p['correction']}`)}>${content}</a></ins>`,
  /** The label of a list item as the original prints it («1)», «a.», «–»). */
  Label: (_, content) => `<span class="item-label">${content}</span>`,
  /** A list of the text, with its permanent anchor, its citation and a «¶» self-link; items keep the labels the original prints. */
  List: (p, content) => {
    const classes = ['block', 'block-list', ...(p['labelled'] ? ['list-labelled'] : []), ...(p['ordered'] ? ['list-ordered'] : [])].join(' ');
    return `<div class="${classes}"${attr('id', p['id'])}${attr('data-cite', p['cite'])}>${content}${anchorLink(p['id'], 'paragraph', t.listLink)}</div>`;
  },
  /** A paragraph of the text with its permanent anchor («#p12»), its citation («…, nr. 60, p. 3»; absent where the page's own serves) and a «¶» self-link. */
  P: (p, content) => `<p class="block"${attr('id', p['id'])}${attr('data-cite', p['cite'])}>${content}${anchorLink(p['id'], 'paragraph', t.paragraphLink)}</p>`,
  PageMark: (p) => pageMark(p['n'] === undefined ? undefined : Number(p['n']), Boolean(p['silent'])),
  /** A quoted passage of the text, with its permanent anchor, its citation and a «¶» self-link. */
  Quote: (p, content) =>
    `<blockquote class="block"${attr('id', p['id'])}${attr('data-cite', p['cite'])}><p>${content}${anchorLink(p['id'], 'paragraph', t.paragraphLink)}</p></blockquote>`,
  /** After a link the edition resolved (content/references.json): the text names no number, the edition says which it is. */
  Resolved: (p) =>
    ` (${escapeHTML(t.resolvedByEdition)} <a class="badge"${attr('href', `${routes.about()}#beslissing-reference-${p['reference']}`)}${attr('title', t.editorialChoiceTitle)}>${escapeHTML(t.editorialField)}</a>)`,
  /** «[sic]»: an error of the original, kept as printed, linked to the edition's note. */
  Sic: (p) =>
    `<a class="sic"${attr('href', `${routes.about()}#corr-${p['correction']}`)}${attr('title', t.sicTitle(arg(p['reason'])))}>${escapeHTML(t.sic)}</a>`,
  /** The closing lines of a letter. */
  Signature: (p, content) => `<p class="block signature"${attr('id', p['id'])}${attr('data-cite', p['cite'])}>${content}</p>`,
  /** The first use on a page of a term of «Begrippen»: a link to its explanation (src/pages/begrippen/). */
  Term: (p, content) => `<a class="term"${attr('href', routes.term(arg(p['slug'])))}>${content}</a>`,
};

/** Whether the node and everything in it is written here (no component of MDX_ASTRO_COMPONENTS in it). */
export function isHtml(node: MdxTreeNode): boolean {
  if (typeof node === 'string') return true;
  if ('component' in node && isAstroComponent(node.component)) return false;
  return node.children.every(isHtml);
}

/** The HTML of nodes of which `isHtml` holds (src/site/mdx-tree.ts lets no other kind into a paragraph, a link or a component written here). */
export function treeHtml(nodes: readonly MdxTreeNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += escapeHTML(node);
      continue;
    }
    const content = treeHtml(node.children);
    if ('component' in node) {
      if (isAstroComponent(node.component))
        throw new Error(`<${node.component}> is rendered by its Astro component, not as HTML here (src/components/MdxTree.astro)`);
      out += COMPONENTS[node.component](node.props, content);
    } else if ('href' in node) out += link(node.href, content);
    else out += `<${node.tag}${attr('start', node.start)}>${content}</${node.tag}>`;
  }
  return out;
}
