import type { Line } from '../../schemas/types.ts';
import type { Rule } from '../extract/types.ts';
import { rowsOfLines } from './text-rows.ts';
import type { RuledGrid } from './find-grids.ts';

export interface FrameRowsOptions {
  /**
   * Fewest rows of text, each with text in the first column and another, for a tall unruled row to
   * be read as rows: cells on a few lines beside one name are one row.
   * @defaultValue 4
   */
  minRows?: number;
  /**
   * Least share of the text rows that hold text in the first column and another: items and their
   * amounts fill every row, an entry's wrapped cells leave the first column empty.
   * @defaultValue 0.6
   */
  minSpreadShare?: number;
  /**
   * Least share of the frame's height the unruled row takes: a frame whose items have no rules
   * between them is mostly that row (a list's rows, each ruled, are each a small share).
   * @defaultValue 0.5
   */
  minHeightShare?: number;
}

/** Whether a horizontal rule runs across the whole grid at `y` (a row's border drawn in every column). */
function ruledAcross(grid: RuledGrid, y: number): boolean {
  const [x0, x1] = [grid.xs[0]!, grid.xs.at(-1)!];
  const pieces = grid.rules.filter((r) => r.orientation === 'horizontal' && Math.abs(r.at - y) <= 2);
  const covered = pieces.reduce((sum, r) => sum + Math.max(0, Math.min(r.to, x1) - Math.max(r.from, x0)), 0);
  return covered >= 0.9 * (x1 - x0);
}

const centre = (line: Line): [number, number] => [(line.bbox[0] + line.bbox[2]) / 2, (line.bbox[1] + line.bbox[3]) / 2];

/**
 * A ruled frame whose columns are ruled but whose items are not (a 予算フレーム: a header row, then
 * every item and its amounts with no rule between them) gets its rows from the text: each tall
 * row of the grid, ruled across above and below, that holds rows of text side by side across its
 * columns, each naming an item in the first, is cut between them, with a rule added there, so
 * each item is a row. Other grids are returned as they are.
 */
export function frameRows(grid: RuledGrid, lines: readonly Line[], options: FrameRowsOptions = {}): RuledGrid {
  const { minRows = 4, minSpreadShare = 0.6, minHeightShare = 0.5 } = options;
  const { xs, ys } = grid;
  if (xs.length < 3) return grid;
  const height = ys.at(-1)! - ys[0]!;
  const cuts: number[] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    if (ys[r + 1]! - ys[r]! < minHeightShare * height) continue;
    // Only a row ruled across above and below: a budget book's 説明 column runs on past the rules
    // of the columns beside it, and its text is no item of theirs.
    const bottomOpen = r + 2 === ys.length && grid.openRows.bottom;
    if (!ruledAcross(grid, ys[r]!) || (!bottomOpen && !ruledAcross(grid, ys[r + 1]!))) continue;
    const inside = lines.filter((line) => {
      const [x, y] = centre(line);
      return x > xs[0]! && x < xs.at(-1)! && y > ys[r]! && y < ys[r + 1]!;
    });
    const rows = rowsOfLines(inside);
    const columnsOf = ([top, bottom]: [number, number]): Set<number> =>
      new Set(inside.filter((l) => centre(l)[1] >= top && centre(l)[1] <= bottom).map((l) => xs.findIndex((x, c) => centre(l)[0] >= x && centre(l)[0] < xs[c + 1]!)));
    // An item names itself in the first column and has its figures beside it; the wrapped lines of
    // one entry's cells stand beside an empty first column.
    const spread = rows.filter((row) => {
      const columns = columnsOf(row);
      return columns.has(0) && columns.size >= 2;
    }).length;
    if (spread < minRows || spread < minSpreadShare * rows.length) continue;
    cuts.push(...rows.slice(1).map((row, i) => Math.round(((rows[i]![1] + row[0]) / 2) * 100) / 100));
  }
  if (cuts.length === 0) return grid;
  const drawn: Rule[] = cuts.map((at) => ({ orientation: 'horizontal', from: xs[0]!, to: xs.at(-1)!, at }));
  return { ...grid, ys: [...ys, ...cuts].sort((a, b) => a - b), rules: [...grid.rules, ...drawn] };
}
