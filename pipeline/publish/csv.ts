import { stringify } from 'csv-stringify/sync';

/**
 * A cell a spreadsheet would run as a formula: one opening with =, + or @, or with - before anything
 * but a digit or a space. A lone 「-」 (no amount), 「- 項目」 and a negative number are values to
 * Excel and LibreOffice, so they are published as printed.
 */
const FORMULA = /^(?:[=+@]|-[^\d\s])/u;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/u;

/** A cell as published: a formula is neutralised with an apostrophe (OWASP's advice), anything else left alone. */
const escapeFormula = (cell: string): string => (FORMULA.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell);

/**
 * Every CSV the project publishes goes through here: UTF-8 without a BOM (what RFC 4180 readers and
 * the Frictionless libraries expect; spreadsheets get the Shift_JIS copies), one header row, CRLF
 * line ends, a cell quoted whenever it holds a CR, LF, quote or comma (csv-stringify alone leaves a
 * bare line feed unquoted when the record delimiter is CRLF), and formulas escaped.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header, ...rows].map((row) => row.map(escapeFormula)), { record_delimiter: 'windows', quoted_match: /[\r\n]/u });
}
