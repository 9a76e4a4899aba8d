/** The style sheet of the highlighted examples on /data/ (their Shiki colours as classes). */
import type { APIRoute } from 'astro';
import { examples } from './_examples.ts';

export const GET: APIRoute = async () => new Response((await examples()).css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
