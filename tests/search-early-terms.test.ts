/**
 * The extra terms worked out as the pages' copies come (scripts/lib/search/early-terms.ts),
 * before the last page is counted into the lexicon: once settled, they are those of extraTerms
 * with the whole lexicon.
 */
import { describe, expect, it } from 'vitest';
import { earlyTerms } from '../scripts/lib/search/early-terms.ts';
import { lexiconCounts } from '../scripts/lib/search/lexicon.ts';
import { pageCopies } from '../scripts/lib/search/index-site.ts';
import { extraTerms, wordsOf, type TermSources } from '../src/site/search/terms.ts';

// «zwirpel» is no Hunspell word: the lexicon has it only from the second text on, where it is counted twice.
const texts = ['De zwirpelregeling geldt voor de ZRG.', 'Het zwirpel groeit.', 'Weer een zwirpel, en de zwirpelregeling.'];
const sources: TermSources = { abbreviations: [{ abbr: 'ZRG', expansion: 'Zwirpelregeling' }], sics: [] };

describe('earlyTerms', () => {
  it('gives, once settled, what the whole lexicon gives, a word worked out before it came in included', () => {
    const counts = lexiconCounts();
    const early = earlyTerms(counts, sources);
    const made = texts.map((text) => {
      counts.add(text);
      return early.record(text, wordsOf(text));
    });
    const lex = counts.lexicon();
    expect(lex.has('zwirpel')).toBe(true);
    const cache = early.settle(lex);
    // Split with the whole lexicon; before «zwirpel» was counted twice, it could not be.
    expect(extraTerms(texts[0]!, lex, sources)).toEqual(expect.arrayContaining(['zwirpel', 'regeling', 'zrg']));
    expect(cache.has('zwirpelregeling')).toBe(false);
    // What the first words gave is kept: no word they looked up has come in since.
    expect(cache.has('geldt')).toBe(true);
    for (const [i, text] of texts.entries()) expect(extraTerms(text, lex, sources, cache, wordsOf(text), made[i])).toEqual(extraTerms(text, lex, sources));
  });
});

describe('pageCopies, terms', () => {
  const html = (text: string) => `<!doctype html><html lang="nl"><head><title>T</title></head><body><main><p>${text}</p></main></body></html>`;
  it('works out what the sources give each record as the copies come, those that came before the sources too', () => {
    const copies = pageCopies();
    const send = (i: number) => copies.add(`${i}/index.html`, html(texts[i]!), Buffer.byteLength(html(texts[i]!)));
    send(0);
    copies.startTerms(sources);
    send(1);
    send(2);
    const pages = [...copies.pages.values()].map((c) => c.page);
    const lex = copies.lexiconOf(pages)!;
    const { cache, of } = copies.settle(lex);
    for (const page of pages) {
      const fromSources = of(page)!;
      expect(fromSources).toHaveLength(1);
      expect(extraTerms(page.text, lex, sources, cache, wordsOf(page.text), fromSources[0])).toEqual(extraTerms(page.text, lex, sources));
    }
    expect(of(pages[0]!)![0]).toEqual(['zwirpelregeling', 'zrg']);
  });
});
