/** The change log on a small fixture: two builds, with a changed and an added correction. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSnapshots, editionRecord, parsePage } from '../src/site/changelog.ts';
import { snapshotFromDirs } from '../scripts/lib/editions.ts';

const FIX = join(import.meta.dirname, 'fixtures', 'changelog');
const v1 = snapshotFromDirs(join(FIX, '1.0.0', 'pages'), join(FIX, '1.0.0', 'corrections'));
const v2 = snapshotFromDirs(join(FIX, '1.1.0', 'pages'), join(FIX, '1.1.0', 'corrections'));

describe('parsePage', () => {
  it('reads route, title, text, links and marks from MDX', () => {
    const p = parsePage('---\nroute: "/a/"\ntitle: "A"\n---\n\nZie [actie 18](/acties/18/) en <Sic correction="c-1" />hier[^1].\n\n[^1]: Noot.\n');
    expect(p.route).toBe('/a/');
    expect(p.title).toBe('A');
    expect(p.text.split('\n')[0]).toBe('Zie actie 18 en hier.');
    expect(p.links).toEqual([{ text: 'actie 18', href: '/acties/18/', at: 4 }]);
    expect(p.marks.map((m) => [m.kind, m.at, m.correction])).toEqual([
      ['Sic', 16, 'c-1'],
      ['footnote', 20, undefined],
    ]);
  });
  it('stops on a damaged page with its name', () => {
    expect(() => parsePage('---\nroute: "/a/"\n---\n\n<Open\n', 'acties/1.mdx')).toThrow(/acties\/1\.mdx: expected a valid MDX page/);
  });
});

describe('diffSnapshots on two builds', () => {
  const changes = diffSnapshots(v1, v2);
  const by = Object.fromEntries(changes.map((c) => [c.route, c]));
  it('lists exactly the pages whose text changed, in route order', () => {
    expect(changes.map((c) => c.route)).toEqual([
      '/acties/10/',
      '/acties/11/',
      '/acties/12/',
      '/acties/7/',
      '/acties/8/',
      '/documenten/brief/',
      '/themas/herstel/',
    ]);
    expect(by['/acties/9/']).toBeUndefined();
  });
  it('classifies each change', () => {
    expect(by['/acties/7/']).toMatchObject({ kinds: ['correction-changed'], corrections: ['fin-1'] });
    expect(by['/acties/8/']).toMatchObject({ kinds: ['correction-added'], corrections: ['zevende-1'] });
    expect(by['/documenten/brief/']!.kinds).toEqual(['reference-resolved']);
    expect(by['/themas/herstel/']!.kinds).toEqual(['mark-moved']);
    expect(by['/acties/10/']!.kinds).toEqual(['text-changed']);
    expect(by['/acties/11/']!.kinds).toEqual(['page-added']);
    // Its own MDX is the same; the letter's passage it shows changed.
    expect(by['/acties/12/']!.kinds).toEqual(['text-changed']);
    expect(by['/acties/7/']!.title).toBe('Actie 7');
  });
  it('and the reverse: the correction taken back, the page removed', () => {
    const back = Object.fromEntries(diffSnapshots(v2, v1).map((c) => [c.route, c]));
    expect(back['/acties/8/']).toMatchObject({ kinds: ['correction-removed'], corrections: ['zevende-1'] });
    expect(back['/acties/11/']!.kinds).toEqual(['page-removed']);
  });
  it('finds no change between a build and itself', () => {
    expect(diffSnapshots(v2, v2)).toEqual([]);
  });
  it('takes a block’s citation for what follows from the text, not a change of it; a page mark that names another page is a changed mark', () => {
    const page = (attrs: string, mark = '') => `---\nroute: "/a/"\ntitle: "A"\n---\n\n<P id="p1"${attrs}>${mark}Tekst van de alinea.</P>\n`;
    const snap = (mdx: string) => ({ pages: { 'a.mdx': mdx }, corrections: [] });
    expect(diffSnapshots(snap(page('')), snap(page(' cite="Kamerstukken II 2020/21, 35 510, nr. 60, p. 3"')))).toEqual([]);
    expect(diffSnapshots(snap(page(' cite="X, p. 3"')), snap(page(' cite="X, p. 4"')))).toEqual([]);
    expect(diffSnapshots(snap(page('', '<PageMark n="3" />')), snap(page('', '<PageMark n="4" />')))[0]!.kinds).toEqual(['mark-changed']);
  });
});

describe('editionRecord', () => {
  it('stores a hash per page and per correction, and the changes since the previous edition', () => {
    const first = editionRecord('1.0.0', '2026-01-01', v1);
    expect(first.previous).toBeNull();
    expect(first.changes).toEqual([]);
    const second = editionRecord('1.1.0', '2026-02-01', v2, { version: '1.0.0', snapshot: v1 });
    expect(Object.keys(second.pages)).toHaveLength(8);
    expect(second.pages['/acties/9/']).toBe(first.pages['/acties/9/']);
    expect(second.pages['/acties/7/']).not.toBe(first.pages['/acties/7/']);
    expect(Object.keys(second.corrections)).toEqual(['fin-1', 'zevende-1']);
    expect(second.corrections['fin-1']).not.toBe(first.corrections['fin-1']);
    expect(second.changes).toEqual(diffSnapshots(v1, v2));
  });
});

describe('recordEdition (npm run edition) in a git repository', () => {
  it('records the first edition, then the second with its changes read from the first one’s commit', async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { execFileSync } = await import('node:child_process');
    const { recordEdition } = await import('../scripts/lib/editions.ts');
    const root = mkdtempSync(join(tmpdir(), 'editions-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root });
    const build = (v: string) => {
      rmSync(join(root, 'content', 'pages'), { recursive: true, force: true });
      rmSync(join(root, 'content', 'corrections'), { recursive: true, force: true });
      rmSync(join(root, 'content', 'passages'), { recursive: true, force: true });
      cpSync(join(FIX, v, 'pages'), join(root, 'content', 'pages'), { recursive: true });
      cpSync(join(FIX, v, 'passages'), join(root, 'content', 'passages'), { recursive: true });
      cpSync(join(FIX, v, 'corrections'), join(root, 'content', 'corrections'), { recursive: true });
      writeFileSync(join(root, 'package.json'), JSON.stringify({ version: v }));
    };
    git('init', '-q');
    writeFileSync(join(root, 'CITATION.cff'), 'cff-version: 1.2.0\ntitle: "T"\nversion: "0.0.0"\nlicense: CC0-1.0\n');
    build('1.0.0');
    git('add', '-A');
    git('commit', '-qm', 'v1');
    const first = recordEdition(root, { date: '2026-01-01' });
    expect(first.record.previous).toBeNull();
    expect(() => recordEdition(root, { date: '2026-01-01' })).toThrow(/exists/);
    git('add', '-A');
    git('commit', '-qm', 'edition 1.0.0');
    build('1.1.0');
    git('add', '-A');
    git('commit', '-qm', 'v2');
    const second = recordEdition(root, { date: '2026-02-01' });
    const stored = JSON.parse(readFileSync(second.file, 'utf8'));
    expect(stored.previous).toBe('1.0.0');
    expect(stored.changes).toEqual(diffSnapshots(v1, v2));
    expect(readFileSync(join(root, 'CITATION.cff'), 'utf8')).toBe(
      'cff-version: 1.2.0\ntitle: "T"\nversion: "1.1.0"\ndate-released: "2026-02-01"\nlicense: CC0-1.0\n',
    );
    rmSync(root, { recursive: true, force: true });
  });
});
