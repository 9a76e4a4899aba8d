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
  // Stylesheets and scripts as files of their own: the site works under a strict
  // Content-Security-Policy (public/_headers) without inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
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
