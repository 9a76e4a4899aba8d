import { describe, expect, it } from 'vitest';
import { relativeUrl, rewriteHtml } from '../../scripts/lib/offline/rewrite.ts';

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
