/** The small helpers of the route data (src/site/route-utils.ts), on inputs made for them. */
import { describe, expect, it } from 'vitest';
import { citedBy, headingText, inSections, sequence, tocOf, uniqueRoutes } from '../src/site/route-utils.ts';
import type { Block } from '../src/model/schema.ts';

const heading = (id: string, level: number, text: string, number?: string) =>
  ({ kind: 'heading', id, level, content: [{ type: 'text', value: text }], ...(number !== undefined && { number }) }) as unknown as Extract<
    Block,
    { kind: 'heading' }
  >;

describe('route helpers', () => {
  it('links the previous and next item of a series, none past either end', () => {
    const link = (n: number) => ({ href: `/acties/${n}/`, label: `Actie ${n}` });
    expect(sequence([1, 2, 3], 1, link, 'Acties')).toEqual({ label: 'Acties', prev: link(1), next: link(3) });
    expect(sequence([1, 2, 3], 0, link, 'Acties')).toEqual({ label: 'Acties', next: link(2) });
    expect(sequence([1, 2, 3], 2, link, 'Acties')).toEqual({ label: 'Acties', prev: link(2) });
    expect(sequence([7], 0, link, 'Acties')).toEqual({ label: 'Acties' });
  });

  it('prints a heading with its number: a whole number with a full stop, a section number as it stands', () => {
    expect(headingText(heading('h3', 2, 'Toeslagen', '3'))).toBe('3. Toeslagen');
    expect(headingText(heading('h21', 3, 'Herstel', '2.1'))).toBe('2.1 Herstel');
    expect(headingText(heading('h', 2, 'Inleiding'))).toBe('Inleiding');
  });

  it('lists the headings down to level 3 as the table of contents', () => {
    const blocks = [
      heading('a', 2, 'Een', '1'),
      { kind: 'paragraph', id: 'p1', content: [] },
      heading('b', 3, 'Twee'),
      heading('c', 4, 'Drie'),
    ] as unknown as Block[];
    expect(tocOf(blocks)).toEqual([
      { href: '#a', label: '1. Een', level: 2 },
      { href: '#b', label: 'Twee', level: 3 },
    ]);
  });

  it('places an action in a section by its section or its sub-section', () => {
    expect(inSections({ section: 'A', subsection: 'A.1' }, ['A.1'])).toBe(true);
    expect(inSections({ section: 'A' }, ['A'])).toBe(true);
    expect(inSections({ section: 'A', subsection: 'A.1' }, ['B'])).toBe(false);
  });

  it('collects for each action the others that cite it, never itself', () => {
    const map = citedBy([
      { number: 1, cites: [2, 3] },
      { number: 2, cites: [2, 3] },
      { number: 4, cites: [3] },
    ]);
    expect(map.get(3)).toEqual([1, 2, 4]);
    expect(map.get(2)).toEqual([1]);
    expect(map.has(1)).toBe(false);
  });

  it('stops at a second page at the same address', () => {
    expect(uniqueRoutes([{ route: '/a/' }, { route: '/b/' }])).toHaveLength(2);
    expect(() => uniqueRoutes([{ route: '/a/' }, { route: '/a/' }])).toThrow('two pages at /a/');
  });
});
