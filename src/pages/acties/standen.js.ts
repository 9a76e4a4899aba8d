/** /acties/standen.js: the whole status of every action whose start the table shows (src/site/annex-table.ts). */
import type { APIRoute } from 'astro';
import { annexRows, statusScript } from '../../site/annex-table.ts';
import { corpus } from '../../site/model.ts';

export const GET: APIRoute = () => new Response(statusScript(annexRows(corpus())), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
