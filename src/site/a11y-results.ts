/**
 * The outcome of the last accessibility run over every built page
 * (tests/site/every-page.test.ts writes it; the statement on /toegankelijkheid/ reads it at
 * build time). The statement's claims come from here, never from hand-written text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Where the run writes its outcome, relative to the project root. */
export const A11Y_RESULTS_FILE = 'content/toegankelijkheid/axe.json';

export const AxeResultsSchema = z.object({
  /** The version of axe-core that checked. */
  axe: z.string().min(1),
  /** The rule sets it ran (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa). */
  tags: z.array(z.string()).min(1),
  /** How many built pages were checked: all of them. */
  pages: z.number().int().positive(),
  schemes: z.array(z.enum(['light', 'dark'])).min(1),
  /** Pages × colour schemes. */
  runs: z.number().int().positive(),
  /** Landmarks not unique or unnamed, headings named by more than their words (tests/site/helpers/structure.ts). */
  structure: z.array(z.object({ page: z.string(), problem: z.string() })),
  violations: z.array(
    z.object({
      rule: z.string(),
      help: z.string(),
      page: z.string(),
      scheme: z.enum(['light', 'dark']),
      nodes: z.number().int().positive(),
    }),
  ),
});
export type AxeResults = z.infer<typeof AxeResultsSchema>;

/** The recorded outcome, or undefined when no run has recorded one yet. A damaged file stops the build. */
export function readA11yResults(root: string = process.cwd()): AxeResults | undefined {
  const file = join(root, A11Y_RESULTS_FILE);
  if (!existsSync(file)) return undefined;
  const parsed = AxeResultsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${A11Y_RESULTS_FILE}: not the outcome of an accessibility run: ${parsed.error.message}`);
  return parsed.data;
}
