/** The full texts of the licences (from LICENSE and LICENSES/), published beside the data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { LICENCES } from '../../site/licence.ts';

export const getStaticPaths = (() => LICENCES.map((l) => ({ params: { name: l.id }, props: { file: l.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(join(process.cwd(), (props as { file: string }).file), 'utf8'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
