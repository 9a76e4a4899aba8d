import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { relativeUrl, rewriteHtml, urlAttributes, urlAttributesHtmlparser2, urlAttributesParse5 } from '../../scripts/lib/offline/rewrite.ts';

const dirs = new Set(['acties', 'acties/12', 'pagefind']);
const opts = { isDir: (p: string) => dirs.has(p) };

describe('relativeUrl', () => {
  it('makes root-relative URLs relative to the page, directories to index.html', () => {
    expect(relativeUrl('acties/12/index.html', '/')).toBe('../../index.html');
    expect(relativeUrl('acties/12/index.html', '/acties/')).toBe('../index.html');
    expect(relativeUrl('acties/12/index.html', '/acties/12/')).toBe('index.html');
    expect(relativeUrl('acties/12/index.html', '/acties/13/')).toBe('../13/index.html');
    expect(relativeUrl('index.html', '/themas/toeslagen/')).toBe('themas/toeslagen/index.html');
    expect(relativeUrl('index.html', '/favicon.svg')).toBe('favicon.svg');
    expect(relativeUrl('acties/12/index.html', '/pagefind/pagefind-ui.js')).toBe('../../pagefind/pagefind-ui.js');
  });
  it('keeps fragments and query strings', () => {
    expect(relativeUrl('acties/12/index.html', '/documenten/kst-35510-60/#fn-12')).toBe('../../documenten/kst-35510-60/index.html#fn-12');
    expect(relativeUrl('index.html', '/zoeken/?q=motie#top')).toBe('zoeken/index.html?q=motie#top');
    expect(relativeUrl('acties/12/index.html', '/acties/12/#fn-1')).toBe('index.html#fn-1');
    expect(relativeUrl('index.html', '/?q=x')).toBe('index.html?q=x');
  });
  it('adds index.html to a directory named without its slash', () => {
    expect(relativeUrl('index.html', '/acties/12', opts)).toBe('acties/12/index.html');
    expect(relativeUrl('index.html', '/acties/12#x', opts)).toBe('acties/12/index.html#x');
  });
  it('leaves other URLs alone', () => {
    for (const u of ['https://example.org/a/', '//cdn.example/x.js', '#fn-1', 'mailto:a@b.nl', '../x/', 'x.html', '']) {
      expect(relativeUrl('acties/12/index.html', u)).toBe(u);
    }
  });
  it('encodes what must be encoded', () => {
    expect(relativeUrl('index.html', '/data/een%20bestand.json')).toBe('data/een%20bestand.json');
  });
});

describe('rewriteHtml', () => {
  it('rewrites href, src, action and srcset and nothing else', () => {
    const html = `<!doctype html><html><head><link rel="icon" href="/favicon.svg"><script src="/sw-register.js" defer></script>
<script>const u = "/acties/"; location.href = '/';</script><style>a[href="/x/"]{color:red}</style></head>
<body><a href="/acties/12/#fn-3" class=x>Actie&nbsp;12</a> <a href='https://example.org/'>ext</a>
<form action="/zoeken/" method="get"><input name="q"></form><img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt="">
<p>Tekst met /acties/ erin en href="/acties/"</p><template><a href="/over/">o</a></template>
<svg><use xlink:href="/icons.svg#i"></use></svg></body></html>`;
    const { html: out, changed } = rewriteHtml(html, 'acties/12/index.html');
    expect(out).toContain('href="../../favicon.svg"');
    expect(out).toContain('src="../../sw-register.js" defer');
    expect(out).toContain('<a href="index.html#fn-3" class=x>Actie&nbsp;12</a>');
    expect(out).toContain(`href='https://example.org/'`);
    expect(out).toContain('action="../../zoeken/index.html"');
    expect(out).toContain('src="../../a.png" srcset="../../a.png 1x, ../../b.png 2x"');
    expect(out).toContain('<template><a href="../../over/index.html">');
    expect(out).toContain('xlink:href="../../icons.svg#i"');
    // text, scripts and styles are untouched
    expect(out).toContain(`<script>const u = "/acties/"; location.href = '/';</script>`);
    expect(out).toContain('a[href="/x/"]{color:red}');
    expect(out).toContain('<p>Tekst met /acties/ erin en href="/acties/"</p>');
    expect(changed).toBe(8);
    // the rest of the file is byte for byte the same
    expect(out.replace(/(href|src|action|srcset|xlink:href)=("[^"]*"|'[^']*')/g, '')).toBe(
      html.replace(/(href|src|action|srcset|xlink:href)=("[^"]*"|'[^']*')/g, ''),
    );
  });
  it('escapes the rewritten value and handles unquoted attributes', () => {
    const { html: out } = rewriteHtml('<a href=/zoeken/?q=a&amp;b=%22x>z</a>', 'index.html');
    expect(out).toBe('<a href="zoeken/index.html?q=a&amp;b=%22x">z</a>');
  });
  it('is idempotent', () => {
    const once = rewriteHtml('<a href="/acties/">a</a>', 'over/index.html').html;
    expect(rewriteHtml(once, 'over/index.html')).toEqual({ html: once, changed: 0 });
  });
});

describe('urlAttributes', () => {
  const all = () => true;
  const spans = (html: string, found: { start: number; end: number; value: string }[]) => found.map((a) => [html.slice(a.start, a.end), a.value]);

  it('reads the attributes of each start tag as the HTML standard does (htmlparser2 as parse5)', () => {
    const html = `<!DOCTYPE html><html lang=nl><head><title>Een <a href="/in-titel/">titel</a></title>
<script type="application/ld+json">{"url":"<a href='/in-script/'>"}</script><style>a[href="/x/"]{}</style></head>
<body><!-- <a href="/in-commentaar/"> --><a HREF="/acties/1/" title="a > b" data-x='c "d"' data-e="&amp;&lt;&#233;&eacute">x</a>
<a href=/zonder/quotes/ href="/dubbel/">y</a><textarea><a href="/in-textarea/"></a></textarea><input disabled value=''>
<svg><title><a href="/in-svg-titel/">t</a></title><use xlink:href="/icons.svg#i"/></svg><p title="na svg">z</p>
<img src="/a.png" srcset="/a.png 1x, /b.png 2x"><a href="/ø/?q=é#é">é</a></body></html>`;
    const ours = spans(html, urlAttributesHtmlparser2(html, all));
    expect(ours).toEqual(spans(html, urlAttributesParse5(html, all)));
    // Raw text and comments hold no attributes; a repeated attribute is dropped; an attribute in an <svg> title is one.
    const values = ours.map(([, v]) => v);
    expect(values).not.toContain('/in-titel/');
    expect(values).not.toContain("/in-script/'");
    expect(values).not.toContain('/in-commentaar/');
    expect(values).not.toContain('/in-textarea/');
    expect(values).not.toContain('/dubbel/');
    expect(values).toContain('/in-svg-titel/');
    expect(values).toContain('&<éé');
    expect(ours).toContainEqual(['HREF="/acties/1/"', '/acties/1/']);
    expect(ours).toContainEqual(['title="a > b"', 'a > b']);
    expect(ours).toContainEqual(['href=/zonder/quotes/', '/zonder/quotes/']);
    expect(ours).toContainEqual(['disabled', '']);
  });

  it('keeps no page in memory through the values it found', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const kept: unknown[] = [];
    gc();
    const before = process.memoryUsage().heapUsed;
    // 200 pages of 50 kB, each with one link: the values found are kept, the pages are not.
    for (let i = 0; i < 200; i++) kept.push(urlAttributesHtmlparser2(`<p>${'x'.repeat(50_000)}${i}</p><a href="/acties/${i}/een-lange-naam/">a</a>`));
    gc();
    expect(kept).toHaveLength(200);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(2_000_000);
  });

  it('reads a page with a <noscript> as a browser with scripts does: its content is text', () => {
    const html = '<a href="/een/">1</a><noscript><a href="/zonder-script/">2</a></noscript><a href="/twee/">3</a>';
    expect(urlAttributes(html).map((a) => a.value)).toEqual(['/een/', '/twee/']);
    expect(urlAttributes(html)).toEqual(urlAttributesParse5(html));
  });
});
