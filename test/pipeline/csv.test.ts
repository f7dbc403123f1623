import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { toCsv } from '../../pipeline/publish/csv.ts';

const readBack = (csv: string): string[][] => parse(csv, { record_delimiter: '\r\n' }) as string[][];

// Excel ends a row at a bare line feed outside quotes, so a cell holding one must be quoted.
test('a cell with a line feed, carriage return, quote or comma is quoted and reads back as one cell', () => {
  const cells = ['1行目\n2行目', 'a\rb', '「"引用"」', '3,4'];
  const csv = toCsv(['事例名', ...cells.map((_, i) => `列${i}`)], [['遠隔医療', ...cells]]);
  expect(csv).toBe(`事例名,列0,列1,列2,列3\r\n遠隔医療,"1行目\n2行目","a\rb","「""引用""」","3,4"\r\n`);
  expect(readBack(csv)[1]).toEqual(['遠隔医療', ...cells]);
});

test('escapes only what a spreadsheet would run: never a lone dash, a bulleted line or a number', () => {
  const formulas = ['=SUM(A1)', '+A1', '@SUM(A1)', '-A1', '-(1)'];
  const values = ['-', '- 項目', '-3000000', '-1.16', '+5', '1-2', '総務省'];
  const [, row] = readBack(toCsv([...formulas, ...values].map((_, i) => `c${i}`), [[...formulas, ...values]]));
  expect(row).toEqual([...formulas.map((f) => `'${f}`), ...values]);
});
