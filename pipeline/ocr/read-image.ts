import { isAnyLabel } from '../structure/find-labels.ts';
import { labelVocabulary } from '../structure/load-profiles.ts';
import type { ReadText } from './engine.ts';
import { assembleOcrLines } from './ocr-page.ts';
import { prepareForOcr } from './prepare-image.ts';
import { readPageByCells } from './read-cells.ts';
import { NOTHING_READ_AGAIN, withMissedTextRead } from './unread-lines.ts';
import { findRuledCells } from './table-cells.ts';
import type { GrayImage, OcrLanguage, OcrPage, OcrTextLine } from './types.ts';

export interface ReadImageOptions {
  language: OcrLanguage;
  /**
   * Segments read with less confidence than this (0–100) are dropped as noise.
   * @defaultValue 30
   */
  minConfidence?: number;
}

/**
 * A field label of the vocabulary, kept however unsure OCR was of it: a label cell printed
 * letter-spaced (「予　算」) reads right at confidence 26, and noise never spells a label.
 */
const spellsFieldLabel = (text: string): boolean => isAnyLabel(text, labelVocabulary(), { ocr: true });

/** Mean confidence of the words read, 0–100 (0 when there are none). */
function meanWordConfidence(lines: readonly OcrTextLine[]): number {
  const words = lines.flatMap((line) => line.words);
  return words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
}

/**
 * Reads one image with an engine's raw reads, the steps every engine shares: the image
 * straightened and cleaned first (prepare-image.ts), its table cells read one by one
 * (read-cells.ts), lines split into cells and put in reading order (ocr-page.ts).
 */
export async function readImage(image: GrayImage, read: ReadText, options: ReadImageOptions): Promise<OcrPage> {
  const { language, minConfidence } = options;
  const prepared = prepareForOcr(image, { vertical: language === 'jpn_vert' });
  const cellsRead = await readPageByCells(prepared.image, findRuledCells(prepared.image, prepared.rules), read);
  const { parts, readAgain } = language === 'jpn' ? await withMissedTextRead(prepared.image, cellsRead, read) : { parts: cellsRead, readAgain: NOTHING_READ_AGAIN };
  const lines = assembleOcrLines(parts, prepared.rules, { horizontal: language === 'jpn', minConfidence, keepUnsure: spellsFieldLabel, image: prepared.image });
  return { lines, confidence: meanWordConfidence(parts.flatMap((part) => part.lines)), skewDegrees: prepared.skewDegrees, rules: prepared.rules, readAgain };
}
