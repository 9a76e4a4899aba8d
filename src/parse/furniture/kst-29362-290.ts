/**
 * Furniture of kst-29362-290.web.txt, a letter scraped from a parliamentary web site:
 * the site's own section labels and links around the document, and the page
 * footers of the printed Kamerstuk that leaked into the text.
 */
import type { FurnitureRule } from './index.ts';

export const rules: FurnitureRule[] = [
  {
    id: 'wau-site-section-number',
    reason: 'Numbers of the web site\'s own page sections («1.» Kerngegevens, «2.» Tekst, «3.» Bijlagen …), not of the letter',
    pattern: /[1-9]\./,
  },
  {
    id: 'wau-site-section-label',
    reason: 'Titles of the web site\'s page sections (Kerngegevens, Tekst) and the site boilerplate after the endnotes (Bijlagen, Meer informatie, Parlementaire Monitor)',
    pattern: /Kerngegevens|Tekst|Bijlagen|Meer informatie|Parlementaire Monitor/,
  },
  {
    id: 'wau-site-blurb',
    reason: 'Site boilerplate at the end of the page: the Parlementaire Monitor\'s notice about its own service',
    pattern: /Met de Parlementaire Monitor volgt u alle parlementaire dossiers die voor u van belang zijn en bent u op de hoogte van alles wat er speelt in die dossiers\. Helaas kunnen wij geen nieuwe gebruikers aansluiten, deze dienst zal over enige tijd de werkzaamheden staken\./,
  },
  {
    id: 'wau-site-link',
    reason: 'Link labels of the web site (to the original announcement and the PDF); the links themselves were lost in scraping',
    pattern: /Externe link origineel bericht|Originele document in PDF/,
  },
  {
    id: 'wau-page-footer',
    reason: 'Running footer of the printed Kamerstuk with its page number («… nr. 290 17»)',
    pattern: /Tweede\s+Kamer,\s+vergaderjaar\s+2020-2021,\s*29\s+362,\s+nr\.\s+290\s+\d{1,2}/,
  },
  {
    id: 'wau-page-footer-issn',
    reason: 'Footer of the first printed page (document code, ISSN, place and year of publication)',
    pattern: /kst-29362-290\s+ISSN\s+0921\s+-\s+7371\s+'s-Gravenhage\s+2021/,
  },
];
