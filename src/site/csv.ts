/**
 * CSV for spreadsheets: RFC 4180 (comma separated, CRLF line ends, fields quoted
 * when they hold a comma, quote or line break, quotes doubled), UTF-8 with a byte
 * order mark so that spreadsheet programs read the accents right.
 *
 * A text cell that starts with =, +, -, @, a tab or a carriage return would be read as a
 * formula by a spreadsheet program (CSV injection); such a cell gets a leading apostrophe
 * ('), which spreadsheets show as text and which /data/ documents. Numbers stay numbers.
 */
import { stringify } from 'csv-stringify/sync';

export const BOM = '\uFEFF';

export type Cell = string | number | null | undefined;

/** Characters that make a spreadsheet program read a cell as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe for spreadsheets: a leading apostrophe before a formula character. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  return typeof c === 'number' ? String(c) : neutralise(c);
}

/**
 * A CSV text with a header row, starting with a BOM. `delimiter` «;» gives the variant that a
 * spreadsheet program set to Dutch (where the comma is the decimal sign) opens in columns.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], delimiter: ',' | ';' = ','): string {
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`csv: expected ${header.length} fields, found ${row.length}`);
  }
  return stringify([header as string[], ...rows.map((r) => r.map(cellText))], {
    bom: true,
    delimiter,
    record_delimiter: 'windows',
    // csv-stringify quotes only fields holding the record delimiter (CRLF); a bare LF or CR must be quoted too.
    quoted_match: /[\r\n]/,
  });
}
