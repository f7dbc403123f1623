import type { Table, TableColumn } from '../../schemas/types.ts';
import { readCellNumber } from '../tables/cell-number.ts';
import { spannedText } from '../tables/table-columns.ts';
import { toCsv } from './csv.ts';
import type { CsvTable } from './edition/edition-csv.ts';

/** A column's name in the CSV: its name with the unit its cells printed after it (「事業費(千円)」, 「研修時間(時間)」). */
const csvColumnName = (column: TableColumn): string =>
  column.unit === null || column.name.includes(column.unit) ? column.name : `${column.name}(${column.unit})`;

/** A table's CSV header: one name per column, its header rows folded (「実施期間 / 開始日」), 「列N」 where none is printed. */
const tableCsvHeader = (table: Table): string[] => table.columns.map(csvColumnName);

/** What the CSV holds for a cell: a number column's figure as a plain number (「△1,200」 → -1200, a dash → empty), else the text. */
function csvCell(column: TableColumn, text: string): string {
  if (column.type === 'string') return text;
  const figure = readCellNumber(text);
  return figure === null ? '' : String(figure.value);
}

/**
 * A table as one CSV: the folded header row, body rows with merged cells repeated in every cell
 * they cover, figures as numbers. Spans and the printed text are in the table's JSON.
 */
export function tableToCsv(table: Table): string {
  const all = [...table.header, ...table.rows];
  const body = table.rows.map((_, r) => table.columns.map((column, col) => csvCell(column, spannedText(all, table.header.length + r, col))));
  return toCsv(tableCsvHeader(table), body);
}

/** A table's CSV as an edition publishes it at `path`, with the Table Schema its datapackage.json declares (number columns typed). */
export function tableCsvTable(table: Table, path: string, name: string): CsvTable {
  return {
    path,
    name,
    title: table.caption ?? `表 ${table.id}`,
    columns: table.columns.map((column) => ({
      name: csvColumnName(column),
      type: column.type,
      description:
        column.type === 'number'
          ? `表の列 (見出し行をまとめたもの)。印刷された数値 (桁区切りを除き、△は負)${column.unit === null ? '' : `、単位は${column.unit}`}。印刷された文字は tables.json にある。`
          : '表の列 (見出し行をまとめたもの)。',
    })),
    primaryKey: [],
    foreignKeys: [],
    text: tableToCsv(table),
  };
}
