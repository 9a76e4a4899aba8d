/**
 * A committed MDX file (content/pages/, content/passages/, content/editorial/) → its
 * frontmatter and its text as a plain, serialisable tree, rendered by one component
 * (src/components/MdxTree.astro) instead of one compiled module per page.
 *
 * The file is read by Sätteri (`mdxToHast`), the MDX parser and HTML step that Astro's MDX
 * integration runs on these files (astro.config.mjs: no GFM, no smart punctuation), so the
 * tree has the shape MDX rendered: a paragraph holding only components unwrapped, line
 * endings between blocks and list items. Only the small grammar the writer
 * (src/site/mdx.ts) and the editorial pages use is accepted: paragraphs, text, links,
 * lists, strong and emphasis, and the components of `MDX_COMPONENTS` with plain string or
 * boolean attributes. Anything else — an unknown component, an HTML tag, an expression, an
 * `import`/`export`, a heading or a code block — stops the build with the file, the line and
 * what was expected. Text stays text: the tree holds it as strings, which the component
 * writes escaped.
 */
import { mdxToHast } from 'satteri';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { isAstroComponent, MDX_ASTRO_COMPONENTS, MDX_COMPONENTS, type MdxComponentName } from './mdx-components.ts';

/** The HTML elements MDX makes of Markdown. */
export type MdxTreeTag = 'p' | 'ul' | 'ol' | 'li' | 'strong' | 'em';

/** A Markdown element: a paragraph, a list, an item, strong or emphasised text. */
export interface MdxTreeElement {
  tag: MdxTreeTag;
  /** An ordered list's first number, where it is not 1. */
  start?: number;
  children: MdxTreeNode[];
}

/** A Markdown link, written by src/components/mdx/html.ts. */
export interface MdxTreeLink {
  href: string;
  title?: string;
  children: MdxTreeNode[];
}

/** One of the page components (src/components/mdx/), with its attributes as props. */
export interface MdxTreeComponent {
  component: MdxComponentName;
  props: Record<string, string | true>;
  children: MdxTreeNode[];
}

/** Text (a string, written escaped), or an element. */
export type MdxTreeNode = string | MdxTreeElement | MdxTreeLink | MdxTreeComponent;

/** A parsed MDX file: its frontmatter (unvalidated: the collection's schema checks it) and its text. */
export interface MdxFile {
  frontmatter: Record<string, unknown>;
  tree: MdxTreeNode[];
}

const COMPONENTS: ReadonlySet<string> = new Set(MDX_COMPONENTS);
const INLINE_TAGS: ReadonlySet<string> = new Set(['strong', 'em', 'a']);
const BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'ul', 'ol']);

/** The HTML tree as Sätteri gives it (hast, with MDX's JSX and ESM nodes). */
interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
  position?: { start: { line: number; column: number } };
}

const FEATURES = { gfm: false, smartPunctuation: false } as const;

/** What a node is, for an editor. */
function describe(node: HastNode): string {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return node.name ? `the component <${node.name}>` : 'a fragment <>';
    case 'mdxjsEsm':
      return 'an import or export';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `an expression {${node.value ?? ''}}`;
    case 'element':
      return `Markdown that makes <${node.tagName}>`;
    default:
      return `a «${node.type}» node`;
  }
}

/** A node outside the grammar: the path to it (child indices from the root) and what was expected. */
interface Fault {
  path: number[];
  message: string;
}

/**
 * The first node outside the grammar, or undefined. `where`: the kind of content the node
 * stands in («flow» at the top, in a component holding blocks or in a list item; «phrasing»
 * in a paragraph, a link or an inline component; «list» directly in a list).
 */
function fault(nodes: readonly HastNode[], where: 'flow' | 'phrasing' | 'list', path: number[], within?: string): Fault | undefined {
  for (const [i, node] of nodes.entries()) {
    const at = [...path, i];
    const fail = (expected: string): Fault => ({ path: at, message: `expected ${expected}, found ${describe(node)}` });
    if (node.type === 'text') {
      if (where === 'list' && node.value?.trim()) return fail('list items');
      continue;
    }
    let inner: 'flow' | 'phrasing' | 'list';
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!node.name || !COMPONENTS.has(node.name)) return fail(`one of the page components (${MDX_COMPONENTS.join(', ')})`);
      if (where === 'list') return fail('list items');
      if (within && isAstroComponent(node.name as MdxComponentName))
        return fail(`text, a link, emphasis or a component of the running text in ${within} (not ${MDX_ASTRO_COMPONENTS.join(', ')})`);
      for (const a of node.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute') return fail(`plain attributes on <${node.name}>, not a spread {…}`);
        if (a.value !== null && a.value !== undefined && typeof a.value !== 'string')
          return fail(`a quoted value for ${a.name} on <${node.name}>, not an expression`);
      }
      inner = node.type === 'mdxJsxFlowElement' ? 'flow' : 'phrasing';
    } else if (node.type === 'element' && node.tagName === 'li') {
      if (where !== 'list') return fail('a list item only in a list');
      inner = 'flow';
    } else if (node.type === 'element' && (BLOCK_TAGS.has(node.tagName!) || INLINE_TAGS.has(node.tagName!))) {
      const block = BLOCK_TAGS.has(node.tagName!);
      if (where === 'list') return fail('list items');
      if (where === 'phrasing' && block) return fail('text, a link or a component');
      if (node.tagName === 'a' && typeof node.properties?.['href'] !== 'string') return fail('a link with an address');
      inner = node.tagName === 'ul' || node.tagName === 'ol' ? 'list' : 'phrasing';
    } else {
      return fail(
        where === 'phrasing'
          ? 'text, a link, emphasis or a page component'
          : 'a paragraph, a list or a page component (Markdown text and the components the pages use)',
      );
    }
    // Inside a component of the running text or a link, which src/components/mdx/html.ts writes as HTML, no component rendered by Astro.
    const text =
      node.type === 'element' ? (node.tagName === 'a' ? 'a link' : undefined) : isAstroComponent(node.name as MdxComponentName) ? undefined : `<${node.name}>`;
    const below = fault(node.children ?? [], inner, at, within ?? text);
    if (below) return below;
  }
  return undefined;
}

/** The checked HTML tree → the plain tree. */
function plain(nodes: readonly HastNode[]): MdxTreeNode[] {
  const out: MdxTreeNode[] = [];
  for (const node of nodes) {
    let next: MdxTreeNode;
    if (node.type === 'text') next = node.value ?? '';
    else if (node.type === 'element' && node.tagName === 'a') {
      const { href, title } = node.properties ?? {};
      next = { href: href as string, ...(typeof title === 'string' && { title }), children: plain(node.children ?? []) };
    } else if (node.type === 'element') {
      const start = node.properties?.['start'];
      next = { tag: node.tagName as MdxTreeTag, ...(typeof start === 'number' && { start }), children: plain(node.children ?? []) };
    } else {
      const props: Record<string, string | true> = {};
      for (const a of node.attributes ?? []) props[a.name!] = typeof a.value === 'string' ? a.value : true;
      next = { component: node.name as MdxComponentName, props, children: plain(node.children ?? []) };
    }
    const last = out[out.length - 1];
    if (typeof next === 'string' && typeof last === 'string') out[out.length - 1] = last + next;
    else if (next !== '') out.push(next);
  }
  return out;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The frontmatter of one MDX file (unvalidated: the collection's schema checks it). `file`
 * names it in errors (a path relative to the project), with the line of the fault.
 *
 * Read with js-yaml and YAML 1.2's core schema (strings, numbers, booleans, null; no dates):
 * the same values as the `yaml` package that writes the files (src/site/mdx.ts), in about a
 * fifth of the time or less (the 885 files of ×10: 0.8–0.9 s → 0.06–0.17 s; the content sync of
 * every build reads them all). `tests/mdx-frontmatter.test.ts` compares the two on every page.
 */
export function parseMdxFrontmatter(source: string, file: string): Record<string, unknown> {
  const head = FRONTMATTER.exec(source);
  if (!head) throw new Error(`${file}:1: expected YAML frontmatter between --- lines at the top of the file`);
  let data: unknown;
  try {
    data = loadYaml(head[1]!, { schema: CORE_SCHEMA });
  } catch (error) {
    // The frontmatter starts on the file's second line.
    const line = error instanceof YAMLException ? error.mark.line + 2 : 2;
    const reason = error instanceof YAMLException ? error.reason : (error as Error).message;
    throw new Error(`${file}:${line}: frontmatter is not valid YAML: ${reason}`, { cause: error });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}:2: expected the frontmatter to be a YAML mapping`);
  return data as Record<string, unknown>;
}

/**
 * A text at least twice this long is parsed in pieces of about this size. Sätteri holds a
 * whole text's tree at once while it parses: the longest letter of the ×100 benchmark corpus
 * (7.5 MB of MDX) parsed whole in 2.96 s with the process at 572 MB at its peak, in pieces in
 * 0.89 s at 240 MB; in that build Astro's process peaked there, at 1.9 GB.
 */
export const PIECE_CHARS = 256 * 1024;

/** A line that opens a component on a line of its own (`<Actions paragraph="p3">`), or closes one (`</Actions>`). */
const OPENS = /^<[A-Z][A-Za-z0-9]*(?:\s.*)?>$/;
const CLOSES = /^<\/[A-Z][A-Za-z0-9]*>$/;
/** A link reference definition (`[label]: address`): it may be used anywhere in the text. */
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

/**
 * The text cut into pieces of at least `size` characters (joined by line endings, they are
 * the text), each cut before a component that starts a line after a blank line, outside
 * every component: there a paragraph or list has ended and no component is open, so each
 * piece parses as it does within the whole text.
 * A text with a link reference definition stays whole. The cuts are found from the lines
 * (the writer puts a block component's tags on lines of their own); a cut that falls inside
 * a component anyway leaves a tag unclosed, so that piece does not parse and `parseMdxText`
 * parses the whole text instead.
 */
export function mdxPieces(source: string, size = PIECE_CHARS): string[] {
  if (source.length < 2 * size || DEFINITION.test(source)) return [source];
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  let blank = false;
  // Never within the frontmatter.
  const body = FRONTMATTER.exec(source)?.[0].length ?? 0;
  for (let at = body; at < source.length;) {
    const end = source.indexOf('\n', at);
    const next = end < 0 ? source.length : end + 1;
    const line = source.slice(at, end < 0 ? source.length : end);
    if (blank && depth === 0 && at - start >= size && source.length - at >= size && /^<[A-Z]/.test(line)) {
      out.push(source.slice(start, at - 1));
      start = at;
    }
    if (OPENS.test(line) && !line.endsWith('/>') && !line.includes('</')) depth++;
    else if (CLOSES.test(line)) depth = Math.max(0, depth - 1);
    blank = line.trim() === '';
    at = next;
  }
  out.push(source.slice(start));
  return out;
}

/** The HTML tree of `source` without positions: parsed in pieces (mdxPieces), or whole where a piece does not parse. */
function hastChildren(source: string, size: number): HastNode[] {
  const parts = mdxPieces(source, size);
  if (parts.length > 1) {
    try {
      const children: HastNode[] = [];
      for (const [i, part] of parts.entries()) {
        const more = (mdxToHast(part, { features: FEATURES, position: false }) as HastNode).children ?? [];
        // Between two blocks the whole text's tree holds a line ending.
        if (i > 0 && children.length && more.length) children.push({ type: 'text', value: '\n' });
        for (const node of more) children.push(node);
      }
      return children;
    } catch {
      // A cut inside a component: the whole text is parsed below (and names the fault, if there is one).
    }
  }
  return (mdxToHast(source, { features: FEATURES, position: false }) as HastNode).children ?? [];
}

/**
 * The text of one MDX file as its plain tree. `file` names it in errors (a path relative to
 * the project). Throws with the file and line on anything outside the grammar. A long text is
 * parsed in pieces of about `pieceChars` characters (mdxPieces), with the same result.
 */
export function parseMdxText(source: string, file: string, pieceChars = PIECE_CHARS): MdxTreeNode[] {
  let children: HastNode[];
  try {
    // Without positions (half the tree's memory); they are read again only to name a fault's line.
    children = hastChildren(source, pieceChars);
  } catch (error) {
    throw new Error(`${file}:${(error as Error).message.replace(/^(\d+:\d+): /, '$1: not valid MDX: ')}`, { cause: error });
  }
  const bad = fault(children, 'flow', []);
  if (bad) {
    // The fault's line, from the whole text parsed with positions (the same tree as the pieces').
    let node = mdxToHast(source, { features: FEATURES }) as HastNode;
    for (const i of bad.path) node = node.children![i]!;
    throw new Error(`${file}${node.position ? `:${node.position.start.line}` : ''}: ${bad.message}`);
  }
  return plain(children);
}

/**
 * Parses one MDX file: its frontmatter and its text. `file` names it in errors (a path
 * relative to the project). Throws with the file and line on anything outside the grammar.
 */
export function parseMdxFile(source: string, file: string): MdxFile {
  const frontmatter = parseMdxFrontmatter(source, file);
  return { frontmatter, tree: parseMdxText(source, file) };
}
