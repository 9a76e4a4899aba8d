/**
 * CSV for spreadsheets: RFC 4180 (comma separated, CRLF line ends, fields quoted
 * when they hold a comma, quote or line break, quotes doubled), UTF-8 with a byte
 * order mark so that spreadsheet programs read the accents right.
 */
import { stringify } from 'csv-stringify/sync';

export const BOM = '\uFEFF';

export type Cell = string | number | null | undefined;

/** A CSV text with a header row, starting with a BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`csv: expected ${header.length} fields, found ${row.length}`);
  }
  return stringify([header as string[], ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))))], {
    bom: true,
    record_delimiter: 'windows',
    // csv-stringify quotes only fields holding the record delimiter (CRLF); a bare LF or CR must be quoted too.
    quoted_match: /[\r\n]/,
  });
}
