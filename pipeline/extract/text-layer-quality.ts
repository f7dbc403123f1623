import type { BBox, Line } from '../../schemas/types.ts';
import type { PageContent } from './page-content.ts';

/** Whether a page's text layer can be published as is, and if not, why and what to OCR. */
export type TextLayerVerdict =
  | { use: 'text'; reason: string | null }
  | { use: 'ocr'; reason: string }
  | { use: 'mixed'; reason: string; regions: BBox[] };

export interface TextLayerQualityOptions {
  /**
   * Share of characters that are private-use, replacement or control characters above which
   * the text layer is taken as garbled.
   * @defaultValue 0.2
   */
  maxUnmappedShare?: number;
  /**
   * Share of Latin-1 letters (the look of UTF-8 read as Latin-1: æ–‡å­—) above which the text is mojibake.
   * @defaultValue 0.3
   */
  maxMojibakeShare?: number;
  /**
   * An image covering at least this share of the page, with almost no text over it, is a scan to OCR.
   * @defaultValue 0.25
   */
  minScanAreaShare?: number;
}

const UNMAPPED = /[\p{Co}\ufffd\p{Cc}]/u;
const MOJIBAKE = /[\u00c0-\u00ff\u0080-\u009f]/u;
const area = (b: BBox): number => Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);
const overlaps = (a: BBox, b: BBox): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Decides per page between the text layer and OCR. Reasons are written for the quality report:
 * no text; text garbled (unmapped or private-use characters, mojibake); a scanned image with no
 * text over it (the page, or a region of it).
 */
export function assessTextLayer(
  lines: readonly Line[],
  content: PageContent,
  page: { width: number; height: number },
  options: TextLayerQualityOptions = {},
): TextLayerVerdict {
  const { maxUnmappedShare = 0.2, maxMojibakeShare = 0.3, minScanAreaShare = 0.25 } = options;
  const pageArea = page.width * page.height;
  const scans = content.images.filter((image) => area(image.bbox) >= minScanAreaShare * pageArea);
  const chars = [...lines.map((l) => l.text).join('')].filter((ch) => !/\s/u.test(ch));

  if (chars.length === 0) {
    return scans.length > 0 ? { use: 'ocr', reason: 'no text layer: the page is a scanned image' } : { use: 'text', reason: 'blank page' };
  }
  const unmapped = chars.filter((ch) => UNMAPPED.test(ch)).length / chars.length;
  if (unmapped > maxUnmappedShare) {
    return { use: 'ocr', reason: `garbled text layer: ${Math.round(unmapped * 100)}% private-use, replacement or control characters` };
  }
  const mojibake = chars.filter((ch) => MOJIBAKE.test(ch)).length / chars.length;
  if (mojibake > maxMojibakeShare) {
    return { use: 'ocr', reason: `garbled text layer: ${Math.round(mojibake * 100)}% Latin-1 mojibake` };
  }
  const bare = scans.filter((image) => !lines.some((line) => overlaps(line.bbox, image.bbox)));
  if (bare.length > 0) {
    return { use: 'mixed', reason: `scanned image with no text over it (${bare.length} region${bare.length > 1 ? 's' : ''})`, regions: bare.map((i) => i.bbox) };
  }
  return { use: 'text', reason: null };
}
