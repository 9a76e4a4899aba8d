import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, editionFiles, readEdition } from '../src/site/edition.ts';
import { editionRecord } from '../src/site/changelog.ts';
import { snapshotFromDirs } from '../scripts/lib/editions.ts';
import { ROOT } from '../scripts/lib/inputs.ts';

function project(version: string, edition?: { date: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'edition-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ version }));
  if (edition) {
    mkdirSync(join(dir, 'content', 'editions'), { recursive: true });
    writeFileSync(join(dir, 'content', 'editions', `${version}.json`), JSON.stringify(edition));
  }
  return dir;
}

describe('readEdition', () => {
  it('takes the version from package.json and the date from the recorded edition', () => {
    expect(readEdition(project('1.2.3', { date: '2026-03-01' }))).toEqual({ version: '1.2.3', date: '2026-03-01', released: true });
  });
  it('without a recorded edition or git, takes EDITION_DATE, and never the clock', () => {
    const dir = project('1.2.4');
    const before = process.env.EDITION_DATE;
    process.env.EDITION_DATE = '2026-04-01';
    try {
      expect(readEdition(dir)).toEqual({ version: '1.2.4', date: '2026-04-01', released: false });
      delete process.env.EDITION_DATE;
      expect(() => readEdition(dir)).toThrow(/expected .*editions.*1\.2\.4\.json/);
    } finally {
      if (before === undefined) delete process.env.EDITION_DATE;
      else process.env.EDITION_DATE = before;
    }
  });
  it('refuses a version that is not semantic', () => {
    expect(() => readEdition(project('eerste'))).toThrow(/semantic version/);
  });
});

describe('versions', () => {
  it('sort by number, a pre-release before its release', () => {
    expect(['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9'].sort(compareVersions)).toEqual(['0.9.9', '1.2.0-rc.1', '1.2.0', '1.10.0']);
    const dir = project('1.0.0', { date: '2026-01-01' });
    writeFileSync(join(dir, 'content', 'editions', '0.10.0.json'), '{}');
    writeFileSync(join(dir, 'content', 'editions', '0.9.0.json'), '{}');
    expect(editionFiles(join(dir, 'content', 'editions'))).toEqual(['0.9.0.json', '0.10.0.json', '1.0.0.json']);
  });
});

describe('the edition of this project', () => {
  it('is what the pages are once released (a change after that needs a new version and npm run edition); a version not yet released is newer than every released one', () => {
    const edition = readEdition(ROOT);
    const files = editionFiles(join(ROOT, 'content', 'editions'));
    if (!edition.released) {
      const newest = files.at(-1)?.replace(/\.json$/, '');
      if (newest)
        expect(compareVersions(edition.version, newest), `package.json ${edition.version} against content/editions/${newest}.json`).toBeGreaterThan(0);
      return;
    }
    const recorded = JSON.parse(readFileSync(join(ROOT, 'content', 'editions', `${edition.version}.json`), 'utf8')) as {
      pages: Record<string, string>;
      corrections: Record<string, string>;
    };
    const now = editionRecord(edition.version, edition.date, snapshotFromDirs(join(ROOT, 'content', 'pages'), join(ROOT, 'content', 'corrections')));
    expect(now.pages, `content/editions/${edition.version}.json: pages changed since this edition was recorded`).toEqual(recorded.pages);
    expect(now.corrections, `content/editions/${edition.version}.json: corrections changed since this edition was recorded`).toEqual(recorded.corrections);
  });
});
