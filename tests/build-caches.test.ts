import { afterEach, describe, expect, it } from 'vitest';
import { buildCache, shareBuildCaches } from '../src/site/build-caches.ts';

const STORE = Symbol.for('herstel-kinderopvangtoeslag.build-caches');
afterEach(() => {
  delete (globalThis as { [STORE]?: unknown })[STORE];
});

describe('buildCache', () => {
  it('is the calling module’s own cache while the store is off', () => {
    const own = { n: 1 };
    expect(buildCache('x', own, () => ({ n: 2 }))).toBe(own);
  });
  it('is one cache for every instance of a module once the store is on, made once', () => {
    shareBuildCaches();
    // Two instances of the same module, each with its own cache object.
    const first = new Map<string, number>();
    const second = new Map<string, number>();
    let made = 0;
    const make = () => (made++, new Map<string, number>());
    const a = buildCache('route-data', first, make);
    a.set('k', 1);
    const b = buildCache('route-data', second, make);
    expect(b).toBe(a);
    expect(b.get('k')).toBe(1);
    expect(made).toBe(1);
    expect([a === first, a === second]).toEqual([false, false]);
    // Another name, another cache.
    expect(buildCache('corpus', {}, () => ({}))).not.toBe(a);
    // Turning it on again keeps what is there.
    shareBuildCaches();
    expect(buildCache('route-data', first, make)).toBe(a);
  });
});
