import type { BBox, Line } from '../../schemas/types.ts';

/** A run of text as pdf.js reports it (`TextItem`), reduced to what layout needs. */
export interface TextRun {
  str: string;
  /** Text-space to user-space matrix of the run's origin (pdf.js `TextItem.transform`). */
  transform: number[];
  /** Advance width in user-space units. */
  width: number;
}

/** A run placed on the displayed page: points, origin top-left, y grows downwards. */
interface PlacedRun {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
}

export interface LineLayoutOptions {
  /**
   * A horizontal gap wider than this many font sizes splits a line into two (table cells,
   * columns, a label and its value set apart).
   * @defaultValue 1.2
   */
  splitGapEm?: number;
  /**
   * A gap wider than this many font sizes (and not wide enough to split) is written as a space.
   * @defaultValue 0.25
   */
  spaceGapEm?: number;
  /** Vertical rules (table borders): runs on either side of one are never joined. */
  verticalRules?: readonly { from: number; to: number; at: number }[];
}

const multiply = (m: readonly number[], n: readonly number[]): number[] => [
  m[0]! * n[0]! + m[2]! * n[1]!,
  m[1]! * n[0]! + m[3]! * n[1]!,
  m[0]! * n[2]! + m[2]! * n[3]!,
  m[1]! * n[2]! + m[3]! * n[3]!,
  m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
  m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
];

/** Places runs on the displayed page with the viewport's transform (handles /Rotate and the crop box). */
function placeRuns(runs: readonly TextRun[], viewportTransform: readonly number[]): PlacedRun[] {
  const placed: PlacedRun[] = [];
  for (const run of runs) {
    // pdf.js adds whitespace runs of its own across wide gaps (even across table cells):
    // spacing is decided from the gaps instead.
    if (run.str.trim() === '') continue;
    const m = multiply(viewportTransform, run.transform);
    const size = Math.hypot(m[2]!, m[3]!);
    const scaleX = Math.hypot(m[0]!, m[1]!);
    if (size === 0 || scaleX === 0) continue;
    // Advance along the run's own direction, scaled from user space to the viewport.
    const viewportScale = Math.hypot(viewportTransform[0]!, viewportTransform[1]!);
    const dx = (m[0]! / scaleX) * run.width * viewportScale;
    const x0 = Math.min(m[4]!, m[4]! + dx);
    const x1 = Math.max(m[4]!, m[4]! + dx);
    placed.push({ text: run.str, x0, x1, baseline: m[5]!, size });
  }
  return placed;
}

const round = (n: number): number => Math.round(n * 100) / 100;

function toLine(row: PlacedRun[], spaceGapEm: number): Line {
  let text = '';
  let previous: PlacedRun | undefined;
  for (const run of row) {
    if (previous !== undefined) {
      const gap = run.x0 - previous.x1;
      const spaced = /\s$/.test(text) || /^\s/.test(run.text);
      if (!spaced && gap > spaceGapEm * Math.min(run.size, previous.size)) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  const size = Math.max(...row.map((r) => r.size));
  const x0 = Math.min(...row.map((r) => r.x0));
  const x1 = Math.max(...row.map((r) => r.x1));
  const baseline = Math.max(...row.map((r) => r.baseline));
  // Glyph boxes are not in the text layer; ascent/descent of 0.88/0.12 em fit CJK fonts well.
  const bbox: BBox = [round(x0), round(baseline - size * 0.88), round(x1), round(baseline + size * 0.12)];
  return { text: text.trim(), bbox, font_size: round(size) };
}

/**
 * Groups a page's text runs into lines in reading order (top to bottom, then left to right).
 * Runs on one baseline that stand far apart become separate lines, so table cells and
 * side-by-side fields keep their own text.
 */
export function layoutTextLines(
  runs: readonly TextRun[],
  viewportTransform: readonly number[],
  options: LineLayoutOptions = {},
): Line[] {
  const { splitGapEm = 1.2, spaceGapEm = 0.25, verticalRules = [] } = options;
  const ruleBetween = (left: PlacedRun, right: PlacedRun): boolean =>
    verticalRules.some((r) => r.at > left.x1 - 1 && r.at < right.x0 + 1 && r.from <= right.baseline && r.to >= right.baseline - right.size);
  const placed = placeRuns(runs, viewportTransform).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);

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

  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x0 - b.x0);
    let segment: PlacedRun[] = [];
    for (const run of row) {
      const last = segment.at(-1);
      if (last !== undefined && (run.x0 - last.x1 > splitGapEm * Math.min(run.size, last.size) || ruleBetween(last, run))) {
        lines.push(toLine(segment, spaceGapEm));
        segment = [];
      }
      segment.push(run);
    }
    if (segment.length > 0) lines.push(toLine(segment, spaceGapEm));
  }
  return lines.filter((line) => line.text !== '');
}
