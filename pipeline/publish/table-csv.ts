import type { Table, TableRow } from '../../schemas/types.ts';
import { toCsv } from './csv.ts';

/** A cell's text, taken from the cell it is merged into when it is covered by a merge (tidy data: no blanks from spans). */
function cellText(rows: readonly TableRow[], row: number, col: number): string {
  const cell = rows[row]?.[col];
  if (cell === undefined) return '';
  return cell.merged_into === null ? cell.text : (rows[cell.merged_into.row]?.[cell.merged_into.col]?.text ?? '');
}

/** A table's CSV header: its header rows folded into one cell per column (「実施期間 / 開始日」), 「列N」 where there is none. */
export function tableCsvHeader(table: Table): string[] {
  return Array.from({ length: table.column_count }, (_, col) => {
    const parts: string[] = [];
    for (let row = 0; row < table.header.length; row++) {
      const text = cellText(table.header, row, col);
      if (text !== '' && parts.at(-1) !== text) parts.push(text);
    }
    return parts.join(' / ') || `列${col + 1}`;
  });
}

/**
 * A table as one CSV: the folded header row, body rows with merged cells repeated in every cell
 * they cover. Spans are in the table's JSON.
 */
export function tableToCsv(table: Table): string {
  const all = [...table.header, ...table.rows];
  const body = table.rows.map((_, r) => Array.from({ length: table.column_count }, (_, col) => cellText(all, table.header.length + r, col)));
  return toCsv(tableCsvHeader(table), body);
}
