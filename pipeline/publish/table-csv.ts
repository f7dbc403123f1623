import type { Table, TableColumn } from '../../schemas/types.ts';
import { readCellNumber } from '../tables/cell-number.ts';
import { spannedText } from '../tables/table-columns.ts';
import { toCsv } from './csv.ts';
import type { CsvTable } from './edition/edition-csv.ts';

/** A column's name in the CSV: its name with the unit its cells printed after it (「事業費(千円)」, 「研修時間(時間)」). */
const csvColumnName = (column: TableColumn): string =>
  column.unit === null || column.name.includes(column.unit) ? column.name : `${column.name}(${column.unit})`;

/**
 * A table's CSV header: one name per column, its header rows folded (「実施期間 / 開始日」), 「列N」
 * where none is printed; a name printed twice (a contents page's two ページ columns) numbered
 * from its second time (「ページ(2)」), as a Table Schema's field names must differ.
 */
function tableCsvHeader(table: Table): string[] {
  const seen = new Map<string, number>();
  return table.columns.map((column) => {
    const name = csvColumnName(column);
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}(${n})`;
  });
}

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
  const names = tableCsvHeader(table);
  return {
    path,
    name,
    title: table.caption ?? `表 ${table.id}`,
    columns: table.columns.map((column, col) => ({
      name: names[col]!,
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
