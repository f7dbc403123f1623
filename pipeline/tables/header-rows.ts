import type { TableCell } from '../../schemas/types.ts';
import { LIST_MARK } from './cell-text.ts';

export interface HeaderRowsOptions {
  /**
   * Longest text of a header cell, in characters: column titles are short, body cells are not.
   * @defaultValue 30
   */
  maxHeaderText?: number;
  /**
   * Longest text of a row label in a label–value table, in characters.
   * @defaultValue 10
   */
  maxLabelText?: number;
  /**
   * Most header rows a table may have.
   * @defaultValue 3
   */
  maxHeaderRows?: number;
}

const origins = (row: readonly TableCell[]): TableCell[] => row.filter((cell) => cell.merged_into === null);

/**
 * A label–value table (地域 | 北海道岩見沢市 / 請負者 | …): every even column holds a short label
 * without digits on every row. Such a table has no header row: its first row is data like the rest.
 */
function isLabelValueTable(rows: readonly TableCell[][], maxLabel: number): boolean {
  const cols = rows[0]?.length ?? 0;
  if (cols % 2 !== 0 || rows.length < 3) return false;
  for (let c = 0; c < cols; c += 2) {
    for (const row of rows) {
      const cell = row[c]!;
      if (cell.merged_into !== null) continue;
      if (cell.text === '' || cell.text.length > maxLabel || /[0-9０-９]/u.test(cell.text) || LIST_MARK.test(cell.text)) return false;
    }
  }
  return true;
}

/** A row that reads as column titles: every cell short, none a list. */
const looksLikeTitles = (row: readonly TableCell[], maxText: number): boolean =>
  origins(row).every((cell) => cell.text.length <= maxText && !LIST_MARK.test(cell.text) && cell.raw.split('\n').length <= 3);

/**
 * How many leading rows of a one-page table are its header, from the text alone (the page model
 * carries no fill or weight): the first row when it reads as column titles, widened to the rows its
 * vertically merged titles cover (a two-row header with group titles over sub-titles stays two rows),
 * none for label–value tables and tables that open with lists.
 */
export function headerRowCount(rows: readonly TableCell[][], options: HeaderRowsOptions = {}): number {
  const { maxHeaderText = 30, maxLabelText = 10, maxHeaderRows = 3 } = options;
  const first = rows[0];
  if (first === undefined || rows.length < 2) return 0;
  if (isLabelValueTable(rows, maxLabelText)) return 0;
  if (!looksLikeTitles(first, maxHeaderText)) return 0;
  const spanned = Math.max(...origins(first).map((cell) => cell.row_span));
  let count = 1;
  while (count < spanned && count < maxHeaderRows && count + 1 < rows.length && looksLikeTitles(rows[count]!, maxHeaderText)) count++;
  return count;
}

/**
 * How many leading rows of `next` repeat the leading rows of `first` (a header printed again on
 * each page of a continued table).
 */
export function repeatedRowCount(first: readonly TableCell[][], next: readonly TableCell[][], maxRows = 3): number {
  let count = 0;
  const same = (a: readonly TableCell[], b: readonly TableCell[]): boolean =>
    a.length === b.length && a.every((cell, i) => cell.text === b[i]!.text && (cell.merged_into === null) === (b[i]!.merged_into === null));
  while (count < maxRows && count < first.length && count < next.length - 1 && same(first[count]!, next[count]!)) count++;
  // Empty rows match trivially; at least one title must repeat.
  return first.slice(0, count).some((row) => row.some((cell) => cell.text !== '')) ? count : 0;
}
