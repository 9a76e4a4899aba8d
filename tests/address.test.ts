/** The published address: one setting (SITE_URL), a sub-path as base, never a placeholder. */
import { describe, expect, it } from 'vitest';
import { absoluteUrl, publicUrl, siteAddress, withBase } from '../src/site/address.ts';
import { relativeUrl } from '../scripts/lib/offline/rewrite.ts';

describe('siteAddress', () => {
  it('has no address and base «/» without SITE_URL', () => {
    expect(siteAddress(undefined)).toEqual({ site: undefined, base: '/' });
    expect(siteAddress('  ')).toEqual({ site: undefined, base: '/' });
    expect(absoluteUrl('/acties/41/', siteAddress(undefined))).toBeUndefined();
    expect(publicUrl('/acties/41/', siteAddress(undefined))).toBe('/acties/41/');
  });
  it('takes the path of the address as the base, with or without a final slash', () => {
    for (const v of ['https://example.org/herstel/', 'https://example.org/herstel']) {
      const a = siteAddress(v);
      expect(a).toEqual({ site: 'https://example.org/herstel/', base: '/herstel/' });
      expect(absoluteUrl('/acties/41/', a)).toBe('https://example.org/herstel/acties/41/');
      expect(publicUrl('/', a)).toBe('https://example.org/herstel/');
      expect(withBase('/pagefind/x.js', a)).toBe('/herstel/pagefind/x.js');
    }
    expect(siteAddress('https://example.org')).toEqual({ site: 'https://example.org/', base: '/' });
  });
  it('stops the build on an address it cannot use, saying what was expected', () => {
    expect(() => siteAddress('example.org/herstel')).toThrow(/SITE_URL: expected an absolute address/);
    expect(() => siteAddress('ftp://example.org/')).toThrow(/http\(s\)/);
    expect(() => siteAddress('https://example.org/?x=1')).toThrow(/without query/);
  });
});

describe('relative links under a base', () => {
  it('treats Astro’s base-prefixed URLs and the site’s own routes as the same file', () => {
    const opts = { base: '/herstel/' };
    expect(relativeUrl('acties/41/index.html', '/herstel/_astro/x.css', opts)).toBe('../../_astro/x.css');
    expect(relativeUrl('acties/41/index.html', '/acties/', opts)).toBe('../index.html');
    expect(relativeUrl('acties/41/index.html', '/herstel/', opts)).toBe('../../index.html');
  });
  it('keeps the 404 page root-relative, under the base', () => {
    const opts = { base: '/herstel/', absolute: true };
    expect(relativeUrl('404.html', '/acties/', opts)).toBe('/herstel/acties/');
    expect(relativeUrl('404.html', '/herstel/_astro/x.css', opts)).toBe('/herstel/_astro/x.css');
    expect(relativeUrl('404.html', 'https://example.org/', opts)).toBe('https://example.org/');
  });
});
