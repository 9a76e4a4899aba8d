/**
 * An Astro build's phases as Astro's own log states them, read the same way from our build's
 * log and from the peer's (scripts/bench.ts), so that the report can set them side by side:
 * where the build loses its time against the peer's at the same scale.
 *
 *   content  «Collecting build info…» up to its «✓ Completed in …»: the content layer synced,
 *            the types generated
 *   bundle   every «[vite] ✓ built in …» (the server and the client environment)
 *   render   «generating static routes» up to its «✓ Completed in …»: every page and endpoint
 *   after    what follows rendering in the same process: ours, the search and offline steps
 *            (their times from .astro/edition-steps.json); the peer's, its Pagefind index
 *            («Finished building search index in …»)
 */

export interface BuildPhases {
  content: number;
  bundle: number;
  render: number;
  after?: number;
}

export const PHASE_NAMES: Record<keyof BuildPhases, string> = {
  content: 'content and build info',
  bundle: 'bundling',
  render: 'rendering',
  after: 'after rendering (ours: search and offline; the peer: its Pagefind)',
};

/** «568ms», «1.23s», «1m 16s» → milliseconds. */
export function durationMs(text: string): number | undefined {
  const m = /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(text.trim());
  if (!m) return undefined;
  const minutes = m[1] ? Number(m[1]) * 60_000 : 0;
  return minutes + Number(m[2]) * (m[3] === 'ms' ? 1 : 1000);
}

/** The phases of one build in its log (Astro's output; colour codes allowed); undefined where Astro's lines are not all there. */
export function astroLogPhases(log: string): BuildPhases | undefined {
  const lines = log.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const completed = (line: string) => /✓ Completed in (.+?)\.?\s*$/.exec(line)?.[1];
  let content: number | undefined;
  let render: number | undefined;
  let bundle = 0;
  let bundled = false;
  let pagefind: number | undefined;
  let state: 'start' | 'info' | 'routes' = 'start';
  for (const line of lines) {
    if (line.includes('Collecting build info')) state = 'info';
    else if (line.includes('generating static routes')) state = 'routes';
    const done = completed(line);
    if (done !== undefined && state === 'info' && content === undefined) {
      content = durationMs(done);
      state = 'start';
    } else if (done !== undefined && state === 'routes' && !line.includes('[build]')) {
      render = durationMs(done);
      state = 'start';
    }
    const vite = /\[vite\] ✓ built in (\S+)/.exec(line);
    if (vite) {
      bundle += durationMs(vite[1]!) ?? 0;
      bundled = true;
    }
    const index = /Finished building search index in (\S+?)\.?\s*$/.exec(line);
    if (index) pagefind = durationMs(index[1]!);
  }
  if (content === undefined || render === undefined || !bundled) return undefined;
  return { content, bundle, render, ...(pagefind !== undefined ? { after: pagefind } : {}) };
}

/** The median of each phase over the builds (a phase in none of them is left out). */
export function medianPhases(runs: readonly BuildPhases[], median: (xs: number[]) => number): BuildPhases | undefined {
  if (runs.length === 0) return undefined;
  const of = (key: keyof BuildPhases) => runs.map((r) => r[key]).filter((x): x is number => x !== undefined);
  const after = of('after');
  return { content: median(of('content')), bundle: median(of('bundle')), render: median(of('render')), ...(after.length ? { after: median(after) } : {}) };
}
