/** Paths of a page's operator list as points on the displayed page, and the tests made on them. */

export type Matrix = [number, number, number, number, number, number];
export type Point = [number, number];

export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

export const apply = (m: Matrix, x: number, y: number): Point => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** pdf.js `DrawOPS`: the path codes inside a `constructPath` operator's data. */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/**
 * One subpath: its points, curves taken by their end points. `curved[k]` says whether the segment
 * ending at `points[k]` was a curve (never a straight edge, so never a rule).
 */
export interface Subpath {
  points: Point[];
  curved: boolean[];
}

/** The subpaths of a `constructPath` operator's data under the matrix `ctm`. */
export function subpathsOf(data: ArrayLike<number>, ctm: Matrix): Subpath[] {
  const subpaths: Subpath[] = [];
  let current: Subpath | undefined;
  const to = (x: number, y: number, curved: boolean): void => {
    current ??= { points: [], curved: [] };
    current.points.push(apply(ctm, x, y));
    current.curved.push(curved);
  };
  for (let i = 0; i < data.length; ) {
    const code = data[i++];
    if (code === MOVE_TO) {
      if (current !== undefined) subpaths.push(current);
      current = undefined;
      to(data[i++]!, data[i++]!, false);
    } else if (code === LINE_TO) {
      to(data[i++]!, data[i++]!, false);
    } else if (code === CURVE_TO) {
      to(data[i + 4]!, data[i + 5]!, true);
      i += 6;
    } else if (code === QUADRATIC_CURVE_TO) {
      to(data[i + 2]!, data[i + 3]!, true);
      i += 4;
    } else if (code === CLOSE_PATH) {
      if (current !== undefined) {
        current.points.push(current.points[0]!);
        current.curved.push(false);
      }
    } else {
      break;
    }
  }
  if (current !== undefined) subpaths.push(current);
  return subpaths;
}

/** Whether `p` is inside the area the subpaths fill, by the even-odd rule (curves cut by their chords). */
export function insideArea(p: Point, subpaths: readonly Subpath[]): boolean {
  let inside = false;
  for (const { points } of subpaths) {
    for (let k = 0, j = points.length - 1; k < points.length; j = k++) {
      const [xk, yk] = points[k]!;
      const [xj, yj] = points[j]!;
      if (yk > p[1] !== yj > p[1] && p[0] < ((xj - xk) * (p[1] - yk)) / (yj - yk) + xk) inside = !inside;
    }
  }
  return inside;
}
