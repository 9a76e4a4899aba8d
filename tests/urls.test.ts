/**
 * Addresses are promises. These tests pin the routes and the anchors that readers
 * and civil servants link to; a change here breaks published links.
 */
import { describe, expect, it } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';
import type { Block } from '../src/model/schema.ts';
import { inlineText } from '../src/model/text.ts';
import { routes } from '../src/model/routes.ts';
import { pageDataPath } from '../src/site/pagedata.ts';
import { ACTIONS_CSV_PATH, ACTIONS_JSON_PATH, CHANGES_PATH, documentDataPath } from '../src/site/opendata.ts';
import { CSVW_PATH, DCAT_PATH, MODEL_PATH } from '../src/site/datafiles.ts';
import { CODE_LICENCE, DATA_LICENCE } from '../src/site/licence.ts';

const { corpus } = builtCorpus();
const text = (b: Block) => (b.kind === 'list' ? b.items.map((i) => inlineText(i.content)).join(' ') : inlineText(b.content));
const anchor = (blocks: Block[], id: string) => {
  const b = blocks.find((x) => x.id === id);
  expect(b, `anchor #${id}`).toBeDefined();
  return text(b!);
};

describe('routes', () => {
  it('keeps the published addresses', () => {
    expect(routes.home()).toBe('/');
    expect(routes.document('kst-35510-60')).toBe('/documenten/kst-35510-60/');
    expect(routes.document('kst-29362-290')).toBe('/documenten/kst-29362-290/');
    expect(routes.document('kst-29362-282')).toBe('/documenten/kst-29362-282/');
    expect(routes.document('bijlage')).toBe('/acties/');
    expect(routes.action(41)).toBe('/acties/41/');
    expect(routes.theme('toeslagen')).toBe('/themas/toeslagen/');
    expect(routes.rrAction(3)).toBe('/documenten/kst-29362-282/acties/3/');
    expect(routes.rrRecommendation(6)).toBe('/documenten/kst-29362-282/aanbevelingen/6/');
    expect(routes.documents()).toBe('/documenten/');
    expect(routes.rrActions()).toBe('/documenten/kst-29362-282/acties/');
    expect(routes.rrRecommendations()).toBe('/documenten/kst-29362-282/aanbevelingen/');
    expect(routes.accessibility()).toBe('/toegankelijkheid/');
    expect(routes.glossary()).toBe('/begrippen/');
    expect(routes.term('commissie-werkelijke-schade')).toBe('/begrippen/#commissie-werkelijke-schade');
    expect([routes.abbreviations(), routes.about(), routes.readingGuide(), routes.search(), routes.data(), routes.themes()]).toEqual([
      '/afkortingen/',
      '/over/',
      '/leeswijzer/',
      '/zoeken/',
      '/data/',
      '/themas/',
    ]);
  });

  it('keeps the addresses of the open data, the change log and the licences', () => {
    expect(pageDataPath(routes.action(41))).toBe('/acties/41.json');
    expect(pageDataPath(routes.document('kst-35510-60'))).toBe('/documenten/kst-35510-60.json');
    expect(pageDataPath(routes.document('bijlage'))).toBe('/acties.json');
    expect(pageDataPath(routes.theme('toeslagen'))).toBe('/themas/toeslagen.json');
    expect(pageDataPath(routes.rrRecommendation(6))).toBe('/documenten/kst-29362-282/aanbevelingen/6.json');
    expect([ACTIONS_JSON_PATH, ACTIONS_CSV_PATH, CSVW_PATH, DCAT_PATH, MODEL_PATH, documentDataPath('bijlage')]).toEqual([
      '/data/acties.json',
      '/data/acties.csv',
      '/data/acties.csv-metadata.json',
      '/data/catalogus.jsonld',
      '/data/model.json',
      '/data/documenten/bijlage.json',
    ]);
    expect([CHANGES_PATH, DATA_LICENCE.path, CODE_LICENCE.path]).toEqual(['/wijzigingen/', '/licenties/CC0-1.0.txt', '/licenties/EUPL-1.2.txt']);
  });

  it('keeps the theme slugs', () => {
    expect(corpus.themes.map((t) => `${t.number}:${t.slug}`)).toEqual([
      '1:toeslagen',
      '2:versterken-dienstverlening',
      '3:wet-en-regelgeving',
      '4:discriminatie',
      '5:open-overheid',
      '6:ambtelijk-vakmanschap',
    ]);
  });
});

describe('anchors', () => {
  it('keeps the section and paragraph anchors of 35 510 nr. 60', () => {
    const b = corpus.letter.blocks;
    expect(anchor(b, 's1')).toBe('Toeslagen');
    expect(anchor(b, 's7')).toBe('Tot slot');
    expect(anchor(b, 's1-herstel-voor-getroffen-ouders')).toBe('Herstel voor getroffen ouders');
    expect(anchor(b, 'p1')).toMatch(/^Het is in augustus vier jaar geleden/);
    expect(anchor(b, 'p5')).toMatch(/^toeslagen versterken dienstverlening/);
    expect(corpus.letter.footnotes.map((n) => n.id)).toEqual(Array.from({ length: 14 }, (_, i) => `fn-${i + 1}`));
  });

  it('keeps the section anchors of 29 362 nr. 290', () => {
    const b = corpus.werkAanUitvoering.blocks;
    expect(anchor(b, 's1')).toBe('Inleiding');
    expect(anchor(b, 's6')).toBe('Tot slot');
    expect(b.filter((x) => x.kind === 'heading' && x.number).map((x) => x.id)).toEqual(
      expect.arrayContaining(['s2-1', 's2-2', 's3-1', 's4-1', 's5-1', 's5-3']),
    );
    expect(corpus.werkAanUitvoering.footnotes.filter((n) => n.id.startsWith('fn-'))).toHaveLength(37);
  });

  it('keeps the action and recommendation anchors of 29 362 nr. 282', () => {
    const b = corpus.regelsEnRuimte.blocks;
    for (let n = 1; n <= 9; n++)
      expect(
        b.some((x) => x.id === `actie-${n}`),
        `actie-${n}`,
      ).toBe(true);
    for (let n = 1; n <= 6; n++) {
      expect(anchor(b, `aanbeveling-${n}`)).toMatch(new RegExp(`^Aanbeveling ${n}\\.`));
      expect(
        b.some((x) => x.id === `reactie-${n}`),
        `reactie-${n}`,
      ).toBe(true);
    }
  });

  it('numbers the annex actions 1 to 86 with their description and status anchors', () => {
    expect(corpus.annex.actions.map((a) => a.number)).toEqual(Array.from({ length: 86 }, (_, i) => i + 1));
    const a41 = corpus.annex.actions[40]!;
    expect(a41.description[0]!.id).toBe('omschrijving-1');
    expect(a41.status[0]!.id).toBe('stand-1');
  });

  it('gives every block a unique anchor within its page', () => {
    for (const d of [corpus.letter, corpus.werkAanUitvoering, corpus.regelsEnRuimte]) {
      const ids = [...d.blocks.map((b) => b.id), ...d.footnotes.map((n) => n.id)];
      expect(new Set(ids).size, d.meta.id).toBe(ids.length);
    }
    for (const a of corpus.annex.actions) {
      const ids = [...a.description, ...a.status].map((b) => b.id);
      expect(new Set(ids).size, `actie ${a.number}`).toBe(ids.length);
    }
  });
});

describe('«Begrippen» anchors', () => {
  it('keep every published entry at /begrippen/#<slug>: an entry may be added, never renamed or removed', () => {
    const PUBLISHED = [
      'abbb',
      'awb',
      'belang-van-de-staat',
      'bkr',
      'catshuisregeling',
      'commissie-werkelijke-schade',
      'compensatie',
      'cvdrm',
      'discretionaire-ruimte',
      'fsv',
      'gedupeerde',
      'hardheidsclausule',
      'hersteloperatie',
      'integrale-beoordeling',
      'invoeringstoets',
      'kamerstuk',
      'kinderopvangtoeslag',
      'kindpanel',
      'kindregeling',
      'kwijtschelding',
      'landsadvocaat',
      'lichte-toets',
      'maatwerk',
      'maatwerkloket',
      'mfo',
      'motie',
      'multiprobleemhuishoudens',
      'ongekend-onrecht',
      'ouderpanel',
      'persoonlijk-zaakbehandelaar',
      'pok',
      'private-schulden',
      'serviceteam',
      'uht',
      'uitvoeringstoets',
      'voortgangsrapportage',
      'wau',
      'woo',
    ];
    expect(corpus.glossary.map((e) => e.slug)).toEqual(expect.arrayContaining(PUBLISHED));
  });
});
