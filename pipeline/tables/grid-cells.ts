import type { BBox } from '../../schemas/types.ts';
import type { Rule } from '../extract/types.ts';
import type { RuledGrid } from './find-grids.ts';
import type { GridCell, GridCellsOptions } from './types.ts';

/** Length of [from, to] covered by the given rules (which may overlap). */
function coveredLength(rules: readonly Rule[], from: number, to: number): number {
  const pieces = rules
    .map((r) => [Math.max(r.from, from), Math.min(r.to, to)] as const)
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let end = from;
  for (const [a, b] of pieces) {
    if (b <= end) continue;
    covered += b - Math.max(a, end);
    end = b;
  }
  return covered;
}

/**
 * The cells of a grid. Neighbouring slots with no border drawn between them are one merged cell;
 * a merge that is not a rectangle (a border drawn only part way) is widened to its bounding box,
 * which is what a reader sees as one cell too.
 */
export function gridCells(grid: RuledGrid, options: GridCellsOptions = {}): GridCell[] {
  const { tolerance = 2, minCoverage = 0.6 } = options;
  const { xs, ys } = grid;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const near = (orientation: Rule['orientation'], at: number): Rule[] =>
    grid.rules.filter((r) => r.orientation === orientation && Math.abs(r.at - at) <= tolerance);
  const drawn = (orientation: Rule['orientation'], at: number, from: number, to: number): boolean =>
    coveredLength(near(orientation, at), from + tolerance, to - tolerance) >= minCoverage * (to - from - 2 * tolerance);

  // Union-find over slots: join across every missing inner border.
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !drawn('vertical', xs[c + 1]!, ys[r]!, ys[r + 1]!)) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !drawn('horizontal', ys[r + 1]!, xs[c]!, xs[c + 1]!)) join(r * cols + c, (r + 1) * cols + c);
    }
  }

  // Widen each group to its bounding rectangle until no two overlap.
  type Box = { r0: number; c0: number; r1: number; c1: number };
  const boxes = new Map<number, Box>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const key = find(r * cols + c);
      const box = boxes.get(key);
      if (box === undefined) boxes.set(key, { r0: r, c0: c, r1: r, c1: c });
      else Object.assign(box, { r0: Math.min(box.r0, r), c0: Math.min(box.c0, c), r1: Math.max(box.r1, r), c1: Math.max(box.c1, c) });
    }
  }
  const owner: (Box | undefined)[] = new Array(rows * cols);
  let list = [...boxes.values()];
  for (let changed = true; changed; ) {
    changed = false;
    owner.fill(undefined);
    for (const box of list) {
      for (let r = box.r0; r <= box.r1 && !changed; r++) {
        for (let c = box.c0; c <= box.c1 && !changed; c++) {
          const other = owner[r * cols + c];
          if (other !== undefined && other !== box) {
            Object.assign(other, {
              r0: Math.min(box.r0, other.r0),
              c0: Math.min(box.c0, other.c0),
              r1: Math.max(box.r1, other.r1),
              c1: Math.max(box.c1, other.c1),
            });
            list = list.filter((b) => b !== box);
            changed = true;
          }
          owner[r * cols + c] = box;
        }
      }
      if (changed) break;
    }
  }
  return list
    .map((b) => ({
      row: b.r0,
      col: b.c0,
      rowSpan: b.r1 - b.r0 + 1,
      colSpan: b.c1 - b.c0 + 1,
      bbox: [xs[b.c0]!, ys[b.r0]!, xs[b.c1 + 1]!, ys[b.r1 + 1]!] as BBox,
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
}
