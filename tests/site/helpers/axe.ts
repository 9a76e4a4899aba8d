/** axe-core in the page under test: WCAG 2.1 A and AA, and the target size of 2.2 (2.5.8) that Lighthouse checks too. */
import type { Page } from 'playwright-core';
import { AXE_SOURCE } from './axe-source.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The rules of those tags whose outcome can change with the colour scheme: a page checked with
 * every rule in one scheme needs only these in the other (its structure, names and roles, sizes
 * and places do not change with the scheme; its colours do).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** The rules to run in a colour scheme: all of AXE_TAGS in light, the colour rules in dark. */
export const rulesFor = (scheme: 'light' | 'dark'): string[] | { rules: readonly string[] } => (scheme === 'light' ? AXE_TAGS : { rules: COLOUR_RULES });

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/** The violations axe finds in the page as it is now: the rules of the tags given, or only the rules named. */
export async function runAxe(page: Page, only: readonly string[] | { rules: readonly string[] } = AXE_TAGS): Promise<AxeViolation[]> {
  // Already there in a page opened with { axe: true } (tests/site/helpers/browser.ts); evaluated here otherwise.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = Array.isArray(only) ? { type: 'tag', values: only } : { type: 'rule', values: (only as { rules: readonly string[] }).rules };
  return page.evaluate(async (runOnly) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200), failureSummary: n.failureSummary })),
    }));
  }, runOnly);
}

/** The violations as lines a reader of the test log can act on. */
export function describeViolations(where: string, violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help}\n` +
        v.nodes
          .slice(0, 8)
          .map((n) => `    ${JSON.stringify(n.target)} ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
          .join('\n') +
        (v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : ''),
    )
    .join('\n');
}

/**
 * Waits until colour transitions and other animations are over (axe measures contrast).
 * `document.getAnimations()` brings the style up to date first, so a transition a change of
 * colour scheme starts is among them at once: no frame needs to pass before asking (a frame
 * waited for is one more rendering of the page, on every page of every-page.test.ts).
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
}
