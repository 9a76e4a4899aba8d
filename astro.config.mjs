// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import edition from './scripts/lib/astro/edition.ts';

export default defineConfig({
  // The address the site is published at: permanent links, citations and the open data use it.
  // Set SITE_URL when building for publication; the default is a placeholder.
  site: process.env.SITE_URL ?? 'https://herstel-kinderopvangtoeslag.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The sources' own quotes, dashes and apostrophes stay as they are, and a «www.…» in the
  // text stays text (no GFM autolinks): links come only from the model's references.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  integrations: [edition(), mdx()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: {
      rollupOptions: {
        // MDX pages carry Astro's own module directive; the bundler's notice about it is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
