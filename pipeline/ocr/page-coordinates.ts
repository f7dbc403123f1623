import type { Line } from '../../schemas/types.ts';
import type { Rule } from '../extract/types.ts';
import { correctMisreads } from './misreads.ts';
import type { ImageRule, OcrLine } from './types.ts';

/** OCR lines in page coordinates (points, top-left origin), as published. */
export function ocrLinesToPage(lines: readonly OcrLine[], pointsPerPixel: number, offset: [number, number] = [0, 0]): Line[] {
  const round = (n: number): number => Math.round(n * 100) / 100;
  return lines.map((line) => {
    const [x0, y0, x1, y1] = line.bbox;
    return {
      text: correctMisreads(line.text),
      bbox: [
        round(offset[0] + x0 * pointsPerPixel),
        round(offset[1] + y0 * pointsPerPixel),
        round(offset[0] + x1 * pointsPerPixel),
        round(offset[1] + y1 * pointsPerPixel),
      ],
      font_size: round((line.vertical === true ? x1 - x0 : y1 - y0) * pointsPerPixel),
      confidence: Math.round(line.confidence * 10) / 10,
    };
  });
}

/** Rules found in an OCR'd image in page coordinates (points, top-left origin), as the table and record stages read them. */
export function ocrRulesToPage(rules: readonly ImageRule[], pointsPerPixel: number, offset: [number, number] = [0, 0]): Rule[] {
  const round = (n: number): number => Math.round(n * 100) / 100;
  return rules.map(({ orientation, from, to, at }) => {
    const [alongOffset, acrossOffset] = orientation === 'horizontal' ? offset : [offset[1], offset[0]];
    return {
      orientation,
      from: round(alongOffset + from * pointsPerPixel),
      to: round(alongOffset + to * pointsPerPixel),
      at: round(acrossOffset + at * pointsPerPixel),
    };
  });
}
