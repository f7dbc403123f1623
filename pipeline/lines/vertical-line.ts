import type { Line } from '../../schemas/types.ts';

/**
 * A line read top to bottom: taller than two glyphs and about one glyph wide (a one-glyph column
 * cannot be told from a one-glyph line, and reads the same either way).
 */
export const isVerticalLine = (line: Line): boolean =>
  line.bbox[3] - line.bbox[1] >= 1.8 * line.font_size && line.bbox[2] - line.bbox[0] <= 1.5 * line.font_size;
