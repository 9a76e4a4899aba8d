/**
 * The interface strings (src/site/strings.ts, split by area in src/site/strings/): one entry
 * point, every key in one area only, counts computed or matching the model. Corpus tier: the
 * counts a string states of the sources' contents are read from the real corpus.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, t } from '../src/site/strings.ts';
import { countWord, DOCUMENTS_WORD } from '../src/site/strings/counts.ts';
import { DOC_IDS } from '../src/model/registry.ts';
import { builtCorpus } from './fixtures/corpus.ts';

describe('the strings by area', () => {
  it('joins every area into the one module, no key in two areas', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, strings] of Object.entries(AREAS)) {
      for (const key of Object.keys(strings)) {
        if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${area}`);
        seen.set(key, area);
      }
    }
    expect(twice).toEqual([]);
    expect(Object.keys(t).sort()).toEqual([...seen.keys()].sort());
  });

  it('writes a count as a word up to twelve, in digits beyond', () => {
    expect([1, 4, 6, 9, 12, 13, 86].map(countWord)).toEqual(['een', 'vier', 'zes', 'negen', 'twaalf', '13', '86']);
  });

  it('says as many documents as the registry declares', () => {
    expect(DOCUMENTS_WORD).toBe(countWord(DOC_IDS.length));
    expect(t.bannerText).toContain(`${DOCUMENTS_WORD} Kamerstukken`);
    expect(t.searchIntro).toContain(`${DOCUMENTS_WORD} documenten`);
  });
});

describe('counts of the sources’ contents stated in the strings', () => {
  const { corpus } = builtCorpus();
  const actions = String(corpus.annex.actions.length);
  const themes = countWord(corpus.themes.length);
  const rr = corpus.regelsEnRuimte;
  const clusters = countWord(new Set(rr.actions.map((a) => a.cluster)).size);
  it.each([
    ['actionsTitle', t.actionsTitle, `${actions} vervolgacties`],
    ['tableCaption', t.tableCaption, `${actions} acties`],
    ['searchIntro', t.searchIntro, `${actions} acties`],
    ['descAnnex', t.descAnnex, `${actions} vervolgacties`],
    ['homeActionsTitle', t.homeActionsTitle, `${actions} acties`],
    ['homeActionsTable', t.homeActionsTable, `${actions} acties`],
    ['documentsIntro', t.documentsIntro, `${actions} acties`],
    ['dataActionsTitle', t.dataActionsTitle, `${actions} vervolgacties`],
    ['homeThemes', t.homeThemes, `${themes} thema’s`],
    ['themesIntro', t.themesIntro, `${themes} thema’s`],
    ['notFoundThemes', t.notFoundThemes, `${themes} thema’s`],
    ['rrActionsIntro', t.rrActionsIntro, `${countWord(rr.actions.length)} acties`],
    ['rrActionsIntro', t.rrActionsIntro, `${clusters} clusters`],
    ['rrRecommendationsIntro', t.rrRecommendationsIntro, `${countWord(rr.recommendations.length)} aanbevelingen`],
  ])('%s says what the model counts', (_key, text, count) => {
    expect(text).toContain(count);
  });
});
