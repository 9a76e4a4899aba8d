import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/lib/inputs.ts';

const manifest: Array<{ file: string; received: string; sha256: string; bytes: number }> = JSON.parse(
  readFileSync(join(ROOT, 'seeds', 'manifest.json'), 'utf8'),
);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('seeds', () => {
  it('holds the five source files byte for byte as listed in the manifest', () => {
    expect(manifest).toHaveLength(5);
    for (const entry of manifest) {
      const bytes = readFileSync(join(ROOT, 'seeds', entry.file));
      expect(bytes.length, entry.file).toBe(entry.bytes);
      expect(sha(bytes), entry.file).toBe(entry.sha256);
    }
  });

  it('has no source file that the manifest does not list', () => {
    const txt = readdirSync(join(ROOT, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(txt).toEqual(manifest.map((m) => m.file).sort());
  });

  const shared = join(ROOT, '..', 'shared', 'seeds');
  it.runIf(existsSync(shared))('matches the files as received in ../shared/seeds', () => {
    for (const entry of manifest) {
      expect(sha(readFileSync(join(shared, entry.received))), entry.received).toBe(entry.sha256);
    }
  });
});
