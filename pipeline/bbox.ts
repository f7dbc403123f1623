import type { BBox } from '../schemas/types.ts';

/** The smallest box around all of `boxes` (page coordinates, [x0, y0, x1, y1]). */
export const unionBox = (boxes: readonly BBox[]): BBox => [
  Math.min(...boxes.map((b) => b[0])),
  Math.min(...boxes.map((b) => b[1])),
  Math.max(...boxes.map((b) => b[2])),
  Math.max(...boxes.map((b) => b[3])),
];
