import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../src/site/json-pieces.ts';

const tricky = {
  leeg: {},
  lijst: [],
  diep: { a: { b: { c: { d: { e: { f: [1, { g: 'h' }] } } } } } },
  tekst: 'regel één\nregel twee «met» "aanhalingstekens" en \\ en \u2028',
  getallen: [0, -0, 1.5, -2e-7, 1e21, NaN, Infinity],
  weg: undefined,
  functie: () => 1,
  inLijst: [undefined, () => 1, Symbol('s'), null, true, false],
  datum: new Date(Date.UTC(2021, 5, 29)),
  '10': 'een sleutel als getal',
  '2': 'komt eerder',
  emoji: '😀 é ë',
  geneste: [[[[[[[['acht diep']]]]]]]],
};

describe('jsonChunks', () => {
  it('joins to JSON.stringify’s text, indented and compact, for values that stress its rules', () => {
    expect([...jsonChunks(tricky, 2)].join('')).toBe(JSON.stringify(tricky, null, 2));
    expect([...jsonChunks(tricky)].join('')).toBe(JSON.stringify(tricky));
    for (const v of [[], {}, 'tekst', 3, null, [{}], [[]], { a: [] }]) {
      expect([...jsonChunks(v, 2)].join('')).toBe(JSON.stringify(v, null, 2));
      expect([...jsonChunks(v)].join('')).toBe(JSON.stringify(v));
    }
  });
  it('hands a large value on in chunks, none of them the whole text', () => {
    const big = { acties: Array.from({ length: 5000 }, (_, i) => ({ nummer: i, omschrijving: `Actie ${i} ${'tekst '.repeat(20)}` })) };
    const chunks = [...jsonChunks(big, 2)];
    expect(chunks.join('')).toBe(JSON.stringify(big, null, 2));
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(2 * 65536);
  });
});
