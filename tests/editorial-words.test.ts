/**
 * What the edition says about the texts is true of the texts: the theme rule and its
 * exceptions, the theme titles, where the annex is published, the head of 29 362 nr. 290
 * without the website's metadata, 282's lists without doubled numbers, «geen thema» once.
 * Checked against the model built from the real sources, not against hard-coded pages.
 */
import { describe, expect, it } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';
import { themeOf, themeSource } from '../src/model/corpus.ts';
import type { Inline } from '../src/model/schema.ts';
import { inlineText } from '../src/model/text.ts';
import { routeData, rrListLine, themeMappingOf } from '../src/site/route-data.ts';
import { t } from '../src/site/strings.ts';

const { corpus } = builtCorpus();
const pages = routeData(corpus);
const inSections = (a: (typeof corpus.annex.actions)[number], sections: readonly string[]) =>
  sections.includes(a.section) || (a.subsection !== undefined && sections.includes(a.subsection));

describe('the theme rule', () => {
  it('names, on every theme page, each action placed against its annex section, both ways', () => {
    const exceptions: string[] = [];
    for (const th of corpus.themes) {
      const page = pages.find((p) => p.kind === 'theme' && p.number === th.number)!;
      expect(page.theme!.mapping).toBe(themeMappingOf(corpus, th));
      expect(page.theme!.mapping).toMatch(/paragraaf van de brief die haar bespreekt/);
      for (const a of corpus.annex.actions) {
        const theme = themeOf(a, corpus.themes)?.number;
        const mine = inSections(a, th.annexSections);
        if ((theme === th.number) === mine) continue;
        // An exception: named on this theme page with its number.
        expect(page.theme!.mapping, `theme ${th.number}, action ${a.number}`).toMatch(new RegExp(`\\b${a.number}\\b`));
        if (theme === th.number) {
          expect(themeSource(a)).toBe('letter');
          exceptions.push(`${a.number}→${th.number}`);
        }
      }
    }
    // The audit's examples are among them.
    expect(exceptions).toEqual(expect.arrayContaining(['17→2', '47→2', '49→2', '82→4']));
  });

  it('calls each theme as the letter heads its section', () => {
    for (const th of corpus.themes) {
      const h = corpus.letter.blocks.find((b) => b.kind === 'heading' && b.level === 2 && b.number === String(th.number));
      expect(th.title).toBe(h?.kind === 'heading' ? inlineText(h.content) : undefined);
    }
  });

  it('says «geen thema» once on the page of an action without a theme', () => {
    const page = pages.find((p) => p.kind === 'action' && !p.action!.theme)!;
    const said = `${t.letterTheme} ${t.noTheme} ${t.themeNone}`;
    expect(said.match(/geen thema/gi) ?? []).toHaveLength(1);
    expect(page).toBeDefined();
  });
});

describe('the documents', () => {
  it('gives the letter as the annex’s official address and where the annex itself is published, from the letter’s footnote', () => {
    const meta = corpus.annex.meta;
    expect(meta.officialUrlOf).toBe('letter');
    expect(meta.officialUrl).toBe(corpus.letter.meta.officialUrl);
    const fn = corpus.letter.footnotes.find((f) => `/documenten/kst-35510-60/#${f.id}` === meta.publishedAt!.href)!;
    expect(inlineText(fn.content)).toBe(meta.publishedAt!.text);
    expect(meta.publishedAt!.source).toContain(`voetnoot ${fn.label}`);
  });

  it('shows 290’s head without the website’s metadata, which Kerngegevens shows as the website’s', () => {
    const page = pages.find((p) => p.route === '/documenten/kst-29362-290/')!;
    const front = page.body.find((b) => b.type === 'front');
    const head = front?.type === 'front' ? front.lines : [];
    const site = page.document!.siteFacts ?? [];
    expect(site.length).toBeGreaterThan(3);
    for (const line of site) expect(head).not.toContain(line);
    expect(site.some((l) => l.startsWith('Documentdatum '))).toBe(true);
    expect(site.some((l) => l.startsWith('Publicatiedatum '))).toBe(true);
    expect(head[0]).toBe('Tweede Kamer der Staten-Generaal');
    expect(head.at(-1)).toMatch(/^Aan de Voorzitter/);
    // Nothing lost: the two together are the whole head of the source.
    expect([...site, ...head].sort()).toEqual(corpus.werkAanUitvoering.front.map((l) => l.text).sort());
  });

  it('lists 282’s actions and recommendations with their number once, and marks a restored number', () => {
    const rr = corpus.regelsEnRuimte;
    const blocks = (ids: readonly string[]) => ids.map((id) => rr.blocks.find((b) => b.id === id)!);
    for (const a of rr.actions) {
      const line = rrListLine(blocks(a.blockIds), new RegExp(`^${a.number}[.)]\\s+`), 110);
      expect(line.text, `actie ${a.number}`).not.toMatch(/^\d+[.)]/);
      expect(Boolean(line.restored), `actie ${a.number}`).toBe(Boolean(a.numberRestored));
    }
    for (const r of rr.recommendations) {
      const line = rrListLine(blocks(r.textBlockIds), new RegExp(`^${t.rrRecommendation(r.number)}[.:]?\\s+`), 140);
      expect(line.text).not.toMatch(/^Aanbeveling/);
    }
    expect(rr.actions.filter((a) => a.numberRestored).length).toBeGreaterThan(0);
  });

  it('says which documents refer to «Regels en ruimte»: the annex and 290, not the letter', () => {
    const cites282 = (runs: readonly Inline[]) =>
      runs.some((r) => r.type === 'ref' && r.target.kind === 'kamerstuk' && r.target.dossier === '29362' && r.target.number === '282');
    const runsOf = (bs: typeof corpus.letter.blocks) => bs.flatMap((b) => (b.kind === 'list' ? b.items.flatMap((i) => i.content) : b.content));
    expect(cites282([...runsOf(corpus.letter.blocks), ...corpus.letter.footnotes.flatMap((f) => f.content)])).toBe(false);
    expect(cites282(corpus.werkAanUitvoering.footnotes.flatMap((f) => f.content))).toBe(true);
    expect(
      cites282(runsOf(corpus.annex.actions.find((a) => a.number === 35)!.description.concat(corpus.annex.actions.find((a) => a.number === 35)!.status))),
    ).toBe(true);
    expect(t.documentsIntro).toMatch(/«Regels en ruimte».*waarnaar de bijlage \(actie 35\) en «Werk aan Uitvoering» verwijzen/);
  });
});
