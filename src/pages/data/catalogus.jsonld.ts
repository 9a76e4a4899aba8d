/** DCAT catalogue of the open data, in the DCAT-AP-DONL profile (JSON-LD). */
import type { APIRoute } from 'astro';
import { DCAT_PATH } from '../../site/datafiles.ts';
import { file, response } from './_data.ts';

export const GET: APIRoute = () => response(file(DCAT_PATH));
