import type { GrayImage, ImageRule, OcrLine, ReadAgain } from './types.ts';
import type { OcrEngine } from './engine.ts';

export interface OrientationOptions {
  /**
   * Mean confidence (0–100) of the horizontal reading under which the image is read as vertical
   * text too, and the more confident reading kept: horizontal scans score 85 and up on the
   * samples, vertical text read as horizontal about 20.
   * @defaultValue 60
   */
  verticalBelow?: number;
  /**
   * Horizontal lines kept beside vertical text (a footer, a caption): at least this confident in
   * the horizontal reading, and at least four characters.
   * @defaultValue 80
   */
  horizontalAbove?: number;
}

/** An image's lines in reading order, whether its text is vertical, the rules drawn on it (table borders), and what its horizontal reading read again. */
export interface OrientedReading {
  lines: OcrLine[];
  vertical: boolean;
  rules: ImageRule[];
  readAgain: ReadAgain;
}

const inside = (line: OcrLine, box: OcrLine['bbox']): boolean => {
  const x = (line.bbox[0] + line.bbox[2]) / 2;
  const y = (line.bbox[1] + line.bbox[3]) / 2;
  return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
};

/**
 * Vertical text with the horizontal lines printed beside it, which jpn_vert reads one character
 * per column: each such line replaces the columns inside it, before the vertical text when it is
 * above all of it, else after.
 */
function withHorizontalLines(columns: readonly OcrLine[], horizontal: readonly OcrLine[], confidence: number): OcrLine[] {
  const kept = horizontal.filter((l) => l.confidence >= confidence && [...l.text].length >= 4 && l.bbox[2] - l.bbox[0] > 2 * (l.bbox[3] - l.bbox[1]));
  const rest = columns.filter((column) => !kept.some((line) => inside(column, line.bbox)));
  const top = Math.min(...rest.map((column) => column.bbox[1]));
  return [...kept.filter((l) => l.bbox[3] <= top), ...rest, ...kept.filter((l) => l.bbox[3] > top)];
}

/**
 * Reads an image as horizontal Japanese (jpn), and when that reading is unsure, as vertical
 * (jpn_vert) too, keeping the more confident: nothing tells a scan's writing direction before
 * it is read, and most pages are horizontal, so they are read once.
 */
export async function recogniseEitherWay(ocr: OcrEngine, image: GrayImage, options: OrientationOptions = {}): Promise<OrientedReading> {
  const { verticalBelow = 60, horizontalAbove = 80 } = options;
  const horizontal = await ocr.recognise(image, 'jpn');
  // Vertical text keeps some horizontal lines, which may be ones read again.
  const { rules, readAgain } = horizontal;
  if (horizontal.confidence >= verticalBelow) return { lines: horizontal.lines, vertical: false, rules, readAgain };
  const vertical = await ocr.recognise(image, 'jpn_vert');
  if (vertical.confidence <= horizontal.confidence) return { lines: horizontal.lines, vertical: false, rules, readAgain };
  return { lines: withHorizontalLines(vertical.lines, horizontal.lines, horizontalAbove), vertical: true, rules, readAgain };
}
