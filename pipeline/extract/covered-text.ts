import type { BBox } from '../../schemas/types.ts';
import { unionBox } from '../bbox.ts';
import { insideArea, type Point, type Subpath } from './path-geometry.ts';
import type { PlacedRun } from './place-runs.ts';
import type { ShownText } from './shown-text.ts';

/**
 * Something painted on the page, in paint order: a fill, an image, a shading. `colour` is the fill's
 * RGB when it is one flat colour; `solid` says whether it hides what lies under it (an opaque fill;
 * an image may be transparent, so it hides nothing here).
 */
export interface Paint {
  order: number;
  subpaths: Subpath[];
  bbox: BBox;
  clip: BBox | undefined;
  colour: string | undefined;
  solid: boolean;
}

/** Text the page's own drawing hides from every reader of the page. */
export interface CoveredText {
  text: string;
  bbox: BBox;
}

const within = (p: Point, b: BBox): boolean => p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
const paints = (paint: Paint, p: Point): boolean => within(p, paint.bbox) && (paint.clip === undefined || within(p, paint.clip)) && insideArea(p, paint.subpaths);

/** An unpainted page is white. */
const PAGE_COLOUR = '#ffffff';
/** Largest difference per channel (of 255) between text and what is under it that still reads as the same colour. */
const SAME_COLOUR = 8;

function sameColour(a: string, b: string): boolean {
  const channels = (hex: string): number[] => [1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16));
  const [ca, cb] = [channels(a), channels(b)];
  return ca.every((v, k) => Math.abs(v - cb[k]!) <= SAME_COLOUR);
}

/** Cells of the grid paints are filed in, per side: a point is tested against the paints of its cell only. */
const GRID = 16;

const overlapShare = (a: BBox, b: BBox): number => {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  const smaller = Math.min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]));
  return w <= 0 || h <= 0 || smaller <= 0 ? 0 : (w * h) / smaller;
};

/**
 * The texts no reader of the page sees: painted over along their whole length by a later opaque
 * fill, or printed in the colour of what lies under them. Slide and poster software leaves such
 * text behind: a text box moved under a coloured box, white text left outside the box it labelled.
 * The text layer still holds it. A text drawn again where it can be seen is not covered.
 */
export function coveredTexts(shown: readonly ShownText[], painted: readonly Paint[], page: { width: number; height: number }): CoveredText[] {
  // A damaged page can place text or paths nowhere (a matrix of NaNs): what has no place hides nothing and is hidden by nothing.
  const placed = (points: readonly number[]): boolean => points.every(Number.isFinite);
  const texts = shown.filter((text) => text.probes.every((p) => placed(p)));
  if (texts.length === 0) return [];
  const cell = (v: number, size: number): number => Math.min(GRID - 1, Math.max(0, Math.floor((v / size) * GRID)));
  const grid: Paint[][] = Array.from({ length: GRID * GRID }, () => []);
  for (const paint of painted.filter((p) => placed(p.bbox))) {
    for (let cx = cell(paint.bbox[0], page.width); cx <= cell(paint.bbox[2], page.width); cx++) {
      for (let cy = cell(paint.bbox[1], page.height); cy <= cell(paint.bbox[3], page.height); cy++) grid[cy * GRID + cx]!.push(paint);
    }
  }
  const at = (p: Point): Paint[] => grid[cell(p[1], page.height) * GRID + cell(p[0], page.width)]!;
  const paintedOver = (text: ShownText): boolean => at(text.probes[1]!).some((paint) => paint.solid && paint.order > text.order && text.probes.every((p) => paints(paint, p)));
  const background = (text: ShownText, p: Point): string | undefined => {
    let top: Paint | undefined;
    for (const paint of at(p)) if (paint.order < text.order && (top === undefined || paint.order > top.order) && paints(paint, p)) top = paint;
    return top === undefined ? PAGE_COLOUR : top.colour;
  };
  const camouflaged = (text: ShownText): boolean =>
    text.colour !== undefined &&
    text.probes.every((p) => {
      const under = background(text, p);
      return under !== undefined && sameColour(under, text.colour!);
    });
  const hidden = new Set(texts.filter((text) => paintedOver(text) || camouflaged(text)));
  const seenAgain = (text: ShownText): boolean => texts.some((other) => !hidden.has(other) && other.text.includes(text.text) && overlapShare(other.bbox, text.bbox) > 0.5);
  return [...hidden].filter((text) => !seenAgain(text)).map((text) => ({ text: text.text, bbox: text.bbox }));
}

/** The smaller side of a text's box: its size, whichever way it runs. */
export const sizeOf = (text: CoveredText): number => Math.min(text.bbox[2] - text.bbox[0], text.bbox[3] - text.bbox[1]);

/**
 * Covered texts as a reader of the source would quote them: pieces drawn one after another on one
 * line (「03」「-」「3501」…) joined.
 */
export function coveredPieces(covered: readonly CoveredText[]): CoveredText[] {
  const pieces: CoveredText[] = [];
  for (const text of covered) {
    const last = pieces.at(-1);
    const size = sizeOf(text);
    const sameLine = last !== undefined && Math.abs(last.bbox[1] - text.bbox[1]) < size / 4 && Math.abs(last.bbox[3] - text.bbox[3]) < size / 4;
    if (last !== undefined && sameLine && text.bbox[0] >= last.bbox[2] - size / 4 && text.bbox[0] - last.bbox[2] < size / 2) {
      pieces[pieces.length - 1] = { text: last.text + text.text, bbox: unionBox([last.bbox, text.bbox]) };
    } else pieces.push(text);
  }
  return pieces;
}

const compact = (text: string): string => text.replace(/\s+/g, '');

/**
 * The runs without those a shape covers. A run is covered text when the covered texts lying on it
 * make up its text: pdf.js may cut one operator's text into several runs, or join the texts of
 * several operators into one; a run that joins covered and visible text is kept whole.
 */
export function withoutCoveredRuns(runs: readonly PlacedRun[], covered: readonly CoveredText[]): PlacedRun[] {
  if (covered.length === 0) return [...runs];
  return runs.filter((run) => {
    const text = compact(run.text);
    const box: BBox = [run.x0, run.y0, run.x1, run.y1];
    const lying = covered.filter((c) => overlapShare(box, c.bbox) > 0.5);
    return text === '' || !compact(lying.map((c) => c.text).join('')).includes(text);
  });
}
