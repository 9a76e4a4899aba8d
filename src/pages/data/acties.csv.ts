/** All 86 actions of the annex as CSV: RFC 4180, UTF-8 with BOM, header row in Dutch. */
import type { APIRoute } from 'astro';
import { ACTIONS_CSV_PATH } from '../../site/opendata.ts';
import { file, response } from './_data.ts';

export const GET: APIRoute = () => response(file(ACTIONS_CSV_PATH));
