/** The SHA-256 checksum beside each data file: /data/acties.csv.sha256 (format of `sha256sum`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { routes } from '../../model/routes.ts';
import { checksumLine } from '../../site/datafiles.ts';
import { file, files } from './_data.ts';

export const getStaticPaths = (() => files().map((f) => ({ params: { file: f.path.slice(routes.data().length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(checksumLine(file(`${routes.data()}${params.file}`)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
