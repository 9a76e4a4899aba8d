/**
 * One reference model for every place an action's references are shown: the action's page
 * (its text and «Genoemde moties», as committed in content/pages/acties/), its JSON beside the
 * page, /data/acties.json and /data/acties.csv must name the same motions (with their dossier,
 * number and who resolved them) and the same cited actions, for all 86 actions. The page is read
 * back from its MDX, the CSV through a real CSV parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';
import { ROOT } from '../scripts/lib/inputs.ts';
import { themeOf } from '../src/model/corpus.ts';
import { actionRecords, actionsCsv, CSV_HEADER } from '../src/site/opendata.ts';
import { pageRecord } from '../src/site/pagedata.ts';
import { routeData } from '../src/site/route-data.ts';
import { resolveLabels } from '../src/site/labels.ts';
import { t } from '../src/site/strings.ts';

const { corpus } = builtCorpus();
const pages = routeData(corpus);
const urlOf = (p: string) => p;
const records = actionRecords(corpus, pages, urlOf, themeOf);
const edition = { version: '0.0.0', date: '2021-06-29', recorded: false } as never;
const csvRows = parseCsv(actionsCsv(records), { bom: true }) as string[][];
const csvCol = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);

interface Node {
  type: string;
  name?: string;
  url?: string;
  value?: string;
  attributes?: { name: string; value: unknown }[];
  children?: Node[];
}
const walk = (n: Node, f: (n: Node) => void): void => {
  f(n);
  for (const c of n.children ?? []) walk(c, f);
};
const textOf = (n: Node): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(''));
const attr = (n: Node, name: string) => n.attributes?.find((a) => a.name === name)?.value;
const OFFICIAL = /^https:\/\/zoek\.officielebekendmakingen\.nl\/kst-(\d+)-(\d+)\.html$/;

/** What the committed page of an action shows: the motions linked in its text, «Genoemde moties», and «Verwijzingen». */
function pageOf(n: number) {
  const tree = fromMarkdown(readFileSync(join(ROOT, 'content', 'pages', 'acties', `${n}.mdx`), 'utf8'), {
    extensions: [mdxjs(), frontmatter(['yaml'])],
    mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  }) as Node;
  const section = (id: string) => {
    let found: Node | undefined;
    walk(tree, (x) => {
      if (x.name === 'Section' && attr(x, 'id') === id) found = x;
    });
    return found;
  };
  const inText = new Set<string>();
  for (const id of ['omschrijving', 'stand-van-zaken']) {
    const s = section(id);
    if (s) walk(s, (x) => x.type === 'link' && /motie/i.test(textOf(x)) && OFFICIAL.test(x.url!) && inText.add(x.url!));
  }
  const box: { url: string; text: string; edition: boolean }[] = [];
  const moties = section('moties');
  if (moties) {
    walk(moties, (x) => {
      if (x.type !== 'listItem') return;
      const links: Node[] = [];
      walk(x, (y) => y.type === 'link' && links.push(y));
      let resolved = false;
      walk(x, (y) => {
        if (y.name === 'Resolved') resolved = true;
      });
      box.push({ url: links[0]!.url!, text: textOf(links[0]!), edition: resolved });
    });
  }
  const cites: number[] = [];
  const verwijzingen = section('verwijzingen');
  if (verwijzingen) {
    let inCites = false;
    for (const c of verwijzingen.children ?? []) {
      // The heading of the list, as the committed page writes it: an interface label, resolved at render time.
      if (c.type === 'paragraph' || c.type === 'mdxJsxFlowElement') inCites = resolveLabels(textOf(c)) === t.cites;
      if (c.type === 'list' && inCites) walk(c, (y) => y.type === 'link' && cites.push(Number(y.url!.match(/\/acties\/(\d+)\//)![1])));
    }
  }
  return { inText, box, cites };
}

describe('one reference model for page, box, JSON and CSV', () => {
  it('covers all 86 actions', () => {
    expect(records).toHaveLength(86);
    expect(csvRows).toHaveLength(87);
    // The page reader finds what there is to compare.
    const read = corpus.annex.actions.map((a) => pageOf(a.number));
    expect(read.reduce((n, p) => n + p.box.length, 0)).toBe(corpus.annex.actions.reduce((n, a) => n + a.motions.length, 0));
    expect(read.reduce((n, p) => n + p.box.length, 0)).toBeGreaterThan(25);
    expect(read.reduce((n, p) => n + p.cites.length, 0)).toBe(corpus.annex.actions.reduce((n, a) => n + a.cites.length, 0));
    expect(read.reduce((n, p) => n + p.cites.length, 0)).toBeGreaterThan(3);
    expect(read.reduce((n, p) => n + p.inText.size, 0)).toBeGreaterThan(25);
  });

  for (const a of corpus.annex.actions) {
    it(`action ${a.number}: the page, its JSON, acties.json and acties.csv name the same motions and actions`, () => {
      const page = pageOf(a.number);
      const route = pages.find((p) => p.kind === 'action' && p.number === a.number)!;
      const json = pageRecord(corpus, route, edition, urlOf).gegevens as {
        moties: { url: string; vastgesteldDoor: string; dossier: string; nummer: string; tekst: string }[];
        verwijstNaarActies: { nummer: number }[];
      };
      const record = records.find((r) => r.nummer === a.number)!;
      const row = csvRows.find((r) => r[0] === String(a.number))!;

      // Every motion the text links is in «Genoemde moties».
      const boxUrls = page.box.map((m) => m.url);
      for (const url of page.inText) expect(boxUrls, `action ${a.number}: ${url} linked in the text`).toContain(url);

      const fromPage = page.box.map((m) => `${m.url} ${m.text} ${m.edition ? 'redactie' : 'tekst'}`);
      const fromJson = json.moties.map((m) => `${m.url} ${m.tekst} ${m.vastgesteldDoor}`);
      const fromRecord = record.moties.map((m) => `${m.url} ${m.tekst} ${m.vastgesteldDoor}`);
      expect(fromJson).toEqual(fromPage);
      expect(fromRecord).toEqual(fromPage);
      // Each motion's URL is its dossier and number.
      for (const m of record.moties) expect(m.url).toBe(`https://zoek.officielebekendmakingen.nl/kst-${m.dossier}-${m.nummer}.html`);

      const cell = row[csvCol('Moties')]!;
      const fromCsv = cell
        ? [...cell.matchAll(/(?:^|; )(.+?) \(Kamerstuk (\d+) ?(\d{3}), nr\. (\d+)(, nummer vastgesteld door de redactie)?\)/g)].map(
            (m) => `https://zoek.officielebekendmakingen.nl/kst-${m[2]}${m[3]}-${m[4]}.html ${m[1]} ${m[5] ? 'redactie' : 'tekst'}`,
          )
        : [];
      expect(fromCsv).toEqual(fromPage);

      expect(json.verwijstNaarActies.map((x) => x.nummer)).toEqual(page.cites);
      expect(record.verwijstNaarActies).toEqual(page.cites);
      expect(row[csvCol('Verwijst naar acties')]!.split('; ').filter(Boolean).map(Number)).toEqual(page.cites);
    });
  }

  it('lists the motions the text names without a number and the edition resolves, marked so', () => {
    const motions = (n: number) => records.find((r) => r.nummer === n)!.moties.map((m) => `${m.dossier}-${m.nummer}:${m.vastgesteldDoor}`);
    expect(motions(13)).toContain('35510-26:redactie');
    expect(motions(15)).toContain('35572-49:redactie');
    expect(motions(44)).toEqual(expect.arrayContaining(['35510-13:tekst', '35510-24:redactie']));
    // Named with its number as well: listed once, as the text gives it.
    expect(motions(35)).toEqual(['35510-37:tekst']);
    for (const r of records) for (const m of r.moties) if (m.vastgesteldDoor === 'redactie') expect(m.reden, `action ${r.nummer}`).toBeTruthy();
  });

  it('gives every motion its own dossier (action 68: motie-Dassen is 28 362 nr. 53)', () => {
    const m68 = records.find((r) => r.nummer === 68)!.moties;
    expect(m68.map((m) => [m.dossier, m.nummer, m.kamerstuk])).toEqual([['28362', '53', 'Kamerstuk 28 362, nr. 53']]);
    const route = pages.find((p) => p.kind === 'action' && p.number === 68)!;
    const json = pageRecord(corpus, route, edition, urlOf).gegevens as { moties: { dossier: string }[] };
    expect(json.moties.map((m) => m.dossier)).toEqual(['28362']);
    for (const a of corpus.annex.actions) for (const m of a.motions) expect(m.dossier, `action ${a.number}`).toMatch(/^\d{5}$/);
  });
});
