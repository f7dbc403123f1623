import type { Table, TableRow } from '../../schemas/types.ts';
import { toCsv } from './csv.ts';

/** A cell's text, taken from the cell it is merged into when it is covered by a merge (tidy data: no blanks from spans). */
function cellText(rows: readonly TableRow[], row: number, col: number): string {
  const cell = rows[row]?.[col];
  if (cell === undefined) return '';
  return cell.merged_into === null ? cell.text : (rows[cell.merged_into.row]?.[cell.merged_into.col]?.text ?? '');
}

/**
 * A table as one CSV: header rows folded into one (「実施期間 / 開始日」), body rows with merged
 * cells repeated in every cell they cover. Spans are in the table's JSON.
 */
export function tableToCsv(table: Table): string {
  const all = [...table.header, ...table.rows];
  const header = Array.from({ length: table.column_count }, (_, col) => {
    const parts: string[] = [];
    for (let row = 0; row < table.header.length; row++) {
      const text = cellText(all, row, col);
      if (text !== '' && parts.at(-1) !== text) parts.push(text);
    }
    return parts.join(' / ') || `列${col + 1}`;
  });
  const body = table.rows.map((_, r) => Array.from({ length: table.column_count }, (_, col) => cellText(all, table.header.length + r, col)));
  return toCsv(header, body);
}
