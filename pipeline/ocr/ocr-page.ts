import type { Line } from '../../schemas/types.ts';
import { unionBox } from '../bbox.ts';
import { orderForReading } from '../lines/reading-order.ts';
import { widestBlankRun } from './blank-run.ts';
import { joinTouchingSegments, segmentOcrLine } from './ocr-segments.ts';
import type { GrayImage, ImageRule, OcrBox, OcrLine, OcrTextLine, OcrWord } from './types.ts';

export interface OcrPageOptions {
  /**
   * Segments read with less confidence (0–100) are dropped: on the samples they are borders,
   * dots and fills read as 「ここ」「る」「.」, never words (real text scores 45 and up, mostly 80+).
   * @defaultValue 30
   */
  minConfidence?: number;
  /** Whether a segment read with less confidence is kept all the same (it spells what noise never does). */
  keepUnsure?: (text: string) => boolean;
  /** Horizontal text (jpn), or vertical (jpn_vert): columns read top to bottom, right to left. */
  horizontal: boolean;
  /** The image the engine read: gaps between words are measured on it, not only between their boxes. */
  image?: GrayImage;
}

/** The x positions of the vertical rules crossing a line's middle. */
const breaksAcross = (rules: readonly ImageRule[], bbox: { y0: number; y1: number }): number[] => {
  const middle = (bbox.y0 + bbox.y1) / 2;
  return rules.filter((r) => r.orientation === 'vertical' && r.from < middle && r.to > middle).map((r) => r.at);
};

/**
 * Vertical text turned a quarter turn so that its columns read like horizontal lines: down a
 * column becomes left to right, the rightmost column the top line. `width` is the image's.
 */
const turnBox = (b: OcrBox, width: number): OcrBox => ({ x0: b.y0, y0: width - b.x1, x1: b.y1, y1: width - b.x0 });
// tesseract.js gives jpn_vert symbols boxes of zero width in another frame: the word's box is shared out instead.
const turnWord = ({ text, bbox, confidence }: OcrWord, width: number): OcrWord => ({ text, bbox: turnBox(bbox, width), confidence });
const turnRule = (rule: ImageRule, width: number): ImageRule => ({
  ...rule,
  orientation: rule.orientation === 'horizontal' ? 'vertical' : 'horizontal',
  from: rule.orientation === 'horizontal' ? width - rule.to : rule.from,
  to: rule.orientation === 'horizontal' ? width - rule.from : rule.to,
  at: rule.orientation === 'horizontal' ? rule.at : width - rule.at,
});
const unturnLine = (line: OcrLine, width: number): OcrLine => {
  const [x0, y0, x1, y1] = line.bbox;
  return { ...line, bbox: [width - y1, x0, width - y0, x1], vertical: true };
};

/** What one read gave: the page, or one ruled cell of it (in the page's pixels). */
export interface OcrPart {
  lines: readonly OcrTextLine[];
  /** Read from one ruled cell: its lines stay together in reading order, whatever their sizes. */
  cell: boolean;
}

/**
 * The lines of one OCR'd page: tesseract's lines cut into segments (at wide gaps, borders read as
 * 「|」 and the erased vertical rules), noise dropped, and ordered for reading the way the text
 * layer is (blocks by XY-cut, rows of a table kept apart by its rules): tesseract reads two boxes
 * side by side line by line across both, and gives a vertical column's words out of order. A cell
 * read on its own is ordered as one block among the page's (OCR boxes a label's lines at
 * different heights, 「施策効果の」 15 pt and 「詳細」 9 pt, so they would not group as one).
 * Vertical text (jpn_vert) is read turned a quarter turn, so its columns come right to left and
 * its 段 top to bottom, then turned back.
 */
export function assembleOcrLines(parts: readonly OcrPart[], rules: readonly ImageRule[], options: OcrPageOptions): OcrLine[] {
  const { minConfidence = 30, keepUnsure = () => false, horizontal, image } = options;
  const width = Math.max(0, ...parts.flatMap((part) => part.lines).flatMap((line) => line.words.map((w) => w.bbox.x1)));
  const readRules = horizontal ? rules : rules.map((rule) => turnRule(rule, width));
  const segmentsOf = (part: OcrPart): OcrLine[] => {
    const lines: OcrLine[] = [];
    for (const line of part.lines) {
      const words = horizontal ? line.words : line.words.map((word) => turnWord(word, width));
      const bbox = horizontal ? line.bbox : { y0: Math.min(...words.map((w) => w.bbox.y0)), y1: Math.max(...words.map((w) => w.bbox.y1)) };
      // A turned line's x is the image's y, and its y runs back from the image's right edge.
      const blankBetween =
        image === undefined
          ? undefined
          : (from: number, to: number): number =>
              widestBlankRun(image, horizontal ? { along: 'x', from, to, acrossFrom: bbox.y0, acrossTo: bbox.y1 } : { along: 'y', from, to, acrossFrom: width - bbox.y1, acrossTo: width - bbox.y0 });
      lines.push(...segmentOcrLine(words, { columnBreaks: breaksAcross(readRules, bbox), blankBetween }).filter((s) => s.confidence >= minConfidence || keepUnsure(s.text)));
    }
    return lines;
  };
  const joined = (lines: readonly OcrLine[]): Line[] => joinTouchingSegments(lines, readRules).map((line) => ({ ...line, font_size: line.bbox[3] - line.bbox[1] }));
  // The page's reads are joined together: a line read again (its end missed) may take up where the page's read left off.
  const units: Line[] = joined(parts.filter((part) => !part.cell).flatMap(segmentsOf));
  const cells = new Map<Line, Line[]>();
  for (const part of parts.filter((part) => part.cell)) {
    const lines = joined(segmentsOf(part));
    if (lines.length === 0) continue;
    const bbox = unionBox(lines.map((l) => l.bbox));
    // Its own height as its size: a unit never passes for a vertical line, nor groups with a line outside its cell.
    const unit = { text: '', bbox, font_size: bbox[3] - bbox[1] };
    cells.set(unit, orderForReading(lines, readRules));
    units.push(unit);
  }
  const ordered = orderForReading(units, readRules)
    .flatMap((unit) => cells.get(unit) ?? [unit])
    .map(({ text, bbox, confidence }) => ({ text, bbox, confidence: confidence ?? 0 }));
  return horizontal ? ordered : ordered.map((line) => unturnLine(line, width));
}
