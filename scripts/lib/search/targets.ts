/**
 * The best-bet targets of the search (src/client/search/bestbets.ts), built when the site
 * is indexed: every action by its number, every Kamerstuk of the corpus by its citation,
 * and every term the glossary explains (content/begrippen.json, when the site has one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Target } from '../../../src/client/search/bestbets.ts';
import { fold } from '../../../src/client/search/text.ts';

/** What the search needs of a glossary entry; the glossary itself is validated where it is built. */
export const GlossaryTargetSchema = z.object({ slug: z.string().min(1), term: z.string().min(1), aliases: z.array(z.string()).default([]) }).loose();
export type GlossaryTarget = z.infer<typeof GlossaryTargetSchema>;

/** The glossary's entries, or [] when the site has no glossary (yet). */
export function readGlossary(file: string): GlossaryTarget[] {
  if (!existsSync(file)) return [];
  const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const list = Array.isArray(json) ? json : (json as { begrippen?: unknown }).begrippen;
  const parsed = z.array(GlossaryTargetSchema).safeParse(list);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Targets from the site's pages (route and title) and the glossary. */
export function searchTargets(
  pages: readonly { route: string; title: string }[],
  glossary: readonly GlossaryTarget[],
  glossaryRoute = '/begrippen/',
): Target[] {
  const out: Target[] = [];
  for (const p of pages) {
    const action = /^\/acties\/(\d+)\/$/.exec(p.route);
    if (action) out.push({ terms: [`actie ${Number(action[1])}`], url: p.route, title: p.title, kind: 'actie' });
    const doc = /^\/documenten\/(kst-\d+-\d+)\/$/.exec(p.route);
    if (doc) out.push({ terms: [doc[1]!], url: p.route, title: p.title, kind: 'document' });
  }
  for (const g of glossary) {
    out.push({ terms: [...new Set([g.term, ...g.aliases].map(fold))], url: `${glossaryRoute}#${g.slug}`, title: g.term, kind: 'begrip' });
  }
  return out;
}
