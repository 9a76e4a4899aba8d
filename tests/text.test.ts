import { describe, expect, it } from 'vitest';
import { blockText, inlineText, shorten } from '../src/model/text.ts';

describe('plain text', () => {
  it('keeps text, references and editorial insertions, drops markers', () => {
    expect(
      inlineText([
        { type: 'text', value: 'zie ' },
        { type: 'ref', value: 'actie 18', target: { kind: 'action', number: 18 }, resolved: { internal: '/acties/18/' } },
        { type: 'noteRef', note: 'fn-1', label: '1', source: '1' },
        { type: 'sic', correction: 'x' },
        { type: 'editorial', value: ' [3.]', correction: 'y' },
      ]),
    ).toBe('zie actie 18 [3.]');
  });
  it('writes list items on their own lines', () => {
    expect(
      blockText({
        kind: 'list',
        id: 'p1',
        line: 1,
        ordered: true,
        items: [{ label: '1)', content: [{ type: 'text', value: 'a' }] }, { content: [{ type: 'text', value: 'b' }] }],
      }),
    ).toBe('1) a\n– b');
  });
  it('shortens at a word boundary', () => {
    expect(shorten('een twee drie vier', 12)).toBe('een twee…');
    expect(shorten('kort', 12)).toBe('kort');
  });
});

describe('shorten', () => {
  it('shortens before brackets the cut would leave open', () => {
    expect(shorten('Compensatie verbreden naar (ex) partners en kinderen (NR. 43 Motie Van Kooten)', 60)).toBe(
      'Compensatie verbreden naar (ex) partners en kinderen…',
    );
    expect(shorten('een (twee drie vier vijf zes zeven acht)', 20)).toBe('een (twee drie…');
  });
});
