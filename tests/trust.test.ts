/**
 * Who speaks, where to get help, how old a status is, what happened next — the data behind
 * them (content/help.json, content/vervolg.json) and the route data, on the real sources
 * and on small wrong inputs made for each rule.
 */
import { describe, expect, it } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadInputs } from '../scripts/lib/inputs.ts';
import { buildCorpus, type CorpusInputs } from '../src/parse/corpus.ts';
import { followUpUrl, OFFICIAL_HOSTS, vergaderjaarOf } from '../src/model/schema.ts';
import { routeData, statusAsOf, FOLLOW_UP_ID } from '../src/site/route-data.ts';
import { showsHelp } from '../src/site/help.ts';
import { actionRecords, actionsCsv, CSV_HEADER } from '../src/site/opendata.ts';
import { themeOf } from '../src/model/corpus.ts';
import { formatDate, t } from '../src/site/strings.ts';
import { parse } from 'csv-parse/sync';

const inputs = loadInputs();
const { corpus } = builtCorpus();
const withInputs = (change: Partial<CorpusInputs>) => () => buildCorpus({ ...inputs, ...change });
const letterDate = corpus.letter.meta.date!;

describe('the date of a status', () => {
  it('is the date of the letter the annex belongs to, in words the source supports, not «de stand op»', () => {
    expect(letterDate).toBe('2021-06-29');
    const asOf = statusAsOf(corpus)!;
    expect(asOf.text).toBe(`Stand van zaken zoals beschreven in de bijlage bij de brief van ${formatDate(letterDate)}`);
    expect(asOf.text).not.toMatch(/stand op/i);
  });

  it('is in the route data of every action and theme page (read by search and the open data), and the note under every status links to what happened next', () => {
    const pages = routeData(corpus);
    const actions = pages.filter((p) => p.kind === 'action');
    const themes = pages.filter((p) => p.kind === 'theme');
    expect(actions).toHaveLength(corpus.annex.actions.length);
    for (const p of [...actions, ...themes]) expect(p.statusAsOf, p.route).toEqual({ date: letterDate, text: statusAsOf(corpus)!.text });
    for (const p of actions) {
      const action = corpus.annex.actions.find((a) => a.number === p.number)!;
      const section = p.body.find((b) => b.type === 'section' && b.id === 'stand-van-zaken');
      const note = section?.type === 'section' ? section.parts.find((x) => x.type === 'statusDate') : undefined;
      const theme = themeOf(action, corpus.themes);
      expect(note, p.route).toEqual({ type: 'statusDate', date: letterDate, ...(theme && { later: `/themas/${theme.slug}/#${FOLLOW_UP_ID}` }) });
    }
    // Pages that show no status carry no date.
    for (const p of pages.filter((x) => x.kind !== 'action' && x.kind !== 'theme')) expect(p.statusAsOf, p.route).toBeUndefined();
  });

  it('goes with every status into acties.json and acties.csv, and nowhere there is no status', () => {
    const records = actionRecords(corpus, routeData(corpus), (r) => r, themeOf);
    for (const r of records) expect(r.standVanZakenDatumBrief, `actie ${r.nummer}`).toBe(r.standVanZaken ? letterDate : null);
    const rows = parse(actionsCsv(records), { bom: true }) as string[][];
    const col = CSV_HEADER.indexOf('Stand van zaken: datum van de brief');
    const status = CSV_HEADER.indexOf('Stand van zaken');
    expect(col).toBe(status + 1);
    for (const row of rows.slice(1)) expect(row[col]).toBe(row[status] ? letterDate : '');
  });
});

describe('«Bent u gedupeerde ouder?» (content/help.json)', () => {
  it('points only to official addresses, each checked on an official page on a date', () => {
    expect(corpus.help.links.length).toBeGreaterThan(0);
    for (const l of corpus.help.links) {
      expect(OFFICIAL_HOSTS).toContain(new URL(l.url).hostname);
      expect(OFFICIAL_HOSTS).toContain(new URL(l.source).hostname);
      expect(l.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('stands on the home page, the theme Toeslagen and the actions of HERSTELOPERATIE and TOEKOMST TOESLAGEN (actions 1–16), nowhere else', () => {
    expect(showsHelp(corpus, { kind: 'home' })).toBe(true);
    const pages = routeData(corpus);
    const themes = pages.filter((p) => p.kind === 'theme' && showsHelp(corpus, p)).map((p) => p.route);
    expect(themes).toEqual(['/themas/toeslagen/']);
    const actions = pages.filter((p) => p.kind === 'action' && showsHelp(corpus, p)).map((p) => p.number);
    expect(actions).toEqual(corpus.annex.actions.filter((a) => ['HERSTELOPERATIE', 'TOEKOMST TOESLAGEN'].includes(a.section)).map((a) => a.number));
    expect(actions).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    for (const p of pages.filter((x) => !['action', 'theme'].includes(x.kind))) expect(showsHelp(corpus, p), p.route).toBe(false);
  });

  it('stops the build for a theme or section that does not exist, an address that is not official, an id used twice', () => {
    const help = inputs.help;
    expect(withInputs({ help: { ...help, showOn: { ...help.showOn, themes: ['herstel'] } } })).toThrow(/content\/help\.json: theme «herstel» does not exist/);
    expect(withInputs({ help: { ...help, showOn: { ...help.showOn, annexSections: ['HERSTEL'] } } })).toThrow(
      /content\/help\.json: annex section «HERSTEL» does not exist/,
    );
    const link = help.links[0]!;
    expect(withInputs({ help: { ...help, links: [{ ...link, url: 'https://herstel-toeslagen.example/' }] } })).toThrow(
      /content\/help\.json «herstel-toeslagen»: expected an official address/,
    );
    expect(withInputs({ help: { ...help, links: [link, link] } })).toThrow(/content\/help\.json: expected a unique id, found «herstel-toeslagen» twice/);
    expect(withInputs({ help: { ...help, links: [{ ...link, verified: '5 december' }] } })).toThrow(/verified/);
  });
});

describe('«Wat gebeurde er daarna?» (content/vervolg.json)', () => {
  it('lists only documents after the letter, at the official address of their number, in their own vergaderjaar, checked on an official site', () => {
    expect(corpus.followUp.length).toBeGreaterThan(0);
    for (const f of corpus.followUp) {
      expect(f.url).toBe(followUpUrl(f));
      expect(f.url).toMatch(/^https:\/\/zoek\.officielebekendmakingen\.nl\/kst-\d+-\d+\.html$/);
      expect(f.date > letterDate).toBe(true);
      expect(f.vergaderjaar).toBe(vergaderjaarOf(f.date));
      expect(OFFICIAL_HOSTS).toContain(new URL(f.source.url).hostname);
      expect(corpus.themes.map((th) => th.number)).toContain(f.theme);
    }
    // The citation in its official form (Aanwijzingen voor de regelgeving, 3.43).
    const f = corpus.followUp.find((x) => x.number === '899')!;
    expect(t.officialCitation(f.vergaderjaar, f.dossier, f.number)).toBe('Kamerstukken II 2021/22, 31 066, nr. 899');
  });

  it('keeps for each entry where it was checked, and the source names the number and the date it gives', () => {
    const raw = JSON.parse(readFileSync(join(process.cwd(), 'content', 'vervolg.json'), 'utf8')) as {
      documents: { dossier: string; number: string; date: string; source: { what: string } }[];
    };
    for (const d of raw.documents) {
      expect(d.source.what, `${d.dossier} nr. ${d.number}`).toContain(`nr. ${d.number}`);
      expect(d.source.what, `${d.dossier} nr. ${d.number}`).toContain(formatDate(d.date));
    }
  });

  it('knows the vergaderjaar: it begins on the third Tuesday of September', () => {
    expect(vergaderjaarOf('2021-09-20')).toBe('2020-2021');
    expect(vergaderjaarOf('2021-09-21')).toBe('2021-2022');
    expect(vergaderjaarOf('2022-07-08')).toBe('2021-2022');
    expect(vergaderjaarOf('2023-09-18')).toBe('2022-2023');
    expect(vergaderjaarOf('2023-09-19')).toBe('2023-2024');
  });

  it('stops the build for a wrong address, vergaderjaar, date, theme or source', () => {
    const doc = inputs.followUp[0]!;
    expect(withInputs({ followUp: [{ ...doc, url: 'https://zoek.officielebekendmakingen.nl/kst-31066-900.html' }] })).toThrow(
      /content\/vervolg\.json, 31 066 nr\. 899: expected the official address https:\/\/zoek\.officielebekendmakingen\.nl\/kst-31066-899\.html/,
    );
    expect(withInputs({ followUp: [{ ...doc, vergaderjaar: '2020-2021' }] })).toThrow(/belongs to vergaderjaar 2021-2022, found 2020-2021/);
    expect(withInputs({ followUp: [{ ...doc, date: '2021-06-01', vergaderjaar: '2020-2021' }] })).toThrow(/expected a date after the letter of 2021-06-29/);
    expect(withInputs({ followUp: [{ ...doc, theme: 9 }] })).toThrow(/theme 9 does not exist|theme/);
    expect(withInputs({ followUp: [{ ...doc, source: { ...doc.source, url: 'https://example.org/lijst' } }] })).toThrow(
      /expected a source on an official site/,
    );
    expect(withInputs({ followUp: [{ ...doc, date: '30 september 2021' }] })).toThrow(/date/);
    expect(withInputs({ followUp: [doc, doc] })).toThrow(/listed twice under theme 1/);
  });
});
