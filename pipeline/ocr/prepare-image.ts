import { findDarkRegions, invertDarkRegions } from './dark-regions.ts';
import { estimateSkew, rotateImage } from './deskew.ts';
import type { GrayImage } from './gray-image.ts';
import { eraseImageRules, findImageRules, type ImageRule } from './image-rules.ts';

/** The raster tesseract reads, and what was taken out of it on the way. */
export interface PreparedImage {
  /** Deskewed, dark fills inverted, rules erased; same size as the input. */
  image: GrayImage;
  /** Degrees the input was turned about its centre to straighten it (0 when it was straight). */
  skewDegrees: number;
  /** Rules found and erased, in the prepared image's pixels: the borders of the page's tables. */
  rules: ImageRule[];
}

/**
 * Readies a page raster for tesseract. Measured on the scanned samples (12 pages at 300 dpi, skew
 * 0.3–1.2°, blur, noise, JPEG q70), each step against the same pages without it:
 * - deskew: tesseract cuts a skewed line in two where it drifts into the next row and files the
 *   halves apart (a 1.2° page went from 37.6% to 1.2% CER);
 * - dark fills inverted: white-on-dark heading tabs were lost on some pages and a heading's bar
 *   read as 「加」;
 * - rules erased: dashed frames read as 「ーーーここ」 and borders as 「|」 or joined cells.
 * Whitening light fills before tesseract (gray ≥ 180 to white) did not help (2.86% against 2.75%
 * of characters wrong, reading order aside): tesseract's own thresholding of the cleaned gray image is kept.
 */
export function prepareForOcr(image: GrayImage): PreparedImage {
  const skewDegrees = estimateSkew(image);
  const straight = skewDegrees === 0 ? image : rotateImage(image, skewDegrees);
  const inverted = invertDarkRegions(straight, findDarkRegions(straight));
  const rules = findImageRules(inverted);
  return { image: eraseImageRules(inverted, rules), skewDegrees, rules };
}
