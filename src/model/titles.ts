/**
 * Short titles of the annex actions and of the actions and recommendations of
 * 29 362 nr. 282 (content/titles.json): the sources give none, so the edition writes
 * them, whole (never cut, no «…»), and marks each one that is not the source's own words.
 */
import { z } from 'zod';
import type { Block, Corpus } from './schema.ts';
import { plainText } from './text.ts';

/** Longest title, in characters, without the «Actie N — » label. */
export const TITLE_MAX = 90;

/** Words a whole title never ends on: a title ending here was cut mid-phrase. */
const DANGLING = new Set(
  'de het een van voor om te en of met tot aan op in bij naar zodat dat die als door over uit dan maar want waarbij waarin welke wie wat zijn haar hun'.split(
    ' ',
  ),
);

/** Why a title is not whole, or undefined when it is. */
export function titleDefect(title: string): string | undefined {
  if (/…|\.\.\./.test(title)) return 'contains an ellipsis («…»); expected a whole title';
  if (title !== title.trim() || /\s{2}/.test(title)) return 'has spaces at its start or end, or two in a row';
  if (title.length > TITLE_MAX) return `is ${title.length} characters long; expected at most ${TITLE_MAX}`;
  if (/[,;:–—-]$/.test(title)) return `ends on «${title.at(-1)}»; expected a whole phrase`;
  const last = /([\p{L}]+)[^\p{L}]*$/u.exec(title)?.[1]?.toLocaleLowerCase('nl');
  if (last && DANGLING.has(last)) return `ends on «${last}»; expected a whole phrase, not one cut off`;
  const first = /[\p{L}\p{N}]/u.exec(title)?.[0];
  if (first && first !== first.toLocaleUpperCase('nl')) return 'starts with a small letter; expected a capital';
  for (const [open, close] of [
    ['(', ')'],
    ['«', '»'],
    ['[', ']'],
  ] as const) {
    if (title.split(open).length !== title.split(close).length) return `has «${open}» and «${close}» unbalanced`;
  }
  return undefined;
}

export const TitleEntrySchema = z
  .object({
    number: z.number().int().min(1),
    title: z.string().min(3),
    /** True where the title is the edition's words, not the source's (shown marked). */
    editorial: z.boolean(),
    /** An editor's note on the wording, where one is needed. */
    note: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const defect = titleDefect(e.title);
    if (defect) ctx.addIssue({ code: 'custom', path: ['title'], message: `title of number ${e.number} «${e.title}» ${defect}` });
  });
export type TitleEntry = z.infer<typeof TitleEntrySchema>;

export const TitlesSchema = z
  .object({
    actions: z.array(TitleEntrySchema),
    rrActions: z.array(TitleEntrySchema),
    rrRecommendations: z.array(TitleEntrySchema),
  })
  .strict();
export type Titles = z.infer<typeof TitlesSchema>;

export type TitleKind = keyof Titles;

/** The title entry of an item. Synthetic corpora (the benchmark) reuse the titles of the 86 originals. */
export function titleEntry(corpus: Pick<Corpus, 'titles' | 'synthetic'>, kind: TitleKind, number: number): TitleEntry {
  const list = corpus.titles[kind];
  const n = kind === 'actions' && corpus.synthetic && number > list.length ? ((number - 1) % list.length) + 1 : number;
  const entry = list.find((e) => e.number === n);
  if (!entry) throw new Error(`content/titles.json: expected a title for ${kind} ${number}`);
  return entry;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Problems of content/titles.json against the corpus: every action, action and recommendation
 * of 29 362 nr. 282 has exactly one title, none names a number that does not exist, and a
 * title marked as the source's own words stands, word for word, in the item's text.
 */
export function titleIssues(corpus: Corpus): string[] {
  const rr = corpus.regelsEnRuimte;
  const blocksOf = (ids: readonly string[]): Block[] => rr.blocks.filter((b) => ids.includes(b.id));
  const items: Record<TitleKind, Map<number, string>> = {
    actions: new Map(corpus.annex.actions.map((a) => [a.number, plainText(a.description)])),
    rrActions: new Map(rr.actions.map((a) => [a.number, plainText(blocksOf(a.blockIds))])),
    rrRecommendations: new Map(rr.recommendations.map((r) => [r.number, plainText(blocksOf(r.textBlockIds))])),
  };
  const issues: string[] = [];
  for (const kind of Object.keys(items) as TitleKind[]) {
    const entries = corpus.titles[kind];
    const seen = new Set<number>();
    for (const e of entries) {
      if (seen.has(e.number)) issues.push(`${kind} ${e.number}: expected one title, found a second («${e.title}»)`);
      seen.add(e.number);
      const text = items[kind].get(e.number);
      if (text === undefined) {
        if (!(kind === 'actions' && corpus.synthetic)) issues.push(`${kind} ${e.number}: has a title, but the source has no such item`);
        continue;
      }
      if (!e.editorial && !flat(text).includes(flat(e.title))) {
        issues.push(
          `${kind} ${e.number}: «${e.title}» is marked as the source's own words (editorial: false), but the text does not contain it; mark it editorial: true`,
        );
      }
    }
    if (kind === 'actions' && corpus.synthetic) continue;
    for (const n of items[kind].keys()) if (!seen.has(n)) issues.push(`${kind} ${n}: expected a title, found none`);
  }
  return issues.map((i) => `content/titles.json: ${i}`);
}
