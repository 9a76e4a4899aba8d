/**
 * The benchmark's profile summary (scripts/lib/bench/profile.ts) on a small V8 CPU profile
 * made for it: self time by package and by function, and a step's time with what it calls;
 * the profiles of two processes (Astro's and that of search and offline) read as one.
 */
import { describe, expect, it } from 'vitest';
import { mergeCpuProfiles, placeOf, summarizeCpuProfile } from '../../scripts/lib/bench/profile.ts';

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9 });
// root → indexSite (project) → parse (parse5) ; root → offlineBuild → rewriteAttributes → parse (parse5); root → (garbage collector)
const profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 4, 7] },
    { id: 2, callFrame: frame('indexSite', 'file:///p/scripts/lib/search/index-site.ts'), children: [3] },
    { id: 3, callFrame: frame('parse', 'file:///p/node_modules/parse5/dist/index.js') },
    { id: 4, callFrame: frame('offlineBuild', 'file:///p/scripts/lib/offline/index.ts'), children: [5] },
    { id: 5, callFrame: frame('rewriteAttributes', 'file:///p/scripts/lib/offline/rewrite.ts'), children: [6] },
    { id: 6, callFrame: frame('parse', 'file:///p/node_modules/parse5/dist/index.js') },
    { id: 7, callFrame: frame('(garbage collector)', '') },
  ],
  // 1 ms per sample: indexSite itself 1, parse under it 3; rewriteAttributes itself 2, parse under it 4; GC 2
  samples: [2, 3, 3, 3, 5, 5, 6, 6, 6, 6, 7, 7],
  timeDeltas: Array(12).fill(1000),
};

describe('the profile summary', () => {
  const s = summarizeCpuProfile(profile);
  it('adds up the sampled time', () => expect(s.sampledMs).toBe(12));
  it('groups self time by package or project file, largest first', () => {
    expect(s.byPackage.map((x) => [x.name, x.ms])).toEqual([
      ['parse5', 7],
      ['scripts/lib/offline/rewrite.ts', 2],
      ['((garbage collector))', 2],
      ['scripts/lib/search/index-site.ts', 1],
    ]);
    expect(s.byPackage[0]!.share).toBeCloseTo(7 / 12);
  });
  it('counts a step with everything it calls, once however deep', () => {
    const steps = Object.fromEntries(s.steps.map((x) => [x.name, x.ms]));
    expect(steps).toEqual({ indexSite: 4, offlineBuild: 6, rewriteAttributes: 6 });
  });
  it('names a function with its place and line', () => expect(s.byFunction[0]!.name).toBe('parse (parse5:10)'));
  it('names places', () => {
    expect(placeOf('file:///x/node_modules/@astrojs/mdx/dist/index.js', 'f')).toBe('@astrojs/mdx');
    expect(placeOf('node:fs', 'readFileSync')).toBe('node:fs');
    expect(placeOf('', '')).toBe('(native)');
  });
});

describe('two processes read as one', () => {
  // The second process: root → offlineBuild → writeZip, with ids that clash with the first's.
  const other = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2] },
      { id: 2, callFrame: frame('offlineBuild', 'file:///p/scripts/lib/offline/index.ts'), children: [3] },
      { id: 3, callFrame: frame('writeZip', 'file:///p/scripts/lib/offline/zip.ts') },
    ],
    samples: [2, 3, 3],
    timeDeltas: [1000, 1000, 1000],
  };
  const s = summarizeCpuProfile(mergeCpuProfiles([profile, other]));
  it('adds up both', () => expect(s.sampledMs).toBe(15));
  it("keeps each process's calls apart", () => {
    const steps = Object.fromEntries(s.steps.map((x) => [x.name, x.ms]));
    expect(steps).toEqual({ indexSite: 4, offlineBuild: 9, rewriteAttributes: 6, writeZip: 2 });
  });
});
