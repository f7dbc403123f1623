import type { BBox } from '../../schemas/types.ts';
import { apply, multiply, type Matrix, type Point } from './path-geometry.ts';
import { ASCENT, DESCENT } from './place-runs.ts';
import { OPS } from './pdfjs.ts';

/**
 * The text state (PDF 32000 §9.3) as pdf.js's own renderer keeps it: the text matrix, the offsets
 * moved along its lines, and what sizes and spaces glyphs. Enough to know where each text-showing
 * operator paints.
 */
export interface TextState {
  matrix: Matrix;
  lineX: number;
  lineY: number;
  x: number;
  y: number;
  fontSize: number;
  /** The font matrix's horizontal scale: glyph widths are in its units (1/1000 em for most fonts). */
  fontScale: number;
  vertical: boolean;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  /** How far `T*` moves along y: pdf.js keeps the leading with its sign turned. */
  leading: number;
  rise: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The text state at the start of a page (a fresh object: it is changed in place). */
export const initialTextState = (): TextState => ({
  matrix: IDENTITY,
  lineX: 0,
  lineY: 0,
  x: 0,
  y: 0,
  fontSize: 0,
  fontScale: 0.001,
  vertical: false,
  charSpacing: 0,
  wordSpacing: 0,
  hScale: 1,
  leading: 0,
  rise: 0,
});

/** What the text state needs of a loaded font. */
export interface FontMetrics {
  fontScale: number;
  vertical: boolean;
}

function move(state: TextState, x: number, y: number): void {
  state.lineX += x;
  state.lineY += y;
  state.x = state.lineX;
  state.y = state.lineY;
}

function setMatrix(state: TextState, matrix: Matrix): void {
  state.matrix = matrix;
  state.lineX = state.lineY = state.x = state.y = 0;
}

/**
 * Applies a text-state operator to `state` (changed in place: a page has thousands of them);
 * false when `op` is not one.
 */
export function applyTextOperator(state: TextState, op: number, args: unknown[], fontOf: (name: string) => FontMetrics): boolean {
  switch (op) {
    case OPS.beginText:
      setMatrix(state, IDENTITY);
      return true;
    case OPS.setTextMatrix: {
      const m = args[0] as ArrayLike<number> | undefined;
      setMatrix(state, m === undefined || m === null ? IDENTITY : [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!]);
      return true;
    }
    case OPS.moveText:
      move(state, args[0] as number, args[1] as number);
      return true;
    case OPS.setLeadingMoveText:
      state.leading = args[1] as number;
      move(state, args[0] as number, args[1] as number);
      return true;
    case OPS.nextLine:
      move(state, 0, state.leading);
      return true;
    case OPS.setLeading:
      state.leading = -(args[0] as number);
      return true;
    case OPS.setFont:
      Object.assign(state, fontOf(args[0] as string));
      state.fontSize = Math.abs(args[1] as number);
      return true;
    case OPS.setCharSpacing:
      state.charSpacing = args[0] as number;
      return true;
    case OPS.setWordSpacing:
      state.wordSpacing = args[0] as number;
      return true;
    case OPS.setHScale:
      state.hScale = (args[0] as number) / 100;
      return true;
    case OPS.setTextRise:
      state.rise = args[0] as number;
      return true;
    default:
      return false;
  }
}

/** A glyph of a text-showing operator as pdf.js passes it, or a number: a TJ adjustment in 1/1000 em. */
type ShownGlyph = number | { unicode?: string; width?: number; isSpace?: boolean } | null;

/** Where one text-showing operator paints on the displayed page. */
export interface ShownText {
  /** The operator's place in the page's paint order. */
  order: number;
  text: string;
  bbox: BBox;
  /** Points along the middle of the text, at its start, middle and end: where a shape over it must lie. */
  probes: [Point, Point, Point];
  /** Its fill colour, when it is painted in one flat colour (render mode 0). */
  colour: string | undefined;
}

/**
 * Where a text-showing operator paints, under the matrix `ctm`; `state` is advanced past its glyphs
 * as pdf.js advances. Vertical fonts are not placed: they advance down by metrics the operator list
 * does not carry.
 */
export function showText(state: TextState, glyphs: readonly ShownGlyph[], paint: { ctm: Matrix; order: number; colour: string | undefined }): ShownText | undefined {
  let advance = 0;
  let text = '';
  if (!Array.isArray(glyphs)) return undefined;
  for (const glyph of glyphs) {
    if (typeof glyph === 'number') {
      advance -= (glyph * state.fontSize) / 1000;
    } else if (glyph != null) {
      text += glyph.unicode ?? '';
      advance += (glyph.width ?? 0) * state.fontSize * state.fontScale + (glyph.isSpace === true ? state.wordSpacing : 0) + state.charSpacing;
    }
  }
  const width = advance * state.hScale;
  const start = state.x;
  state.x += width;
  if (state.vertical || state.fontSize === 0 || text.trim() === '') return undefined;
  const m = multiply(paint.ctm, state.matrix);
  const base = state.y + state.rise;
  const at = (x: number, y: number): Point => apply(m, start + x, base + y * state.fontSize);
  const corners = [at(0, -DESCENT), at(width, -DESCENT), at(0, ASCENT), at(width, ASCENT)];
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const middle = (ASCENT - DESCENT) / 2;
  const probe = (t: number): Point => at(t * width, middle);
  const bbox: BBox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  return { order: paint.order, text, bbox, probes: [probe(0.05), probe(0.5), probe(0.95)], colour: paint.colour };
}
