import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import z from 'astro/zod';
import { DOC_IDS } from './model/routes.ts';

/** The generated MDX pages (scripts/ingest.ts → src/site/pages.ts). */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/generated/pages' }),
  schema: z.object({
    kind: z.enum(['document', 'annex', 'theme', 'action', 'rr-action', 'rr-recommendation']),
    route: z.string().startsWith('/').endsWith('/'),
    title: z.string().min(1),
    description: z.string().min(1),
    docId: z.enum(DOC_IDS).optional(),
    number: z.number().int().optional(),
  }),
});

export const collections = { pages };
