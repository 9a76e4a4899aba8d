// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import edition from './scripts/lib/astro/edition.ts';
import sitemap from '@astrojs/sitemap';
import { siteAddress } from './src/site/address.ts';

// The published address: SITE_URL, read in one place (src/site/address.ts). Its path is the
// sub-path the site is hosted under. Without it, links stay relative and no sitemap is made.
const address = siteAddress();
if (!address.site) {
  console.log('SITE_URL is not set: no published address — links stay relative; no canonical, sitemap or absolute permanent links.');
}

export default defineConfig({
  site: address.site,
  base: address.base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets and scripts as files of their own: the site works under a strict
    // Content-Security-Policy (public/_headers) without inline code.
    inlineStylesheets: 'never',
    // Four pages rendered at a time (in one thread): a page's rendering fills the time another
    // waits for its file to be written. ×10, three builds of each alternating: rendering 6.24,
    // 7.77 and 6.37 s → 5.61, 5.99 and 6.39 s; the site byte-identical.
    concurrency: 4,
  },
  // The sources' own quotes, dashes and apostrophes stay as they are, and a «www.…» in the
  // text stays text (no GFM autolinks): links come only from the model's references.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  integrations: [edition(), ...(address.site ? [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })] : [])],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: {
      // Never inline a processed script into the page (Content-Security-Policy: script-src 'self').
      assetsInlineLimit: 0,
    },
  },
});
