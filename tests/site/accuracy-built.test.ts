/**
 * The accuracy items as the built site shows them today (run after `npm run build`):
 * the home page's claim about which document cites which, the [sic] marks and links
 * made from the reviewed tables, and the themes that follow the letter's paragraphs.
 * Plain reads of dist/ — the DOM-level checks of every link are in links.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsCitedBy, themeOf } from '../../src/model/corpus.ts';
import { routes } from '../../src/model/routes.ts';
import { documentSpec } from '../../src/model/registry.ts';
import { t } from '../../src/site/strings.ts';
import { fileOfPath } from './helpers/dist.ts';
import { loadModel } from './helpers/model.ts';
import { DIST } from './helpers/paths.ts';

const model = loadModel();
const page = (path: string) => readFileSync(join(DIST, fileOfPath(path)!), 'utf8');
/** Visible text of a page, roughly: tags dropped, whitespace collapsed. */
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('home page', () => {
  it('says which older letter is cited by which document, as the references show', () => {
    const home = text(page(routes.home()));
    const by = documentsCitedBy(model);
    for (const id of ['kst-29362-290', 'kst-29362-282'] as const) {
      const citation = model[id === 'kst-29362-290' ? 'werkAanUitvoering' : 'regelsEnRuimte'].meta.citation;
      const sentence = t.homeCitedBy(
        documentSpec(id).inSentence,
        citation,
        by[id].map((d) => documentSpec(d).inSentence),
      );
      expect(home).toContain(sentence.replace(/\s+/g, ' '));
    }
    // 282 is cited by 290 and the annex, not by the letter.
    expect(home).toMatch(/«Regels en ruimte» \(Kamerstuk 29 362, nr\. 282\) wordt aangehaald door de bijlage en «Werk aan Uitvoering»\./);
    expect(home).not.toContain('waar de brief naar verwijst');
  });
});

describe('[sic] and references on the action pages', () => {
  it('action 52 links Kamerstuk 31 066, nr. 809 and marks the wrong dossier number [sic]', () => {
    const html = page(routes.action(52));
    expect(html).toMatch(
      /href="https:\/\/zoek\.officielebekendmakingen\.nl\/kst-31066-809\.html"[^>]*>Kamerstukken II, 2020-21, 35510, nr\. 809[\s\S]{0,400}?<\/a>\s*<a class="sic"[^>]*#corr-bijlage-sic-kamerstuk-809"/,
    );
    expect(html).not.toContain('kst-35510-809');
  });

  it('every new [sic] is marked on its page and listed on «Over deze uitgave»', () => {
    const over = page(routes.about());
    const where: Record<string, string> = {
      'bijlage-sic-kamerstuk-809': routes.action(52),
      'bijlage-sic-aan-te-beiden': routes.action(43),
      'bijlage-sic-hebben-gebruik': routes.action(64),
      'bijlage-concept-beleidslijn': routes.action(64),
      'kst-35510-60-sic-voorgegaan': routes.document('kst-35510-60'),
      'kst-35510-60-sic-voorbereid': routes.document('kst-35510-60'),
      'kst-29362-290-sic-werk-aan-uitvoering': routes.document('kst-29362-290'),
    };
    for (const [id, path] of Object.entries(where)) {
      expect(model.corrections.find((c) => c.id === id)?.kind, id).toBe('sic');
      expect(page(path), id).toMatch(new RegExp(`<a class="sic"[^>]*#corr-${esc(id)}"`));
      expect(over, id).toContain(`id="corr-${id}"`);
    }
  });

  it('links the motions named without a number and «Regels en Ruimte» as content/references.json says', () => {
    for (const r of model.namedReferences) {
      if (r.document !== 'bijlage' || !r.target) continue;
      const html = page(routes.action(r.action!));
      const href =
        r.target.kind === 'kamerstuk' && r.target.dossier === '29362' && r.target.number === '282'
          ? '../../documenten/kst-29362-282/index.html'
          : `https://zoek.officielebekendmakingen.nl/kst-${(r.target as { dossier: string }).dossier}-${(r.target as { number: string }).number}.html`;
      expect(html, r.id).toMatch(new RegExp(`<a href="${esc(href)}"[^>]*>${esc(r.text)}`));
    }
    expect(page(routes.action(68))).toMatch(
      /<a href="https:\/\/zoek\.officielebekendmakingen\.nl\/kst-28362-53\.html"[^>]*>motie-Dassen c\.s\. \(28362, nr\. 53\)/,
    );
  });
});

describe('themes follow the letter', () => {
  it('lists each action on the theme page of the section where the letter discusses it', () => {
    for (const n of [17, 47, 49, 82]) {
      const theme = themeOf(model.annex.actions[n - 1]!, model.themes)!;
      expect(theme.number).toBe(n === 82 ? 4 : 2);
      for (const other of model.themes) {
        // The theme's own list of actions (paragraphs of the letter may link other actions too).
        const html = page(routes.theme(other.slug));
        const list = html.slice(html.indexOf('<ol class="action-list">'), html.indexOf('</ol>', html.indexOf('<ol class="action-list">')));
        expect(list.length).toBeGreaterThan(100);
        const listed = list.includes(`acties/${n}/index.html`);
        expect(listed, `actie ${n} op thema ${other.number}`).toBe(other.number === theme.number);
      }
    }
  });
});

describe('«Over deze uitgave»', () => {
  it('lists every editorial decision of the reviewed tables with its reason', async () => {
    const { editorialDecisions } = await import('../../src/model/editorial.ts');
    const over = page(routes.about());
    const rows = editorialDecisions(model).filter((d) => ['letter-actions', 'reference', 'note', 'decision', 'metadata', 'theme'].includes(d.kind));
    expect(rows.length).toBeGreaterThanOrEqual(44 + 12 + 3);
    const plain = text(over);
    for (const d of rows) {
      expect(over, `${d.kind} ${d.id}`).toContain(`id="beslissing-${d.kind}-${d.id.replace(/[^a-z0-9-]/gi, '-')}"`);
      expect(plain, `${d.kind} ${d.id}`).toContain(d.reason.slice(0, 60));
    }
  });
});
