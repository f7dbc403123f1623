import { describe, expect, it } from 'vitest';
import type { Rule } from '../../pipeline/extract/types.ts';
import { findGrids } from '../../pipeline/tables/find-grids.ts';
import { gridCells } from '../../pipeline/tables/grid-cells.ts';

const h = (from: number, to: number, at: number): Rule => ({ orientation: 'horizontal', from, to, at });
const v = (from: number, to: number, at: number): Rule => ({ orientation: 'vertical', from, to, at });
const shape = (rules: Rule[]): string[] =>
  findGrids(rules).flatMap((grid) => gridCells(grid).map((c) => `${c.row},${c.col}:${c.rowSpan}x${c.colSpan}`));

describe('findGrids and gridCells', () => {
  it('reads a closed 2×2 grid', () => {
    const rules = [h(0, 200, 0), h(0, 200, 20), h(0, 200, 40), v(0, 40, 0), v(0, 40, 100), v(0, 40, 200)];
    const [grid] = findGrids(rules);
    expect(grid).toMatchObject({ xs: [0, 100, 200], ys: [0, 20, 40], bbox: [0, 0, 200, 40] });
    expect(shape(rules)).toEqual(['0,0:1x1', '0,1:1x1', '1,0:1x1', '1,1:1x1']);
  });

  it('merges across a missing inner vertical border (colspan) and horizontal border (rowspan)', () => {
    const rules = [
      h(0, 300, 0), h(0, 300, 20), h(0, 200, 40), h(0, 300, 60), // no border under the right column in row 2
      v(0, 60, 0), v(20, 60, 100), v(0, 60, 200), v(0, 60, 300), // no border between the first two cells of row 1
    ];
    expect(shape(rules)).toEqual(['0,0:1x2', '0,2:1x1', '1,0:1x1', '1,1:1x1', '1,2:2x1', '2,0:1x1', '2,1:1x1']);
  });

  it('ignores lone rules and unconnected frames, and keeps two tables apart', () => {
    const table = (y: number): Rule[] => [h(0, 200, y), h(0, 200, y + 20), h(0, 200, y + 40), v(y, y + 40, 0), v(y, y + 40, 100), v(y, y + 40, 200)];
    const grids = findGrids([...table(0), h(0, 200, 70), ...table(100)]);
    expect(grids.map((g) => g.bbox)).toEqual([
      [0, 0, 200, 40],
      [0, 100, 200, 140],
    ]);
  });
});
