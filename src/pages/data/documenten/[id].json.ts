/** One document of the corpus as JSON: its part of the model (src/model/schema.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../../site/model.ts';
import { DOC_IDS, type DocId } from '../../../model/routes.ts';
import { documentData } from '../../../site/opendata.ts';

export const getStaticPaths = (() => DOC_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(documentData(corpus(), params.id as DocId), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
