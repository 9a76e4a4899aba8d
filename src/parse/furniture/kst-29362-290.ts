/**
 * Furniture of kst-29362-290.web.txt, a letter scraped from a parliamentary web site:
 * the site's own section labels and links around the document, and the page
 * footers of the printed Kamerstuk that leaked into the text.
 */
import type { FurnitureRule } from './index.ts';

export const rules: FurnitureRule[] = [
  {
    id: 'wau-site-section-number',
    reason: 'Nummers van de onderdelen van de webpagina («1.» Kerngegevens, «2.» Tekst, «3.» Bijlagen …), niet van de brief.',
    pattern: /[1-9]\./,
  },
  {
    id: 'wau-site-section-label',
    reason:
      'Titels van de onderdelen van de webpagina (Kerngegevens, Tekst) en de vaste teksten van de website na de eindnoten (Bijlagen, Meer informatie, Parlementaire Monitor).',
    pattern: /Kerngegevens|Tekst|Bijlagen|Meer informatie|Parlementaire Monitor/,
  },
  {
    id: 'wau-site-blurb',
    reason: 'Vaste tekst van de website onderaan de pagina: een mededeling van de Parlementaire Monitor over de eigen dienst.',
    pattern:
      /Met de Parlementaire Monitor volgt u alle parlementaire dossiers die voor u van belang zijn en bent u op de hoogte van alles wat er speelt in die dossiers\. Helaas kunnen wij geen nieuwe gebruikers aansluiten, deze dienst zal over enige tijd de werkzaamheden staken\./,
  },
  {
    id: 'wau-site-link',
    reason: 'Teksten van links op de website (naar het oorspronkelijke bericht en de pdf). De links zelf zijn bij het overnemen verloren gegaan.',
    pattern: /Externe link origineel bericht|Originele document in PDF/,
  },
  {
    id: 'wau-page-footer',
    reason: 'De voetregel van het gedrukte Kamerstuk, met het paginanummer («… nr. 290 17»).',
    pattern: /Tweede\s+Kamer,\s+vergaderjaar\s+2020-2021,\s*29\s+362,\s+nr\.\s+290\s+\d{1,2}/,
  },
  {
    id: 'wau-page-footer-issn',
    reason: 'De voetregel van de eerste gedrukte pagina (documentcode, ISSN, plaats en jaar van uitgave).',
    pattern: /kst-29362-290\s+ISSN\s+0921\s+-\s+7371\s+'s-Gravenhage\s+2021/,
  },
];
