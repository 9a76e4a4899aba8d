/**
 * A committed MDX file (content/pages/, content/passages/, content/editorial/) → its
 * frontmatter and its text as a plain, serialisable tree, rendered by one component
 * (src/components/MdxTree.astro) instead of one compiled module per page.
 *
 * The file is read with the same MDX syntax extensions that wrote it (src/site/mdx.ts),
 * and only the small grammar the writer uses is accepted: paragraphs, text, links,
 * unordered and ordered lists, strong and emphasis (editorial prose), and the components
 * of `MDX_COMPONENTS` with plain string or boolean attributes. Anything else — an unknown
 * component, an HTML tag, an expression, an `import`/`export`, a heading or code block —
 * stops the build with the file, the line and what was expected. Text stays text: the tree
 * holds it as strings, which the component writes escaped.
 *
 * The tree is what MDX itself makes of the file: a paragraph holding only components is
 * unwrapped (as MDX does), then mdast-util-to-hast (MDX's own step) gives the HTML elements
 * and the line endings between blocks, so the page is byte for byte what MDX rendered.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { frontmatter } from 'micromark-extension-frontmatter';
import { toHast } from 'mdast-util-to-hast';
import type { Nodes as MdastNodes, Parent as MdastParent, Root as MdastRoot } from 'mdast';
import type { ElementContent, Nodes as HastNodes } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { parse as parseYaml } from 'yaml';
import { MDX_COMPONENTS, type MdxComponentName } from './mdx.ts';

/** The HTML elements MDX makes of Markdown. */
export type MdxTreeTag = 'p' | 'ul' | 'ol' | 'li' | 'strong' | 'em';

/** A Markdown element: a paragraph, a list, an item, strong or emphasised text. */
export interface MdxTreeElement {
  tag: MdxTreeTag;
  /** An ordered list's first number, where it is not 1. */
  start?: number;
  children: MdxTreeNode[];
}

/** A Markdown link, rendered by src/components/mdx/Link.astro. */
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
const BLOCK = new Set(['paragraph', 'list', 'mdxJsxFlowElement']);
const INLINE = new Set(['text', 'link', 'strong', 'emphasis', 'mdxJsxTextElement']);

/** Names an mdast node for an editor. */
function describe(node: MdastNodes): string {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return node.name ? `the component <${node.name}>` : 'a fragment <>';
    case 'mdxjsEsm':
      return 'an import or export';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `an expression {${node.value}}`;
    default:
      return `Markdown «${node.type}»`;
  }
}

/** Checks an mdast node and its descendants against the grammar the writer uses. */
function check(node: MdastNodes, file: string, inList: boolean): void {
  const fail = (expected: string): never => {
    const line = node.position?.start.line;
    throw new Error(`${file}${line !== undefined ? `:${line}` : ''}: expected ${expected}, found ${describe(node)}`);
  };
  const children = (allowed: ReadonlySet<string>, what: string, list = false) => {
    for (const child of (node as MdastParent).children) {
      if (!allowed.has(child.type)) {
        check(child, file, list); // names the node when it is outside the grammar altogether
        fail(what);
      }
      check(child, file, list);
    }
  };
  switch (node.type) {
    case 'text':
      return;
    case 'paragraph':
    case 'strong':
    case 'emphasis':
      return children(INLINE, 'text, a link, emphasis or a component');
    case 'link':
      return children(INLINE, 'text, emphasis or a component inside a link');
    case 'list':
      for (const item of node.children) check(item, file, true);
      return;
    case 'listItem':
      if (!inList || (node.checked !== null && node.checked !== undefined)) fail('a list item');
      return children(BLOCK, 'a paragraph, a list or a component in a list item');
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      if (!node.name || !COMPONENTS.has(node.name)) fail(`one of the page components (${MDX_COMPONENTS.join(', ')})`);
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') fail(`plain attributes on <${node.name}>, found a spread {…}`);
        else if (attribute.value !== null && typeof attribute.value !== 'string')
          fail(`a quoted value for ${attribute.name} on <${node.name}>, not an expression`);
      }
      return node.type === 'mdxJsxFlowElement'
        ? children(BLOCK, `a paragraph, a list or a component inside <${node.name}>`)
        : children(INLINE, `text, a link or a component inside <${node.name}>`);
    }
    default:
      fail(`Markdown text (paragraphs, lists, links) and the page components`);
  }
}

/**
 * MDX's own step before HTML (remark-mark-and-unravel of @mdx-js/mdx): a paragraph that
 * holds only components (and white space) is no paragraph; its components stand as blocks.
 */
function unravel(parent: MdastParent): void {
  const out: MdastNodes[] = [];
  for (const child of parent.children) {
    if (child.type === 'paragraph') {
      const only = child.children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && /^[\t\n\r ]*$/.test(c.value)));
      if (only && child.children.some((c) => c.type === 'mdxJsxTextElement')) {
        for (const c of child.children) {
          if (c.type === 'mdxJsxTextElement') {
            const flow: MdxJsxFlowElement = { ...(c as MdxJsxTextElement), type: 'mdxJsxFlowElement', children: c.children as MdxJsxFlowElement['children'] };
            unravel(flow);
            out.push(flow);
          }
        }
        continue;
      }
    }
    if ('children' in child) unravel(child);
    out.push(child);
  }
  parent.children = out as MdastParent['children'];
}

const TAGS: ReadonlySet<string> = new Set<MdxTreeTag>(['p', 'ul', 'ol', 'li', 'strong', 'em']);

/** The HTML tree (with the components passed through) → the plain tree. */
function plain(nodes: readonly (ElementContent | HastNodes)[]): MdxTreeNode[] {
  const out: MdxTreeNode[] = [];
  for (const node of nodes) {
    let next: MdxTreeNode;
    if (node.type === 'text') next = node.value;
    else if (node.type === 'element' && node.tagName === 'a') {
      const { href, title } = node.properties;
      next = { href: String(href), ...(typeof title === 'string' && { title }), children: plain(node.children) };
    } else if (node.type === 'element' && TAGS.has(node.tagName)) {
      const start = node.properties['start'];
      next = { tag: node.tagName as MdxTreeTag, ...(typeof start === 'number' && { start }), children: plain(node.children) };
    } else if ((node.type as string) === 'mdxJsxFlowElement' || (node.type as string) === 'mdxJsxTextElement') {
      const jsx = node as unknown as MdxJsxFlowElement & { children: HastNodes[] };
      const props: Record<string, string | true> = {};
      for (const a of jsx.attributes) if (a.type === 'mdxJsxAttribute') props[a.name] = a.value === null || a.value === undefined ? true : (a.value as string);
      next = { component: jsx.name as MdxComponentName, props, children: plain(jsx.children as ElementContent[]) };
    } else {
      throw new Error(`mdx-tree: unexpected HTML node ${node.type}${'tagName' in node ? ` <${node.tagName}>` : ''}`);
    }
    const last = out[out.length - 1];
    if (typeof next === 'string' && typeof last === 'string') out[out.length - 1] = last + next;
    else if (next !== '') out.push(next);
  }
  return out;
}

/**
 * Parses one MDX file. `file` names it in errors (a path relative to the project).
 * Throws with the file and line on anything outside the grammar.
 */
export function parseMdxFile(source: string, file: string): MdxFile {
  let root: MdastRoot;
  try {
    root = fromMarkdown(source, {
      extensions: [mdxjs(), frontmatter(['yaml'])],
      mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
    });
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    throw new Error(`${file}${e.line ? `:${e.line}:${e.column ?? 1}` : ''}: not valid MDX: ${e.reason ?? e.message}`, { cause: error });
  }
  const [head, ...body] = root.children;
  if (head?.type !== 'yaml') throw new Error(`${file}:1: expected YAML frontmatter between --- lines at the top of the file`);
  let data: unknown;
  try {
    data = parseYaml(head.value);
  } catch (error) {
    throw new Error(`${file}:${head.position?.start.line ?? 1}: frontmatter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}:1: expected the frontmatter to be a YAML mapping`);
  const text: MdastRoot = { type: 'root', children: body };
  for (const node of body) {
    if (!BLOCK.has(node.type)) {
      check(node, file, false);
      const line = node.position?.start.line;
      throw new Error(`${file}${line !== undefined ? `:${line}` : ''}: expected a paragraph, a list or a component, found ${describe(node)}`);
    }
    check(node, file, false);
  }
  unravel(text);
  const hast = toHast(text, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] });
  return { frontmatter: data as Record<string, unknown>, tree: plain(hast.type === 'root' ? hast.children : [hast]) };
}
