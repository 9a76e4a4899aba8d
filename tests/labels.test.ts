/**
 * Interface words live in src/site/strings.ts only: the committed MDX holds tokens for them
 * (src/site/labels.ts), resolved when the page is rendered. A wording change in the strings
 * leaves content/pages/ as it is, and the reader sees the new words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';

const CHANGED = vi.hoisted(() => ({
  home: 'Beginpagina',
  prevNext: 'Eerdere en latere actie',
  cite: 'Zo citeert u deze actie',
  description: 'Wat de actie is',
}));

vi.mock('../src/site/strings.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/site/strings.ts')>();
  return { ...real, t: { ...real.t, ...CHANGED, kind: { ...real.t.kind, action: 'maatregel' } } };
});

const { generate } = await import('../scripts/lib/generated.ts');
const { label, labelTokens, resolveLabels } = await import('../src/site/labels.ts');
const { parsePage } = await import('../src/site/changelog.ts');
const { t } = await import('../src/site/strings.ts');

const ROOT = join(import.meta.dirname, '..');
const gen = generate(builtCorpus());

describe('interface words', () => {
  it('are tokens to the page records, resolved deeply, and a token that names no label stops the build', () => {
    expect(labelTokens.home).toBe('⟦home⟧');
    expect(labelTokens.kind.action).toBe('⟦kind.action⟧');
    expect(labelTokens.action(4)).toBe(t.action(4));
    expect(resolveLabels({ a: ['⟦home⟧ en ⟦kind.action⟧'], n: 3 })).toEqual({ a: ['Beginpagina en maatregel'], n: 3 });
    expect(() => label('bestaatNiet')).toThrow('expected an interface label «bestaatNiet»');
    expect(() => resolveLabels('⟦kind⟧')).toThrow('found object');
    // Copied only where a token is: the input is left as it was, and a part without one comes back as it is.
    const input = { a: ['⟦home⟧', 'x'], b: { c: ['y'] } };
    const out = resolveLabels(input);
    expect(input).toEqual({ a: ['⟦home⟧', 'x'], b: { c: ['y'] } });
    expect(out.a).not.toBe(input.a);
    expect(out.b).toBe(input.b);
  });

  it('changed in the strings leave every committed page as it is', () => {
    expect(gen.pages.length).toBeGreaterThan(100);
    for (const p of gen.pages) expect(p.mdx, p.file).toBe(readFileSync(join(ROOT, 'content', 'pages', p.file), 'utf8'));
    for (const p of gen.passages) expect(p.mdx, p.file).toBe(readFileSync(join(ROOT, 'content', 'passages', p.file), 'utf8'));
    const all = gen.pages.map((p) => p.mdx).join('\n');
    for (const word of Object.values(CHANGED)) expect(all).not.toContain(word);
  });

  it('reach the reader in their new wording: frontmatter, the text of the page, and what the change log compares', () => {
    const page = gen.pages.find((p) => p.data.route === '/acties/41/')!;
    const data = resolveLabels(page.data);
    expect(data.breadcrumbs[0]!.label).toBe('Beginpagina');
    expect(data.sequence!.label).toBe('Eerdere en latere actie');
    expect(data.cite.heading).toBe('Zo citeert u deze actie');
    expect(data.filters.kind).toBe('maatregel');
    expect(resolveLabels('<h3 class="block-heading">⟦description⟧</h3>')).toBe('<h3 class="block-heading">Wat de actie is</h3>');
    expect(parsePage(page.mdx).text).not.toContain('⟦');
  });
});
