/**
 * Page furniture of Kamerstuk 35 510, nr. 60.
 *
 * The web text (kst-35510-60.web.txt) carries two pieces of site chrome: the caption
 * «X Noot» the site prints above every footnote (a close button and the word «Noot»),
 * and the «Naar boven» (back to top) link at the end of the page. The PDF text
 * (kst-35510-60.pdf.txt) has no running headers, footers or page numbers: nothing
 * of it is dropped.
 */
import type { FurnitureRule } from './index.ts';

export const rules: FurnitureRule[] = [
  {
    id: 'kst-35510-60-web-note-caption',
    reason:
      'De webpagina zet «X Noot» (een sluitknop en een opschrift) boven elke voetnoot. Het nummer van de voetnoot staat op de regel eronder en blijft staan.',
    pattern: /X Noot/,
  },
  {
    id: 'kst-35510-60-web-back-to-top',
    reason: 'De link «Naar boven» van de webpagina, na de laatste voetnoot. Geen deel van de brief.',
    pattern: /Naar boven/,
  },
];
