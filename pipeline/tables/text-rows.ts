import type { Line } from '../../schemas/types.ts';

/** A span along one axis, [from, to], in points. */
export type Interval = [number, number];

/** The middle value (the lower of the two middle ones), 0 for none. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/** Where text stands across rows: the union of the lines' extents along one axis, as disjoint intervals in order. */
export function covered(extents: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [from, to] of [...extents].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * The rows some lines of a table stand in, top to bottom (shared by borderless tables and ruled
 * frames without row rules): lines whose boxes overlap vertically are one row (a cell on two lines
 * beside cells centred on it), and a lone line continues the row it stands nearer to when that gap is well
 * under the other (a label set solid over three lines, its figure centred on the middle one) or
 * under the usual gap between rows (cells aligned at their top).
 */
export function rowsOfLines(lines: readonly Line[]): Interval[] {
  const bands = covered(lines.map((l): Interval => [l.bbox[1] + 0.5, l.bbox[3] - 0.5]));
  const gaps = bands.slice(1).map((band, i) => band[0] - bands[i]![1]);
  const rowGap = median(gaps);
  const rows: Interval[] = [];
  let carried: number | undefined;
  bands.forEach((band, i) => {
    const lone = lines.filter((l) => l.bbox[1] + 0.5 >= band[0] && l.bbox[3] - 0.5 <= band[1]).length === 1;
    const [before, after] = [gaps[i - 1] ?? Infinity, gaps[i] ?? Infinity];
    const start = carried ?? band[0];
    carried = undefined;
    if (lone && i > 0 && (before < 0.6 * rowGap || before < 0.6 * after)) rows.at(-1)![1] = band[1];
    else if (lone && i > 0 && after < 0.6 * before) carried = start;
    else rows.push([start, band[1]]);
  });
  if (carried !== undefined) rows.push([carried, bands.at(-1)![1]]);
  return rows;
}
