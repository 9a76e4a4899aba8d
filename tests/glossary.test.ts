/**
 * «Begrippen» (content/begrippen.json) on the real sources: every term and alias is used by
 * the texts (or the build stops), every quotation an entry rests on stands in the texts, the
 * places are computed from the corpus, and the MDX links the first use of a term on a page.
 */
import { describe, expect, it } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';
import { loadInputs } from '../scripts/lib/inputs.ts';
import { mdxContext } from '../scripts/lib/generated.ts';
import { buildCorpus } from '../src/parse/corpus.ts';
import { GlossarySchema, termPlaces, termSplitter } from '../src/model/glossary.ts';
import { plainRuns } from '../src/model/text.ts';
import type { Block, Footnote } from '../src/model/schema.ts';
import { glossaryView } from '../src/site/glossary.ts';
import { pageMdx } from '../src/site/mdx.ts';
import { routeData } from '../src/site/route-data.ts';

const inputs = loadInputs();
const { corpus } = builtCorpus();
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const blocksText = (blocks: readonly Block[]) =>
  blocks.map((b) => (b.kind === 'list' ? b.items.map((i) => plainRuns(i.content)).join(' ') : plainRuns(b.content))).join(' ');
const notesText = (notes: readonly Footnote[]) => notes.map((f) => plainRuns(f.content)).join(' ');
/** All the corpus's text, one string, as the reader sees it ([sic] marks left out). */
const allText = flat(
  [
    ...[corpus.letter, corpus.werkAanUitvoering, corpus.regelsEnRuimte].flatMap((d) => [blocksText(d.blocks), notesText(d.footnotes)]),
    blocksText(corpus.annex.intro),
    ...corpus.annex.actions.flatMap((a) => [blocksText(a.description), blocksText(a.status), notesText(a.footnotes)]),
  ]
    .join(' ')
    .replace(/ \[sic\]/g, ''),
);

describe('the glossary data', () => {
  it('has the terms a parent meets and the shorthand the annex leaves unexplained', () => {
    const names = new Set(corpus.glossary.flatMap((e) => [e.term, ...e.aliases]));
    for (const n of [
      'Commissie Werkelijke Schade',
      'Catshuisregeling',
      'Uitvoeringsorganisatie Herstel Toeslagen',
      'FSV',
      'zwarte lijst',
      'kindregeling',
      'compensatie',
      'WaU',
      'abbb',
      'MFO',
    ]) {
      expect(names, n).toContain(n);
    }
  });

  it('rests every explanation on words the texts hold: each «quotation» of its source stands in the corpus', () => {
    for (const e of corpus.glossary) {
      const quotes = [...e.source.matchAll(/«((?:[^«»]|«[^«»]*»)+)»/g)].map((m) => m[1]!);
      expect(quotes.length, `${e.slug}: its source quotes the texts`).toBeGreaterThan(0);
      for (const q of quotes) {
        // «[…]» leaves words out, «[bepaald]» completes a word: each piece must stand in the texts.
        for (const piece of q
          .split(/\s*\[[^\]]*\]\s*/)
          .map(flat)
          .filter((p) => p.length > 3)) {
          expect(allText.includes(piece) || allText.toLowerCase().includes(piece.toLowerCase()), `${e.slug}: «${piece}»`).toBe(true);
        }
      }
    }
  });

  it('stops the build on a term or alias the texts never use, or a slug used twice', () => {
    const entry = inputs.glossary[0]!;
    expect(() =>
      buildCorpus({ ...inputs, glossary: [...inputs.glossary, { ...entry, slug: 'verzonnen', term: 'Herstelbureau Zonneschijn', aliases: [] }] }),
    ).toThrow(/content\/begrippen\.json «verzonnen»: «Herstelbureau Zonneschijn» occurs nowhere in the texts/);
    expect(() =>
      buildCorpus({ ...inputs, glossary: inputs.glossary.map((e, i) => (i === 0 ? { ...e, aliases: [...e.aliases, 'zwarte lijsten van Mars'] } : e)) }),
    ).toThrow(/«zwarte lijsten van Mars» occurs nowhere/);
    const twice = GlossarySchema.safeParse([...inputs.glossary, { ...entry, term: 'iets anders', aliases: [] }]);
    expect(twice.success).toBe(false);
    expect(twice.error?.message).toMatch(new RegExp(`slug «${entry.slug}» is used twice`));
  });

  it('names shorthand only with an expansion from the abbreviations, never a second copy', () => {
    const view = glossaryView(corpus);
    for (const e of view.filter((x) => x.abbr)) expect(e.expansion, e.slug).toBeTruthy();
    expect(view.find((e) => e.slug === 'wau')?.expansion).toBe('Werk aan Uitvoering');
    expect(() => glossaryView({ ...corpus, glossary: corpus.glossary.map((e) => (e.slug === 'wau' ? { ...e, abbr: 'XYZ' } : e)) })).toThrow(
      /abbr «XYZ» is not an abbreviation/,
    );
  });
});

describe('where the texts use each term', () => {
  const places = termPlaces(corpus, corpus.glossary);
  it('is computed from the corpus: every entry has a place, and each place holds the term', () => {
    const split = termSplitter(corpus.glossary);
    for (const e of corpus.glossary) {
      const list = places.get(e.slug)!;
      expect(list.length, e.slug).toBeGreaterThan(0);
      for (const p of list) expect(p.href).toMatch(/^\/[a-z0-9/-]*\/#[\w-]+$/);
    }
    // Action 12 is the «zwarte lijst»; action 36 the «abbb»; the letter names the Commissie Werkelijke Schade.
    expect(places.get('fsv')!.some((p) => p.href === '/acties/12/#omschrijving-1')).toBe(true);
    expect(places.get('abbb')!.map((p) => p.href)).toContain('/acties/36/#omschrijving-1');
    expect(places.get('commissie-werkelijke-schade')!.every((p) => p.doc === 'kst-35510-60')).toBe(true);
    expect(split('De Catshuisregeling en de Cathuisregeling.').filter((p) => typeof p !== 'string')).toEqual([
      { text: 'Catshuisregeling', slug: 'catshuisregeling' },
      { text: 'Cathuisregeling', slug: 'catshuisregeling' },
    ]);
  });

  it('matches shorthand exactly and other terms in any case, whole words only', () => {
    const split = termSplitter(corpus.glossary);
    const found = (s: string) =>
      split(s)
        .filter((p) => typeof p !== 'string')
        .map((p) => (p as { slug: string }).slug);
    expect(found('Compensatie en compensatie')).toEqual(['compensatie', 'compensatie']);
    expect(found('de WAU en de wau')).toEqual([]);
    expect(found('compensatieregeling')).toEqual([]);
    expect(found('het programma WaU')).toEqual(['wau']);
  });
});

describe('term links in the text', () => {
  const ctx = mdxContext(corpus);
  const pages = routeData(corpus);
  it('link the first use of a term on a page only, never inside a heading', () => {
    let linked = 0;
    for (const p of pages) {
      const mdx = pageMdx(p, ctx);
      const slugs = [...mdx.matchAll(/<Term slug="([a-z0-9-]+)">/g)].map((m) => m[1]!);
      expect(new Set(slugs).size, `${p.route}: a term linked twice`).toBe(slugs.length);
      expect(mdx, p.route).not.toMatch(/<H[1-6][^>]*>[^\n]*<Term /);
      for (const s of slugs) expect(corpus.glossary.some((e) => e.slug === s)).toBe(true);
      linked += slugs.length;
    }
    expect(linked).toBeGreaterThan(100);
    const a12 = pageMdx(
      pages.find((p) => p.route === '/acties/12/')!,
      ctx,
    );
    expect(a12).toMatch(/<Term slug="fsv">zwarte lijst<\/Term>/);
  });
});
