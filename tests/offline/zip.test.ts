import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import { ZIP_LEVEL, deflateAhead, zipSite } from '../../scripts/lib/offline/zip.ts';

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

describe('writeZip (through zipSite)', () => {
  it('gives the same zip whether worker threads deflate the files or this thread does', async () => {
    // More files than fit in a batch, some stored as they are (Pagefind's), the rest deflated.
    const many = Array.from({ length: 700 }, (_, i) => ({
      path: i % 7 === 0 ? `pagefind/fragment/f${i}.pf_fragment` : `acties/${i}/index.html`,
      data: new TextEncoder().encode(`<p>Actie ${i}: ${'herstel '.repeat(i % 50)}${i * 7919}</p>`),
    }));
    const threads = await zipSite('site', many, Number.MAX_SAFE_INTEGER);
    const here = await zipSite('site', many, 0);
    expect(threads.equals(here)).toBe(true);
    const entries = unzipSync(threads);
    expect(Object.keys(entries)).toHaveLength(many.length);
    for (const f of many) expect(Buffer.from(entries[`site/${f.path}`]!).equals(Buffer.from(f.data)), f.path).toBe(true);
  });
});

describe('deflateAhead', () => {
  const page = (i: number) => new TextEncoder().encode(`<p>Actie ${i}: ${'herstel '.repeat(i % 40)}</p>`);
  it('gives a file deflated ahead only for the data it was made from', async () => {
    const ahead = deflateAhead();
    ahead.add('a.html', page(1));
    ahead.addFile('b.html', page(2).byteLength, async () => page(2));
    // A file that could not be read ahead is deflated by the zip itself.
    ahead.addFile('e.html', 10, () => Promise.reject(new Error('gone')));
    // Not read at all when it is not taken (stored as it is).
    ahead.addFile('f.pf_fragment', 10, () => {
      throw new Error('read a file it does not take');
    });
    ahead.add('c.pf_fragment', page(3));
    expect(Buffer.from((await ahead.take('a.html', page(1)))!).equals(deflateRawSync(page(1), { level: ZIP_LEVEL }))).toBe(true);
    // Changed since it was added: not taken (the zip deflates it itself); taken once only; never added, or stored as it is.
    expect(await ahead.take('b.html', page(4))).toBeUndefined();
    expect(await ahead.take('a.html', page(1))).toBeUndefined();
    expect(await ahead.take('d.html', page(1))).toBeUndefined();
    expect(await ahead.take('c.pf_fragment', page(3))).toBeUndefined();
    expect(await ahead.take('e.html', page(1))).toBeUndefined();
  });
  it('takes no more than its budget', async () => {
    const ahead = deflateAhead(page(5).byteLength + 1);
    ahead.add('a.html', page(5));
    ahead.add('b.html', page(6));
    expect(ahead.room).toBe(1);
    expect(await ahead.take('a.html', page(5))).toBeDefined();
    expect(await ahead.take('b.html', page(6))).toBeUndefined();
  });
  it('gives writeZip the same zip, files changed since they were deflated ahead included', async () => {
    const files = Array.from({ length: 40 }, (_, i) => ({ path: `acties/${i}/index.html`, data: page(i) }));
    const ahead = deflateAhead();
    // Half the files ahead, a quarter of those with other data than the zip then reads.
    for (const [i, f] of files.entries()) if (i % 2 === 0) ahead.add(f.path, i % 4 === 0 ? page(i + 1) : f.data);
    expect((await zipSite('site', files, 0, ahead)).equals(await zipSite('site', files))).toBe(true);
  });
});
