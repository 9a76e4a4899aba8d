/**
 * The running text of a page written as HTML (src/components/mdx/html.ts): text stays text,
 * attribute values stay values, each component writes its markup, and a component that
 * Astro renders is never written here.
 */
import { describe, expect, it } from 'vitest';
import { isHtml, treeHtml } from '../src/components/mdx/html.ts';
import type { MdxTreeNode } from '../src/site/mdx-tree.ts';

describe('treeHtml', () => {
  it('writes the text of the sources as text, never as markup', () => {
    const hostile = `<script>alert('x')</script> & <img src=x onerror="y">`;
    const html = treeHtml([{ component: 'P', props: { id: 'p1' }, children: [hostile, { tag: 'em', children: ['<b>'] }] }]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=&quot;y&quot;&gt;');
    expect(html).toContain('<em>&lt;b&gt;</em>');
  });

  it('writes attribute values quoted and escaped, and leaves out what is not given', () => {
    const html = treeHtml([{ component: 'Abbr', props: { title: 'a "b" & c' }, children: ['AB'] }]);
    expect(html).toBe('<abbr title="a &quot;b&quot; &amp; c">AB</abbr>');
    expect(treeHtml([{ component: 'Fn', props: { href: '#fn-1', label: '1' }, children: [] }])).toBe(
      '<sup class="note-ref"><a href="#fn-1" aria-label="Voetnoot 1">1</a></sup>',
    );
  });

  it('writes a paragraph with its anchor and self-link, a list with its classes, an ordered list with its start', () => {
    const p = treeHtml([
      { component: 'P', props: { id: 'p3', cite: 'Kamerstuk, p. 3' }, children: [{ component: 'PageMark', props: { n: '3' }, children: [] }, 'Tekst'] },
    ]);
    expect(p).toMatch(
      /^<p class="block" id="p3" data-cite="Kamerstuk, p. 3"><span class="page-mark" title="[^"]*3[^"]*" data-pagefind-ignore>[^<]*3<\/span> Tekst<a class="anchor anchor-paragraph" href="#p3" aria-label="[^"]+" tabindex="-1" data-pagefind-ignore>¶<\/a><\/p>$/,
    );
    const list = treeHtml([
      { component: 'List', props: { id: 'l1', labelled: true }, children: [{ tag: 'ol', start: 3, children: [{ tag: 'li', children: ['een'] }] }] },
    ]);
    expect(list).toMatch(/^<div class="block block-list list-labelled" id="l1"><ol start="3"><li>een<\/li><\/ol><a class="anchor anchor-paragraph" href="#l1"/);
  });

  it('marks a link that leaves the site, and a heading’s self-link is hidden from assistive technology', () => {
    const link = treeHtml([{ href: 'https://zoek.officielebekendmakingen.nl/kst-35510-60.html', children: ['35 510'] }]);
    expect(link).toMatch(
      /^<a href="https:\/\/zoek\.officielebekendmakingen\.nl\/kst-35510-60\.html" rel="external">35 510<span class="visually-hidden"> [^<]+<\/span><svg class="icon-external" aria-hidden="true"/,
    );
    const h = treeHtml([{ component: 'H3', props: { id: 'kop' }, children: ['Kop'] }]);
    expect(h).toMatch(
      /^<h3 id="kop" class="block-heading">Kop<a class="anchor anchor-heading" href="#kop" aria-hidden="true" tabindex="-1" data-pagefind-ignore>#<\/a><\/h3>$/,
    );
  });

  it('leaves a component that holds blocks to Astro', () => {
    const section: MdxTreeNode = { component: 'Section', props: { id: 's', title: 't' }, children: ['x'] };
    expect(isHtml(section)).toBe(false);
    expect(isHtml({ tag: 'ul', children: [{ tag: 'li', children: [section] }] })).toBe(false);
    expect(isHtml({ tag: 'ul', children: [{ tag: 'li', children: ['x'] }] })).toBe(true);
    expect(() => treeHtml([section])).toThrow(/<Section> is rendered by its Astro component/);
  });
});
