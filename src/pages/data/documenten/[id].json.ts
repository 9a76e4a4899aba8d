/** One document of the corpus as JSON: edition, licence and its part of the model (src/model/schema.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOC_IDS, type DocId } from '../../../model/routes.ts';
import { documentDataPath } from '../../../site/opendata.ts';
import { file, response } from '../_data.ts';

export const getStaticPaths = (() => DOC_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => response(file(documentDataPath(params.id as DocId)));
