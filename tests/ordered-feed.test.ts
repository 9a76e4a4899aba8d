import { describe, expect, it } from 'vitest';
import { orderedFeed } from '../scripts/lib/search/ordered-feed.ts';

describe('orderedFeed', () => {
  it('sends the items in the given order, each as soon as those before it have gone', () => {
    const out: string[] = [];
    const feed = orderedFeed<string>(['a', 'b', 'c', 'd'], (x) => out.push(x));
    feed.add('c', 'C');
    feed.add('b', 'B');
    expect(out).toEqual([]);
    feed.add('a', 'A');
    expect(out).toEqual(['A', 'B', 'C']);
    feed.add('d', 'D');
    expect(out).toEqual(['A', 'B', 'C', 'D']);
    expect(feed.sent).toEqual(['A', 'B', 'C', 'D']);
    expect(feed.repeated).toBe(false);
  });
  it('leaves out a name it does not know, and the items after a missing one are not sent', () => {
    const out: string[] = [];
    const feed = orderedFeed<string>(['a', 'b', 'c'], (x) => out.push(x));
    feed.add('x', 'X');
    feed.add('a', 'A');
    feed.add('c', 'C');
    expect(out).toEqual(['A']);
    expect(feed.closed).toBe(false);
  });
  it('closes when an item comes a second time, whether it was sent or held', () => {
    const sentTwice = orderedFeed<string>(['a', 'b'], () => {});
    sentTwice.add('a', 'A');
    sentTwice.add('a', 'A2');
    expect([sentTwice.repeated, sentTwice.closed]).toEqual([true, true]);
    const out: string[] = [];
    const heldTwice = orderedFeed<string>(['a', 'b', 'c'], (x) => out.push(x));
    heldTwice.add('b', 'B');
    heldTwice.add('b', 'B2');
    heldTwice.add('a', 'A');
    expect(heldTwice.repeated).toBe(true);
    expect(out).toEqual([]);
  });
  it('sends nothing more once closed', () => {
    const out: string[] = [];
    const feed = orderedFeed<string>(['a', 'b'], (x) => out.push(x));
    feed.add('a', 'A');
    feed.close();
    feed.add('b', 'B');
    expect(out).toEqual(['A']);
    expect(feed.repeated).toBe(false);
  });
});
