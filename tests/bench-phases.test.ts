import { describe, expect, it } from 'vitest';
import { astroLogPhases, durationMs, medianPhases } from '../scripts/lib/bench/phases.ts';
import { median } from '../scripts/lib/bench/stats.ts';

// The lines of Astro's log the phases are read from, as our build and Starlight's print them (shortened).
const ours = `06:00:25 [content] Syncing content
06:00:25 [build] Collecting build info...
06:00:25 [build] \u001b[32m✓ Completed in 1.40s.\u001b[39m
06:00:25 [build] Building static entrypoints...
06:00:26 [vite] ✓ built in 493ms
06:00:26 [vite] ✓ built in 25ms
 generating static routes 
06:00:26   ├─ /acties/1/index.html (+31ms)
06:00:27 ✓ Completed in 1.02s.

06:00:27 [build] ✓ Completed in 1.58s.
06:00:28 [build] 125 page(s) built in 3.82s
`;
const peer = `06:48:06 [build] Collecting build info...
06:48:06 [build] ✓ Completed in 1.23s.
06:48:07 [vite] ✓ built in 595ms
06:48:07 [vite] ✓ built in 59ms
 generating static routes 
06:48:08 ✓ Completed in 568ms.
06:48:08 [build] ✓ Completed in 1.27s.
06:48:08 [starlight:pagefind] Finished building search index in 209ms.
06:48:08 [build] 113 page(s) built in 2.74s
`;

describe('astroLogPhases', () => {
  it('reads content, bundling and rendering from Astro’s lines, and the peer’s Pagefind', () => {
    expect(astroLogPhases(ours)).toEqual({ content: 1400, bundle: 518, render: 1020 });
    expect(astroLogPhases(peer)).toEqual({ content: 1230, bundle: 654, render: 568, after: 209 });
  });
  it('gives nothing for a log without Astro’s phases', () => {
    expect(astroLogPhases('npm ERR! something failed')).toBeUndefined();
    expect(astroLogPhases(ours.replace(/.*generating static routes[\s\S]*/, ''))).toBeUndefined();
  });
  it('reads Astro’s durations in milliseconds, seconds and minutes', () => {
    expect(durationMs('568ms')).toBe(568);
    expect(durationMs('1.23s')).toBe(1230);
    expect(durationMs('1m 16s')).toBe(76_000);
    expect(durationMs('soon')).toBeUndefined();
  });
  it('takes the median of each phase over the builds', () => {
    const runs = [
      { content: 1, bundle: 5, render: 9 },
      { content: 3, bundle: 4, render: 7, after: 2 },
      { content: 2, bundle: 6, render: 8 },
    ];
    expect(medianPhases(runs, median)).toEqual({ content: 2, bundle: 5, render: 8, after: 2 });
    expect(medianPhases([], median)).toBeUndefined();
  });
});
