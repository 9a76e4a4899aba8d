/**
 * Work a process does when it has nothing more pressing: one item at each turn of the event loop,
 * after the input that has come is read (setImmediate runs after the poll for input). Up to
 * `limit` (as `size` counts it) is held; an item that would exceed it is dropped at once, and
 * `stop()` drops what is left: the caller does those items some other way.
 */
export function idleWork<T>(run: (item: T) => void, size: (item: T) => number, limit: number) {
  const queue: T[] = [];
  let held = 0;
  let scheduled = false;
  let stopped = false;
  const turn = () => {
    scheduled = false;
    const item = queue.shift();
    if (item === undefined || stopped) return;
    held -= size(item);
    run(item);
    if (queue.length) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(turn);
  };
  return {
    /** Queues `item`; false when it is dropped (over the limit, or stopped). */
    add(item: T): boolean {
      if (stopped || held + size(item) > limit) return false;
      queue.push(item);
      held += size(item);
      schedule();
      return true;
    },
    /** Drops what is left; returns how many items that was. */
    stop(): number {
      stopped = true;
      const left = queue.length;
      queue.length = 0;
      held = 0;
      return left;
    },
  };
}
