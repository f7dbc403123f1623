import type { PlacedRun } from './place-runs.ts';

export interface VerticalColumnOptions {
  /**
   * Largest gap along a column between runs that advance downwards (a vertical font, sideways
   * text) before the column is split into two lines, in font sizes.
   */
  splitGapEm: number;
  /**
   * Largest gap between upright glyphs stacked in one column, in font sizes: vertical text
   * sets glyphs one em apart, while lines of horizontal text stand further apart than that.
   */
  glyphGapEm: number;
  /**
   * An upright glyph this close (in font sizes) to a run beside it on its baseline belongs to a
   * horizontal line, not to a column.
   */
  touchGapEm: number;
  /** Horizontal rules (table borders): glyphs on either side of one are never joined. */
  horizontalRules: readonly { from: number; to: number; at: number }[];
}

/** What may stand in a vertical column, and whether it is vertical text for sure. */
interface Candidate {
  run: PlacedRun;
  /** Advances downwards (a vertical font or sideways text): vertical whatever stands around it. */
  sure: boolean;
}

const centreX = (run: PlacedRun): number => (run.x0 + run.x1) / 2;

/**
 * An upright glyph that may be part of vertical text: one character about one em wide (vertical
 * text sets each glyph on its own, so pdf.js gives each its own run), or two digits set upright
 * in one em (縦中横).
 */
const isUprightGlyph = (run: PlacedRun): boolean =>
  run.flow === 'horizontal' && [...run.text].length <= 2 && run.x1 - run.x0 >= 0.7 * run.size && run.x1 - run.x0 <= 1.4 * run.size;

/** Whether a run stands beside the glyph on its baseline, close enough to be its neighbour in a word (`byBaseline`: horizontal runs sorted by baseline). */
function touchesNeighbour(glyph: PlacedRun, byBaseline: readonly PlacedRun[], touchGapEm: number): boolean {
  const tolerance = 0.35 * glyph.size;
  let lo = 0;
  let hi = byBaseline.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byBaseline[mid]!.baseline < glyph.baseline - tolerance) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < byBaseline.length && byBaseline[i]!.baseline <= glyph.baseline + tolerance; i++) {
    const other = byBaseline[i]!;
    if (other === glyph) continue;
    const gap = Math.max(other.x0 - glyph.x1, glyph.x0 - other.x1);
    if (gap <= touchGapEm * Math.min(glyph.size, other.size)) return true;
  }
  return false;
}

/** The gap from `last` to `next` when `next` continues the column that ends with `last`: below it, centred on it, close enough, no rule between. */
function continues(last: Candidate, next: Candidate, options: VerticalColumnOptions): number | undefined {
  const size = Math.min(last.run.size, next.run.size);
  if (Math.abs(centreX(last.run) - centreX(next.run)) > 0.3 * size) return undefined;
  if (Math.max(last.run.size, next.run.size) > 1.3 * size) return undefined;
  const gap = next.run.y0 - last.run.y1;
  // Upright glyphs alone must sit tight (rows of one-glyph cells stand further apart); a run that
  // surely reads downwards vouches for its neighbours.
  const limit = last.sure || next.sure ? options.splitGapEm : options.glyphGapEm;
  if (gap < -0.3 * size || gap > limit * size) return undefined;
  const x = centreX(next.run);
  const ruled = options.horizontalRules.some((r) => r.at >= last.run.y1 - 1 && r.at <= next.run.y0 + 1 && r.from <= x && r.to >= x);
  return ruled ? undefined : gap;
}

/**
 * Finds the vertical columns of a page (縦書き): runs that advance downwards, and upright glyphs
 * stacked one below the other with nothing touching them on their baseline (horizontal text
 * written glyph by glyph would have its neighbours there). Each column is one line's runs, top to
 * bottom; `rest` holds the other runs, in the order given.
 */
export function findVerticalColumns(runs: readonly PlacedRun[], options: VerticalColumnOptions): { columns: PlacedRun[][]; rest: PlacedRun[] } {
  const byBaseline = runs.filter((r) => r.flow === 'horizontal').sort((a, b) => a.baseline - b.baseline);
  const candidates: Candidate[] = runs
    .filter((run) => run.flow === 'down' || (isUprightGlyph(run) && !touchesNeighbour(run, byBaseline, options.touchGapEm)))
    .map((run) => ({ run, sure: run.flow === 'down' }))
    .sort((a, b) => a.run.y0 - b.run.y0 || a.run.x0 - b.run.x0);

  const chains: Candidate[][] = [];
  for (const candidate of candidates) {
    let best: Candidate[] | undefined;
    let bestGap = Infinity;
    for (const chain of chains) {
      const gap = continues(chain.at(-1)!, candidate, options);
      if (gap !== undefined && gap < bestGap) {
        best = chain;
        bestGap = gap;
      }
    }
    if (best === undefined) chains.push([candidate]);
    else best.push(candidate);
  }

  // A lone upright glyph is just a short horizontal line.
  const columns = chains.filter((chain) => chain.length >= 2 || chain[0]!.sure).map((chain) => chain.map((c) => c.run));
  const inColumns = new Set(columns.flat());
  return { columns, rest: runs.filter((run) => !inColumns.has(run)) };
}
