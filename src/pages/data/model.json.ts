/** The validated document model, as published data, with edition and licence. */
import type { APIRoute } from 'astro';
import { MODEL_PATH } from '../../site/datafiles.ts';
import { file, response } from './_data.ts';

export const GET: APIRoute = () => response(file(MODEL_PATH));
