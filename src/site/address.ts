/**
 * The published address of the site, configured in one place: the SITE_URL environment
 * variable at build time (`SITE_URL=https://example.org/herstel/ npm run build`). The
 * path of that address is the sub-path the site is hosted under (Astro's `base`).
 *
 * Without SITE_URL there is no absolute address: links stay relative, no canonical,
 * sitemap or absolute permanent link is written, and the build says so. No placeholder
 * address ever reaches a reader.
 *
 * Plain TypeScript without runtime-only syntax: astro.config.mjs and the scripts import it.
 */

export interface SiteAddress {
  /** The absolute address of the site's root, ending in «/»; undefined when none is set. */
  site: string | undefined;
  /** The path the site lives under, «/» or «/herstel/». */
  base: string;
}

/** Reads and checks a SITE_URL value; an unusable value stops the build with what was expected. */
export function siteAddress(value: string | undefined = process.env.SITE_URL): SiteAddress {
  const raw = value?.trim();
  if (!raw) return { site: undefined, base: '/' };
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: expected an absolute address such as https://example.org/ or https://example.org/herstel/, found «${raw}»`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new Error(`SITE_URL: expected an http(s) address, found «${raw}»`);
  }
  if (u.search || u.hash || u.username || u.password) {
    throw new Error(`SITE_URL: expected an address without query, fragment or credentials, found «${raw}»`);
  }
  const base = u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`;
  return { site: `${u.origin}${base}`, base };
}

/**
 * The absolute address of a route («/acties/41/», root-relative, without the base), or
 * undefined when no site address is set.
 */
export function absoluteUrl(route: string, address: SiteAddress = siteAddress()): string | undefined {
  if (!address.site) return undefined;
  return new URL(route.replace(/^\/+/, ''), address.site).href;
}

/**
 * The address to show a reader for a route: absolute when a site address is set,
 * otherwise the route under the base (relative to the host the reader is on).
 */
export function publicUrl(route: string, address: SiteAddress = siteAddress()): string {
  return absoluteUrl(route, address) ?? `${address.base}${route.replace(/^\/+/, '')}`;
}

/** A root-relative path under the base: «/pagefind/x.js» → «/herstel/pagefind/x.js». */
export function withBase(path: string, address: SiteAddress = siteAddress()): string {
  return `${address.base}${path.replace(/^\/+/, '')}`;
}
