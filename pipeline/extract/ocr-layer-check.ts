import type { Line } from '../../schemas/types.ts';
import { editDistance } from '../normalise/edit-distance.ts';
import type { PageContent } from './page-content.ts';

/**
 * What to do with an invisible OCR layer over a scan (text render mode 3, as a scanner's software
 * writes it): `keep` it as the page's text, `check` it against a fresh OCR reading and keep the
 * better, or `replace` it by that reading.
 */
export type OcrLayerMode = 'keep' | 'check' | 'replace';
/** The mode when none is given: re-OCR the page and keep the better reading. */
export const DEFAULT_OCR_LAYERS: OcrLayerMode = 'check';
/**
 * The mode a run's pages are read with, as recorded in a document's provenance and compared on a
 * re-run (another mode may read a scan's text otherwise): none when OCR is off, since then no
 * layer is checked or replaced.
 */
export const ocrLayersRead = (ocr: boolean, mode: OcrLayerMode = DEFAULT_OCR_LAYERS): OcrLayerMode | null => (ocr ? mode : null);

export interface OcrLayerCheckOptions {
  /**
   * Mean confidence (0–100, by character) from which the fresh reading is sure enough to
   * overrule the layer where they differ; under it the layer, whose engine may have been the
   * better one, is kept.
   * @defaultValue 80
   */
  minConfidence?: number;
  /**
   * Share of characters the two readings may differ by and still be taken as agreeing (the
   * layer kept): line breaks and a stray mark.
   * @defaultValue 0.02
   */
  maxDifference?: number;
}

/** Share of a page's text operators drawn invisible from which its text is an OCR layer, not a visible page with a hidden note. */
const MIN_INVISIBLE_SHARE = 0.9;

/** Whether the page's text is an invisible layer over a scan (an image covering most of it). */
export function isInvisibleOcrLayer(content: Pick<PageContent, 'images' | 'textOperators' | 'invisibleTextOperators'>, page: { width: number; height: number }): boolean {
  if (content.textOperators === 0 || content.invisibleTextOperators < MIN_INVISIBLE_SHARE * content.textOperators) return false;
  return content.images.some(({ bbox: [x0, y0, x1, y1] }) => (x1 - x0) * (y1 - y0) >= 0.5 * page.width * page.height);
}

const plainText = (lines: readonly Line[]): string => lines.map((line) => line.text).join('').normalize('NFKC').replace(/\s+/gu, '');

/** Mean confidence of OCR'd lines, weighted by their characters. */
function meanConfidence(lines: readonly Line[]): number {
  const chars = lines.reduce((n, line) => n + [...line.text].length, 0);
  return chars === 0 ? 0 : lines.reduce((sum, line) => sum + (line.confidence ?? 0) * [...line.text].length, 0) / chars;
}

/**
 * Which reading of a scanned page to publish, its invisible OCR layer's or a fresh OCR's, and why
 * (for the page's `method_reason`): where they differ, a confident fresh reading wins (the layer
 * drops 0s and reads 烏取県 for 鳥取県, issue 17), an unsure one loses.
 */
export function chooseOcrReading(layer: readonly Line[], fresh: readonly Line[], options: OcrLayerCheckOptions = {}): { use: 'layer' | 'fresh'; reason: string } {
  const { minConfidence = 80, maxDifference = 0.02 } = options;
  const [a, b] = [plainText(layer), plainText(fresh)];
  const difference = editDistance(a, b) / Math.max(1, [...a].length, [...b].length);
  const confidence = meanConfidence(fresh);
  const differ = `they differ in ${(difference * 100).toFixed(1)}% of characters`;
  if (difference <= maxDifference) return { use: 'layer', reason: `invisible OCR layer over a scan, checked against a fresh OCR reading: ${differ}; the layer kept` };
  if (confidence < minConfidence) {
    return { use: 'layer', reason: `invisible OCR layer over a scan, checked against a fresh OCR reading: ${differ}, the fresh reading unsure (confidence ${confidence.toFixed(1)}); the layer kept` };
  }
  return { use: 'fresh', reason: `invisible OCR layer over a scan, checked against a fresh OCR reading: ${differ}, the fresh reading confident (confidence ${confidence.toFixed(1)}); the fresh reading kept` };
}
