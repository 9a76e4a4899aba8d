/**
 * The text search reads from a built page (scripts/lib/search/page-text.ts) with its small
 * parser (ultrahtml, entities decoded) is the text parse5 — HTML's own tree building — gives:
 * the same title, summary, ids, blocks and passages, on small pages made for it.
 */
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseHtml, readHtmlPage, type ParsedHtml } from '../scripts/lib/search/page-text.ts';
import { passagesOf } from '../scripts/lib/search/passages.ts';

/** What search reads of a page, from a parsed tree. */
function reading(parsed: ParsedHtml) {
  const page = readHtmlPage(parsed);
  return { ...page, ids: [...page.ids].sort(), passages: passagesOf(parsed, '/proef/', 20, 8) };
}

const page = (body: string, head = '<title>Proef — Site</title><meta name="description" content="Over &quot;proef&quot; &amp; meer">') =>
  `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const PAGES: Record<string, string> = {
  'entities in text and attributes': page(
    '<main data-pagefind-body><h1 id="t">Kop &amp; &lt;tag&gt; &quot;x&quot; &#39;y&#39; &#8212; caf&eacute; &euro;5 &amp;amp;</h1>' +
      '<p id="a" title="a &amp; b &lt; c">Tekst &copy; 2021 &nbsp;met&#x20AC; en &#128512;</p></main>',
  ),
  'furniture left out: scripts, styles, hidden, navigation, markers': page(
    '<header><p>Kop van de site</p></header><nav><ul><li>Menu</li></ul></nav>' +
      '<main><h1>Titel</h1><script>var s = "</p><p>geen tekst";</script><style>p::after{content:"</p>"}</style>' +
      '<h2 id="s1">Sectie <a class="anchor" aria-hidden="true" href="#s1">#</a></h2>' +
      '<p id="p1">Een <span hidden>verborgen</span>zin<sup><a href="#n1">1</a></sup> met <em>nadruk</em>.</p>' +
      '<div data-pagefind-ignore><p>Niet doorzocht</p></div><svg aria-hidden="true"><path d="M0 0"/></svg>' +
      '<template><p>sjabloon</p></template><noscript><p>zonder script</p></noscript></main><footer><p>Voet</p></footer>',
  ),
  'nested lists, tables, void elements and line breaks': page(
    '<article data-pagefind-body><h1>Lijst</h1><ul><li>Een<ul><li>Een.een</li></ul></li><li>Twee<br>regel</li></ul>' +
      '<table><thead><tr><th>Kolom</th></tr></thead><tbody><tr><td>Cel <img src="/x.png" alt="plaatje"> einde</td></tr></tbody></table>' +
      '<dl><dt>Term</dt><dd>Uitleg</dd></dl><blockquote><p>Citaat</p></blockquote><figure><figcaption>Onderschrift</figcaption></figure>' +
      '<p>Met <input type="checkbox" checked> vakje en <wbr>afbreking</p></article>',
  ),
  'a comment (read by parse5: ultrahtml 1.7 loses the text before one)': page(
    '<main><h1>Titel</h1><p id="c">Een zin <!-- <p>commentaar</p> --> met een commentaar<sup>1</sup> <!-- x -->erin.</p></main>',
  ),
  'a long page split into passages': page(
    '<main data-pagefind-body><h1 id="top">Brief</h1>' +
      Array.from(
        { length: 6 },
        (_, i) =>
          `<section id="s${i}"><h2 id="h${i}">Deel ${i}</h2><p id="p${i}">Woord ${'tekst '.repeat(7)}${i}.</p><p>Nog ${'meer '.repeat(5)}${i}.</p></section>`,
      ).join('') +
      '</main>',
  ),
};

describe('the text of a built page', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(`reads the same as with parse5: ${name}`, () => {
      const ours = reading(parseHtml(html));
      expect(ours).toEqual(reading({ tree: parse(html) }));
      // Not vacuous: the page has text, and the long one passages.
      expect(ours.blocks.length).toBeGreaterThan(0);
    });
  }

  it('decodes entities once, in text and in the summary', () => {
    const read = reading(parseHtml(PAGES['entities in text and attributes']!));
    expect(read.title).toBe('Kop & <tag> "x" \'y\' — café €5 &amp;');
    expect(read.description).toBe('Over "proef" & meer');
    expect(read.blocks[0]!.text).toBe('Tekst © 2021 met€ en 😀');
  });

  it('keeps the text around a comment', () => {
    expect(reading(parseHtml(PAGES['a comment (read by parse5: ultrahtml 1.7 loses the text before one)']!)).blocks[0]!.text).toBe(
      'Een zin met een commentaar erin.',
    );
  });

  it('splits the long page into passages', () => {
    expect(reading(parseHtml(PAGES['a long page split into passages']!)).passages.length).toBeGreaterThan(1);
  });
});
