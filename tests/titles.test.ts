/**
 * Short titles (content/titles.json) of the 86 actions and of the actions and recommendations
 * of 29 362 nr. 282, on the real sources: exactly one per item, whole (no «…», never cut
 * mid-phrase, at most 90 characters), marked where they are the edition's words, and the
 * same in every place the route data names an item. Damaged title data stops the build.
 */
import { describe, expect, it } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';
import { loadInputs } from '../scripts/lib/inputs.ts';
import { buildCorpus } from '../src/parse/corpus.ts';
import { plainText } from '../src/model/text.ts';
import { TITLE_MAX, TitlesSchema, titleDefect, titleEntry } from '../src/model/titles.ts';
import { actionTitle, routeData } from '../src/site/route-data.ts';
import { actionRecords } from '../src/site/opendata.ts';
import { annexRows } from '../src/site/annex-table.ts';
import { themeOf } from '../src/model/corpus.ts';

const inputs = loadInputs();
const { corpus } = builtCorpus();
const pages = routeData(corpus);
const build = (titles: typeof inputs.titles) => () => buildCorpus({ ...inputs, titles });

describe('titleDefect', () => {
  it('refuses titles cut mid-phrase or with an ellipsis', () => {
    expect(titleDefect('Indien nodig de private schulden van de slachtoffers over nemen zodat ze de € 30.000…')).toMatch(/ellipsis/);
    expect(titleDefect('Versterken rijksbrede wetgevingstoets om beter toezicht te')).toMatch(/ends on «te»/);
    expect(titleDefect('Overleg met schuldeisers, zodat')).toMatch(/ends on «zodat»/);
    expect(titleDefect('Samen met de gemeenten hulp bieden bij problemen op het gebied van,')).toMatch(/ends on «,»/);
    expect(titleDefect('Compensatie voor (ex-partners en kinderen')).toMatch(/unbalanced/);
    expect(titleDefect('kleine letter aan het begin')).toMatch(/capital/);
    expect(titleDefect('Een '.repeat(30).trim() + ' titel')).toMatch(/characters long/);
  });
  it('accepts whole titles, also one starting with an amount', () => {
    expect(titleDefect('€ 30.000 compensatie betalen en de hersteloperatie opschalen')).toBeUndefined();
    expect(titleDefect('«Persoonlijke beleidsopvatting» niet langer als grond om stukken te weigeren')).toBeUndefined();
  });
});

describe('the titles table', () => {
  it('has exactly one whole title for each of the 86 actions, 9 actions and 6 recommendations', () => {
    expect(corpus.titles.actions.map((e) => e.number).sort((a, b) => a - b)).toEqual(corpus.annex.actions.map((a) => a.number));
    expect(corpus.titles.rrActions.map((e) => e.number)).toEqual(corpus.regelsEnRuimte.actions.map((a) => a.number));
    expect(corpus.titles.rrRecommendations.map((e) => e.number)).toEqual(corpus.regelsEnRuimte.recommendations.map((r) => r.number));
    for (const e of [...corpus.titles.actions, ...corpus.titles.rrActions, ...corpus.titles.rrRecommendations]) {
      expect(titleDefect(e.title), e.title).toBeUndefined();
      expect(e.title.length).toBeLessThanOrEqual(TITLE_MAX);
    }
  });

  it('marks a title as the source’s own words only where the action’s text holds it word for word', () => {
    const own = corpus.titles.actions.filter((e) => !e.editorial);
    expect(own.length).toBeGreaterThan(0);
    for (const e of own) expect(plainText(corpus.annex.actions[e.number - 1]!.description)).toContain(e.title);
  });

  it('explains the shorthand the annex leaves unexplained', () => {
    const titles = corpus.titles.actions.map((e) => e.title).join('\n');
    for (const shorthand of [/\bWaU\b/, /\babbb\b/, /\bBD\b/, /\bMR\b/, /\bLA\b/, /NR\.? ?\d+/, /\bKot\b/i]) expect(titles).not.toMatch(shorthand);
  });

  it('stops the build on a missing, doubled, cut or falsely «own» title, naming the file', () => {
    const t = inputs.titles;
    expect(build({ ...t, actions: t.actions.filter((e) => e.number !== 41) })).toThrow(/content\/titles\.json: actions 41: expected a title, found none/);
    expect(build({ ...t, actions: [...t.actions, { ...t.actions[0]!, title: 'Nog een titel' }] })).toThrow(/actions 1: expected one title, found a second/);
    expect(build({ ...t, rrRecommendations: t.rrRecommendations.filter((e) => e.number !== 6) })).toThrow(/rrRecommendations 6: expected a title/);
    expect(build({ ...t, actions: t.actions.map((e) => (e.number === 41 ? { ...e, editorial: false, title: 'De invordering herzien' } : e)) })).toThrow(
      /actions 41: «De invordering herzien» is marked as the source's own words/,
    );
    const cut = TitlesSchema.safeParse({
      ...t,
      actions: t.actions.map((e) => (e.number === 3 ? { ...e, title: 'Private schulden overnemen zodat ze de € 30.000…' } : e)),
    });
    expect(cut.success).toBe(false);
    expect(cut.error?.message).toMatch(/title of number 3 .* contains an ellipsis/);
  });
});

describe('the same title everywhere the route data names an item', () => {
  const titles = new Map(corpus.annex.actions.map((a) => [`/acties/${a.number}/`, actionTitle(corpus, a)]));
  it('h1, previous/next and theme lists of the 86 actions; marked editorial where the title is', () => {
    for (const p of pages) {
      if (p.kind === 'action') {
        expect(p.title).toBe(titles.get(p.route));
        expect(p.title).toBe(`Actie ${p.number} — ${titleEntry(corpus, 'actions', p.number!).title}`);
        expect(p.editorialTitle ?? false).toBe(titleEntry(corpus, 'actions', p.number!).editorial);
        for (const link of [p.sequence?.prev, p.sequence?.next]) if (link) expect(link.label).toBe(titles.get(link.href));
      }
      for (const a of p.theme?.actions ?? []) expect(a.label).toBe(titles.get(a.href));
    }
  });

  it('the annex table and the open data', () => {
    const rows = annexRows(corpus);
    const records = actionRecords(corpus, routeData(corpus), (r) => r, themeOf);
    for (const a of corpus.annex.actions) {
      const entry = titleEntry(corpus, 'actions', a.number);
      expect(rows[a.number - 1]!.title).toBe(entry.title);
      expect(records[a.number - 1]!.titel).toBe(entry.title);
      expect(records[a.number - 1]!.titelRedactioneel).toBe(entry.editorial);
    }
  });

  it('29 362 nr. 282: «Actie N uit «Regels en ruimte» — » or «Aanbeveling N — » and the short title, the same in previous/next', () => {
    const rr = pages.filter((p) => p.kind === 'rr-action' || p.kind === 'rr-recommendation');
    expect(rr).toHaveLength(15);
    const byRoute = new Map(rr.map((p) => [p.route, p.title]));
    for (const p of rr) {
      const kind = p.kind === 'rr-action' ? 'rrActions' : 'rrRecommendations';
      const label = p.kind === 'rr-action' ? `Actie ${p.number} uit «Regels en ruimte»` : `Aanbeveling ${p.number}`;
      expect(p.title).toBe(`${label} — ${titleEntry(corpus, kind, p.number!).title}`);
      for (const link of [p.sequence?.prev, p.sequence?.next]) if (link) expect(link.label).toBe(byRoute.get(link.href));
    }
  });
});
