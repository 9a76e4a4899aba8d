/** The pure part of «Bewaar deze site» (src/client/offline-logic.ts). */
import { describe, expect, it } from 'vitest';
import { fill, savedOn } from '../src/client/offline-logic.ts';

describe('offline saving', () => {
  it('fills a template, leaving unknown places', () => {
    expect(fill('{done} van {total} bestanden bewaard…', { done: 10, total: 400 })).toBe('10 van 400 bestanden bewaard…');
    expect(fill('bewaard op {date} {x}', { date: '5 december 2026' })).toBe('bewaard op 5 december 2026 {x}');
  });
  it('says the day in Dutch, and nothing for no or a damaged time', () => {
    expect(savedOn('2026-12-05T02:40:00.000Z')).toBe('5 december 2026');
    expect(savedOn(undefined)).toBeUndefined();
    expect(savedOn('gisteren')).toBeUndefined();
    expect(savedOn(42)).toBeUndefined();
  });
});
