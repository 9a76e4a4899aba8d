/** «Op deze pagina» (src/client/inhoud.ts): which section the reader is in. */
import { describe, expect, it } from 'vitest';
import { readingLine, sectionAt } from '../../src/client/inhoud.ts';

describe('the section being read', () => {
  const sections = [
    { id: 's1', top: -900 },
    { id: 's2', top: -40 },
    { id: 's3', top: 180 },
    { id: 's4', top: 1200 },
  ];

  it('is the last section whose heading has passed the reading line, a quarter down the window', () => {
    expect(readingLine(800)).toBe(200);
    expect(sectionAt(sections, readingLine(800))!.id).toBe('s3');
    expect(sectionAt(sections, readingLine(400))!.id).toBe('s2');
  });

  it('is none above the first heading, and the last after a jump to the end', () => {
    expect(
      sectionAt(
        sections.map((s) => ({ ...s, top: s.top + 2000 })),
        200,
      ),
    ).toBeUndefined();
    expect(
      sectionAt(
        sections.map((s) => ({ ...s, top: s.top - 5000 })),
        200,
      )!.id,
    ).toBe('s4');
    expect(sectionAt([], 200)).toBeUndefined();
  });
});
