import { describe, expect, it } from 'vitest';
import { idleWork } from '../scripts/lib/astro/idle.ts';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('idleWork', () => {
  it('runs the items in their order, one a turn of the event loop, never at once', async () => {
    const done: string[] = [];
    const work = idleWork<string>(
      (s) => done.push(s),
      (s) => s.length,
      100,
    );
    expect([work.add('a'), work.add('b'), work.add('c')]).toEqual([true, true, true]);
    expect(done).toEqual([]);
    await turn();
    expect(done).toEqual(['a']);
    await turn();
    await turn();
    expect(done).toEqual(['a', 'b', 'c']);
  });
  it('drops an item beyond its limit, and what is left when stopped', async () => {
    const done: string[] = [];
    const work = idleWork<string>(
      (s) => done.push(s),
      (s) => s.length,
      5,
    );
    expect([work.add('abc'), work.add('def'), work.add('de')]).toEqual([true, false, true]);
    expect(work.stop()).toBe(2);
    expect(work.add('x')).toBe(false);
    await turn();
    await turn();
    expect(done).toEqual([]);
  });
});
