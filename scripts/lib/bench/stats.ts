/** Small statistics for the benchmark: medians and how a cost grows with the corpus; figures as the report prints them. */

/** Milliseconds as seconds with two decimals: 8100 → «8.10». */
export const s1 = (ms: number) => (ms / 1000).toFixed(2);
/** Bytes as whole MiB, «–» when not measured. */
export const mib = (b: number | null | undefined) => (b == null ? '–' : (b / 2 ** 20).toFixed(0));

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface Fit {
  /** Fixed cost (intercept) of the least-squares line cost = fixed + perUnit × scale. */
  fixed: number;
  /** Cost of one more ×1 of corpus (slope). */
  perUnit: number;
  /** How well the line explains the points (1 = exactly). */
  r2: number;
}

export function linearFit(points: readonly { x: number; y: number }[]): Fit {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const perUnit = sxx === 0 ? 0 : sxy / sxx;
  const fixed = my - perUnit * mx;
  const ssTot = points.reduce((s, p) => s + (p.y - my) ** 2, 0);
  const ssRes = points.reduce((s, p) => s + (p.y - (fixed + perUnit * p.x)) ** 2, 0);
  return { fixed, perUnit, r2: ssTot === 0 ? 1 : 1 - ssRes / ssTot };
}

export interface Growth {
  fit: Fit;
  /**
   * Marginal cost of one ×1 of corpus between consecutive scales: (y₂ − y₁)/(x₂ − x₁).
   * Linear growth keeps it about constant; growing marginal cost means super-linear.
   */
  marginal: { from: number; to: number; perUnit: number }[];
  /** Exponent b of cost ∝ scale^b between the two largest scales, on the cost above the smallest scale's. */
  exponent?: number;
  verdict: 'linear' | 'sub-linear' | 'super-linear' | 'too small to tell';
}

/**
 * Does the cost grow linearly with the scale? Compares the marginal cost per ×1 of the
 * last step with that of the first: within ±35% counts as linear (one run per scale on
 * a shared 2-core machine is noisy). Costs below `floor` at the largest scale are too
 * small to judge.
 */
export function growth(points: readonly { x: number; y: number }[], floor = 0): Growth {
  const ps = [...points].sort((a, b) => a.x - b.x);
  const fit = linearFit(ps);
  const marginal = ps.slice(1).map((p, i) => ({ from: ps[i]!.x, to: p.x, perUnit: (p.y - ps[i]!.y) / (p.x - ps[i]!.x) }));
  let exponent: number | undefined;
  if (ps.length >= 3) {
    const [a, b, c] = [ps[0]!, ps[ps.length - 2]!, ps[ps.length - 1]!];
    const yb = b.y - a.y;
    const yc = c.y - a.y;
    if (yb > 0 && yc > 0) exponent = Math.log(yc / yb) / Math.log((c.x - a.x) / (b.x - a.x));
  }
  let verdict: Growth['verdict'] = 'too small to tell';
  const last = ps[ps.length - 1];
  if (marginal.length >= 2 && last && last.y >= floor) {
    const first = marginal[0]!.perUnit;
    const end = marginal[marginal.length - 1]!.perUnit;
    const ratio = first > 0 ? end / first : Infinity;
    verdict = ratio > 1.35 ? 'super-linear' : ratio < 1 / 1.35 ? 'sub-linear' : 'linear';
  }
  return { fit, marginal, exponent, verdict };
}
