/** All 86 actions of the annex as JSON (fields described on /data/). */
import type { APIRoute } from 'astro';
import { actionsJsonText } from './_data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(actionsJsonText(site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
