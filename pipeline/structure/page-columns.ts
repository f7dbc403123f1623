import type { PlacedLine } from './record-lines.ts';

/** Lines that may cross a gutter (a page number, a heading across both columns), as a share of the page's lines. */
const MAX_CROSSING_SHARE = 0.05;
/** Least share of a page's lines each column holds. */
const MIN_COLUMN_SHARE = 0.25;
/** Fewest lines a page needs to be read as two columns. */
const MIN_LINES = 10;

/**
 * The x of a two-column page's gutter: the place in the middle of its text that (nearly) no line
 * crosses, with a good share of the lines on each side. Undefined for a page of one column.
 */
function gutterOf(lines: readonly PlacedLine[]): number | undefined {
  if (lines.length < MIN_LINES) return undefined;
  const left = Math.min(...lines.map((l) => l.line.bbox[0]));
  const right = Math.max(...lines.map((l) => l.line.bbox[2]));
  const crossing = (x: number): number => lines.filter((l) => l.line.bbox[0] < x && l.line.bbox[2] > x).length;
  let best: { x: number; crossing: number } | undefined;
  for (const line of lines) {
    const x = line.line.bbox[2] + 0.5;
    if (x < left + 0.3 * (right - left) || x > left + 0.7 * (right - left)) continue;
    const count = crossing(x);
    const before = lines.filter((l) => l.line.bbox[2] <= x).length;
    const after = lines.filter((l) => l.line.bbox[0] >= x).length;
    if (before < MIN_COLUMN_SHARE * lines.length || after < MIN_COLUMN_SHARE * lines.length) continue;
    if (best === undefined || count < best.crossing) best = { x, crossing: count };
  }
  return best !== undefined && best.crossing <= MAX_CROSSING_SHARE * lines.length ? best.x : undefined;
}

/**
 * The lines with each two-column page read column by column: its left column, then its right,
 * between the lines that cross the gutter (a heading across both starts a new band of columns).
 * A reading order that follows rows across a page (rows of amounts printed level in both columns
 * look like one table's) puts one column's items among the other's; a page of one column keeps its
 * order.
 */
export function inColumnOrder(lines: readonly PlacedLine[]): PlacedLine[] {
  const pages = new Map<number, PlacedLine[]>();
  for (const line of lines) {
    const page = pages.get(line.page);
    if (page === undefined) pages.set(line.page, [line]);
    else page.push(line);
  }
  return [...pages.values()].flatMap((page) => {
    const gutter = gutterOf(page);
    if (gutter === undefined) return page;
    const across = page.filter((l) => l.line.bbox[0] < gutter && l.line.bbox[2] > gutter).sort((a, b) => a.line.bbox[1] - b.line.bbox[1]);
    const bandOf = (line: PlacedLine): number => across.filter((a) => a.line.bbox[1] < line.line.bbox[1]).length;
    return Array.from({ length: across.length + 1 }, (_, band) => [
      ...(band === 0 ? [] : [across[band - 1]!]),
      ...page.filter((l) => !across.includes(l) && bandOf(l) === band && l.line.bbox[2] <= gutter),
      ...page.filter((l) => !across.includes(l) && bandOf(l) === band && l.line.bbox[0] >= gutter),
    ]).flat();
  });
}
