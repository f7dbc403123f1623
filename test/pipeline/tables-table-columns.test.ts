import { describe, expect, it } from 'vitest';
import { tableColumns, titleRow } from '../../pipeline/tables/table-columns.ts';
import type { TableCell } from '../../schemas/types.ts';

const cell = (text: string, merged_into: TableCell['merged_into'] = null): TableCell => ({
  text,
  raw: text,
  row_span: 1,
  col_span: 1,
  merged_into,
  source: { page: 1, bbox: [0, 0, 1, 1], method: 'text' },
});
const rows = (texts: string[][]): TableCell[][] => texts.map((row) => row.map((text) => cell(text)));
/** Type and unit of the one column of `body`. */
const typed = (...body: string[]): [string, string | null] => {
  const [column] = tableColumns([[cell('項目')]], rows(body.map((text) => [text])), 1);
  return [column!.type, column!.unit];
};

describe('tableColumns', () => {
  it('types a column as number where every printed body cell is a figure, empty and dash cells between them', () => {
    expect(typed('4,512', '△1,200', '', '-', '―', '30')).toEqual(['number', null]);
    expect(typed('1,240時間', '86時間')).toEqual(['number', '時間']);
    expect(typed('5.5%', '0.5%')).toEqual(['number', '%']);
  });

  it('keeps as text a column with a word among its figures, figures in different units, codes with leading zeros, or nothing printed', () => {
    expect(typed('4,512', '計')).toEqual(['string', null]);
    expect(typed('500億円程度', '300')).toEqual(['string', null]);
    expect(typed('12人', '3件')).toEqual(['string', null]);
    expect(typed('011002', '012025')).toEqual(['string', null]);
    expect(typed('2024年', '2025年')).toEqual(['string', null]);
    expect(typed('', '-')).toEqual(['string', null]);
  });

  it('names columns from their header rows folded, 列N where none is printed, and reads a covered cell as the text it shows', () => {
    const header = [[cell('実施期間'), cell('', { row: 0, col: 0 }), cell('')], rows([['開始日', '終了日', '']])[0]!];
    const body = [[cell('2020/9/14'), cell('2021/3/19'), cell('1,000')], [cell('2020/9/15'), cell('2021/3/19'), cell('', { row: 2, col: 2 })]];
    const columns = tableColumns(header, body, 3);
    expect(columns.map((c) => [c.name, c.name_printed, c.type])).toEqual([
      ['実施期間 / 開始日', true, 'string'],
      ['実施期間 / 終了日', true, 'string'],
      ['列3', false, 'number'],
    ]);
  });

  it('leaves a title row merged over every column out of the names (it is the table\'s caption)', () => {
    const title = { ...cell('基本情報'), col_span: 2 };
    const header = [[title, cell('', { row: 0, col: 0 })], rows([['施設名', '郵便番号']])[0]!];
    expect(titleRow(header, 2)).toBe('基本情報');
    expect(tableColumns(header, rows([['村上総合病院', '958-8555']]), 2).map((c) => c.name)).toEqual(['施設名', '郵便番号']);
    expect(titleRow(header.slice(1), 2)).toBeNull();
  });
});
