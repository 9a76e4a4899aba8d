import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { zipSite } from '../../scripts/lib/offline/zip.ts';

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
  it('gives the same bytes whatever the time zone of the build', () => {
    const zones = ['UTC', 'Europe/Amsterdam', 'Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata'];
    const zips = zones.map((tz) => {
      process.env.TZ = tz;
      return Buffer.from(zipSite('site', files));
    });
    // The zones really differ in this process (else the test proves nothing).
    process.env.TZ = 'Pacific/Auckland';
    const auckland = new Date(Date.UTC(2021, 5, 29, 12)).getHours();
    process.env.TZ = 'UTC';
    expect(new Date(Date.UTC(2021, 5, 29, 12)).getHours()).not.toBe(auckland);
    for (const [i, z] of zips.entries()) expect(z.equals(zips[0]!), zones[i]).toBe(true);
  });
  it('keeps every file under the folder', () => {
    const entries = unzipSync(zipSite('site', files));
    expect(Object.keys(entries).sort()).toEqual(['site/data/acties.csv', 'site/index.html']);
    expect(new TextDecoder().decode(entries['site/index.html'])).toContain('Financiën');
  });
});
