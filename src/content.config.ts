import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { RouteFrontmatterSchema } from './site/route-data.ts';

/** The generated MDX pages (scripts/lib/generated.ts writes them; they are committed). */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: RouteFrontmatterSchema,
});

export const collections = { pages };
