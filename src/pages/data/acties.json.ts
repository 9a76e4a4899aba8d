/** All 86 actions of the annex as JSON (fields described on /data/), with edition and licence. */
import type { APIRoute } from 'astro';
import { ACTIONS_JSON_PATH } from '../../site/opendata.ts';
import { file, response } from './_data.ts';

export const GET: APIRoute = () => response(file(ACTIONS_JSON_PATH));
