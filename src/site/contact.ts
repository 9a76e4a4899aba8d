/**
 * Where a reader reports an error or an accessibility problem, configured in one place like the
 * published address: the EDITION_CONTACT environment variable at build time, an e-mail address
 * or an http(s) address (`EDITION_CONTACT=mailto:redactie@example.org npm run build`). Without
 * it the pages say the copy was built without one; no placeholder ever reaches a reader.
 */

export interface Contact {
  href: string;
  label: string;
}

/** Reads and checks EDITION_CONTACT; an unusable value stops the build with what was expected. */
export function editionContact(value: string | undefined = process.env.EDITION_CONTACT): Contact | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  if (/^[^\s@:/]+@[^\s@/]+\.[a-z]{2,}$/i.test(raw)) return { href: `mailto:${raw}`, label: raw };
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new Error(`EDITION_CONTACT: expected an e-mail address or an https:// address, found «${raw}»`);
  }
  if (u.protocol === 'mailto:') return { href: u.href, label: decodeURIComponent(u.pathname) };
  if (u.protocol === 'https:' || u.protocol === 'http:') return { href: u.href, label: u.href };
  throw new Error(`EDITION_CONTACT: expected an e-mail address or an https:// address, found «${raw}»`);
}
