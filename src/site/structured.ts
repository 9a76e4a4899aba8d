/**
 * Machine-readable description of a page (schema.org JSON-LD) and the Open Graph
 * fields, built from the model. Base.astro writes one JSON-LD graph per page: the
 * WebSite, the WebPage, and — when the page is about one thing — that thing as the
 * page's mainEntity (a document, an action of the annex, a theme, an action or
 * recommendation of 29 362 nr. 282).
 */
import { identifierOf, LETTER_ID, LISTS_ID } from '../model/registry.ts';
import type { Meta } from '../model/schema.ts';
import { routes } from '../model/routes.ts';
import { absoluteUrl, type SiteAddress, siteAddress } from './address.ts';
import { t } from './strings.ts';

/** What a page is about; undefined for pages about the site itself (home, search …). */
export type PageSubject = { /** The page's address, from its route-data record. */ route: string } & (
  | { kind: 'document'; meta: Meta; /** For the annex: the letter it belongs to. */ partOf?: Meta }
  | { kind: 'action'; number: number; name: string; annex: Meta; /** The letter the annex belongs to. */ letter?: Meta }
  | { kind: 'theme'; number: number; name: string; slug: string; letter: Meta }
  | { kind: 'rr-action' | 'rr-recommendation'; number: number; name: string; document: Meta }
);

type Json = { [key: string]: unknown };

/** The official publication of what a page shows (the banner's «Officiële tekst»): the document's, else the letter's. */
export function officialTextOf(subject: PageSubject | undefined): string | undefined {
  switch (subject?.kind) {
    case 'document':
      return subject.meta.officialUrl ?? subject.partOf?.officialUrl;
    case 'action':
      return subject.annex.officialUrl ?? subject.letter?.officialUrl;
    case 'theme':
      return subject.letter.officialUrl;
    case 'rr-action':
    case 'rr-recommendation':
      return subject.document.officialUrl;
    default:
      return undefined;
  }
}

/** The official page of a Kamerstuk dossier (all its documents, later ones included). */
export function dossierUrl(dossier: string): string {
  return `https://zoek.officielebekendmakingen.nl/dossier/${dossier.replace(/\s+/g, '')}`;
}

function author(meta: Meta): Json {
  return { '@type': 'GovernmentOrganization', name: meta.sender };
}

function withUrl(obj: Json, route: string | undefined, address: SiteAddress): Json {
  const url = route ? absoluteUrl(route, address) : undefined;
  return url ? { ...obj, url } : obj;
}

/** A Kamerstuk (or the annex) as a schema.org DigitalDocument. */
export function documentEntity(meta: Meta, route: string | undefined, address: SiteAddress = siteAddress(), partOf?: Meta): Json {
  const doc: Json = {
    '@type': 'DigitalDocument',
    identifier: identifierOf(meta.id),
    name: meta.title,
    alternateName: meta.citation,
    inLanguage: 'nl',
    author: author(meta),
  };
  if (meta.date) doc.dateCreated = meta.date;
  // An annex's official address is its letter's: the letter is what it is part of, not the same document.
  if (meta.officialUrl && meta.officialUrlOf !== 'letter') doc.sameAs = meta.officialUrl;
  if (partOf) {
    doc.isPartOf = documentEntity(partOf, routes.document(LETTER_ID), address);
  } else if (meta.kamerstuk) {
    doc.isPartOf = {
      '@type': 'Collection',
      name: meta.dossierTitle ? `Kamerstuk ${meta.kamerstuk.dossier} ${meta.dossierTitle}` : `Kamerstuk ${meta.kamerstuk.dossier}`,
      identifier: meta.kamerstuk.dossier.replace(/\s+/g, ''),
      url: dossierUrl(meta.kamerstuk.dossier),
    };
  }
  return withUrl(doc, route, address);
}

/** The mainEntity of a page about `subject`. */
export function subjectEntity(subject: PageSubject, address: SiteAddress = siteAddress()): Json {
  switch (subject.kind) {
    case 'document':
      return documentEntity(subject.meta, subject.route, address, subject.partOf);
    case 'action':
      return withUrl(
        {
          '@type': 'CreativeWork',
          identifier: `actie-${subject.number}`,
          name: subject.name,
          position: subject.number,
          inLanguage: 'nl',
          isPartOf: documentEntity(subject.annex, routes.actions(), address, subject.letter),
        },
        subject.route,
        address,
      );
    case 'theme':
      return withUrl(
        {
          '@type': 'CreativeWork',
          identifier: `thema-${subject.slug}`,
          name: subject.name,
          position: subject.number,
          inLanguage: 'nl',
          isPartOf: documentEntity(subject.letter, routes.document(LETTER_ID), address),
        },
        subject.route,
        address,
      );
    case 'rr-action':
    case 'rr-recommendation': {
      const action = subject.kind === 'rr-action';
      return withUrl(
        {
          '@type': 'CreativeWork',
          identifier: `${action ? 'actie' : 'aanbeveling'}-${subject.number}`,
          name: subject.name,
          position: subject.number,
          inLanguage: 'nl',
          isPartOf: documentEntity(subject.document, routes.document(LISTS_ID), address),
        },
        subject.route,
        address,
      );
    }
  }
}

/** A plain citation of the subject, for the printed page (the lead's citation forms may replace it). */
export function citationOf(subject: PageSubject): string {
  switch (subject.kind) {
    case 'document':
      return subject.meta.citation;
    case 'action':
      return t.citeAction(subject.annex.citation, subject.number);
    case 'theme':
      return `${subject.letter.citation}, ${subject.name}`;
    case 'rr-action':
      return `${subject.document.citation}, ${t.rrActionShort(subject.number).toLowerCase()}`;
    case 'rr-recommendation':
      return `${subject.document.citation}, ${t.rrRecommendation(subject.number).toLowerCase()}`;
  }
}

export interface PageLd {
  /** Title as in <title>. */
  title: string;
  description: string;
  /** The page's route, root-relative without the base («/acties/41/»). */
  route: string;
  subject?: PageSubject;
  breadcrumbs?: readonly { label: string; href?: string }[];
}

/** The JSON-LD graph of a page. */
export function pageJsonLd(page: PageLd, address: SiteAddress = siteAddress()): Json {
  const site = withUrl({ '@type': 'WebSite', '@id': '#site', name: t.siteName, inLanguage: 'nl', description: t.siteTagline }, routes.home(), address);
  const webPage: Json = withUrl(
    { '@type': 'WebPage', name: page.title, description: page.description, inLanguage: 'nl', isPartOf: { '@id': '#site' } },
    page.route,
    address,
  );
  if (page.subject) webPage.mainEntity = subjectEntity(page.subject, address);
  const crumbs = page.breadcrumbs ?? [];
  if (crumbs.length > 1) {
    webPage.breadcrumb = {
      '@type': 'BreadcrumbList',
      itemListElement: crumbs.map((c, i) => {
        const item: Json = { '@type': 'ListItem', position: i + 1, name: c.label };
        const url = c.href ? absoluteUrl(c.href, address) : absoluteUrl(page.route, address);
        if (url) item.item = url;
        return item;
      }),
    };
  }
  return { '@context': 'https://schema.org', '@graph': [site, webPage] };
}

/** JSON for inside <script type="application/ld+json">: «<» escaped so no tag can end the script. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
