/**
 * The ingest as the build runs it: on a damaged copy of the sources it stops with the
 * file, the line and what was expected, and writes nothing. Its function on each copy;
 * the script itself (exit status, message) on one of them, and on an intact copy in
 * tests/scripts/smoke.test.ts (npm run ingest -- --check).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/lib/inputs.ts';
import { ingest } from '../scripts/ingest.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * A copy of seeds/ and content/ in a temporary folder, with `file` changed by `damage`,
 * and seeds/manifest.json updated as a maintainer receiving the new copy would (unless
 * `manifest` is false).
 */
function damagedCopy(file: string, damage: (text: string) => string, { manifest = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true, filter: (src) => !src.includes('generated') });
  const path = join(dir, file);
  writeFileSync(path, damage(readFileSync(path, 'utf8')));
  if (manifest && file.startsWith('seeds/')) {
    const listPath = join(dir, 'seeds', 'manifest.json');
    const list = JSON.parse(readFileSync(listPath, 'utf8')) as Array<{ file: string; sha256: string; bytes: number }>;
    const bytes = readFileSync(path);
    const entry = list.find((e) => `seeds/${e.file}` === file)!;
    entry.sha256 = createHash('sha256').update(bytes).digest('hex');
    entry.bytes = bytes.length;
    writeFileSync(listPath, JSON.stringify(list, null, 2));
  }
  return dir;
}

/** The ingest of a copy: what it prints, or the message it stops with (the script prints «ingest failed: » before it). */
function run(dir: string): { ok: true; out: string } | { ok: false; message: string } {
  try {
    return { ok: true, out: ingest(dir) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
const generated = (dir: string) => existsSync(join(dir, 'content', 'generated'));

describe('ingest', () => {
  it('builds the model from an intact copy', () => {
    const dir = damagedCopy('seeds/kst-35510-60.web.txt', (t) => t);
    const res = run(dir);
    expect(res.ok && res.out).toMatch(/^ingest: 86 actions, \d+ pages/);
    expect(existsSync(join(dir, 'content', 'generated', 'model.json'))).toBe(true);
  });

  it('npm run ingest: stops on an action number out of sequence with exit status 1, naming file and line, and writes nothing', () => {
    const dir = damagedCopy('seeds/bijlage-35510-60.tabel.txt', (t) => t.replace('\n42.\tPlan van aanpak', '\n24.\tPlan van aanpak'));
    const cli = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ingest.ts'), dir], { encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/^ingest failed: bijlage-35510-60\.tabel\.txt:84: expected /);
    expect(generated(dir)).toBe(false);
  });

  it('stops on a footnote without its marker, naming file and line', () => {
    const dir = damagedCopy('seeds/kst-35510-60.web.txt', (t) => t.replace('discrimineren8,', 'discrimineren,'));
    const res = run(dir);
    expect(!res.ok && res.message).toMatch(/^kst-35510-60\.web\.txt:93: expected the words of kst-35510-60\.pdf\.txt:413 \(page 8\), «discrimineren8,»/);
    expect(generated(dir)).toBe(false);
  });

  it('stops when a correction no longer matches its line', () => {
    const dir = damagedCopy('seeds/kst-29362-282.ocr.txt', (t) => t.replace('De Minister van Financién,', 'De Minister van Financiën,'));
    const res = run(dir);
    expect(!res.ok && res.message).toMatch(/^kst-29362-282\.ocr\.txt:\d+: expected «Financién» exactly once/);
    expect(generated(dir)).toBe(false);
  });

  it('stops on a source that does not match seeds/manifest.json', () => {
    const dir = damagedCopy('seeds/kst-29362-290.web.txt', (t) => t.replace('Inleiding', 'Inleidng'), { manifest: false });
    const res = run(dir);
    expect(!res.ok && res.message).toMatch(/^seeds\/kst-29362-290\.web\.txt: expected the bytes listed in seeds\/manifest\.json/);
    expect(generated(dir)).toBe(false);
  });

  it('stops on invalid UTF-8 at its line', () => {
    const dir = damagedCopy('seeds/kst-29362-282.ocr.txt', (t) => t);
    const path = join(dir, 'seeds', 'kst-29362-282.ocr.txt');
    const bytes = readFileSync(path);
    const at = bytes.indexOf(Buffer.from('Aanbeveling 1'));
    const line = bytes.subarray(0, at).toString('latin1').split('\n').length;
    bytes[at + 2] = 0xff;
    writeFileSync(path, bytes);
    const listPath = join(dir, 'seeds', 'manifest.json');
    const list = JSON.parse(readFileSync(listPath, 'utf8')) as Array<{ file: string; sha256: string }>;
    list.find((e) => e.file === 'kst-29362-282.ocr.txt')!.sha256 = createHash('sha256').update(bytes).digest('hex');
    writeFileSync(listPath, JSON.stringify(list));
    const res = run(dir);
    expect(!res.ok && res.message).toContain(`kst-29362-282.ocr.txt:${line}: expected valid UTF-8 text`);
    expect(generated(dir)).toBe(false);
  });
});
