/**
 * Fidelity of the built pages: every word of every document stands, in order, in the
 * main element of its page as the browser renders it (innerText). For each page the
 * blocks of the model, its footnotes and the lines of the document's head are found
 * in order (three sequences, each in order; see helpers/words.ts for what counts as a
 * word and where the page may add words).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Block, Footnote, Letter } from '../../src/model/schema.ts';
import { routes } from '../../src/model/routes.ts';
import { eachConcurrently, useBrowser } from './helpers/browser.ts';
import { loadModel } from './helpers/model.ts';
import { serveDist } from './helpers/server.ts';
import { blockPiece, describeMiss, findInOrder, footnotePiece, textPiece, words, type Piece } from '../../scripts/lib/words.ts';

const site = serveDist();
const b = useBrowser();

interface Check {
  path: string;
  sequences: Array<{ name: string; pieces: Piece[] }>;
}

const blocksSeq = (blocks: readonly Block[]) => ({ name: 'text', pieces: blocks.map(blockPiece) });
const notesSeq = (notes: readonly Footnote[]) => ({ name: 'footnotes', pieces: notes.map(footnotePiece) });
const frontSeq = (doc: Letter) => ({ name: 'head', pieces: doc.front.map((l) => textPiece(`head line ${l.line}`, l.text)) });

function checks(): Check[] {
  const m = loadModel();
  const byId = (ids: readonly string[]) =>
    ids.map((id) => {
      const block = m.regelsEnRuimte.blocks.find((x) => x.id === id);
      if (!block) throw new Error(`29 362 nr. 282: no block «${id}» in the model`);
      return block;
    });
  return [
    { path: routes.document('kst-35510-60'), sequences: [frontSeq(m.letter), blocksSeq(m.letter.blocks), notesSeq(m.letter.footnotes)] },
    {
      path: routes.document('kst-29362-290'),
      sequences: [frontSeq(m.werkAanUitvoering), blocksSeq(m.werkAanUitvoering.blocks), notesSeq(m.werkAanUitvoering.footnotes)],
    },
    {
      path: routes.document('kst-29362-282'),
      sequences: [frontSeq(m.regelsEnRuimte), blocksSeq(m.regelsEnRuimte.blocks), notesSeq(m.regelsEnRuimte.footnotes)],
    },
    { path: routes.actions(), sequences: [blocksSeq(m.annex.intro)] },
    ...m.annex.actions.map((a) => ({
      path: routes.action(a.number),
      sequences: [blocksSeq([...a.description, ...a.status]), notesSeq(a.footnotes)],
    })),
    ...m.regelsEnRuimte.actions.map((a) => ({ path: routes.rrAction(a.number), sequences: [blocksSeq(byId(a.blockIds))] })),
    ...m.regelsEnRuimte.recommendations.map((r) => ({
      path: routes.rrRecommendation(r.number),
      sequences: [blocksSeq(byId([...r.textBlockIds, ...r.reactionBlockIds]))],
    })),
  ];
}

async function mainWords(page: Page, path: string): Promise<string[]> {
  await b.goto(page, site.url(path));
  const mains = page.locator('main');
  expect(await mains.count(), `${path}: one main element`).toBe(1);
  // «Meer kerngegevens» open: the website's metadata about a document (29 362 nr. 290) is shown there, before the head.
  if (path.startsWith('/documenten/')) {
    const more = page.locator('.more-facts-toggle');
    if ((await more.count()) && (await more.isVisible()) && (await more.getAttribute('aria-expanded')) === 'false') await more.click();
  }
  return words(await mains.innerText());
}

describe('every word of the documents on the built pages', () => {
  const all = checks();
  let total = 0;

  it('renders every word of the four documents in order, page by page', async () => {
    // Three tabs side by side, each loading page after page.
    const tabs = [await b.newPage(), await b.newPage(), await b.newPage()];
    const shown = await eachConcurrently(all, tabs.length, (check, lane) => mainWords(tabs[lane]!, check.path));
    const counts: string[] = [];
    for (const [i, check] of all.entries()) {
      const pageWords = shown[i]!;
      let n = 0;
      for (const seq of check.sequences) {
        const miss = findInOrder(pageWords, seq.pieces);
        if (miss) throw new Error(`[${seq.name}] ${describeMiss(check.path, pageWords, miss)}`);
        n += seq.pieces.reduce((s, p) => s + p.words.length, 0);
      }
      total += n;
      if (!check.path.startsWith('/acties/') || check.path === routes.actions()) counts.push(`${check.path}: ${n}`);
    }
    console.log(`fidelity (built): ${total} words checked on ${all.length} pages (${counts.join(', ')})`);
    expect(total).toBeGreaterThan(20_000);
  }, 300_000);
});
