import type { GrayImage, OcrLine } from './types.ts';
import type { OcrEngine } from './engine.ts';

/** Turns an image a quarter turn: clockwise, or counterclockwise. */
export function turnQuarter(image: GrayImage, clockwise: boolean): GrayImage {
  const { width, height, data } = image;
  const out = new Uint8Array(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Clockwise, (x, y) lands at (height - 1 - y, x) of a height-wide image; counterclockwise at (y, width - 1 - x).
      const at = clockwise ? x * height + (height - 1 - y) : (width - 1 - x) * height + y;
      out[at] = data[y * width + x]!;
    }
  }
  return { width: height, height: width, data: out };
}

/** A box of the turned image back in the image's own pixels. */
function unturnBox([x0, y0, x1, y1]: OcrLine['bbox'], image: GrayImage, clockwise: boolean): OcrLine['bbox'] {
  return clockwise ? [y0, image.height - x1, y1, image.height - x0] : [image.width - y1, x0, image.width - y0, x1];
}

/**
 * Reads text turned sideways (a margin's date and issue number printed up the page, as 官報 does)
 * as horizontal Japanese, the image turned both ways and the more confident reading kept; lines
 * in the image's own pixels, marked vertical (their font size is their width).
 */
export async function recogniseSideways(ocr: OcrEngine, image: GrayImage): Promise<{ lines: OcrLine[]; confidence: number }> {
  let best: { lines: OcrLine[]; confidence: number } = { lines: [], confidence: -1 };
  for (const clockwise of [true, false]) {
    const read = await ocr.recognise(turnQuarter(image, clockwise), 'jpn');
    if (read.confidence > best.confidence) {
      best = { lines: read.lines.map((line) => ({ ...line, bbox: unturnBox(line.bbox, image, clockwise), vertical: true })), confidence: read.confidence };
    }
  }
  return best;
}
