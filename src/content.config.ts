import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { RouteFrontmatterSchema } from './site/route-data.ts';

/** The generated MDX pages (scripts/lib/generated.ts writes them; they are committed). */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: RouteFrontmatterSchema,
});

/** Editorial prose, written by hand in MDX with the same components (content/editorial/). */
const editorial = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/editorial' }),
  schema: z.object({ title: z.string().min(1), description: z.string().min(1) }),
});

/** The letter's text on each theme (content/passages/{theme}.mdx), shown on the pages of its actions. */
const passages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/passages' }),
  schema: z.object({ theme: z.number().int() }),
});

export const collections = { pages, editorial, passages };
