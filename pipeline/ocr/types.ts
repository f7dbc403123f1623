/**
 * What the OCR stage takes and gives, whichever engine reads: a gray image in, lines of text with
 * their boxes and confidence out, and the ruled lines found in the image. Pixels, origin top-left,
 * of the image given; page coordinates come from `page-coordinates.ts`.
 */

/** An 8-bit grayscale raster, one byte per pixel, rows top to bottom. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Horizontal Japanese, or vertical (縦書き: columns read top to bottom, right to left). */
export type OcrLanguage = 'jpn' | 'jpn_vert';

/** A ruled line found in a raster: pixels, origin top-left; `from`–`to` along it, `at` across (its middle). */
export interface ImageRule {
  orientation: 'horizontal' | 'vertical';
  from: number;
  to: number;
  at: number;
  /** Pixels across. */
  thickness: number;
}

/** A box in pixels, [x0, y0, x1, y1), origin top-left. */
export type PixelBox = [number, number, number, number];

/** A box in pixels, origin top-left. */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A word as an engine reads it: text, box in pixels, confidence 0–100, and its characters' boxes when the engine gives them. */
export interface OcrWord {
  text: string;
  bbox: OcrBox;
  confidence: number;
  symbols?: readonly { text: string; bbox: OcrBox }[];
}

/** One OCR'd line in image pixels. */
export interface OcrLine {
  text: string;
  /**
   * [x0, y0, x1, y1] in pixels, origin top-left, of the image as straightened: turned about its
   * centre by `OcrPage.skewDegrees`, so that boxes stay tight around lines (at most 1–2% of the
   * image's size from where the skewed scan shows them).
   */
  bbox: [number, number, number, number];
  /** 0–100 as the engine reports it. */
  confidence: number;
  /** A column of vertical text (縦書き), read top to bottom: its font size is its width. */
  vertical?: boolean;
}

/** An image read by OCR. */
export interface OcrPage {
  /** In reading order: lines top to bottom, or vertical columns right to left. */
  lines: OcrLine[];
  /** Mean confidence of the page's words, 0–100. */
  confidence: number;
  /** Degrees the image was turned to straighten it before OCR. */
  skewDegrees: number;
  /** Ruled lines of the image (table borders, frames), in the same pixels as the lines: for the table stage. */
  rules: ImageRule[];
  /** What was read again because the first read left it unread (unread-lines.ts): for the page's method_reason. */
  readAgain: ReadAgain;
}

/** Print a page's first read left unread and OCR read again: the whole page, read without a page layout, and lines one by one. */
export interface ReadAgain {
  page: boolean;
  lines: number;
}

/** A line of words as an engine reads it, before it is cut into segments and ordered for reading. */
export interface OcrTextLine {
  bbox: OcrBox;
  words: OcrWord[];
}

/**
 * How much layout an engine looks for: `page` finds the blocks of a page layout, `sparse` finds
 * text wherever it stands without a page layout (a cover whose layout analysis failed), `block`
 * reads the image as one block of text (a table cell, where layout analysis drops small labels as
 * noise), `line` as one line.
 */
export type ReadLayout = 'page' | 'sparse' | 'block' | 'line';
