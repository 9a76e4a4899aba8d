/** All 86 actions of the annex as CSV: RFC 4180, UTF-8 with BOM, header row in Dutch. */
import type { APIRoute } from 'astro';
import { actionsCsvText } from './_data.ts';

export const GET: APIRoute = () =>
  new Response(actionsCsvText(), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
