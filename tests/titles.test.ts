/**
 * Titles of the actions and of the actions and recommendations of 29 362 nr. 282, on the
 * real sources: the action's own words (the first sentence of its first paragraph or list
 * item), cut at a word boundary with «…» only where cut, never inside brackets, never
 * repeating the number the label already gives.
 */
import { describe, expect, it } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';
import { firstSentence, plainBlock, plainRuns } from '../src/model/text.ts';
import { actionTitle, routeData } from '../src/site/route-data.ts';

const { corpus } = builtCorpus();
const pages = routeData(corpus);
/** «Actie 41 — Invorderingsstrategie …» → label and subject (a subject may hold « — » itself). */
const parts = (title: string): [string, string] => {
  const i = title.indexOf(' — ');
  return [title.slice(0, i), title.slice(i + 3)];
};
const balanced = (s: string) => (s.match(/\(/g) ?? []).length === (s.match(/\)/g) ?? []).length;

describe('action titles', () => {
  it('are «Actie N — » and the first sentence of the action, whole or cut with «…»', () => {
    for (const a of corpus.annex.actions) {
      const title = actionTitle(a);
      const [label, subject] = parts(title);
      expect(label).toBe(`Actie ${a.number}`);
      const first = a.description[0]!;
      const sentence = firstSentence(first.kind === 'list' ? plainRuns(first.items[0]!.content) : plainBlock(first));
      if (subject.endsWith('…')) {
        expect(sentence.startsWith(subject.slice(0, -1).trimEnd()), `${title} / ${sentence}`).toBe(true);
        expect(sentence.length, title).toBeGreaterThan(subject.length - 1);
      } else expect(subject, title).toBe(sentence);
      expect(balanced(subject.replace(/…$/, '')), `${title}: a bracket left open`).toBe(true);
    }
  });

  it('are the same in the h1, previous/next and the lists of a theme', () => {
    const titles = new Map(corpus.annex.actions.map((a) => [`/acties/${a.number}/`, actionTitle(a)]));
    for (const p of pages) {
      if (p.kind === 'action') {
        expect(p.title).toBe(titles.get(p.route));
        for (const link of [p.sequence?.prev, p.sequence?.next]) if (link) expect(link.label).toBe(titles.get(link.href));
      }
      for (const a of p.theme?.actions ?? []) expect(a.label).toBe(titles.get(a.href));
    }
  });
});

describe('titles of 29 362 nr. 282', () => {
  it('give the subject after the label without repeating the number, and title previous/next the same way', () => {
    const rr = pages.filter((p) => p.kind === 'rr-action' || p.kind === 'rr-recommendation');
    expect(rr).toHaveLength(15);
    const byRoute = new Map(rr.map((p) => [p.route, p.title]));
    for (const p of rr) {
      const [label, subject] = parts(p.title);
      expect(label).toMatch(/^(Actie \d uit «Regels en ruimte»|Aanbeveling \d)$/);
      expect(subject, p.title).not.toMatch(/^(Aanbeveling )?\d+[.)]/);
      expect(balanced(subject.replace(/…$/, ''))).toBe(true);
      for (const link of [p.sequence?.prev, p.sequence?.next]) if (link) expect(link.label).toBe(byRoute.get(link.href));
    }
  });
});
