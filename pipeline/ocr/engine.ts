import type { GrayImage, OcrLanguage, OcrPage, OcrTextLine, ReadLayout } from './types.ts';

/**
 * An OCR engine: reads an image (a page's render or scan, or a region of one) as lines of text in
 * reading order with their boxes and confidence, and the rules drawn on it. The pipeline holds
 * only this: tesseract.js (ocr-pool.ts) is one implementation, registered in engines.ts; another
 * engine is one module implementing it plus a line there. An engine that reads lines of words can
 * leave straightening, ruled cells, segmentation and reading order to `readImage` (read-image.ts).
 */
export interface OcrEngine {
  /** Reads one image; lines and rules are in its pixels. @defaultValue language 'jpn' */
  recognise(image: GrayImage, language?: OcrLanguage): Promise<OcrPage>;
  /** Stops the engine's workers; reads still pending fail. */
  close(): Promise<void>;
}

/** An engine's raw read of an image: its lines of words, in its pixels, with as much layout analysis as asked. */
export type ReadText = (image: GrayImage, layout: ReadLayout) => Promise<readonly OcrTextLine[]>;
