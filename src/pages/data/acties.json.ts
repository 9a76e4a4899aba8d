/** All 86 actions of the annex as JSON (fields described on /data/). */
import type { APIRoute } from 'astro';
import { actionsJsonText } from './_data.ts';

export const GET: APIRoute = () =>
  new Response(actionsJsonText(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
