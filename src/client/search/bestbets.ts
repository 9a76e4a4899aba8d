/**
 * Best bets: a query that names an action by number («actie 41»), a Kamerstuk by its
 * citation in any form («35510-60», «35 510, nr. 60», its site id, «Kamerstuk 29362
 * nr. 290») or a term the site explains (the glossary), gets that page first. The targets
 * are built when the site is indexed (scripts/lib/search/index-site.ts). Pure.
 */
import { contentWords, fold, queryWords } from './text.ts';

export interface Target {
  /** Keys a query can name it by: «actie 41», a document's site id, or a folded term («commissie werkelijke schade»). */
  terms: readonly string[];
  url: string;
  title: string;
  /** What kind of page: «actie», «document», «begrip», … (shown beside the title). */
  kind?: string;
}

/** Kamerstuk citations in a query, as keys «kst-<dossier>-<nr>». */
export function citationKeys(query: string): string[] {
  const q = fold(query);
  const out: string[] = [];
  const re = /(?:kst[\s-]*)?\b(\d{2})[\s.]?(\d{3})(?:\s*[-–/]\s*|\s*,?\s*(?:nr|nummer|no|n°)\.?\s*)(\d{1,4})\b/g;
  for (const m of q.matchAll(re)) out.push(`kst-${m[1]}${m[2]}-${Number(m[3])}`);
  return out;
}

/** Actions named by number in a query («actie 41», «actie nr. 41», «vervolgactie 41»), as keys «actie 41». */
export function actionKeys(query: string): string[] {
  const q = fold(query);
  return [...q.matchAll(/\b(?:vervolg)?acties?\s*(?:(?:nr|nummer)\.?\s*)?(\d{1,3})\b/g)].map((m) => `actie ${Number(m[1])}`);
}

const phrase = (words: readonly string[]) => ` ${words.join(' ')} `;

/**
 * The targets a query names, most specific first: citations and numbered actions, then
 * terms. A term counts when the query's words (stop words aside) are the term, or hold it
 * as a phrase that is at least half of them (a term of one short word only when it is the
 * query): a question about the term, not a sentence that happens to use it.
 */
export function bestBets(query: string, targets: readonly Target[]): Target[] {
  const keys = new Set([...citationKeys(query), ...actionKeys(query)]);
  const words = contentWords(queryWords(query));
  const asked = phrase(words);
  const exact: Target[] = [];
  const named: Target[] = [];
  const contained: Target[] = [];
  for (const t of targets) {
    if (t.terms.some((k) => keys.has(k))) {
      exact.push(t);
      continue;
    }
    let best = 0;
    for (const term of t.terms) {
      if (/^(kst-|actie )/.test(term)) continue;
      const tw = queryWords(term);
      if (!tw.length) continue;
      if (tw.join(' ') === words.join(' ')) best = 2;
      else if (best < 1 && (tw.length > 1 || tw[0]!.length >= 5) && tw.length * 2 >= words.length && asked.includes(phrase(tw))) best = 1;
    }
    if (best === 2) named.push(t);
    else if (best === 1) contained.push(t);
  }
  const out = [...exact, ...named, ...contained];
  return out.filter((t, i) => out.findIndex((x) => x.url === t.url) === i).slice(0, 3);
}
