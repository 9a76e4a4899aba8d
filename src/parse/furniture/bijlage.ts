/**
 * Furniture of the annex table (seeds/bijlage-35510-60.tabel.txt): the table's header
 * row, its repetition on every PDF page, and the HTML debris and list dashes inside
 * the cells, whose structure (paragraphs, lists) is kept in the model instead.
 */
import type { FurnitureRule } from './index.ts';

const HEADER = /^Actie\tOmschrijving\tStand van Zaken$/;

export const rules: FurnitureRule[] = [
  {
    id: 'bijlage-table-header',
    reason:
      'De kopregel van de tabel (Actie / Omschrijving / Stand van Zaken) boven de eerste rij: namen van kolommen, geen inhoud. De site geeft de kolommen zelf een naam.',
    pattern: HEADER,
  },
  {
    id: 'bijlage-table-header-repeated',
    reason: 'Dezelfde kopregel van de tabel, herhaald bovenaan elke volgende pagina van de pdf.',
    pattern: HEADER,
  },
  {
    id: 'html-tag',
    reason:
      'HTML-codes die het bronsysteem in de cellen liet staan (<p>, </p>, <ul style="list-style-type: none">). De alinea’s en lijsten die ze aangeven blijven bewaard als opmaak; de codes zelf worden nooit doorgegeven.',
    pattern: /^(?:<p>|<\/p>|<ul style="list-style-type: none">)$/,
  },
  {
    id: 'bijlage-list-dash',
    reason: 'Het streepje waarmee een opsomming in een cel begint. Het onderdeel zelf blijft staan, als onderdeel van een lijst.',
    pattern: /^-$/,
  },
  {
    id: 'bijlage-footnote-number',
    reason: 'Het hooggeplaatste cijfer voor de tekst van een voetnoot tussen de rijen van de tabel. Het blijft staan als nummer van de voetnoot.',
    pattern: /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/,
  },
];
