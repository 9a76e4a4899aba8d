/** The validated document model, as published data. */
import type { APIRoute } from 'astro';
import { corpus } from '../../site/model.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(corpus()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
