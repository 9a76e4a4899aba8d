/** Citations of single blocks (src/site/cite.ts): by page where the source gives it, else by section. */
import { describe, expect, it } from 'vitest';
import { builtCorpus } from './fixtures/corpus.ts';
import type { Block } from '../src/model/schema.ts';
import { blockCitations, pageSpans } from '../src/site/cite.ts';

const text = (value: string) => ({ type: 'text' as const, value });
const p = (id: string, page?: number): Block => ({ kind: 'paragraph', id, line: 1, ...(page !== undefined && { page }), content: [text(id)] });
const h = (id: string, level: 2 | 3 | 4, number?: string): Block => ({ kind: 'heading', id, line: 1, level, ...(number && { number }), content: [text(id)] });
const BASE = 'Kamerstukken II 2020/21, 35 510, nr. 60';

describe('blockCitations', () => {
  it('cites a block by the page it starts on, and by both pages where a page begins inside it', () => {
    const blocks: Block[] = [
      p('p1', 3),
      { kind: 'paragraph', id: 'p2', line: 2, page: 3, content: [text('a'), { type: 'pageBreak', page: 4 }, text('b')] },
      { kind: 'list', id: 'p3', line: 3, page: 4, ordered: false, items: [{ content: [text('x'), { type: 'pageBreak', page: 5 }] }] },
    ];
    expect(blockCitations(blocks, BASE)).toEqual({ p1: `${BASE}, p. 3`, p2: `${BASE}, p. 3-4`, p3: `${BASE}, p. 4-5` });
  });

  it('cites a block without a page by the numbered section it stands in, and only then by the document', () => {
    const blocks: Block[] = [p('p0'), h('s1', 2, '1'), p('p1'), h('s1-1', 3, '1.1'), h('s1-x', 4), p('p2'), h('s2', 2, '2'), p('p3', 7)];
    expect(blockCitations(blocks, 'Doc')).toEqual({
      p0: 'Doc',
      s1: 'Doc, paragraaf 1',
      p1: 'Doc, paragraaf 1',
      's1-1': 'Doc, paragraaf 1.1',
      's1-x': 'Doc, paragraaf 1.1',
      p2: 'Doc, paragraaf 1.1',
      s2: 'Doc, paragraaf 2',
      p3: 'Doc, p. 7',
    });
  });

  it('never carries a page over to a block the source gives none', () => {
    expect(pageSpans([p('a', 1), p('b')]).get('b')).toBeUndefined();
  });

  it('cites a block in which a page begins without a number by its section', () => {
    const blocks: Block[] = [h('s5', 2, '5'), { kind: 'paragraph', id: 'p1', line: 1, page: 3, content: [text('a'), { type: 'pageBreak' }, text('b')] }];
    expect(pageSpans(blocks).get('p1')).toBeUndefined();
    expect(blockCitations(blocks, 'Doc').p1).toBe('Doc, paragraaf 5');
  });
});

describe('the citations of the real documents', () => {
  const { corpus } = builtCorpus();
  it('gives every block of 35 510 nr. 60 and 29 362 nr. 282 a page, within the document’s pages', () => {
    for (const doc of [corpus.letter, corpus.regelsEnRuimte]) {
      const cites = blockCitations(doc.blocks, 'X');
      for (const b of doc.blocks) {
        const m = /^X, p\. (\d+)(?:-(\d+))?$/.exec(cites[b.id]!);
        expect(m, `${doc.meta.id} ${b.id}: ${cites[b.id]}`).not.toBeNull();
        expect(Number(m![1])).toBe(b.page);
        expect(Number(m![2] ?? m![1])).toBeLessThanOrEqual(doc.pages!);
      }
    }
  });
  it('cites 29 362 nr. 290 by page where the source places a block, and by section elsewhere', () => {
    const cites = blockCitations(corpus.werkAanUitvoering.blocks, 'X');
    const values = corpus.werkAanUitvoering.blocks.map((b) => cites[b.id]!);
    expect(values.filter((v) => v === 'X, p. 1').length).toBeGreaterThan(0);
    expect(values.filter((v) => /^X, paragraaf \d+(\.\d+)?$/.test(v)).length).toBeGreaterThan(80);
    expect(values.every((v) => v !== 'X')).toBe(true);
    // Paragraph 3 goes on on page 2; paragraph 4 stands on page 2; the signature on the last page.
    expect([cites.p3, cites.p4, cites.p5, cites.p55, cites.ondertekening]).toEqual(['X, p. 1-2', 'X, p. 2', 'X, paragraaf 1', 'X, paragraaf 5', 'X, p. 17']);
  });
});
