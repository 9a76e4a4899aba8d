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
    reason: 'The header row of the table (Actie / Omschrijving / Stand van Zaken) above its first row: column labels, not content; the site labels the columns itself.',
    pattern: HEADER,
  },
  {
    id: 'bijlage-table-header-repeated',
    reason: 'The table header row repeated at the top of every following PDF page.',
    pattern: HEADER,
  },
  {
    id: 'html-tag',
    reason: 'HTML tags left in the cells by the source system (<p>, </p>, <ul style="list-style-type: none">). The paragraphs and lists they mark are kept as structure; the tags themselves are untrusted and never passed on.',
    pattern: /^(?:<p>|<\/p>|<ul style="list-style-type: none">)$/,
  },
  {
    id: 'bijlage-list-dash',
    reason: 'The dash that marks an item of a bulleted list in a cell; the item is kept as a list item.',
    pattern: /^-$/,
  },
  {
    id: 'bijlage-footnote-number',
    reason: 'The superscript number in front of a footnote text between the table rows; it is kept as the footnote label.',
    pattern: /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/,
  },
];
