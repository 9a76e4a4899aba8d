/**
 * The accuracy items of the edition, on the real sources: [sic] marks, references resolved
 * through the reviewed tables, the paragraph-level letter ↔ action mapping and the themes
 * that follow from it, editorial marks and notes, the two kinds of notes in 29 362 nr. 290,
 * and the one list of editorial decisions.
 */
import { describe, expect, it } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';
import { loadInputs } from '../scripts/lib/inputs.ts';
import { actionsOfParagraph, documentsCitedBy, paragraphsOfAction, themeOf, themeSource } from '../src/model/corpus.ts';
import { editorialDecisions, isEditorialField, noteOnAction, notesOnBlock, seeAlsoOf } from '../src/model/editorial.ts';
import { routeData } from '../src/site/route-data.ts';
import type { Action, Block, Footnote, Inline } from '../src/model/schema.ts';
import { inlineText } from '../src/model/text.ts';
import { buildCorpus, type CorpusInputs } from '../src/parse/corpus.ts';
import { actionRecords } from '../src/site/opendata.ts';

const inputs = loadInputs();
const { corpus } = builtCorpus();

const runsOf = (b: Block): Inline[] => (b.kind === 'list' ? b.items.flatMap((i) => i.content) : b.content);
const actionRuns = (a: Action): Inline[] => [...a.description, ...a.status].flatMap(runsOf);
const action = (n: number) => corpus.annex.actions.find((a) => a.number === n)!;
const letterBlock = (id: string) => corpus.letter.blocks.find((b) => b.id === id)!;
const refs = (runs: Inline[]) => runs.filter((r): r is Extract<Inline, { type: 'ref' }> => r.type === 'ref');
/** The text just before each [sic] mark of a correction, in a run list. */
function sicAfter(runs: Inline[], correction: string): string | undefined {
  const i = runs.findIndex((r) => r.type === 'sic' && r.correction === correction);
  if (i < 0) return undefined;
  return inlineText(runs.slice(0, i));
}
const withInputs = (change: Partial<CorpusInputs>) => () => buildCorpus({ ...inputs, ...change });

describe('[sic]', () => {
  it('action 52 keeps «35510, nr. 809» with [sic] and links Kamerstuk 31 066, nr. 809', () => {
    const runs = actionRuns(action(52));
    const ref = refs(runs).find((r) => r.value.includes('nr. 809'))!;
    expect(ref.value).toBe('Kamerstukken II, 2020-21, 35510, nr. 809');
    expect(ref.target).toEqual({ kind: 'kamerstuk', dossier: '31066', number: '809' });
    expect(ref.resolved).toEqual({ external: 'https://zoek.officielebekendmakingen.nl/kst-31066-809.html' });
    expect(runs[runs.indexOf(ref) + 1]).toEqual({ type: 'sic', correction: 'bijlage-sic-kamerstuk-809' });
  });

  it('marks the slips the issue names, right after the words', () => {
    expect(sicAfter(runsOf(letterBlock('p34')), 'kst-35510-60-sic-voorgegaan')).toMatch(/hebben voorgegaan$/);
    expect(sicAfter(runsOf(letterBlock('p38')), 'kst-35510-60-sic-voorbereid')).toMatch(/regeringscommissaris voorbereid$/);
    expect(sicAfter(actionRuns(action(43)), 'bijlage-sic-aan-te-beiden')).toMatch(/aan te beiden$/);
    expect(sicAfter(actionRuns(action(64)), 'bijlage-sic-hebben-gebruik')).toMatch(/bewindspersonen hebben gebruik$/);
    expect(sicAfter(actionRuns(action(64)), 'bijlage-concept-beleidslijn')).toMatch(/de concept- beleidslijn$/);
    const wau = corpus.werkAanUitvoering.blocks.flatMap(runsOf);
    expect(sicAfter(wau, 'kst-29362-290-sic-werk-aan-uitvoering')).toMatch(/Zoals aanbevolen in «Werk aan Uitvoering$/);
  });

  it('lists the slips it leaves unmarked, each still in the text', () => {
    const policy = corpus.decisions.find((d) => d.id === 'sic-beleid')!;
    expect(policy.items!.length).toBeGreaterThanOrEqual(10);
    const textOf = (doc: string) =>
      doc === 'bijlage'
        ? corpus.annex.actions.map((a) => inlineText(actionRuns(a))).join('\n')
        : [corpus.letter, corpus.werkAanUitvoering, corpus.regelsEnRuimte]
            .find((d) => d.meta.id === doc)!
            .blocks.map((b) => inlineText(runsOf(b)))
            .join('\n');
    for (const i of policy.items!) expect(textOf(i.document), i.where).toContain(i.quote);
    // A stale quote stops the build.
    const stale = { ...policy, items: [{ ...policy.items![0]!, quote: 'een zin die nergens staat' }] };
    expect(withInputs({ decisions: [stale] })).toThrow(/content\/decisions\.json «sic-beleid»: expected «een zin die nergens staat»/);
  });
});

describe('the small decisions', () => {
  it('282: action 6 ends with a full stop after note 12, not a comma', () => {
    const b = corpus.regelsEnRuimte.blocks.find((x) => x.id === 'actie-6')!;
    const runs = runsOf(b);
    const note = runs.findIndex((r) => r.type === 'noteRef' && r.label === '12');
    expect(inlineText(runs.slice(note + 1))).toBe('.');
  });

  it('290: «feedback-loop» is joined as the rest of the corpus writes it', () => {
    const text = corpus.werkAanUitvoering.blocks.map((b) => inlineText(runsOf(b))).join('\n');
    expect(text).toContain('feedbackloop');
    expect(text).not.toContain('feedback-loop');
    expect(corpus.decisions.some((d) => d.id === 'wau-feedbackloop')).toBe(true);
  });
});

describe('references through content/references.json', () => {
  it('links «motie-Dassen c.s. (28362, nr. 53)» in action 68', () => {
    const r = refs(actionRuns(action(68)));
    expect(r.map((x) => [x.value, x.resolved])).toEqual([
      ['motie-Dassen c.s. (28362, nr. 53)', { external: 'https://zoek.officielebekendmakingen.nl/kst-28362-53.html' }],
    ]);
  });

  it('resolves the motions named without a number to the Kamerstuk the texts point to', () => {
    const linked = (n: number, text: string) =>
      refs(actionRuns(action(n)))
        .filter((r) => r.value === text)
        .map((r) => r.target.kind === 'motion' && `${r.target.dossier}-${r.target.number}`);
    expect(linked(13, 'motie Segers')).toEqual(['35510-26']);
    expect(linked(15, 'motie Lodders en Weyenberg')).toEqual(['35572-49']);
    expect(linked(15, 'motie Lodders/Van Weyenberg')).toEqual(['35572-49']);
    expect(linked(35, 'motie Van Brenk')).toEqual(['35510-37']);
    expect(linked(44, 'motie Omtzigt')).toEqual(['35510-13']);
    expect(linked(44, 'motie Ploumen/Jetten')).toEqual(['35510-24']);
    // The letter: the same motion its own footnote 6 gives (Kamerstuk 35 572, nr. 49).
    const fn6 = refs(corpus.letter.footnotes.find((f) => f.id === 'fn-6')!.content)[0]!;
    expect(fn6.target).toMatchObject({ dossier: '35572', number: '49' });
    expect(refs(runsOf(letterBlock('p13'))).map((r) => r.resolved)).toEqual([fn6.resolved, fn6.resolved]);
    // Each resolved motion agrees with the numbered one the annex gives elsewhere.
    expect(action(16).motions.map((m) => m.number)).toContain('26');
    expect(action(37).motions.map((m) => m.number)).toContain('24');
  });

  it('links action 35’s «Kabinetsreactie rapport Regels en Ruimte» to the document on this site', () => {
    const r = refs(actionRuns(action(35))).find((x) => x.value === 'Kabinetsreactie rapport Regels en Ruimte')!;
    expect(r.resolved).toEqual({ internal: '/documenten/kst-29362-282/' });
  });

  it('stops the build on a motion without a number that the table does not list, and on a stale entry', () => {
    const without = inputs.namedReferences.filter((e) => e.id !== 'bijlage-motie-marijnissen-ii');
    expect(withInputs({ namedReferences: without })).toThrow(/bijlage, actie 12: «motie Marijnissen II.*content\/references\.json/);
    const stale = [...inputs.namedReferences, { ...inputs.namedReferences[2]!, id: 'oud', text: 'motie Nergens' }];
    expect(withInputs({ namedReferences: stale })).toThrow(/content\/references\.json: «oud» expects «motie Nergens»/);
  });
});

describe('the letter ↔ action mapping (content/letter-actions.json)', () => {
  it('covers every paragraph of the letter', () => {
    const paragraphs = corpus.letter.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list' || b.kind === 'quote').map((b) => b.id);
    expect(corpus.letterActions.map((e) => e.block).sort()).toEqual([...paragraphs].sort());
    expect(corpus.letterActions.every((e) => e.reason.length > 10)).toBe(true);
    const discussed = new Set(corpus.letterActions.flatMap((e) => e.discusses));
    expect(discussed.size).toBeGreaterThanOrEqual(35);
  });

  it('places an action under the letter section that discusses it; the section mapping is the fallback', () => {
    const theme = (n: number) => themeOf(action(n), corpus.themes)?.number;
    // The examples: discussed in §2 or §4, while their annex section maps elsewhere.
    expect([theme(47), theme(49), theme(17), theme(82)]).toEqual([2, 2, 2, 4]);
    expect(paragraphsOfAction(corpus, 47).map((p) => [p.block.id, p.role])).toEqual([['p19', 'discusses']]);
    expect(paragraphsOfAction(corpus, 49).map((p) => p.block.id)).toEqual(['p21']);
    expect(paragraphsOfAction(corpus, 82).map((p) => [p.block.id, p.role])).toEqual([
      ['p32', 'discusses'],
      ['p39', 'mentions'],
    ]);
    // Only mentioned in the introduction: the annex section decides.
    expect(themeSource(action(44))).toBe('annex');
    expect(theme(44)).toBe(3);
    // Every discussed action's theme is the section of its paragraph.
    for (const a of corpus.annex.actions) {
      const d = a.inLetter!.paragraphs.filter((p) => p.role === 'discusses');
      if (d.some((p) => /^p(9|1\d|2\d|3\d|40)$/.test(p.block))) expect(themeSource(a), `actie ${a.number}`).toBe('letter');
    }
  });

  it('gives both directions: the actions of a paragraph and the paragraphs of an action', () => {
    expect(actionsOfParagraph(corpus, 'p19')).toMatchObject({ discusses: [32, 33, 47] });
    for (const e of corpus.letterActions) {
      for (const n of e.discusses) expect(paragraphsOfAction(corpus, n).some((p) => p.block.id === e.block && p.role === 'discusses')).toBe(true);
    }
  });

  it('fails the build with a clear message on an unknown paragraph, an unknown action, a missing paragraph or two sections', () => {
    const la = inputs.letterActions;
    expect(withInputs({ letterActions: [...la, { block: 'p99', discusses: [], mentions: [], reason: 'x' }] })).toThrow(
      /letter-actions\.json: paragraph «p99» is not a block of 35 510 nr\. 60/,
    );
    expect(withInputs({ letterActions: la.map((e) => (e.block === 'p19' ? { ...e, discusses: [...e.discusses, 87] } : e)) })).toThrow(
      /paragraph «p19» names action 87, which is not in the annex/,
    );
    expect(withInputs({ letterActions: la.filter((e) => e.block !== 'p42') })).toThrow(/expected an entry for paragraph «p42»/);
    expect(withInputs({ letterActions: la.map((e) => (e.block === 'p39' ? { ...e, discusses: [73, 82], mentions: [80] } : e)) })).toThrow(
      /action 82 is discussed in sections 4 and 5 of the letter/,
    );
  });
});

describe('editorial marks and notes', () => {
  it('flags the titles from content/documents.json as editorial', () => {
    expect(isEditorialField(corpus.letter.meta, 'title')).toBe(true);
    expect(isEditorialField(corpus.regelsEnRuimte.meta, 'title')).toBe(true);
    expect(isEditorialField(corpus.regelsEnRuimte.meta, 'dossierTitle')).toBe(true);
    // 290's title and dossier title are confirmed by its Kerngegevens.
    expect(isEditorialField(corpus.werkAanUitvoering.meta, 'title')).toBe(false);
    expect(isEditorialField(corpus.werkAanUitvoering.meta, 'dossierTitle')).toBe(false);
  });

  it('knows which document cites which, from the references: 282 by 290 and the annex, not by the letter', () => {
    const by = documentsCitedBy(corpus);
    expect(by['kst-29362-282'].sort()).toEqual(['bijlage', 'kst-29362-290']);
    expect(by['kst-29362-290'].sort()).toEqual(['bijlage', 'kst-35510-60']);
    expect(by.bijlage).toEqual(['kst-35510-60']);
  });

  it('notes 282’s signature «Minister» against note 18 «Staatssecretaris Knops»', () => {
    const sig = corpus.regelsEnRuimte.blocks.find((b) => b.id === 'ondertekening')!;
    expect(inlineText(runsOf(sig))).toMatch(/De Minister van Binnenlandse Zaken en Koninkrijksrelaties,\s+R\.W\. Knops/);
    expect(inlineText(corpus.regelsEnRuimte.footnotes.find((f) => f.label === '18')!.content)).toContain('Staatssecretaris Knops');
    const [note] = notesOnBlock(corpus, 'kst-29362-282', 'ondertekening');
    expect(note!.text).toMatch(/voetnoot 18/);
  });

  it('makes action 4’s «geen stand van zaken» an editorial note, as the annex gives no status', () => {
    expect(action(4).status).toEqual([]);
    expect(noteOnAction(corpus, 4, 'status')!.text).toBe('De bijlage geeft voor deze actie geen stand van zaken.');
    // No other action lacks a status.
    expect(corpus.annex.actions.filter((a) => a.status.length === 0).map((a) => a.number)).toEqual([4]);
  });

  it('tells page notes from endnotes in 29 362 nr. 290, and explains the overlapping numbers', () => {
    const notes = corpus.werkAanUitvoering.footnotes;
    const kind = (f: Footnote) => `${f.placement}:${f.label}`;
    expect(notes.filter((f) => f.placement === 'page').map(kind)).toEqual(['page:1', 'page:32', 'page:33']);
    expect(notes.filter((f) => f.placement === 'end')).toHaveLength(37);
    for (const l of ['1', '32', '33']) {
      const [p, e] = [notes.find((f) => f.placement === 'page' && f.label === l)!, notes.find((f) => f.placement === 'end' && f.label === l)!];
      expect(inlineText(p.content)).not.toBe(inlineText(e.content));
    }
    expect(corpus.werkAanUitvoering.notesExplanation).toMatch(/paginanoten en eindnoten/);
    // The other documents print their notes on the page.
    expect(new Set([...corpus.letter.footnotes, ...corpus.regelsEnRuimte.footnotes].map((f) => f.placement))).toEqual(new Set(['page']));
  });
});

describe('open data', () => {
  it('includes each action’s footnotes and letter paragraphs', () => {
    const records = actionRecords(corpus, routeData(corpus), (route) => new URL(route, 'https://example.org').href, themeOf);
    const r58 = records.find((r) => r.nummer === 58)!;
    expect(r58.voetnoten).toHaveLength(action(58).footnotes.length);
    expect(r58.voetnoten[0]!.tekst.length).toBeGreaterThan(5);
    const p19 = corpus.letter.blocks.find((b) => b.id === 'p19')!;
    expect(p19.page).toBeGreaterThan(1);
    expect(records.find((r) => r.nummer === 47)!.inBrief).toEqual([
      { alinea: 'p19', pagina: p19.page, rol: 'bespreekt', url: 'https://example.org/documenten/kst-35510-60/#p19' },
    ]);
    expect(records.find((r) => r.nummer === 47)!.thema?.nummer).toBe(2);
  });
});

describe('«zie ook»', () => {
  it('leads action 4, which has no status, to the actions about the same private creditors', () => {
    const page = routeData(corpus).find((p) => p.route === '/acties/4/')!;
    const section = page.body.find((p) => p.type === 'section' && p.id === 'zie-ook');
    expect(section).toMatchObject({ decision: 'see-also' });
    const links = section?.type === 'section' ? section.parts.flatMap((p) => (p.type === 'links' ? p.items.map((i) => i.href) : [])) : [];
    expect(links).toEqual(expect.arrayContaining(['/acties/2/', '/acties/3/']));
    expect(links).not.toContain('/acties/4/');
  });

  it('shows each group on the page of every action in it, and on no other', () => {
    const pages = routeData(corpus).filter((p) => p.kind === 'action');
    for (const p of pages) {
      const has = p.body.some((b) => b.type === 'section' && b.id === 'zie-ook');
      expect(has, p.route).toBe(seeAlsoOf(corpus, p.number!).length > 0);
    }
  });

  it('stops the build on a group that names an action the annex does not have, or one action twice', () => {
    const group = inputs.seeAlso[0]!;
    expect(withInputs({ seeAlso: [{ ...group, actions: [2, 87] }] })).toThrow(
      /content\/see-also\.json «schuldeisers»: names action 87, which is not in the annex/,
    );
    expect(withInputs({ seeAlso: [{ ...group, actions: [2, 3, 2] }] })).toThrow(/names action 2 twice/);
    expect(withInputs({ seeAlso: [group, group] })).toThrow(/expected a unique group id/);
  });
});

describe('editorialDecisions()', () => {
  it('lists every editorial decision of the content/ data, each with a reason', () => {
    const all = editorialDecisions(corpus);
    const ids = (kind: string) => all.filter((d) => d.kind === kind).map((d) => d.id);
    expect([...ids('repair'), ...ids('insertion'), ...ids('sic')].sort()).toEqual(corpus.corrections.map((c) => c.id).sort());
    expect(ids('letter-actions')).toEqual(corpus.letterActions.map((e) => e.block));
    expect(ids('reference')).toEqual(corpus.namedReferences.map((e) => e.id));
    expect(ids('note')).toEqual(corpus.editorialNotes.map((e) => e.id));
    expect(ids('decision')).toEqual(corpus.decisions.map((e) => e.id));
    expect(ids('see-also')).toEqual(corpus.seeAlso.map((g) => g.id));
    expect(ids('help')).toEqual(corpus.help.links.map((l) => l.id));
    expect(ids('follow-up')).toEqual(corpus.followUp.map((f) => `${f.dossier.replace(/\s+/g, '')}-${f.number}`));
    for (const d of all.filter((x) => x.kind === 'help' || x.kind === 'follow-up'))
      expect(d.reason, d.id).toMatch(/Gecontroleerd op \d{4}-\d{2}-\d{2} (op|in) https:\/\//);
    expect(ids('theme')).toHaveLength(6);
    expect(ids('metadata')).toContain('kst-29362-282-dossierTitle');
    for (const d of all) expect(d.reason.trim().length, `${d.kind} ${d.id}`).toBeGreaterThan(10);
    const hyph = editorialDecisions(corpus, [
      { file: 'kst-29362-290.web.txt', line: 100, source: 'feedback-loop', result: 'feedbackloop', decision: 'join', reason: 'corpus' },
    ]);
    expect(hyph.find((d) => d.kind === 'hyphenation')).toMatchObject({ document: 'kst-29362-290', summary: '«feedback-loop» → «feedbackloop»' });
  });
});
