import type { Page } from '../../schemas/types.ts';
import { meanConfidence } from '../mean-confidence.ts';
import type { PlacedLine } from './record-lines.ts';

/**
 * How a record's lines were read: its pages' method (`mixed` when they differ), and the mean
 * confidence of its OCR'd lines, so that a reader knows which records to check against the page.
 */
export function readMethod(pages: readonly Pick<Page, 'method'>[], lines: readonly PlacedLine[]): { method: Page['method']; ocr_confidence: number | null } {
  const methods = new Set(pages.map((p) => p.method));
  return {
    method: methods.size === 1 ? [...methods][0]! : 'mixed',
    ocr_confidence: meanConfidence(lines.flatMap((l) => (typeof l.line.confidence === 'number' ? [l.line.confidence] : []))),
  };
}
