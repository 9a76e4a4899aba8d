/** «Citeer»: the pure choices of src/client/cite-logic.ts (which paragraph, how far to scroll, its first words, the link). */
import { describe, expect, it } from 'vitest';
import { citedLink, firstWords, readingBlock, scrollToShow } from '../src/client/cite-logic.ts';

// A phone: the page bar ends at 48 px, the panel starts at 500 px of an 844 px screen.
const VIEW = { top: 48, bottom: 500 };

describe('readingBlock', () => {
  it('takes the paragraph that shows above the panel, not the one that starts under it', () => {
    // A long paragraph fills the free part; the next begins under the panel.
    const blocks = [
      { top: -900, bottom: 40 },
      { top: 60, bottom: 480 },
      { top: 500, bottom: 700 },
    ];
    expect(readingBlock(blocks, VIEW)).toBe(1);
    // The old rule («the first that begins below the bar») with a paragraph that began above it:
    expect(
      readingBlock(
        [
          { top: -200, bottom: 470 },
          { top: 490, bottom: 800 },
        ],
        VIEW,
      ),
    ).toBe(0);
  });
  it('skips a paragraph of which only the last line shows under the bar', () => {
    expect(
      readingBlock(
        [
          { top: -400, bottom: 70 },
          { top: 90, bottom: 300 },
        ],
        VIEW,
      ),
    ).toBe(1);
  });
  it('prefers the paragraph last tapped, or addressed, while it shows', () => {
    const blocks = [
      { top: 60, bottom: 200 },
      { top: 220, bottom: 400 },
      { top: 900, bottom: 1000 },
    ];
    expect(readingBlock(blocks, VIEW, [1])).toBe(1);
    expect(readingBlock(blocks, VIEW, [2, undefined])).toBe(0);
    expect(readingBlock(blocks, VIEW, [undefined, 1])).toBe(1);
  });
  it('finds nothing when nothing shows', () => {
    expect(readingBlock([{ top: 600, bottom: 700 }], VIEW)).toBeUndefined();
    expect(readingBlock([], VIEW)).toBeUndefined();
  });
});

describe('scrollToShow', () => {
  it('leaves a paragraph that shows whole where it is', () => {
    expect(scrollToShow({ top: 100, bottom: 300 }, VIEW)).toBe(0);
  });
  it('scrolls a paragraph under the panel up to just below the bar', () => {
    expect(scrollToShow({ top: 450, bottom: 600 }, VIEW)).toBe(450 - 48 - 8);
  });
  it('scrolls a paragraph above the bar down, and shows the start of a tall one', () => {
    expect(scrollToShow({ top: -120, bottom: 200 }, VIEW)).toBe(-120 - 48 - 8);
    expect(scrollToShow({ top: 60, bottom: 1400 }, VIEW)).toBe(60 - 48 - 8);
  });
});

describe('firstWords', () => {
  it('gives the first words, with an ellipsis only when there are more', () => {
    expect(firstWords('  Het kabinet   heeft\nbesloten. ')).toBe('Het kabinet heeft besloten.');
    expect(firstWords('een twee drie vier vijf', 3)).toBe('een twee drie …');
    expect(firstWords('een twee drie', 3)).toBe('een twee drie');
  });
});

describe('citedLink', () => {
  const NOTE = 'lokale kopie';
  it('uses the published address wherever the page is read', () => {
    for (const here of ['http://127.0.0.1:4321/acties/41/', 'file:///home/a/site/acties/41/index.html']) {
      expect(citedLink('https://example.org/herstel/acties/41/', 'p3', here, NOTE)).toEqual({
        shown: 'https://example.org/herstel/acties/41/#p3',
        copied: 'https://example.org/herstel/acties/41/#p3',
      });
    }
  });
  it('without one, copies the server’s address', () => {
    expect(citedLink('/acties/41/', 'p3', 'http://127.0.0.1:4321/acties/41/#p1', NOTE)).toEqual({
      shown: '/acties/41/#p3',
      copied: 'http://127.0.0.1:4321/acties/41/#p3',
    });
  });
  it('from a copy on disk, copies the file’s address and says it is a local copy', () => {
    const got = citedLink('/acties/41/', undefined, 'file:///home/a/site/acties/41/index.html#p1', NOTE);
    expect(got.copied).toBe('file:///home/a/site/acties/41/index.html (lokale kopie)');
  });
});
