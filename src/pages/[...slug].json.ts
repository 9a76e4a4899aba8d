/**
 * The data beside every page (src/site/pagedata.ts): /acties/41.json next to /acties/41/,
 * /documenten/{id}.json next to /documenten/{id}/, and so on.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../site/model.ts';
import { edition } from '../site/edition.ts';
import { publicUrl } from '../site/address.ts';
import { routeData } from '../site/route-data.ts';
import { pageDataPath, pageRecord, type PageRef } from '../site/pagedata.ts';

export const getStaticPaths = (() =>
  routeData(corpus()).map((page) => ({ params: { slug: pageDataPath(page.route).slice(1, -'.json'.length) }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const record = pageRecord(corpus(), (props as { page: PageRef }).page, edition(), publicUrl);
  return new Response(`${JSON.stringify(record, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
