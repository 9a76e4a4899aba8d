/**
 * Caches that one `astro build` shares between every instance of a module in its process. Vite
 * bundles the site's modules into the chunks the pages are rendered from, so the build
 * integration (scripts/lib/astro/edition.ts), which imports the same modules directly, holds
 * other instances of them, each with caches of its own. With the store turned on
 * (`shareBuildCaches`, by the integration in `astro build` only) a cache is one object for all
 * of them: the integration fills the caches while Astro syncs its content (the model read and
 * validated, the route data, the data files described; one core is mostly idle then), and the
 * pages find them filled. Elsewhere (astro dev, the tests, the scripts) every module keeps its
 * own cache, as without this module.
 */
const STORE = Symbol.for('herstel-kinderopvangtoeslag.build-caches');
type Holder = { [STORE]?: Map<string, unknown> };

/** Turns the shared store on for this process (the integration, in `astro build`). */
export function shareBuildCaches(): void {
  (globalThis as Holder)[STORE] ??= new Map();
}

/**
 * The cache called `name`: the one every module instance in this process shares when the store
 * is on (made by `make` the first time), else `local`, the calling module's own.
 */
export function buildCache<T>(name: string, local: T, make: () => NoInfer<T>): T {
  const store = (globalThis as Holder)[STORE];
  if (!store) return local;
  if (!store.has(name)) store.set(name, make());
  return store.get(name) as T;
}
