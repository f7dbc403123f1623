import type { Rule } from '../extract/types.ts';
import type { MergeRulesOptions } from './types.ts';

/** Splits sorted values into runs where neighbours lie within `gap`. */
function clusterBy<T>(items: readonly T[], key: (item: T) => number, gap: number): T[][] {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  const clusters: T[][] = [];
  for (const item of sorted) {
    const last = clusters.at(-1);
    if (last !== undefined && key(item) - key(last.at(-1)!) <= gap) last.push(item);
    else clusters.push([item]);
  }
  return clusters;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Merges the pieces of each border into whole rules: doubled borders become one, collinear pieces
 * that touch or overlap become one. A rule keeps its gaps where no piece is drawn, since a missing
 * inner border is what marks a merged cell.
 */
export function mergeRules(rules: readonly Rule[], options: MergeRulesOptions = {}): Rule[] {
  const { doubledGap = 1.5, touchGap = 1.5 } = options;
  const merged: Rule[] = [];
  for (const orientation of ['horizontal', 'vertical'] as const) {
    const lines = clusterBy(
      rules.filter((r) => r.orientation === orientation),
      (r) => r.at,
      doubledGap,
    );
    for (const line of lines) {
      // The position of a doubled border is the middle of its strokes, weighted by length.
      const length = line.reduce((sum, r) => sum + (r.to - r.from), 0);
      const at = round(line.reduce((sum, r) => sum + r.at * (r.to - r.from), 0) / Math.max(length, 1e-9));
      const pieces = [...line].sort((a, b) => a.from - b.from);
      let current: Rule | undefined;
      for (const piece of pieces) {
        if (current !== undefined && piece.from <= current.to + touchGap) {
          current.to = Math.max(current.to, piece.to);
        } else {
          if (current !== undefined) merged.push(current);
          current = { orientation, from: piece.from, to: piece.to, at };
        }
      }
      if (current !== undefined) merged.push(current);
    }
  }
  return merged;
}
