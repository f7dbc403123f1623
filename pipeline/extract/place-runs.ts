/** A run of text as pdf.js reports it (`TextItem`), reduced to what layout needs. */
export interface TextRun {
  str: string;
  /** Text-space to user-space matrix of the run's origin (pdf.js `TextItem.transform`). */
  transform: number[];
  /** Advance width in user-space units (for a vertical font: the font size). */
  width: number;
  /** Advance height in user-space units, for a vertical font (pdf.js `TextItem.height`). */
  height?: number;
  /** pdf.js writes `ttb` for runs in a vertical font (CMaps such as Identity-V, UniJIS-UCS2-V). */
  dir?: string;
}

/**
 * Which way a run's text advances on the displayed page: `horizontal` (along x, either way),
 * `down` (a vertical font, or horizontal glyphs turned sideways in vertical text), `up` (text turned
 * the other way, as on a book's spine).
 */
export type RunFlow = 'horizontal' | 'down' | 'up';

/** A run placed on the displayed page: points, origin top-left, y grows downwards. */
export interface PlacedRun {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** y of the baseline, for horizontal runs. */
  baseline: number;
  size: number;
  flow: RunFlow;
}

/** Glyph boxes are not in the text layer; an ascent and descent of 0.88/0.12 em fit CJK fonts well. */
export const ASCENT = 0.88;
export const DESCENT = 0.12;

const multiply = (m: readonly number[], n: readonly number[]): number[] => [
  m[0]! * n[0]! + m[2]! * n[1]!,
  m[1]! * n[0]! + m[3]! * n[1]!,
  m[0]! * n[2]! + m[2]! * n[3]!,
  m[1]! * n[2]! + m[3]! * n[3]!,
  m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
  m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
];

type Vector = [number, number];

/** The box around `origin` + a·`u` + b·`v` for a, b within the given ranges. */
function spannedBox(origin: Vector, u: Vector, [a0, a1]: Vector, v: Vector, [b0, b1]: Vector): [number, number, number, number] {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const a of [a0, a1]) {
    for (const b of [b0, b1]) {
      xs.push(origin[0] + a * u[0] + b * v[0]);
      ys.push(origin[1] + a * u[1] + b * v[1]);
    }
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * Places one run on the displayed page with the viewport's transform (handles /Rotate and the crop
 * box). A horizontal font's run advances along its text-space x axis from its origin on the
 * baseline; a vertical font's run (PDF 32000 §9.7.4.3) advances down from its origin at the top
 * centre of its first glyph.
 */
function placeRun(run: TextRun, viewportTransform: readonly number[]): PlacedRun | undefined {
  const m = multiply(viewportTransform, run.transform);
  const size = Math.hypot(m[2]!, m[3]!);
  const scaleX = Math.hypot(m[0]!, m[1]!);
  if (size === 0 || scaleX === 0) return undefined;
  const viewportScale = Math.hypot(viewportTransform[0]!, viewportTransform[1]!);
  const along: Vector = [m[0]! / scaleX, m[1]! / scaleX];
  const up: Vector = [m[2]! / size, m[3]! / size];
  const origin: Vector = [m[4]!, m[5]!];
  const vertical = run.dir === 'ttb';
  const advance: Vector = vertical ? [-up[0], -up[1]] : along;
  const [x0, y0, x1, y1] = vertical
    ? spannedBox(origin, along, [-scaleX / 2, scaleX / 2], advance, [0, (run.height ?? 0) * viewportScale])
    : spannedBox(origin, advance, [0, run.width * viewportScale], up, [-DESCENT * size, ASCENT * size]);
  const flow: RunFlow = Math.abs(advance[0]) >= Math.abs(advance[1]) ? 'horizontal' : advance[1] > 0 ? 'down' : 'up';
  return { text: run.str, x0, y0, x1, y1, baseline: origin[1], size, flow };
}

/** Places a page's runs on the displayed page, leaving out whitespace runs. */
export function placeRuns(runs: readonly TextRun[], viewportTransform: readonly number[]): PlacedRun[] {
  // pdf.js adds whitespace runs of its own across wide gaps (even across table cells):
  // spacing is decided from the gaps instead.
  return runs.filter((run) => run.str.trim() !== '').flatMap((run) => placeRun(run, viewportTransform) ?? []);
}
