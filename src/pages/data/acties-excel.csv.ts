/** All 86 actions as CSV for a spreadsheet program in Dutch: semicolons, UTF-8 with BOM, CRLF. */
import type { APIRoute } from 'astro';
import { ACTIONS_EXCEL_CSV_PATH } from '../../site/opendata.ts';
import { file, response } from './_data.ts';

export const GET: APIRoute = () => response(file(ACTIONS_EXCEL_CSV_PATH));
