/**
 * The committed MDX holds interface words as tokens (src/site/labels.ts); none reaches a
 * reader: no built page, page data or open data file carries one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.ts';

const DIST = join(ROOT, 'dist');

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) files(full, out);
    else if (/\.(html|json|csv|js)$/.test(name)) out.push(full);
  }
  return out;
}

describe('interface words in the built site', () => {
  it('are words, never tokens', () => {
    const all = files(DIST);
    expect(all.length).toBeGreaterThan(100);
    const withToken = all.filter((f) => readFileSync(f, 'utf8').includes('⟦')).map((f) => relative(DIST, f));
    expect(withToken).toEqual([]);
    const action = readFileSync(join(DIST, 'acties', '41', 'index.html'), 'utf8');
    for (const word of ['Vorige en volgende actie', 'Omschrijving', 'Stand van zaken']) expect(action).toContain(word);
  });
});
