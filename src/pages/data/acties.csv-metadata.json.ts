/** CSV on the Web metadata for acties.csv (found by CSVW processors at this address). */
import type { APIRoute } from 'astro';
import { CSVW_PATH } from '../../site/datafiles.ts';
import { file, response } from './_data.ts';

export const GET: APIRoute = () => response(file(CSVW_PATH));
