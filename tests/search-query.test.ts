/**
 * The search's query understanding (src/client/search/): stop words, numbers, groups of
 * alternatives (synonyms, words joined and split), the ranking over groups with its
 * fallback to pages with some of the words, the «Bedoelde u …?» states, best bets, the
 * excerpt and the annex table's filter — on plain inputs made for them.
 */
import { describe, expect, it } from 'vitest';
import { actionKeys, bestBets, citationKeys, type Target } from '../src/client/search/bestbets.ts';
import { excerpt } from '../src/client/search/excerpt.ts';
import { matches, parseFilter, rowText } from '../src/client/search/filter.ts';
import { analyze, joinWords, splitWord } from '../src/client/search/query.ts';
import { closeness, firstScreen, FEW, matchKind, mergeAlternatives, rank, shown, smallestSpan } from '../src/client/search/rank.ts';
import { distance, nearestWord, suggestionFor, suggestionState, wordList } from '../src/client/search/suggest.ts';
import { contentWords, fold, isStopWord, normalizeNumbers, queryWords } from '../src/client/search/text.ts';

const vocab = (words: Record<string, number>) => (w: string) => words[w] ?? 0;

describe('text: folding, numbers, stop words', () => {
  it('folds case and diacritics', () => {
    expect(fold('Financiën Cliënt')).toBe('financien client');
  });
  it('writes a number in one form, however it is typed', () => {
    for (const q of ['30000', '30.000', '€ 30.000', '€30.000,-', '30 000', '30.000,00']) expect(normalizeNumbers(q), q).toBe('30000');
    expect(queryWords('compensatie van € 30.000')).toEqual(['compensatie', 'van', '30000']);
    // A year, or a number of one group, stays as it is.
    expect(normalizeNumbers('juni 2021')).toBe('juni 2021');
  });
  it('drops stop words and question words from what decides, but keeps a query of stop words only', () => {
    expect(contentWords(queryWords('Wanneer krijg ik mijn geld?'))).toEqual(['geld']);
    expect(contentWords(queryWords('hulp voor kinderen'))).toEqual(['hulp', 'kinderen']);
    expect(contentWords(queryWords('kan ik dat'))).toEqual(['kan', 'ik', 'dat']);
    expect(isStopWord('Hoe')).toBe(true);
    expect(isStopWord('schulden')).toBe(false);
  });
});

describe('query: groups of alternatives', () => {
  const synonyms = [
    { woorden: ['toeslagenaffaire', 'toeslagen affaire'], doelen: ['KOT-affaire'] },
    { woorden: ['geld', 'geld terug'], doelen: ['compensatie'] },
    { woorden: ['ik'], doelen: ['ouder'] },
  ];
  it('one group per word that decides; stop words dropped and listed', () => {
    const a = analyze('hulp voor kinderen');
    expect(a.groups.map((g) => g.term)).toEqual(['hulp', 'kinderen']);
    expect(a.dropped).toEqual(['voor']);
  });
  it('a synonym phrase is one group, the reader’s words first, then the sources’ words', () => {
    const a = analyze('de toeslagen affaire', synonyms);
    expect(a.groups).toEqual([{ term: 'toeslagen affaire', alts: ['toeslagen affaire', 'kot-affaire'] }]);
    expect(analyze('wanneer krijg ik geld terug', synonyms).groups).toEqual([{ term: 'geld terug', alts: ['geld terug', 'compensatie'] }]);
  });
  it('a stop word is no synonym of anything', () => {
    expect(analyze('ik schulden', synonyms).groups.map((g) => g.term)).toEqual(['schulden']);
  });
  it('joins two words the site writes as one, in either order, with a linking s', () => {
    const v = vocab({ serviceteam: 3, toeslagenstelsel: 5, uitvoeringstoets: 2 });
    expect(joinWords('team', 'service', v)).toBe('serviceteam');
    expect(joinWords('toeslagen', 'stelsel', v)).toBe('toeslagenstelsel');
    expect(joinWords('uitvoering', 'toets', v)).toBe('uitvoeringstoets');
    expect(joinWords('hulp', 'kinderen', v)).toBeNull();
    expect(analyze('team service gedupeerden', [], v).groups[0]).toEqual({ term: 'team service', alts: ['team service', 'serviceteam'] });
  });
  it('splits a word the site writes as two, only when the site does not know it', () => {
    const v = vocab({ zwarte: 7, lijst: 13, maatwerk: 40, loket: 16, maatwerkloket: 28 });
    expect(splitWord('zwartelijst', v)).toBe('zwarte lijst');
    expect(splitWord('maatwerkloket', v)).toBeNull();
    expect(analyze('zwartelijst', [], v).groups[0]!.alts).toEqual(['zwartelijst', 'zwarte lijst']);
  });
});

describe('rank: all words first, then some; close together first', () => {
  const h = (id: string, score: number, words: number[] = [0]) => ({ id, score, words });
  it('finds the smallest window holding every list', () => {
    expect(smallestSpan([[1, 50], [2]])).toBe(2);
    expect(smallestSpan([[10], [3, 30], [12]])).toBe(10);
    expect(smallestSpan([[1], []])).toBe(Infinity);
  });
  it('counts adjacent terms more than scattered ones', () => {
    expect(closeness(2, 2)).toBeGreaterThan(closeness(8, 2));
    expect(closeness(8, 2)).toBeGreaterThan(closeness(100, 2));
    expect(closeness(1, 1)).toBe(1);
  });
  it('puts the page where the words stand side by side above a higher-scored page where they are far apart', () => {
    const r = rank([
      [h('far', 10, [5]), h('near', 8, [41])],
      [h('far', 10, [300]), h('near', 8, [40])],
    ]);
    expect(r.map((x) => x.id)).toEqual(['near', 'far']);
    expect(r.every((x) => x.full)).toBe(true);
  });
  it('pages with every group before pages with some; among those the rarer group counts more', () => {
    const common = Array.from({ length: 20 }, (_, i) => h(`c${i}`, 5));
    const r = rank([
      [...common, h('both', 1)],
      [h('rare', 1), h('both', 1)],
    ]);
    expect(r[0]!.id).toBe('both');
    expect(r[0]!.full).toBe(true);
    expect(r[1]!.id).toBe('rare');
    expect(r[1]!.coverage).toBeGreaterThan(r[2]!.coverage);
  });
  it('shows only pages with every word when there are enough of them, otherwise also those with some, and says which', () => {
    // FEW pages with every word are enough; one fewer, and the pages with some join them.
    const full = Array.from({ length: FEW }, (_, i) => `p${i}`);
    const many = rank([[...full.map((id) => h(id, 1)), h('d', 1)], full.map((id) => h(id, 1))]);
    expect(shown(many).map((x) => x.id)).toEqual(full);
    expect(matchKind(many)).toBe('all');
    const fewer = full.slice(1);
    const few = rank([
      [...fewer.map((id) => h(id, 1)), h('d', 1)],
      [...fewer.map((id) => h(id, 1)), h('e', 1)],
    ]);
    expect(
      shown(few)
        .map((x) => x.id)
        .sort(),
    ).toEqual([...fewer, 'd', 'e'].sort());
    expect(matchKind(few)).toBe('some');
    expect(matchKind(rank([[], []]))).toBe('none');
  });
  it('merges the alternatives of a group: per page the best hit', () => {
    expect(mergeAlternatives([[h('a', 1), h('b', 3)], [h('a', 2)]]).map((x) => [x.id, x.score])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
  });
  it('gives every result group a place on the first screen', () => {
    const list = ['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'c1', 'c2'];
    const { first, rest } = firstScreen(list, (x) => x[0]!, 5, 2);
    expect(first).toEqual(['a1', 'a2', 'b1', 'c1', 'c2']);
    expect(rest).toEqual(['a3', 'a4', 'a5']);
    expect(firstScreen(['a1', 'a2'], (x) => x[0]!, 10).first).toEqual(['a1', 'a2']);
  });
});

describe('suggest: «Bedoelde u …?»', () => {
  const v = wordList('belastingdienst:122 algoritmeregister:12 schulden:50 schuldeisers:31 kinderfonds:3');
  it('finds the nearest word of the site, one or two letters off', () => {
    expect(distance('belastingdiesnt', 'belastingdienst', 2)).toBe(1);
    expect(nearestWord('Belastingdiesnt', v)).toBe('belastingdienst');
    expect(nearestWord('kinderfods', v)).toBe('kinderfonds');
    expect(nearestWord('xyzzyq', v)).toBeNull();
  });
  it('replaces only unknown words, keeps stop words and the beginning of a known word, keeps a capital', () => {
    expect(suggestionFor('mijn schulden bij de Belastingdiesnt', v)).toBe('mijn schulden bij de Belastingdienst');
    expect(suggestionFor('algoritmeregi', v)).toBeNull();
    expect(suggestionFor('schulden', v)).toBeNull();
  });
  it('decides between replacing the results, offering the suggestion and doing nothing', () => {
    expect(suggestionState(0, 5)).toBe('replace');
    expect(suggestionState(2, 5)).toBe('replace');
    expect(suggestionState(2, 1)).toBe('offer');
    expect(suggestionState(10, 4)).toBe('offer');
    expect(suggestionState(4, 0)).toBe('none');
    expect(suggestionState(0, null)).toBe('none');
    // The typed word found only look-alikes: the suggestion's best match is better.
    expect(suggestionState(9, 3, 3, 20, 140)).toBe('replace');
    expect(suggestionState(9, 3, 3, 140, 20)).toBe('offer');
  });
});

describe('best bets', () => {
  const targets: Target[] = [
    { terms: ['actie 41'], url: '/acties/41/', title: 'Actie 41' },
    { terms: ['actie 4'], url: '/acties/4/', title: 'Actie 4' },
    { terms: ['kst-35510-60'], url: '/documenten/kst-35510-60/', title: 'Brief' },
    { terms: ['kst-29362-290'], url: '/documenten/kst-29362-290/', title: 'Werk aan Uitvoering' },
    { terms: ['commissie werkelijke schade', 'cws'], url: '/begrippen/#cws', title: 'Commissie Werkelijke Schade' },
  ];
  it('reads a Kamerstuk citation in any form', () => {
    for (const q of ['35510-60', '35 510, nr. 60', '35510 nr 60', 'kst-35510-60', 'Kamerstuk 35 510 nr. 60', 'brief 35510/60'])
      expect(citationKeys(q), q).toEqual(['kst-35510-60']);
    expect(citationKeys('29 362 nr. 290')).toEqual(['kst-29362-290']);
    expect(citationKeys('30.000 euro voor 18.000 ouders')).toEqual([]);
  });
  it('reads an action by number', () => {
    expect(actionKeys('actie 41')).toEqual(['actie 41']);
    expect(actionKeys('wat is Actie nr. 4?')).toEqual(['actie 4']);
    expect(actionKeys('acties')).toEqual([]);
  });
  it('puts the target a query names first: a number, a citation, a glossary term or its alias', () => {
    expect(bestBets('actie 41', targets).map((t) => t.url)).toEqual(['/acties/41/']);
    expect(bestBets('29 362 nr. 290', targets).map((t) => t.url)).toEqual(['/documenten/kst-29362-290/']);
    expect(bestBets('Wat is de Commissie Werkelijke Schade?', targets).map((t) => t.url)).toEqual(['/begrippen/#cws']);
    expect(bestBets('CWS', targets).map((t) => t.url)).toEqual(['/begrippen/#cws']);
    expect(bestBets('hoeveel krijg ik van de commissie werkelijke schade', targets).map((t) => t.url)).toEqual(['/begrippen/#cws']);
    expect(bestBets('schulden', targets)).toEqual([]);
  });
  it('does not put a term first for a sentence that only uses it', () => {
    // A phrase copied from an action, with the term among many other words: the action should win.
    expect(bestBets('de commissie werkelijke schade beoordeelt daarna per gezin de hoogte van de schade en de termijn van uitbetaling', targets)).toEqual([]);
  });
});

describe('excerpt', () => {
  it('marks every word of every group, near where they stand together', () => {
    const text = `${'woord '.repeat(60)}Er wachten nog 500 ouders op hun compensatie. ${'ander '.repeat(60)}`;
    const parts = excerpt(text, analyze('wachten ouders').groups, 12);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['wachten', 'ouders']);
    expect(parts[0]!.text.startsWith('…')).toBe(true);
    expect(parts.map((p) => p.text).join('')).toContain('500 ouders');
  });
  it('marks an inflected form and the sources’ word of a synonym', () => {
    const groups = analyze('schuld geld', [{ woorden: ['geld'], doelen: ['compensatie'] }]).groups;
    const marked = excerpt('Pauzering van schulden en compensatie voor ouders.', groups)
      .filter((p) => p.mark)
      .map((p) => p.text);
    expect(marked).toEqual(['schulden', 'compensatie']);
  });
});

describe('the annex table filter', () => {
  const abbr = [{ abbr: 'SVB', expansion: 'Sociale Verzekeringsbank' }];
  const syn = [{ woorden: ['zwarte lijst'], doelen: ['FSV'] }];
  const row = rowText('Actie 32: maatwerkplaats bij de SVB. Stand: de Fraude Signalering Voorziening (FSV) is uitgezet; 30.000 euro.');
  it('«/» or «of» means either word', () => {
    expect(matches(row, parseFilter('maatwerkplaats / kinderfonds'))).toBe(true);
    expect(matches(row, parseFilter('kinderfonds of maatwerkplaats'))).toBe(true);
    expect(matches(row, parseFilter('kinderfonds of algoritmeregister'))).toBe(false);
  });
  it('finds an abbreviation by its full name and the reverse, an everyday word by the sources’ word', () => {
    expect(matches(row, parseFilter('Sociale Verzekeringsbank', abbr))).toBe(true);
    expect(matches(rowText('de Sociale Verzekeringsbank'), parseFilter('svb', abbr))).toBe(true);
    expect(matches(row, parseFilter('zwarte lijst', [], syn))).toBe(true);
  });
  it('ignores stop words, finds a word by its beginning and a number in any form', () => {
    expect(matches(row, parseFilter('de maatwerk bij'))).toBe(true);
    expect(matches(row, parseFilter('€ 30.000'))).toBe(true);
    expect(matches(row, parseFilter('30000'))).toBe(true);
    expect(matches(row, parseFilter('vb'))).toBe(false);
  });
});
