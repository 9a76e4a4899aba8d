/**
 * Abbreviations the texts define themselves: «Parlementaire Ondervragingscommissie
 * Kinderopvangtoeslag (POK)» or «UWV (Uitvoeringsinstituut Werknemersverzekeringen)».
 * A definition counts only when the letters of the abbreviation can be read from the
 * words, in order, starting with the first letter of the first word.
 */
import { letterDocuments } from '../model/registry.ts';
import { letterOf, type LetterId } from '../model/corpus.ts';
import type { Block, Corpus } from '../model/schema.ts';
import { routes } from '../model/routes.ts';
import { plainBlock, plainRuns as plain } from '../model/text.ts';
import { reviewedAbbreviations } from './model.ts';

export interface Abbreviation {
  abbr: string;
  expansion: string;
  /** Where the text defines it; absent for reviewed entries. */
  href?: string;
  where?: string;
  note?: string;
}

const SKIP = new Set(['van', 'de', 'het', 'der', 'en', 'voor', 'op', 'in', 'te', 'tegen', 'bij', 'aan', 'of', 'the', 'and', 'for']);

/** Can `abbr` (lower case) be read from `words`, each word giving one or more letters from its start on? */
export function fits(abbr: string, words: readonly string[], first = true): boolean {
  if (words.length === 0) return abbr === '';
  const [word, ...rest] = words as [string, ...string[]];
  if (abbr === '') return false;
  const w = word.toLocaleLowerCase('nl').replace(/[-'’]/g, '');
  // Small words, and (after the first) lower-case words, may give no letter: «Wet eenmalige gegevens uitvraag (WEU)».
  const skippable = SKIP.has(w) || (!first && word === w);
  if (abbr[0] !== w[0]) return skippable && !first ? fits(abbr, rest, false) : false;
  if (skippable && !first && fits(abbr, rest, false)) return true;
  // The first letter comes from the word's start; more letters may come from inside it.
  const tail = abbr.slice(1);
  if (fits(tail, rest, false)) return true;
  let pos = 1;
  for (let j = 0; j < tail.length; j++) {
    pos = w.indexOf(tail[j]!, pos);
    if (pos < 0) break;
    pos++;
    if (fits(tail.slice(j + 1), rest, false)) return true;
  }
  return false;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const words = (s: string) => [...s.matchAll(WORD)].map((m) => m[0]);
const ABBR = String.raw`[A-Z][A-Za-z]*[A-Z][A-Za-z]*`;

/** Definitions in one plain text. */
export function definitionsIn(text: string): { abbr: string; expansion: string }[] {
  const found: { abbr: string; expansion: string }[] = [];
  // «long words (ABBR)»
  for (const m of text.matchAll(new RegExp(String.raw`\((${ABBR})\)`, 'g'))) {
    const abbr = m[1]!;
    const before =
      text
        .slice(Math.max(0, m.index - 160), m.index)
        .split(/[()«».;:]/)
        .pop() ?? '';
    const ws = words(before);
    for (let k = 1; k <= Math.min(ws.length, 10); k++) {
      const cand = ws.slice(-k);
      if (SKIP.has(cand[0]!.toLowerCase())) continue;
      if (fits(abbr.toLowerCase(), cand)) {
        found.push({ abbr, expansion: cand.join(' ') });
        break;
      }
    }
  }
  // «ABBR (long words)»
  for (const m of text.matchAll(new RegExp(String.raw`\b(${ABBR})\s+\(([^()]{4,120})\)`, 'g'))) {
    const abbr = m[1]!;
    const ws = words(m[2]!);
    if (ws.length > 1 && ws.length <= 10 && fits(abbr.toLowerCase(), ws)) found.push({ abbr, expansion: m[2]!.trim() });
  }
  return found;
}

function blockTexts(blocks: readonly Block[]): { id: string; text: string }[] {
  return blocks.map((b) => ({ id: b.id, text: b.kind === 'heading' ? plain(b.content) : plainBlock(b) }));
}

export function abbreviations(corpus: Corpus): Abbreviation[] {
  const sources: { href: string; where: string; texts: { id: string; text: string }[] }[] = [];
  for (const { id } of letterDocuments()) {
    const doc = letterOf(corpus, id as LetterId);
    const route = routes.document(id as LetterId);
    sources.push({ href: route, where: doc.meta.citation, texts: blockTexts(doc.blocks) });
    sources.push({
      href: route,
      where: doc.meta.citation,
      texts: doc.footnotes.map((f) => ({ id: f.id, text: plain(f.content) })),
    });
  }
  sources.push({ href: routes.actions(), where: corpus.annex.meta.citation, texts: blockTexts(corpus.annex.intro) });
  for (const a of corpus.annex.actions) {
    sources.push({
      href: routes.action(a.number),
      where: `${corpus.annex.meta.citation}, actie ${a.number}`,
      texts: [...blockTexts(a.description), ...blockTexts(a.status), ...a.footnotes.map((f) => ({ id: f.id, text: plain(f.content) }))],
    });
  }

  const byAbbr = new Map<string, Abbreviation>();
  for (const s of sources) {
    for (const { id, text } of s.texts) {
      for (const d of definitionsIn(text)) {
        if (!byAbbr.has(d.abbr)) byAbbr.set(d.abbr, { ...d, href: `${s.href}#${id}`, where: s.where });
      }
    }
  }
  for (const r of reviewedAbbreviations()) if (!byAbbr.has(r.abbr)) byAbbr.set(r.abbr, r);
  return [...byAbbr.values()].sort((a, b) => a.abbr.localeCompare(b.abbr, 'nl', { sensitivity: 'base' }));
}

export type AbbrPiece = string | { abbr: string; title: string };

const splitters = new WeakMap<Corpus, (text: string) => AbbrPiece[]>();

/**
 * A function that splits a text into plain pieces and known abbreviations, so that
 * every use of an abbreviation can be shown as `<abbr title="…">`.
 */
export function abbrSplitter(corpus: Corpus): (text: string) => AbbrPiece[] {
  let split = splitters.get(corpus);
  if (!split) {
    const titles = new Map(abbreviations(corpus).map((a) => [a.abbr, a.expansion]));
    const alternatives = [...titles.keys()].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    split = (text) => {
      if (!alternatives.length) return [text];
      const out: AbbrPiece[] = [];
      let last = 0;
      for (const m of text.matchAll(re)) {
        if (m.index > last) out.push(text.slice(last, m.index));
        out.push({ abbr: m[0], title: titles.get(m[0])! });
        last = m.index + m[0].length;
      }
      if (last < text.length) out.push(text.slice(last));
      return out;
    };
    splitters.set(corpus, split);
  }
  return split;
}
