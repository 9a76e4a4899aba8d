import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { writeZip, zipSite } from '../../scripts/lib/offline/zip.ts';

const files = [
  { path: 'index.html', data: new TextEncoder().encode('<!doctype html><p>Financiën</p>') },
  { path: 'data/acties.csv', data: new TextEncoder().encode('\uFEFFNummer\r\n1\r\n') },
];
const original = process.env.TZ;
afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe('zipSite', () => {
  it('gives the same bytes whatever the time zone of the build', async () => {
    const zones = ['UTC', 'Europe/Amsterdam', 'Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata'];
    const zips: Buffer[] = [];
    for (const tz of zones) {
      process.env.TZ = tz;
      zips.push(Buffer.from(await zipSite('site', files)));
    }
    // The zones really differ in this process (else the test proves nothing).
    process.env.TZ = 'Pacific/Auckland';
    const auckland = new Date(Date.UTC(2021, 5, 29, 12)).getHours();
    process.env.TZ = 'UTC';
    expect(new Date(Date.UTC(2021, 5, 29, 12)).getHours()).not.toBe(auckland);
    for (const [i, z] of zips.entries()) expect(z.equals(zips[0]!), zones[i]).toBe(true);
  });
  it('keeps every file under the folder', async () => {
    const entries = unzipSync(await zipSite('site', files));
    expect(Object.keys(entries).sort()).toEqual(['site/data/acties.csv', 'site/index.html']);
    expect(new TextDecoder().decode(entries['site/index.html'])).toContain('Financiën');
  });
});

describe('writeZip', () => {
  it('gives the same zip whether worker threads deflate the files or this thread does', async () => {
    // More files than fit in a batch, some stored as they are (Pagefind's), the rest deflated.
    const many = Array.from({ length: 700 }, (_, i) => ({
      path: i % 7 === 0 ? `pagefind/fragment/f${i}.pf_fragment` : `acties/${i}/index.html`,
      data: new TextEncoder().encode(`<p>Actie ${i}: ${'herstel '.repeat(i % 50)}${i * 7919}</p>`),
    }));
    const zip = async (bytes: number) => {
      const chunks: Uint8Array[] = [];
      await writeZip(
        'site',
        many.map((f) => ({ path: f.path, read: () => f.data })),
        (c) => chunks.push(c),
        bytes,
      );
      return Buffer.concat(chunks);
    };
    const threads = await zip(Number.MAX_SAFE_INTEGER);
    const here = await zip(0);
    expect(threads.equals(here)).toBe(true);
    const entries = unzipSync(threads);
    expect(Object.keys(entries)).toHaveLength(many.length);
    for (const f of many) expect(Buffer.from(entries[`site/${f.path}`]!).equals(Buffer.from(f.data)), f.path).toBe(true);
  });
});
