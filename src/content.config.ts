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

export const collections = { pages, editorial };
