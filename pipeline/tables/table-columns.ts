import type { TableCell, TableColumn } from '../../schemas/types.ts';
import { readCellNumber } from './cell-number.ts';

/**
 * A cell's text, taken from the cell it is merged into when it is covered by a merge: what a
 * reader of the grid sees at that place (tidy data, no blanks from spans).
 */
export function spannedText(rows: readonly (readonly TableCell[])[], row: number, col: number): string {
  const cell = rows[row]?.[col];
  if (cell === undefined) return '';
  return cell.merged_into === null ? cell.text : (rows[cell.merged_into.row]?.[cell.merged_into.col]?.text ?? '');
}

/** A cell printed with a dash or a dot leader for "none" (－, ―, …): no value, in a column of figures as anywhere. */
export const isDashCell = (text: string): boolean => /^[-−―—‐ー…]+$/u.test(text.trim());

/**
 * The text of a title row (「基本情報」 merged over every column, atop the column names), or null
 * when the first header row is no such row: it names the table, not any one column.
 */
export function titleRow(header: readonly (readonly TableCell[])[], columnCount: number): string | null {
  const first = header[0]?.[0];
  return header.length > 1 && first !== undefined && first.col_span === columnCount && first.text !== '' ? first.text : null;
}

/** A column's printed name: its header rows under any title row folded into one (「実施期間 / 開始日」), or null when none is printed. */
function printedName(header: readonly (readonly TableCell[])[], col: number, firstRow: number): string | null {
  const parts: string[] = [];
  for (let row = firstRow; row < header.length; row++) {
    const text = spannedText(header, row, col);
    if (text !== '' && parts.at(-1) !== text) parts.push(text);
  }
  return parts.length === 0 ? null : parts.join(' / ');
}

/** A code printed with leading zeros (市町村コード 「011002」): digits, but no quantity, and a number would lose the zeros. */
const isZeroPaddedCode = (text: string): boolean => /^0\d/u.test(text.trim());

/**
 * What a column's body cells hold: figures in one unit (「4,512」, 「1,240時間」), with empty and
 * dash cells between them, or anything else. A column of figures with one cell of words (a 計
 * label, 「500億円程度」) or of codes is text, so every value of a number column reads as a number.
 */
function columnType(cells: readonly string[]): Pick<TableColumn, 'type' | 'unit'> {
  const printed = cells.filter((text) => text.trim() !== '' && !isDashCell(text));
  const numbers = printed.map(readCellNumber);
  if (printed.length === 0 || numbers.some((n) => n === null) || printed.some(isZeroPaddedCode)) return { type: 'string', unit: null };
  const units = new Set(numbers.map((n) => n!.unit));
  if (units.size > 1) return { type: 'string', unit: null };
  const [unit] = units;
  return { type: 'number', unit: unit === '' ? null : unit! };
}

/**
 * The columns of a table: each one's name from the header rows under any title row (「列N」 where none is printed) and
 * its type, number where every printed body cell is a figure in the same unit. Cells covered by a
 * merge count as the text they show (as the CSV writes them).
 */
export function tableColumns(header: readonly (readonly TableCell[])[], rows: readonly (readonly TableCell[])[], columnCount: number): TableColumn[] {
  const all = [...header, ...rows];
  const namesFrom = titleRow(header, columnCount) === null ? 0 : 1;
  return Array.from({ length: columnCount }, (_, col) => {
    const name = printedName(header, col, namesFrom);
    const body = rows.map((_, r) => spannedText(all, header.length + r, col));
    return { name: name ?? `列${col + 1}`, name_printed: name !== null, ...columnType(body) };
  });
}
