/** Every reference in every text of the corpus is found and resolved. */
import { describe, expect, it } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';
import type { Block, Footnote, Inline } from '../src/model/schema.ts';

const { corpus } = builtCorpus();
const act = (n: number) => corpus.annex.actions[n - 1]!;

const blockRuns = (b: Block): Inline[] => (b.kind === 'list' ? b.items.flatMap((i) => i.content) : b.content);
const noteRuns = (n: Footnote): Inline[] => n.content;

const texts: Array<{ where: string; runs: Inline[] }> = [
  ...[corpus.letter, corpus.werkAanUitvoering, corpus.regelsEnRuimte].flatMap((d) => [
    ...d.blocks.map((b) => ({ where: `${d.meta.id}#${b.id}`, runs: blockRuns(b) })),
    ...d.footnotes.map((n) => ({ where: `${d.meta.id}#${n.id}`, runs: noteRuns(n) })),
  ]),
  ...corpus.annex.actions.flatMap((a) => [
    ...[...a.description, ...a.status].map((b) => ({ where: `actie ${a.number}#${b.id}`, runs: blockRuns(b) })),
    ...a.footnotes.map((n) => ({ where: `actie ${a.number}#${n.id}`, runs: noteRuns(n) })),
  ]),
];
const refs = texts.flatMap((t) => t.runs.filter((r) => r.type === 'ref').map((r) => ({ where: t.where, ...r })));
const refIn = (where: string) => refs.filter((r) => r.where === where);

describe('references', () => {
  it('links the letter footnote 12 to the Werk aan Uitvoering letter inside the site', () => {
    expect(refIn('kst-35510-60#fn-12').map((r) => r.resolved)).toEqual([{ internal: '/documenten/kst-29362-290/' }]);
  });

  it('links 29 362 nr. 290 footnote 11 to the Regels en ruimte letter inside the site', () => {
    expect(refIn('kst-29362-290#fn-11').map((r) => r.resolved)).toContainEqual({ internal: '/documenten/kst-29362-282/' });
  });

  it('links the annex citation «TK 29362-290» in action 26 inside the site', () => {
    const r = refs.filter((x) => x.where.startsWith('actie 26#') && x.value === 'TK 29362-290');
    expect(r.map((x) => x.resolved)).toEqual([{ internal: '/documenten/kst-29362-290/' }]);
  });

  it('links the letter to its annex, and no other letter to it', () => {
    expect(refs.some((r) => r.where.startsWith('kst-35510-60#') && r.target.kind === 'annex')).toBe(true);
    // «de bijlage bij deze brief» in 29 362 nr. 282 is that letter's own appendix, not the annex of 35 510 nr. 60.
    expect(refs.filter((r) => !r.where.startsWith('kst-35510-60#') && r.target.kind === 'annex')).toEqual([]);
  });

  it('links «zie actie N» to the action, exactly as the annex model records the citations', () => {
    const fromRefs = corpus.annex.actions.map((a) => [
      a.number,
      [
        ...new Set(
          refs.filter((r) => r.where.startsWith(`actie ${a.number}#`) && r.target.kind === 'action').map((r) => (r.target as { number: number }).number),
        ),
      ].sort((x, y) => x - y),
    ]);
    const fromModel = corpus.annex.actions.map((a) => [a.number, [...a.cites].sort((x, y) => x - y)]);
    expect(fromRefs).toEqual(fromModel);
    expect(fromModel.filter(([, c]) => (c as number[]).length > 0)).toEqual([
      [17, [18]],
      [32, [33]],
      [44, [37]],
      [48, [33]],
    ]);
  });

  it('links every motion the annex names to its Kamerstuk (dossier 35 510 unless the text or content/references.json says otherwise)', () => {
    for (const a of corpus.annex.actions) {
      const linked = refs
        .filter((r) => r.where.startsWith(`actie ${a.number}#`) && r.target.kind === 'motion')
        .map((r) => (r.target as { number: string }).number);
      for (const m of a.motions) expect(linked, `actie ${a.number}`).toContain(m.number);
    }
    const motionRefs = refs.filter((r) => r.target.kind === 'motion');
    expect(motionRefs.length).toBeGreaterThanOrEqual(21);
    for (const r of motionRefs) {
      const t = r.target as { dossier: string; number: string };
      expect(r.resolved).toEqual({ external: `https://zoek.officielebekendmakingen.nl/kst-${t.dossier}-${t.number}.html` });
    }
    // Only the motions named with another dossier, in the text or by the reviewed table, leave 35 510.
    expect([...new Set(motionRefs.map((r) => (r.target as { dossier: string }).dossier))].sort()).toEqual(['28362', '35510', '35572']);
  });

  it('resolves every other Kamerstuk to its official publication', () => {
    for (const r of refs.filter((x) => x.target.kind === 'kamerstuk')) {
      if ('external' in r.resolved)
        expect(r.resolved.external, r.where).toMatch(/^https:\/\/zoek\.officielebekendmakingen\.nl\/kst-\d{5}(-[A-Z]+)?-\d+\.html$/);
      else expect(['/documenten/kst-35510-60/', '/documenten/kst-29362-290/', '/documenten/kst-29362-282/']).toContain(r.resolved.internal);
    }
    console.log(`references: ${refs.length} links (${refs.filter((r) => 'internal' in r.resolved).length} inside the site)`);
  });

  it('leaves no Kamerstuk citation or motion number unlinked in the text', () => {
    const CITATION = /\b(?:Kamerstuk(?:ken)?\b[^.;]{0,25}\d{2}\s?\d{3}|TK\s+\d{5}-\d+|NR\.?\s*\d+\.?\s+[Mm]otie)/;
    const unlinked = texts.flatMap((t) =>
      t.runs
        .filter((r): r is Extract<Inline, { type: 'text' }> => r.type === 'text' && CITATION.test(r.value))
        .map((r) => `${t.where}: «${r.value.match(CITATION)![0]}»`),
    );
    expect(unlinked).toEqual([]);
  });

  describe('motions and cited actions of an action', () => {
    it('lists the motions named anywhere in an action, from its references', () => {
      const pairs = corpus.annex.actions.flatMap((a) => a.motions.map((m) => [a.number, m.number, m.submitters, m.part ?? null, m.dossier, m.resolvedBy]));
      expect(pairs).toEqual([
        [3, '7', 'Wilders', null, '35510', 'text'],
        [4, '23', 'Ploumen/Segers', null, '35510', 'text'],
        [8, '14', 'Jetten/Segers', null, '35510', 'text'],
        [9, '20', 'Marijnissen cs', null, '35510', 'text'],
        [10, '43', 'van Kooten-Arissen cs', null, '35510', 'text'],
        [11, '45', 'Van Kooten-Arissen/Azarkan', null, '35510', 'text'],
        [12, '21', 'Marijnissen cs', '1', '35510', 'text'],
        [13, '26', 'Segers', null, '35510', 'edition'],
        [15, '49', 'Lodders/Van Weyenberg', null, '35572', 'edition'],
        [16, '26', 'Segers', null, '35510', 'text'],
        [35, '37', 'van Brenk', null, '35510', 'text'],
        [36, '15', 'Jette cs', null, '35510', 'text'],
        [37, '24', 'Ploumen/Jetten', null, '35510', 'text'],
        [44, '13', 'Omtzigt cs', null, '35510', 'text'],
        [44, '24', 'Ploumen/Jetten', null, '35510', 'edition'],
        [52, '29', 'Azarkan', null, '35510', 'text'],
        [53, '31', 'Azarkan/Van Kooten-Arissen', null, '35510', 'text'],
        [61, '30', 'Azarkan/Van Kooten-Arissen', null, '35510', 'text'],
        [62, '33', 'Azarkan c.s', null, '35510', 'text'],
        [68, '53', 'Dassen c.s.', null, '28362', 'text'],
        [80, '16', 'Klaver cs', '2', '35510', 'text'],
        [81, '21', 'Marijnissen c.s.', '2', '35510', 'text'],
        [81, '16', 'Klaver c.s.', '1', '35510', 'text'],
        [82, '35', 'Azarkan', null, '35510', 'text'],
        [86, '12', 'Omtzigt/Van Dam', null, '35510', 'text'],
        [86, '11', 'Omtzigt cs', null, '35510', 'text'],
      ]);
      expect(act(80).motions[0]!.text).toBe('NR. 16 Motie Klaver cs deel 2');
      expect(act(11).motions[0]!.text).toBe('NR. 45 Motie Van Kooten-Arissen/Azarkan,');
      expect(act(86).motions[1]!.text).toBe('motie Omtzigt cs NR. 11');
    });

    it('finds the actions cited', () => {
      const cites = corpus.annex.actions.filter((a) => a.cites.length > 0).map((a) => [a.number, a.cites]);
      expect(cites).toEqual([
        [17, [18]],
        [32, [33]],
        [44, [37]],
        [48, [33]],
      ]);
    });
  });
});
