/**
 * A page's route data → its MDX file. The page's text becomes an mdast syntax tree
 * (headings, paragraphs, lists, quotes, links, footnotes) that mdast-util-to-markdown
 * serialises with the MDX and GFM extensions, so escaping `<`, `{`, `*`, `_`, `[`, a
 * `---` line or an `import`/`export` line is the library's job, never string pasting.
 *
 * MDX components (src/components/mdx/) carry only what Markdown cannot say: anchors of
 * paragraphs and headings, page marks, footnote markers and notes with the labels the
 * original prints, [sic] and insertion marks, abbreviations, sections and the letter
 * passage of a theme. The frontmatter is the route data's YAML.
 */
import { resolveLabels } from './labels.ts';
import type { MdxComponentName } from './mdx-components.ts';
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { stringify as yaml } from 'yaml';
import type { Block, EditorialNote, Footnote, Inline } from '../model/schema.ts';
import { refIdFor, runsKey, type NoteContext } from './notes.ts';
import { hasUnnumberedBreak, pageSpans } from './cite.ts';
import { frontmatterOf, type BlockAfter, type BodyPart, type LinkItem, type Passage, type RouteData } from './route-data.ts';

export { MDX_COMPONENTS, type MdxComponentName } from './mdx-components.ts';

/** What the writer needs besides the page: abbreviations and the reasons of corrections. */
export interface MdxContext {
  /** Splits a text into plain pieces and known abbreviations. */
  splitAbbr: (text: string) => (string | { abbr: string; title: string })[];
  /**
   * Splits a text into plain pieces and terms of «Begrippen» (src/site/glossary.ts); the first
   * use of each term on a page links to its explanation. Absent: no term links.
   */
  splitTerms?: (text: string) => (string | { text: string; slug: string })[];
  /** The reason of a correction, by id. */
  reason: (correction: string) => string;
}

type Attrs = Record<string, string | number | boolean | undefined>;

function attributes(attrs: Attrs): MdxJsxAttribute[] {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([name, v]) => ({ type: 'mdxJsxAttribute', name, value: v === true ? null : String(v) }));
}

function textEl(name: MdxComponentName, attrs: Attrs, children: PhrasingContent[] = []): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(attrs), children };
}

function flowEl(name: MdxComponentName, attrs: Attrs, children: RootContent[]): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attributes(attrs), children: children as MdxJsxFlowElement['children'] };
}

const text = (value: string): Text => ({ type: 'text', value });
const para = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/**
 * A line of source text that starts with `import` or `export` would be read by MDX as
 * JavaScript; the serialiser encodes its first letter (&#x69;mport) so it stays text.
 */
const UNSAFE: NonNullable<ToMarkdownOptions['unsafe']> = [
  { atBreak: true, character: 'i', after: 'mport\\b' },
  { atBreak: true, character: 'e', after: 'xport\\b' },
];

const OPTIONS: ToMarkdownOptions = {
  extensions: [mdxToMarkdown(), gfmToMarkdown(), frontmatterToMarkdown(['yaml'])],
  unsafe: UNSAFE,
  bullet: '-',
  emphasis: '_',
  rule: '-',
};

/** Serialises an mdast tree (with MDX and frontmatter nodes) to MDX text. */
export function serialize(tree: Root): string {
  return toMarkdown(tree, OPTIONS);
}

class PageWriter {
  private readonly ctx: MdxContext;
  /** The terms of «Begrippen» this page links already: only the first use of each is a link (and a tab stop). */
  private readonly linked = new Set<string>();

  constructor(ctx: MdxContext) {
    this.ctx = ctx;
  }

  private abbrs(value: string): PhrasingContent[] {
    return this.ctx.splitAbbr(value).map((piece) => (typeof piece === 'string' ? text(piece) : textEl('Abbr', { title: piece.title }, [text(piece.abbr)])));
  }

  /** A text run: abbreviations marked, and the first use on the page of each term linked to «Begrippen». */
  private textRun(value: string, terms: boolean): PhrasingContent[] {
    if (!terms || !this.ctx.splitTerms) return this.abbrs(value);
    return this.ctx.splitTerms(value).flatMap((piece) => {
      if (typeof piece === 'string') return this.abbrs(piece);
      if (this.linked.has(piece.slug)) return this.abbrs(piece.text);
      this.linked.add(piece.slug);
      return [textEl('Term', { slug: piece.slug }, this.abbrs(piece.text))];
    });
  }

  /** `terms: false` where a link may not stand: a heading's name. */
  inlines(runs: readonly Inline[], notes: NoteContext, key: string, { terms = true }: { terms?: boolean } = {}): PhrasingContent[] {
    const out: PhrasingContent[] = [];
    runs.forEach((run, index) => {
      switch (run.type) {
        case 'text':
          out.push(...this.textRun(run.value, terms));
          break;
        case 'noteRef':
          out.push(
            textEl('Fn', {
              href: `${notes.base}#${run.note}`,
              label: run.label,
              id: notes.first.has(`${key}:${index}`) ? refIdFor(run.note) : undefined,
            }),
          );
          break;
        case 'ref':
          out.push({ type: 'link', url: 'internal' in run.resolved ? run.resolved.internal : run.resolved.external, children: [text(run.value)] });
          break;
        case 'editorial':
          out.push(textEl('Ins', { correction: run.correction, reason: this.ctx.reason(run.correction) }, [text(run.value)]));
          break;
        case 'sic':
          out.push(textEl('Sic', { correction: run.correction, reason: this.ctx.reason(run.correction) }));
          break;
        case 'pageBreak':
          out.push(textEl('PageMark', run.page !== undefined ? { n: run.page } : {}));
          break;
        default: {
          const unknown: never = run;
          throw new Error(`mdx: unknown inline run ${JSON.stringify(unknown)}`);
        }
      }
    });
    return out;
  }

  editorial(note: EditorialNote): RootContent {
    return para([textEl('Editorial', { note: note.id }, [text(note.text)])]);
  }

  links(items: readonly LinkItem[]): RootContent[] {
    if (!items.length) return [];
    return [
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: items.map((item) => ({
          type: 'listItem',
          spread: false,
          // Plain Markdown text has no component to resolve a label at render time: written as words (src/site/labels.ts).
          children: [
            para([
              { type: 'link', url: item.href, children: [text(resolveLabels(item.label))] },
              ...(item.after ? [text(resolveLabels(item.after))] : []),
              ...(item.reference ? [textEl('Resolved', { reference: item.reference })] : []),
            ]),
          ],
        })),
      },
    ];
  }

  /** What the edition adds after a block: the actions a letter paragraph discusses, its editorial notes. */
  after(add: BlockAfter | undefined): RootContent[] {
    if (!add) return [];
    const out: RootContent[] = [];
    if (add.actions) {
      out.push(
        flowEl('Actions', { paragraph: add.actions.block }, [
          ...(add.actions.discusses.length ? [flowEl('Actions', { role: 'discusses' }, this.links(add.actions.discusses))] : []),
          ...(add.actions.mentions.length ? [flowEl('Actions', { role: 'mentions' }, this.links(add.actions.mentions))] : []),
        ]),
      );
    }
    for (const note of add.notes ?? []) out.push(this.editorial(note));
    return out;
  }

  blocks(
    blocks: readonly Block[],
    notes: NoteContext,
    {
      shift = 0,
      idPrefix = '',
      after,
      cites,
    }: { shift?: number; idPrefix?: string; after?: Readonly<Record<string, BlockAfter>>; cites?: Readonly<Record<string, string>> } = {},
  ): RootContent[] {
    const out: RootContent[] = [];
    const spans = pageSpans(blocks);
    let lastPage: number | undefined;
    for (const block of blocks) {
      const id = idPrefix + block.id;
      const cite = cites?.[block.id];
      const mark: PhrasingContent[] = [];
      if (block.page !== undefined && block.page !== lastPage) mark.push(textEl('PageMark', { n: block.page }));
      lastPage = spans.get(block.id)?.last ?? (hasUnnumberedBreak(block) ? undefined : lastPage);
      switch (block.kind) {
        case 'heading': {
          const level = Math.min(6, block.level + shift);
          const number = block.number ? `${/^\d+$/.test(block.number) ? `${block.number}.` : block.number} ` : '';
          // A heading's page is in its citation; read aloud inside its name it would only be noise.
          const headingMark = mark.length ? [textEl('PageMark', { n: block.page, silent: true })] : [];
          out.push(
            para([
              textEl(`H${level}` as MdxComponentName, { id, cite }, [
                ...headingMark,
                ...(number ? [text(number)] : []),
                ...this.inlines(block.content, notes, id, { terms: false }),
              ]),
            ]),
          );
          break;
        }
        case 'paragraph':
          out.push(para([textEl('P', { id, cite }, [...mark, ...this.inlines(block.content, notes, id)])]));
          break;
        case 'quote':
          out.push(para([textEl('Quote', { id, cite }, [...mark, ...this.inlines(block.content, notes, id)])]));
          break;
        case 'signature':
          out.push(para([textEl('Signature', { id, cite }, [...mark, ...this.inlines(block.content, notes, id)])]));
          break;
        case 'list': {
          const labelled = block.items.some((i) => i.label !== undefined);
          out.push(
            flowEl('List', { id, ordered: block.ordered, labelled, cite }, [
              ...(mark.length ? [para(mark)] : []),
              {
                type: 'list',
                ordered: false,
                spread: false,
                children: block.items.map((item, i) => ({
                  type: 'listItem',
                  spread: false,
                  children: [
                    para([...(item.label ? [textEl('Label', {}, [text(item.label)]), text(' ')] : []), ...this.inlines(item.content, notes, runsKey(id, i))]),
                  ],
                })),
              },
            ]),
          );
          break;
        }
        default: {
          const unknown: never = block;
          throw new Error(`mdx: unknown block ${JSON.stringify(unknown)}`);
        }
      }
      out.push(...this.after(after?.[block.id]));
    }
    return out;
  }

  footnotes(notes: readonly Footnote[], context: NoteContext, headingId?: string, explanation?: EditorialNote): RootContent[] {
    if (!notes.length) return [];
    const inner: NoteContext = { base: '', first: new Set(), referenced: new Set() };
    return [
      flowEl('Footnotes', { id: headingId }, [
        // The edition's note on the notes stands before their list, never inside it.
        ...(explanation ? [this.editorial(explanation)] : []),
        flowEl(
          'Notes',
          {},
          notes.map((fn) =>
            para([
              textEl(
                'Note',
                {
                  id: fn.id,
                  label: fn.label,
                  source: fn.sourceLabel !== undefined && fn.sourceLabel !== fn.label ? fn.sourceLabel : undefined,
                  back: context.referenced.has(fn.id) ? refIdFor(fn.id) : undefined,
                  unplaced: !fn.placed,
                  page: fn.page,
                  placement: explanation ? fn.placement : undefined,
                },
                this.inlines(fn.content, inner, fn.id),
              ),
            ]),
          ),
        ),
      ]),
    ];
  }

  part(part: BodyPart): RootContent[] {
    switch (part.type) {
      case 'blocks':
        return this.blocks(part.blocks, part.notes, part);
      case 'front':
        return [
          flowEl(
            'Front',
            {},
            part.lines.map((line) => para([text(line)])),
          ),
        ];
      case 'section':
        return [
          flowEl(
            'Section',
            { id: part.id, title: part.title, note: part.note, ignore: part.ignore, weight: part.weight, decision: part.decision },
            part.parts.flatMap((p) => this.part(p)),
          ),
        ];
      case 'links': {
        const list = this.links(part.items);
        return part.title ? [para([textEl('H3', {}, [text(part.title)])]), ...list] : list;
      }
      case 'editorial':
        return [this.editorial(part.note)];
      case 'statusDate':
        return [flowEl('StatusDate', { date: part.date, ...(part.later && { later: part.later }) }, [])];
      case 'footnotes':
        return this.footnotes(part.notes, part.context, part.headingId, part.explanation);
      default: {
        const unknown: never = part;
        throw new Error(`mdx: unknown body part ${JSON.stringify(unknown)}`);
      }
    }
  }
}

/** The syntax tree of one page: its route data as YAML frontmatter, then its text. */
export function pageTree(page: RouteData, ctx: MdxContext): Root {
  const writer = new PageWriter(ctx);
  return {
    type: 'root',
    children: [
      { type: 'yaml', value: yaml(frontmatterOf(page), { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }).trimEnd() },
      ...page.body.flatMap((p) => writer.part(p)),
    ],
  };
}

/**
 * The MDX of a passage of the letter (content/passages/{theme}.mdx): the section's
 * blocks with anchors prefixed «brief-», their note markers linking to the letter.
 */
export function passageMdx(passage: Passage, ctx: MdxContext): string {
  // No term links in a passage: it is shown (collapsed) on every action page of its theme,
  // and the letter's own page links its terms.
  const writer = new PageWriter({ ...ctx, splitTerms: undefined });
  return serialize({
    type: 'root',
    children: [
      { type: 'yaml', value: yaml({ theme: passage.theme }).trimEnd() },
      ...writer.blocks(passage.blocks, passage.notes, { shift: 1, idPrefix: 'brief-', cites: passage.cites }),
    ],
  });
}

/** The MDX of one page. */
export function pageMdx(page: RouteData, ctx: MdxContext): string {
  return serialize(pageTree(page, ctx));
}
