// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // The address the site is published at: permanent links, citations and the open data use it.
  // Set SITE_URL when building for publication; the default is a placeholder.
  site: process.env.SITE_URL ?? 'https://herstel-kinderopvangtoeslag.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx()],
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
