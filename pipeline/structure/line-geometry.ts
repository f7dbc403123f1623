import { normaliseCharacters } from '../normalise/normalise-text.ts';
import type { PlacedLine } from './record-lines.ts';

/** Edges of a line's box, in points from the page's top-left corner. */
export const top = (l: PlacedLine): number => l.line.bbox[1];
export const bottom = (l: PlacedLine): number => l.line.bbox[3];
export const left = (l: PlacedLine): number => l.line.bbox[0];

/** Whether two lines stand on one row of one page: they share half the smaller one's height. */
export function sameRow(a: PlacedLine, b: PlacedLine): boolean {
  const overlap = Math.min(a.line.bbox[3], b.line.bbox[3]) - Math.max(a.line.bbox[1], b.line.bbox[1]);
  return a.page === b.page && overlap >= 0.5 * Math.min(a.line.bbox[3] - a.line.bbox[1], b.line.bbox[3] - b.line.bbox[1]);
}

/** A line's text as compared with patterns: normalised and trimmed. */
export const lineText = (l: PlacedLine): string => normaliseCharacters(l.line.text).trim();

/** A scanned line of this many characters or fewer is too short for OCR to tell its size. */
const OCR_FEW_CHARS = 3;

/** Whether OCR read the line and it is too short for its box to tell its print size (a wrap's last 「上」, 「出」). */
export const unsizedByOcr = (l: PlacedLine): boolean => l.line.confidence !== undefined && [...lineText(l)].length <= OCR_FEW_CHARS;
