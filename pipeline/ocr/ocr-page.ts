import { orderForReading } from '../extract/reading-order.ts';
import type { ImageRule } from './image-rules.ts';
import type { OcrLine } from './ocr-pool.ts';
import { segmentOcrLine, type OcrWord } from './ocr-segments.ts';

/** What tesseract.js returns with `{ blocks: true }`, as far as it is read here. */
export interface TesseractBlock {
  paragraphs: { lines: { bbox: { y0: number; y1: number }; words: OcrWord[] }[] }[];
}

export interface OcrPageOptions {
  /**
   * Segments read with less confidence (0–100) are dropped: on the samples they are borders,
   * dots and fills read as 「ここ」「る」「.」, never words (real text scores 45 and up, mostly 80+).
   * @defaultValue 30
   */
  minConfidence?: number;
  /** Horizontal text: lines are split at vertical rules and put in reading order like a text layer's. */
  horizontal: boolean;
}

/** The x positions of the vertical rules crossing a line's middle. */
const breaksAcross = (rules: readonly ImageRule[], bbox: { y0: number; y1: number }): number[] => {
  const middle = (bbox.y0 + bbox.y1) / 2;
  return rules.filter((r) => r.orientation === 'vertical' && r.from < middle && r.to > middle).map((r) => r.at);
};

/**
 * The lines of one OCR'd page: tesseract's lines cut into segments (at wide gaps, borders read as
 * 「|」 and the erased vertical rules), noise dropped, and for horizontal text ordered for reading
 * the way the text layer is (blocks by XY-cut, rows of a table kept apart by its rules): tesseract
 * reads two boxes side by side line by line across both.
 */
export function assembleOcrLines(blocks: readonly TesseractBlock[], rules: readonly ImageRule[], options: OcrPageOptions): OcrLine[] {
  const { minConfidence = 30, horizontal } = options;
  const lines: OcrLine[] = [];
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const columnBreaks = horizontal ? breaksAcross(rules, line.bbox) : [];
        lines.push(...segmentOcrLine(line.words, { columnBreaks }).filter((s) => s.confidence >= minConfidence));
      }
    }
  }
  if (!horizontal) return lines;
  const asLines = lines.map((line) => ({ ...line, font_size: line.bbox[3] - line.bbox[1] }));
  return orderForReading(asLines, rules).map(({ text, bbox, confidence }) => ({ text, bbox, confidence: confidence ?? 0 }));
}
