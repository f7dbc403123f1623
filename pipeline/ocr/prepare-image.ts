import { findDarkRegions, invertDarkRegions } from './dark-regions.ts';
import { estimateColumnSkew, estimateSkew, rotateImage } from './deskew.ts';
import type { GrayImage, ImageRule } from './types.ts';
import { eraseImageRules, findImageRules } from './image-rules.ts';
import { stretchLevels } from './stretch-levels.ts';

/** The raster tesseract reads, and what was taken out of it on the way. */
export interface PreparedImage {
  /** Deskewed, dark fills inverted, rules erased, light fills whitened; same size as the input. */
  image: GrayImage;
  /** Degrees the input was turned about its centre to straighten it (0 when it was straight). */
  skewDegrees: number;
  /** Rules found and erased, in the prepared image's pixels: the borders of the page's tables. */
  rules: ImageRule[];
}

/** Gray level from which the prepared image is white: light cell fills (about 220 on the scans) are, text strokes are not. */
const WHITE_FROM = 215;

/**
 * Readies a page raster for tesseract. Measured on the scanned samples (12 pages at 300 dpi, skew
 * 0.3–1.2°, blur, noise, JPEG q70), each step against the same pages without it:
 * - deskew: tesseract cuts a skewed line in two where it drifts into the next row and files the
 *   halves apart (a 1.2° page went from 37.6% to 1.2% CER);
 * - dark fills inverted: white-on-dark heading tabs were lost on some pages and a heading's bar
 *   read as 「加」;
 * - rules erased: dashed frames read as 「ーーーここ」 and borders as 「|」 or joined cells.
 * - levels stretched so that gray 215 and lighter is white: light cell fills, on which tesseract
 *   lost the small labels (「分野」), go; CER 8.86% to 8.44%, better on 8 pages of 12. White from 200
 *   scored 8.27% but read every 【予算】 (a profile's label) as 「(予算】」; from 185 9.08%, from 230
 *   9.67%. Setting only gray ≥ 180 to white, without the stretch, had not helped.
 * Vertical text (`vertical`) is straightened by its columns (deskew.ts).
 * Tesseract's own thresholding of the prepared gray image is kept: its Sauvola (thresholding_method 2)
 * gave 9.23% and its adaptive Otsu (1) 22.58%, against 8.86% for plain Otsu.
 */
export function prepareForOcr(image: GrayImage, options: { vertical?: boolean } = {}): PreparedImage {
  const skewDegrees = options.vertical === true ? estimateColumnSkew(image) : estimateSkew(image);
  const straight = skewDegrees === 0 ? image : rotateImage(image, skewDegrees);
  const inverted = invertDarkRegions(straight, findDarkRegions(straight));
  const rules = findImageRules(inverted);
  return { image: stretchLevels(eraseImageRules(inverted, rules), WHITE_FROM), skewDegrees, rules };
}
