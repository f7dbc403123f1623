import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { toCsv } from '../../pipeline/publish/csv.ts';

// Excel ends a row at a bare line feed outside quotes, so a cell holding one must be quoted.
test('a cell with a bare line feed is quoted and reads back as one cell', () => {
  const csv = toCsv(['事例名', '概要'], [['遠隔医療', '1行目\n2行目'], ['=SUM(A1)', 'x']]);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('遠隔医療,"1行目\n2行目"\r\n');
  const rows = parse(csv.slice(1), { record_delimiter: '\r\n' }) as string[][];
  expect(rows).toEqual([
    ['事例名', '概要'],
    ['遠隔医療', '1行目\n2行目'],
    ["'=SUM(A1)", 'x'],
  ]);
});
