/**
 * Items that come in any order, handed on in a fixed one: the records of the pages Astro
 * renders go to Pagefind's service while Astro still renders (scripts/lib/search/index-site.ts),
 * in the order of the pages' files, the order they have in the index when they are all added
 * once Astro is done. Pagefind numbers its pages in the order they are added, so that order is
 * what makes the same index.
 *
 * `order` is every name that may come, in the order to keep; an item is sent once every item
 * before it in `order` has been sent. An item whose name is not in `order` is not sent (the
 * caller finds it missing where it compares what was sent with what it has); an item that
 * comes a second time stops the feed (`repeated`): what was sent may not be what it has now.
 */
export function orderedFeed<T>(order: readonly string[], send: (item: T) => void) {
  const at = new Map(order.map((name, i) => [name, i]));
  const held = new Map<number, T>();
  const sent: T[] = [];
  let next = 0;
  let closed = false;
  let repeated = false;
  const close = () => {
    closed = true;
    held.clear();
  };
  return {
    /** Item `name` has come: it is sent now, with those after it that came before it, or held until its turn. */
    add(name: string, item: T): void {
      if (closed) return;
      const i = at.get(name);
      if (i === undefined) return;
      if (i < next || held.has(i)) {
        repeated = true;
        return close();
      }
      held.set(i, item);
      while (held.has(next)) {
        const ready = held.get(next)!;
        held.delete(next++);
        sent.push(ready);
        send(ready);
      }
    },
    /** Nothing more is sent from now on (what was sent stays sent). */
    close,
    /** Whether the feed is closed. */
    get closed(): boolean {
      return closed;
    },
    /** Whether an item came a second time (and the feed was closed then). */
    get repeated(): boolean {
      return repeated;
    },
    /** The items sent, in the order they were sent: the first `sent.length` of `order`. */
    get sent(): readonly T[] {
      return sent;
    },
  };
}
