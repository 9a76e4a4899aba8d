/**
 * The ingest as the build runs it: on a damaged copy of the sources it stops with the
 * file, the line and what was expected, and writes nothing. Its function on each copy;
 * the script itself (exit status, message) on one of them, and on an intact copy in
 * tests/scripts/smoke.test.ts (npm run ingest -- --check); and as the build integration runs
 * it, beside Astro.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/lib/inputs.ts';
import { ingest } from '../scripts/ingest.ts';
import edition from '../scripts/lib/astro/edition.ts';

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

/**
 * The build integration (scripts/lib/astro/edition.ts) on a copy: in `astro build` it starts
 * the ingest and lets Astro go on (start, content sync, bundling); the model must be there,
 * or the ingest's message stop the build, at the hook that runs after bundling and before
 * Astro renders the pages.
 */
describe('the ingest in the build', () => {
  type Hook = (options: unknown) => unknown;
  const lines: string[] = [];
  const logger = { info: (l: string) => lines.push(l), warn: (l: string) => lines.push(l) };
  /** config:setup of a build of `dir`, then the hook Astro's bundling ends with (its handler, unrun). */
  async function build(dir: string) {
    symlinkSync(join(ROOT, 'scripts'), join(dir, 'scripts'));
    const { hooks } = edition();
    await (hooks['astro:config:setup'] as Hook)({
      config: { root: pathToFileURL(`${dir}/`), publicDir: pathToFileURL(`${dir}/public/`) },
      command: 'build',
      logger,
    });
    const vite = { plugins: [] as { buildApp?: { order: string; handler: () => Promise<void> } }[] };
    (hooks['astro:build:setup'] as Hook)({ vite, target: 'server' });
    const last = vite.plugins.find((p) => p.buildApp)!.buildApp!;
    expect(last.order).toBe('post');
    return last.handler;
  }

  it('does not hold up Astro at the start: the model is written by the time the pages are rendered', async () => {
    const dir = damagedCopy('content/decisions.json', (t) => t);
    const beforeRendering = await build(dir);
    // Set up already, the ingest still running (a Node process takes longer than that to start).
    expect(generated(dir)).toBe(false);
    await beforeRendering();
    expect(existsSync(join(dir, 'content', 'generated', 'model.json'))).toBe(true);
    expect(lines.join('\n')).toMatch(/model: 86 actions, \d+ pages.*; committed MDX pages up to date/);
  });

  it("stops the build before the pages are rendered with the ingest's message (file and what was expected)", async () => {
    const dir = damagedCopy('content/decisions.json', (t) => t.replace('"document": "kst-29362-290"', '"document": “kst-29362-290"'));
    const beforeRendering = await build(dir);
    await expect(beforeRendering()).rejects.toThrow(/^content\/decisions\.json: expected valid JSON \(Unexpected token '“'/);
    expect(generated(dir)).toBe(false);
  });
});
