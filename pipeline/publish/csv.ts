import { stringify } from 'csv-stringify/sync';

/** Characters that make a spreadsheet run a cell as a formula when they open it. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/** A cell as published: a leading formula character is neutralised with an apostrophe (OWASP's advice). */
export const escapeFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/**
 * CSV for open data in Japan: UTF-8 with a BOM (so Excel reads it as UTF-8), one header row,
 * CRLF line ends, every cell quoted as needed (a cell with a bare line feed too, which csv-stringify
 * leaves unquoted when the record delimiter is CRLF) and formula-escaped.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header, ...rows].map((row) => row.map(escapeFormula)), { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/u });
}
