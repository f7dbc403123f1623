import { describe, expect, it } from 'vitest';
import { holdsFigure, readCellNumber } from '../../pipeline/tables/cell-number.ts';

describe('readCellNumber', () => {
  it('reads figures as printed in tables: separators, △ for minus, decimals, a unit after or a money unit set over them', () => {
    expect(readCellNumber('4,512')).toEqual({ value: 4512, unit: '' });
    expect(readCellNumber('△1,200')).toEqual({ value: -1200, unit: '' });
    expect(readCellNumber('5.5%')).toEqual({ value: 5.5, unit: '%' });
    expect(readCellNumber('1,240時間')).toEqual({ value: 1240, unit: '時間' });
    expect(readCellNumber('千円4,594,541')).toEqual({ value: 4594541, unit: '千円' });
  });

  it('reads no number from dates, ordinals, fractions, times, names or hedged amounts', () => {
    for (const text of ['2024年', '第1回', '令和5', '1/2', '8:20', 'H25', '500億円程度', '約30', '-', '']) expect(readCellNumber(text), text).toBeNull();
  });

  it('counts a cell holding only the money unit of the figures under it as a figure', () => {
    expect(holdsFigure('千円')).toBe(true);
    expect(holdsFigure('特定財源')).toBe(false);
  });
});
