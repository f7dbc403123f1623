import type { BBox, Line } from '../../schemas/types.ts';
import { withoutCoveredRuns, type CoveredText } from './covered-text.ts';
import { withoutOverprints } from './overprints.ts';
import { placeRuns, type PlacedRun, type TextRun } from './place-runs.ts';
import { findVerticalColumns } from './vertical-columns.ts';

export type { TextRun } from './place-runs.ts';

export interface LineLayoutOptions {
  /**
   * A gap wider than this many font sizes splits a line into two (table cells, columns, a label
   * and its value set apart; along a vertical column, a date at the head and a name at the foot).
   * @defaultValue 1.2
   */
  splitGapEm?: number;
  /**
   * A gap wider than this many font sizes (and not wide enough to split) is written as a space.
   * @defaultValue 0.25
   */
  spaceGapEm?: number;
  /**
   * Largest gap between upright glyphs stacked in one vertical column, in font sizes.
   * @defaultValue 0.2
   */
  glyphGapEm?: number;
  /** Vertical rules (table borders): runs on either side of one are never joined. */
  verticalRules?: readonly { from: number; to: number; at: number }[];
  /** Horizontal rules (table borders): glyphs above and below one are never joined into a column. */
  horizontalRules?: readonly { from: number; to: number; at: number }[];
  /** Text a shape painted over it hides (`page-content`): left out. */
  coveredText?: readonly CoveredText[];
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** The text of runs in reading order along `axis` (0: left to right, 1: top to bottom), a space where they stand apart. */
function joinRuns(runs: readonly PlacedRun[], axis: 0 | 1, spaceGapEm: number): string {
  let text = '';
  let previous: PlacedRun | undefined;
  for (const run of runs) {
    if (previous !== undefined) {
      const gap = axis === 0 ? run.x0 - previous.x1 : run.y0 - previous.y1;
      const spaced = /\s$/.test(text) || /^\s/.test(run.text);
      if (!spaced && gap > spaceGapEm * Math.min(run.size, previous.size)) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return text.trim();
}

function toLine(row: PlacedRun[], spaceGapEm: number): Line {
  const size = Math.max(...row.map((r) => r.size));
  const x0 = Math.min(...row.map((r) => r.x0));
  const x1 = Math.max(...row.map((r) => r.x1));
  const baseline = Math.max(...row.map((r) => r.baseline));
  const bbox: BBox = [round(x0), round(baseline - size * 0.88), round(x1), round(baseline + size * 0.12)];
  return { text: joinRuns(row, 0, spaceGapEm), bbox, font_size: round(size) };
}

/** A vertical line (a column of 縦書き, or text turned sideways) from its runs, top to bottom. */
function columnToLine(column: PlacedRun[], spaceGapEm: number): Line {
  const bbox: BBox = [
    round(Math.min(...column.map((r) => r.x0))),
    round(Math.min(...column.map((r) => r.y0))),
    round(Math.max(...column.map((r) => r.x1))),
    round(Math.max(...column.map((r) => r.y1))),
  ];
  return { text: joinRuns(column, 1, spaceGapEm), bbox, font_size: round(Math.max(...column.map((r) => r.size))) };
}

/** Rows above and below (in font sizes of the row) whose text tells where a column ends. */
const COLUMN_EDGE_REACH_EM = 5;
/** How close (ems) the lines of a column end at its right edge, justified or nearly. */
const COLUMN_EDGE_EM = 0.75;
/** How long (ems) a line must be to be a column's prose, not a label or a figure's caption. */
const COLUMN_LINE_EM = 8;

/**
 * Whether a narrow gap in a row is the gutter between two columns: the text left of it ends where
 * two or more long lines nearby end (the left column's right edge), and no run nearby crosses the
 * start of the text right of it. Two columns set close (a paragraph and a figure's caption a
 * full-width space apart) would otherwise read as one line across both.
 */
function atColumnEdge(rows: readonly PlacedRun[][], k: number, left: PlacedRun, right: PlacedRun, spaceGapEm: number): boolean {
  const em = Math.min(left.size, right.size);
  if (right.x0 - left.x1 <= spaceGapEm * em || left.x1 - rows[k]![0]!.x0 < COLUMN_LINE_EM * em) return false;
  // Rows run down the page: look only outwards from this one (an em further, for rows set a little out of order), not at every row.
  const near: PlacedRun[][] = [];
  for (const step of [-1, 1]) {
    for (let j = k + step; j >= 0 && j < rows.length; j += step) {
      const apart = Math.abs(rows[j]![0]!.baseline - left.baseline);
      if (apart > (COLUMN_EDGE_REACH_EM + 1) * em) break;
      if (apart <= COLUMN_EDGE_REACH_EM * em) near.push(rows[j]!);
    }
  }
  const crosses = near.some((other) => other.some((r) => r.x0 < right.x0 - spaceGapEm * em && r.x1 > right.x0 + spaceGapEm * em));
  const endingHere = near.filter((other) => other[0]!.x0 <= left.x1 - COLUMN_LINE_EM * em && other.some((r) => Math.abs(r.x1 - left.x1) <= COLUMN_EDGE_EM * em));
  return !crosses && endingHere.length >= 2;
}

/** Horizontal runs grouped into lines by baseline, split at wide gaps and vertical rules; top to bottom, then left to right. */
function horizontalLines(runs: readonly PlacedRun[], splitGapEm: number, spaceGapEm: number, verticalRules: LineLayoutOptions['verticalRules'] = []): Line[] {
  // Text may overflow its cell's border. A run the next cell's text is drawn on (a long URL, clipped
  // there) counts a rule anywhere past its start; a run set apart from the one before and starting
  // just short of a rule (a centred URL a little wider than its cell) counts a rule in its first half glyph.
  const ruleBetween = (left: PlacedRun, right: PlacedRun): boolean => {
    const from = right.x0 < left.x1 - 1 ? left.x0 + 1 : left.x1 - 1;
    const apart = right.x0 - left.x1 > spaceGapEm * Math.min(left.size, right.size);
    const to = right.x0 + (apart ? 0.5 * right.size : 1);
    return verticalRules.some((r) => r.at > from && r.at < to && r.from <= right.baseline && r.to >= right.baseline - right.size);
  };
  const placed = [...runs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);

  const rows: PlacedRun[][] = [];
  for (const run of placed) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (row !== undefined && anchor !== undefined && Math.abs(run.baseline - anchor.baseline) <= 0.35 * Math.min(run.size, anchor.size)) {
      row.push(run);
    } else {
      rows.push([run]);
    }
  }

  for (const row of rows) row.sort((a, b) => a.x0 - b.x0);
  const lines: Line[] = [];
  for (const [k, row] of rows.entries()) {
    let segment: PlacedRun[] = [];
    for (const run of row) {
      const last = segment.at(-1);
      if (last !== undefined && (run.x0 - last.x1 > splitGapEm * Math.min(run.size, last.size) || ruleBetween(last, run) || atColumnEdge(rows, k, last, run, spaceGapEm))) {
        lines.push(toLine(segment, spaceGapEm));
        segment = [];
      }
      segment.push(run);
    }
    if (segment.length > 0) lines.push(toLine(segment, spaceGapEm));
  }
  return lines;
}

/**
 * Groups a page's text runs into lines: horizontal lines top to bottom, then left to right (runs on
 * one baseline that stand far apart become separate lines, so table cells and side-by-side fields
 * keep their own text); then vertical lines (縦書き columns, read top to bottom), right to left.
 */
export function layoutTextLines(
  runs: readonly TextRun[],
  viewportTransform: readonly number[],
  options: LineLayoutOptions = {},
): Line[] {
  const { splitGapEm = 1.2, spaceGapEm = 0.25, glyphGapEm = 0.2, verticalRules = [], horizontalRules = [], coveredText = [] } = options;
  // A glyph with a neighbour nearer than a space on its baseline is part of a horizontal word.
  const { columns, rest } = findVerticalColumns(withoutOverprints(withoutCoveredRuns(placeRuns(runs, viewportTransform), coveredText)), { splitGapEm, glyphGapEm, touchGapEm: spaceGapEm, horizontalRules });
  // Text turned to read upwards is rare (a spine, a sideways label): each run is a line of its own.
  const upwards = rest.filter((run) => run.flow === 'up').map((run) => [run]);
  const vertical = [...columns, ...upwards].sort((a, b) => b[0]!.x1 - a[0]!.x1 || a[0]!.y0 - b[0]!.y0);
  const lines = [
    ...horizontalLines(rest.filter((run) => run.flow === 'horizontal'), splitGapEm, spaceGapEm, verticalRules),
    ...vertical.map((column) => columnToLine(column, spaceGapEm)),
  ];
  return lines.filter((line) => line.text !== '');
}
