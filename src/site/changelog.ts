/**
 * The change log of the edition («Wijzigingen»): which pages' text changed between two
 * editions, and how. Pure: two snapshots in — each the committed MDX pages (path → text)
 * and the corrections — a list of page changes out. scripts/edition.ts stores the result
 * per released version in content/editions/<version>.json, with a hash per page so that a
 * reader can see whether a page changed since they cited it.
 *
 * A page's text is read from its MDX (frontmatter, Markdown, MDX elements) into plain text,
 * links and marks (MDX elements, footnote references), each mark at its offset in the plain
 * text. Classification of a changed page:
 *   page-added / page-removed      the route is new / gone
 *   metadata-changed               the frontmatter (title, description …) differs
 *   correction-added / -changed /  a text change (or a mark carrying a correction id) that the
 *   -removed                       corrections file explains: original → repair
 *   reference-resolved             same text, a passage became a link, or an external link
 *                                  became a link within the site
 *   reference-changed              same text, a link's target changed otherwise
 *   mark-moved                     same text and the same marks, at other places
 *   mark-changed                   same text, marks added or removed
 *   text-changed                   any text change no correction explains
 */
import { resolveLabels } from './labels.ts';
import { createHash } from 'node:crypto';
import { diffArrays } from 'diff';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse as parseYaml } from 'yaml';
import type { Correction } from '../model/schema.ts';

export const CHANGE_KINDS = [
  'page-added',
  'page-removed',
  'metadata-changed',
  'correction-added',
  'correction-changed',
  'correction-removed',
  'reference-resolved',
  'reference-changed',
  'mark-moved',
  'mark-changed',
  'text-changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * One build's pages and corrections. `pages`: file path (any key) → MDX text. `passages`:
 * shared MDX a page shows inside itself (content/passages/<theme>.mdx, the letter's text on a
 * theme, shown on that theme's action pages), by name; a page names its passage in its
 * frontmatter (`action.passage.theme`), and a change to the passage is a change to the page.
 */
export interface Snapshot {
  pages: Readonly<Record<string, string>>;
  passages?: Readonly<Record<string, string>>;
  corrections: readonly Correction[];
}

export interface PageChange {
  route: string;
  title: string;
  kinds: ChangeKind[];
  /** Ids of the corrections that explain the change. */
  corrections: string[];
}

export interface Link {
  text: string;
  href: string;
  at: number;
}
export interface Mark {
  kind: string;
  /** Attributes that identify the mark (id, correction, label …), as «key=value» joined by «,». */
  id: string;
  at: number;
  /** Correction id the mark carries, if any. */
  correction?: string;
}
export interface ParsedPage {
  /** The passage the page shows inside itself, by name (frontmatter action.passage.theme). */
  passage?: string;
  route: string;
  title: string;
  /** Canonical JSON of the frontmatter. */
  meta: string;
  text: string;
  links: Link[];
  marks: Mark[];
}

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

const BLOCK = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'tableCell', 'code', 'mdxJsxFlowElement', 'footnoteDefinition']);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Read one MDX page into its route, title, plain text, links and marks. */
export function parsePage(source: string, file = '(page)'): ParsedPage {
  // Interface words are tokens in the pages (src/site/labels.ts): compared as a reader reads them.
  const mdx = resolveLabels(source);
  let tree: Root;
  try {
    tree = fromMarkdown(mdx, {
      extensions: [mdxjs(), frontmatter(['yaml']), gfm()],
      mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
    });
  } catch (err) {
    throw new Error(`${file}: expected a valid MDX page, found: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  let fm: Record<string, unknown> = {};
  let text = '';
  const links: Link[] = [];
  const marks: Mark[] = [];
  const sep = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'yaml':
        fm = (parseYaml(node.value) ?? {}) as Record<string, unknown>;
        return;
      case 'text':
      case 'inlineCode':
        text += node.value;
        return;
      case 'code':
        sep();
        text += node.value;
        sep();
        return;
      case 'break':
        text += '\n';
        return;
      case 'link': {
        const at = text.length;
        for (const c of node.children) walk(c);
        links.push({ text: text.slice(at), href: node.url, at });
        return;
      }
      case 'footnoteReference':
        marks.push({ kind: 'footnote', id: node.identifier, at: text.length });
        return;
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement': {
        if (node.type === 'mdxJsxFlowElement') sep();
        const attrs: string[] = [];
        let correction: string | undefined;
        for (const a of node.attributes) {
          // A block's citation follows from its page and its document: not a mark of the text.
          if (a.type !== 'mdxJsxAttribute' || a.name === 'cite') continue;
          const v = typeof a.value === 'string' ? a.value : a.value === null || a.value === undefined ? 'true' : a.value.value;
          attrs.push(`${a.name}=${v}`);
          if (a.name === 'correction' || a.name === 'correctie') correction = typeof a.value === 'string' ? a.value : v.replace(/^["']|["']$/g, '');
        }
        marks.push({ kind: node.name ?? 'fragment', id: attrs.sort().join(','), at: text.length, ...(correction ? { correction } : {}) });
        for (const c of node.children) walk(c as Nodes);
        if (node.type === 'mdxJsxFlowElement') sep();
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        marks.push({ kind: 'expression', id: node.value, at: text.length });
        return;
      case 'mdxjsEsm':
        return;
      default:
        if (BLOCK.has(node.type)) sep();
        if ('children' in node) for (const c of node.children) walk(c as Nodes);
        if (BLOCK.has(node.type)) sep();
    }
  };
  walk(tree);
  const route = typeof fm.route === 'string' ? fm.route : file;
  const title = typeof fm.title === 'string' ? fm.title : route;
  const passageName = (fm.action as { passage?: { theme?: unknown } } | undefined)?.passage?.theme;
  return {
    ...(passageName !== undefined ? { passage: String(passageName) } : {}),
    route,
    title,
    meta: canonical(fm),
    text: text
      .replace(/[ \t]+/g, ' ')
      .replace(/\n+/g, '\n')
      .trim(),
    links,
    marks,
  };
}

const words = (s: string) => s.split(/(\s+)/).filter((w) => w !== '');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The changed stretches of two texts, word by word: [removed, added] pairs. */
function hunks(a: string, b: string): { removed: string; added: string }[] {
  const out: { removed: string; added: string }[] = [];
  let cur: { removed: string; added: string } | undefined;
  for (const part of diffArrays(words(a), words(b))) {
    if (!part.added && !part.removed) {
      // Stretches split only by whitespace are one change («7 ^e» → «7e»).
      if (cur && part.value.every((w) => /^\s+$/.test(w))) {
        cur.removed += part.value.join('');
        cur.added += part.value.join('');
        continue;
      }
      if (cur) out.push(cur);
      cur = undefined;
      continue;
    }
    cur ??= { removed: '', added: '' };
    if (part.removed) cur.removed += part.value.join('');
    else cur.added += part.value.join('');
  }
  if (cur) out.push(cur);
  return out.map((h) => ({ removed: norm(h.removed), added: norm(h.added) }));
}

// The reason counts too: readers see it beside the mark.
const correctionKey = (c: Correction) => canonical({ file: c.file, line: c.line, original: c.original, repair: c.repair, kind: c.kind, reason: c.reason });

/** Does this hunk show the correction applied (`forward`) or taken back? */
function explains(c: Correction, h: { removed: string; added: string }, forward: boolean, was?: Correction): boolean {
  const [before, after] = forward ? [h.removed, h.added] : [h.added, h.removed];
  if (was && was.kind !== 'sic' && norm(was.repair) !== '' && before.includes(norm(was.repair)) && after.includes(norm(c.repair))) return true;
  const original = norm(c.original);
  const repair = norm(c.repair);
  if (c.kind === 'sic') return false; // a sic keeps the text; only its mark shows
  if (c.kind === 'insertion') return repair !== '' && after.includes(repair);
  return repair !== '' && after.includes(repair) && (before.includes(original) || original.includes(before) || before === '');
}

function pageChange(
  prev: ParsedPage,
  next: ParsedPage,
  added: Correction[],
  changed: Correction[],
  removed: Correction[],
  was: ReadonlyMap<string, Correction>,
): PageChange | undefined {
  const kinds = new Set<ChangeKind>();
  const ids = new Set<string>();
  if (prev.meta !== next.meta) kinds.add('metadata-changed');

  // Marks that carry a correction id (editorial insertions, [sic]).
  const marksWith = (p: ParsedPage) => new Set(p.marks.flatMap((m) => (m.correction ? [m.correction] : [])));
  const before = marksWith(prev);
  const after = marksWith(next);
  for (const c of [...added, ...changed]) {
    if (after.has(c.id) && (!before.has(c.id) || changed.includes(c))) {
      kinds.add(added.includes(c) ? 'correction-added' : 'correction-changed');
      ids.add(c.id);
    }
  }
  for (const c of removed) {
    if (before.has(c.id) && !after.has(c.id)) {
      kinds.add('correction-removed');
      ids.add(c.id);
    }
  }

  if (prev.text !== next.text) {
    for (const h of hunks(prev.text, next.text)) {
      let explained = false;
      for (const c of added)
        if (explains(c, h, true)) {
          kinds.add('correction-added');
          ids.add(c.id);
          explained = true;
        }
      for (const c of changed)
        if (explains(c, h, true, was.get(c.id))) {
          kinds.add('correction-changed');
          ids.add(c.id);
          explained = true;
        }
      for (const c of removed)
        if (explains(c, h, false)) {
          kinds.add('correction-removed');
          ids.add(c.id);
          explained = true;
        }
      if (!explained) kinds.add('text-changed');
    }
  } else {
    const linkKey = (l: Link) => `${l.at}:${l.text}→${l.href}`;
    const pl = new Set(prev.links.map(linkKey));
    const nl = new Set(next.links.map(linkKey));
    if (pl.size !== nl.size || [...pl].some((k) => !nl.has(k))) {
      const external = (href: string) => /^[a-z]+:/i.test(href);
      const resolved = next.links.some((l) => {
        const old = prev.links.find((o) => o.at === l.at && o.text === l.text);
        return (!old && !external(l.href)) || (old !== undefined && external(old.href) && !external(l.href)) || (!old && external(l.href));
      });
      kinds.add(resolved ? 'reference-resolved' : 'reference-changed');
    }
    const markKey = (m: Mark) => `${m.kind}|${m.id}`;
    const withAt = (m: Mark) => `${markKey(m)}@${m.at}`;
    const sameMarks = prev.marks.length === next.marks.length && prev.marks.map(withAt).join('\n') === next.marks.map(withAt).join('\n');
    if (!sameMarks) {
      const ms = (p: ParsedPage) => p.marks.map(markKey).sort().join('\n');
      if (ms(prev) === ms(next)) kinds.add('mark-moved');
      else if (!(kinds.has('correction-added') || kinds.has('correction-changed') || kinds.has('correction-removed'))) kinds.add('mark-changed');
    }
  }
  if (kinds.size === 0) return undefined;
  return { route: next.route, title: next.title, kinds: CHANGE_KINDS.filter((k) => kinds.has(k)), corrections: [...ids].sort() };
}

/** The pages of a snapshot by route, each with the passage it shows appended. */
export function parseSnapshot(s: Snapshot): Map<string, ParsedPage & { hash: string }> {
  const out = new Map<string, ParsedPage & { hash: string }>();
  const passages = new Map(
    Object.entries(s.passages ?? {}).map(([name, mdx]) => [
      name
        .replace(/\.mdx$/, '')
        .split('/')
        .pop()!,
      mdx,
    ]),
  );
  for (const file of Object.keys(s.pages).sort()) {
    const mdx = s.pages[file]!;
    const page = parsePage(mdx, file);
    if (out.has(page.route)) throw new Error(`${file}: route ${page.route} is also the route of another page`);
    const shown = page.passage === undefined ? undefined : passages.get(page.passage);
    if (page.passage !== undefined && shown === undefined && s.passages)
      throw new Error(`${file}: expected the passage «${page.passage}» it shows, found none`);
    if (shown === undefined) {
      out.set(page.route, { ...page, hash: sha256(mdx) });
      continue;
    }
    const p = parsePage(shown, `passage ${page.passage}`);
    const shift = page.text.length + 1;
    out.set(page.route, {
      ...page,
      text: `${page.text}\n${p.text}`,
      links: [...page.links, ...p.links.map((l) => ({ ...l, at: l.at + shift }))],
      marks: [...page.marks, ...p.marks.map((m) => ({ ...m, at: m.at + shift }))],
      hash: sha256(`${mdx}\u0000${shown}`),
    });
  }
  return out;
}

/** What changed from `prev` to `next`, page by page, in route order. */
export function diffSnapshots(prev: Snapshot, next: Snapshot): PageChange[] {
  const a = parseSnapshot(prev);
  const b = parseSnapshot(next);
  const prevById = new Map(prev.corrections.map((c) => [c.id, c]));
  const nextById = new Map(next.corrections.map((c) => [c.id, c]));
  const added = next.corrections.filter((c) => !prevById.has(c.id));
  const changed = next.corrections.filter((c) => prevById.has(c.id) && correctionKey(prevById.get(c.id)!) !== correctionKey(c));
  const removed = prev.corrections.filter((c) => !nextById.has(c.id));
  const out: PageChange[] = [];
  for (const route of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const p = a.get(route);
    const n = b.get(route);
    if (!p && n) out.push({ route, title: n.title, kinds: ['page-added'], corrections: [] });
    else if (p && !n) out.push({ route, title: p.title, kinds: ['page-removed'], corrections: [] });
    else if (p && n && p.hash !== n.hash) {
      const ch = pageChange(p, n, added, changed, removed, prevById);
      if (ch) out.push(ch);
    }
  }
  return out;
}

/** What content/editions/<version>.json holds. */
export interface EditionRecord {
  version: string;
  date: string;
  previous: string | null;
  /** route → SHA-256 of the page's MDX. */
  pages: Record<string, string>;
  /** correction id → SHA-256 of its content. */
  corrections: Record<string, string>;
  changes: PageChange[];
}

/** The record of an edition: hashes of this snapshot and its changes since `prev` (none for the first). */
export function editionRecord(version: string, date: string, next: Snapshot, prev?: { version: string; snapshot: Snapshot }): EditionRecord {
  const pages = parseSnapshot(next);
  return {
    version,
    date,
    previous: prev?.version ?? null,
    pages: Object.fromEntries([...pages].map(([route, p]) => [route, p.hash])),
    corrections: Object.fromEntries([...next.corrections].sort((x, y) => (x.id < y.id ? -1 : 1)).map((c) => [c.id, sha256(correctionKey(c))])),
    changes: prev ? diffSnapshots(prev.snapshot, next) : [],
  };
}
