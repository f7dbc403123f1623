import type { BBox } from '../../schemas/types.ts';
import type { Rule } from '../extract/types.ts';
import type { FindGridsOptions } from './types.ts';

/** One ruled region of a page: its row and column boundaries and the rules drawn inside it. */
export interface RuledGrid {
  /** Row boundaries top to bottom (y), points; rows are the gaps between neighbours. */
  ys: number[];
  /** Column boundaries left to right (x), points. */
  xs: number[];
  /** The merged rules of this region, to tell which inner borders are drawn. */
  rules: Rule[];
  bbox: BBox;
  /**
   * Rows added where the column rules run past the first or last row rule (a border not drawn):
   * such a row is kept only when it holds text.
   */
  openRows: { top: boolean; bottom: boolean };
}

const crosses = (h: Rule, v: Rule, tolerance: number): boolean =>
  v.at >= h.from - tolerance && v.at <= h.to + tolerance && h.at >= v.from - tolerance && h.at <= v.to + tolerance;

/** Groups rules that touch or cross into connected sets (a table's borders all connect). */
function connectedSets(rules: readonly Rule[], tolerance: number): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      const [a, b] = [rules[i]!, rules[j]!];
      if (a.orientation === b.orientation) continue;
      const [h, v] = a.orientation === 'horizontal' ? [a, b] : [b, a];
      if (crosses(h, v, tolerance)) parent[find(i)] = find(j);
    }
  }
  const sets = new Map<number, Rule[]>();
  rules.forEach((rule, i) => sets.set(find(i), [...(sets.get(find(i)) ?? []), rule]));
  return [...sets.values()];
}

/** Sorted boundary positions, close ones averaged into one. */
function boundaries(positions: readonly number[], gap: number, minSize: number): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const p of sorted) {
    const last = groups.at(-1);
    if (last !== undefined && p - last.at(-1)! <= gap) last.push(p);
    else groups.push([p]);
  }
  const out: number[] = [];
  for (const group of groups) {
    const mean = group.reduce((a, b) => a + b, 0) / group.length;
    if (out.length > 0 && mean - out.at(-1)! < minSize) continue;
    out.push(Math.round(mean * 100) / 100);
  }
  return out;
}

/**
 * Where the column rules of a grid end beyond its first and last row rules: a row whose top or
 * bottom border is not drawn (Excel leaves the last row of a page open when its cells have side
 * borders only) still ends where its column rules end. An end counts when at least two column
 * rules (the table's two sides) reach it, a row or more past the last row rule.
 */
function columnEnds(vertical: readonly Rule[], ys: readonly number[], gap: number, minSize: number): { top?: number; bottom?: number } {
  const reach = (ends: number[], pick: (a: number, b: number) => number): number | undefined => {
    const end = ends.reduce((a, b) => pick(a, b));
    return ends.filter((e) => Math.abs(e - end) <= gap).length >= 2 ? end : undefined;
  };
  const bottom = reach(vertical.map((r) => r.to), Math.max);
  const top = reach(vertical.map((r) => r.from), Math.min);
  return {
    ...(bottom !== undefined && bottom - ys.at(-1)! >= minSize ? { bottom } : {}),
    ...(top !== undefined && ys[0]! - top >= minSize ? { top } : {}),
  };
}

/**
 * Finds the ruled grids on a page: sets of connected horizontal and vertical rules with at least
 * two of each, so at least one closed cell, closed where the column rules end when a first or last
 * row rule is missing. Lone underlines and single dividers are not grids.
 */
export function findGrids(rules: readonly Rule[], options: FindGridsOptions = {}): RuledGrid[] {
  const { joinTolerance = 2, boundaryGap = 2, minCellSize = 3 } = options;
  const grids: RuledGrid[] = [];
  for (const set of connectedSets(rules, joinTolerance)) {
    const horizontal = set.filter((r) => r.orientation === 'horizontal');
    const vertical = set.filter((r) => r.orientation === 'vertical');
    if (horizontal.length < 2 || vertical.length < 2) continue;
    const ys = boundaries(
      horizontal.map((r) => r.at),
      boundaryGap,
      minCellSize,
    );
    const xs = boundaries(
      vertical.map((r) => r.at),
      boundaryGap,
      minCellSize,
    );
    if (ys.length < 2 || xs.length < 2) continue;
    const ends = columnEnds(vertical, ys, boundaryGap, minCellSize);
    if (ends.top !== undefined) ys.unshift(Math.round(ends.top * 100) / 100);
    if (ends.bottom !== undefined) ys.push(Math.round(ends.bottom * 100) / 100);
    const openRows = { top: ends.top !== undefined, bottom: ends.bottom !== undefined };
    grids.push({ ys, xs, rules: set, bbox: [xs[0]!, ys[0]!, xs.at(-1)!, ys.at(-1)!], openRows });
  }
  return grids.sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
}
