/**
 * The client code (src/client/) bundled into classic scripts (scripts/lib/client.ts): every
 * entry compiles, is self-contained (no import, export or top-level module syntax), runs as a
 * classic script, and uses no syntax newer than ES2019.
 */
import { Script } from 'node:vm';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleClientScript, CLIENT_SCRIPTS } from '../scripts/lib/client.ts';
import { pageFiles } from '../src/client/sw-register.ts';

describe('client scripts', () => {
  for (const [served, entry] of Object.entries(CLIENT_SCRIPTS)) {
    it(`${served} (${entry}) is a self-contained ES2019 classic script`, () => {
      const code = bundleClientScript(entry);
      expect(code.length).toBeGreaterThan(0);
      // A classic script: it compiles as a script, which rejects import/export.
      expect(() => new Script(code, { filename: served })).not.toThrow();
      // Nothing newer than ES2019 is left: lowering it again to ES2019 fails on nothing and
      // esbuild reports no syntax it could not lower.
      expect(() => transformSync(code, { target: 'es2019', loader: 'js' })).not.toThrow();
      expect(code).not.toMatch(/\?\.|\?\?/);
    });
  }
});

describe('sw-register', () => {
  it('asks the worker to keep the page (without its fragment) and the style sheets and scripts it loaded', () => {
    const urls = pageFiles('https://example.org/acties/41/#p3', [
      { initiatorType: 'link', name: 'https://example.org/_astro/a.css' },
      { initiatorType: 'img', name: 'https://example.org/favicon.svg' },
      { initiatorType: 'script', name: 'https://example.org/site.js' },
      { initiatorType: 'fetch', name: 'https://example.org/acties/standen.js' },
    ]);
    expect(urls).toEqual(['https://example.org/acties/41/', 'https://example.org/_astro/a.css', 'https://example.org/site.js']);
  });
});
