import type { TableCell } from '../../schemas/types.ts';
import { readCellNumber } from './cell-number.ts';
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

/** A row with a cell across several columns (「基本情報」 over all of them): at the head of a table, a title over the columns' titles. */
const holdsGroupTitle = (row: readonly TableCell[]): boolean => origins(row).some((cell) => cell.col_span > 1);

const DIGIT = /[0-9０-９]/u;

/**
 * Whether a row reads as the body's column titles rather than its first entry: in some column
 * whose body cells mostly hold figures (postcodes, phone numbers, amounts), its cell holds none
 * (「郵便番号」 over 「020-0066」).
 */
function unlikeTheBody(row: readonly TableCell[], body: readonly TableCell[][]): boolean {
  const holdsDigit = (text: string): boolean => DIGIT.test(text);
  return row.some((cell, c) => cell.merged_into === null && cell.text !== '' && !holdsDigit(cell.text) && columnMostly(body, c, holdsDigit));
}

/** Whether most filled body cells of column `c` pass `test`. */
function columnMostly(body: readonly TableCell[][], c: number, test: (text: string) => boolean): boolean {
  const filled = body.map((r) => r[c]!).filter((b) => b.merged_into === null && b.text !== '');
  return filled.length > 0 && filled.filter((b) => test(b.text)).length >= 0.6 * filled.length;
}

/** A figure as the body prints one (「23,955」, 「4.5%」); a year (「2021」) is as often a column title. */
export const printsAmount = (text: string): boolean => readCellNumber(text) !== null && !/^(?:19|20)[0-9]{2}$/u.test(text.trim());

/**
 * Whether a row is the body's first entry: in some column whose body cells mostly print figures,
 * it prints one too (an item and its amount, 「児童福祉施設等…対策費 | 23,955」).
 */
function likeTheBody(row: readonly TableCell[], body: readonly TableCell[][]): boolean {
  return row.some((cell, c) => cell.merged_into === null && printsAmount(cell.text) && columnMostly(body, c, printsAmount));
}

/**
 * How many leading rows of a one-page table are its header, from the text alone (the page model
 * carries no fill or weight): the first row when it reads as column titles, widened to the rows its
 * vertically merged titles cover (a two-row header with group titles over sub-titles stays two rows)
 * and past a title row across columns to the titles under it when they read unlike the body
 * (「基本情報」 over 施設名 | 郵便番号 | …); none for label–value tables, tables that open with lists and
 * tables whose first row prints a figure where the body does.
 */
export function headerRowCount(rows: readonly TableCell[][], options: HeaderRowsOptions = {}): number {
  const { maxHeaderText = 30, maxLabelText = 10, maxHeaderRows = 3 } = options;
  const first = rows[0];
  if (first === undefined || rows.length < 2) return 0;
  if (isLabelValueTable(rows, maxLabelText)) return 0;
  if (!looksLikeTitles(first, maxHeaderText) || likeTheBody(first, rows.slice(1))) return 0;
  const spanned = Math.max(...origins(first).map((cell) => cell.row_span));
  let count = 1;
  const titlesBelow = (): boolean => count < spanned || (holdsGroupTitle(rows[count - 1]!) && unlikeTheBody(rows[count]!, rows.slice(count + 1)));
  while (count < maxHeaderRows && count + 1 < rows.length && looksLikeTitles(rows[count]!, maxHeaderText) && titlesBelow()) count++;
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
