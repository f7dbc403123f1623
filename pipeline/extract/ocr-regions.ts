import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BBox, Line } from '../../schemas/types.ts';
import type { OcrEngine } from '../ocr/engine.ts';
import { findInkLines } from '../ocr/ink-lines.ts';
import { inkShare } from '../ocr/ink-share.ts';
import { ocrLinesToPage, ocrRulesToPage } from '../ocr/page-coordinates.ts';
import { cropRegionImage, regionImageForOcr, type PageImageOptions, type RegionImage } from '../ocr/page-image.ts';
import { estimateColumnSkew, rotateImage } from '../ocr/deskew.ts';
import { recogniseEitherWay, type OrientationOptions } from '../ocr/read-orientation.ts';
import { recogniseSideways } from '../ocr/read-sideways.ts';
import type { ReadAgain } from '../ocr/types.ts';
import { NOTHING_READ_AGAIN, readAgainTogether } from '../ocr/unread-lines.ts';
import { lineBands, type BandOrientation, type TextLayerBands } from './text-layer-bands.ts';
import type { PlacedImage, Rule } from './types.ts';

export interface OcrRegionOptions {
  pageImage?: PageImageOptions;
  orientation?: OrientationOptions;
}

/** What OCR read in a region: its lines, whether they are vertical, the rules found in its image (page points), and the share of its raster that is ink. */
export interface RegionRead {
  lines: Line[];
  vertical: boolean;
  rules: Rule[];
  ink: number;
  /** The bands it was read in, one by one, when it was. */
  bands?: TextLayerBands;
  /** What OCR read again where its first read left print unread. */
  readAgain: ReadAgain;
}

/**
 * A raster read as its text stands: `vertical` with jpn_vert, `sideways` turned upright first,
 * `horizontal` either way (a band's shape is a hint, OCR's confidence the judge).
 */
async function readRaster(raster: RegionImage, orientation: BandOrientation, ocr: OcrEngine, options: OcrRegionOptions): Promise<RegionRead> {
  const { image, pointsPerPixel, offset } = raster;
  const read =
    orientation === 'horizontal'
      ? await recogniseEitherWay(ocr, image, options.orientation)
      : orientation === 'vertical'
        ? { ...(await ocr.recognise(image, 'jpn_vert')), vertical: true }
        : // A sideways band's rules were found in the image turned: none are kept.
          { ...(await recogniseSideways(ocr, image)), vertical: false, rules: [], readAgain: NOTHING_READ_AGAIN };
  const { lines, vertical, rules, readAgain } = read;
  return { lines: ocrLinesToPage(lines, pointsPerPixel, offset), vertical, rules: ocrRulesToPage(rules, pointsPerPixel, offset), ink: inkShare(image), readAgain };
}

/** A region read by OCR as a whole. `images` are the scans OCR may read in place of a render. */
export async function ocrRegion(page: PDFPageProxy, region: BBox, images: readonly PlacedImage[], ocr: OcrEngine, options: OcrRegionOptions): Promise<RegionRead> {
  return readRaster(await regionImageForOcr(page, region, images, options.pageImage), 'horizontal', ocr, options);
}

/**
 * Bands of a page OCR'd one by one and read in the order given (text-layer-bands.ts), each as its
 * text stands, from the raster `rasterOf` gives for it; the page's ink is theirs together.
 */
export async function ocrBands(bands: TextLayerBands, rasterOf: (region: BBox) => Promise<RegionImage>, ocr: OcrEngine, options: OcrRegionOptions): Promise<RegionRead> {
  const reads: RegionRead[] = [];
  for (const [i, region] of bands.regions.entries()) reads.push(await readRaster(await rasterOf(region), bands.orientations[i]!, ocr, options));
  const area = (b: BBox): number => (b[2] - b[0]) * (b[3] - b[1]);
  const inked = reads.reduce((sum, read, i) => sum + read.ink * area(bands.regions[i]!), 0) / bands.regions.reduce((sum, region) => sum + area(region), 0);
  const readAgain = readAgainTogether(reads.map((read) => read.readAgain));
  return { lines: reads.flatMap((read) => read.lines), vertical: reads.some((read) => read.vertical), rules: reads.flatMap((read) => read.rules), ink: inked, bands, readAgain };
}

/**
 * A page region with no text layer (a scan) read by OCR. Its writing direction is read off its
 * ink first (ink-lines.ts): a scan that stands mostly in vertical columns (縦書き) is read a band
 * at a time where its ink stands, 段 top to bottom, the columns with jpn_vert and the horizontal
 * lines (a footer, a page number) with jpn in their own place; any other is read whole, as before.
 * Looking costs under a second a page, against some ten for reading it.
 */
export async function ocrScan(page: PDFPageProxy, region: BBox, images: readonly PlacedImage[], ocr: OcrEngine, options: OcrRegionOptions): Promise<RegionRead> {
  const raster = await regionImageForOcr(page, region, images, options.pageImage);
  if (!inkBands(raster).vertical) return readRaster(raster, 'horizontal', ocr, options);
  // Cut from the scan straightened by its columns as a whole (a 段 alone gives less to go by), and
  // only straightened: each band is prepared as it is read, and preparing twice loses strokes.
  const skew = estimateColumnSkew(raster.image);
  const straightened: RegionImage = skew === 0 ? raster : { ...raster, image: rotateImage(raster.image, skew) };
  const read = await ocrBands(inkBands(straightened), async (band) => cropRegionImage(straightened, band), ocr, options);
  return { ...read, ink: inkShare(raster.image) };
}

/** The bands of a raster by where its ink stands (ink-lines.ts), in page points. */
function inkBands(raster: RegionImage): TextLayerBands {
  const { image, pointsPerPixel: scale, offset } = raster;
  const placed = findInkLines(image, scale).map(({ box, glyphs }) => ({
    bbox: [offset[0] + box[0] * scale, offset[1] + box[1] * scale, offset[0] + box[2] * scale, offset[1] + box[3] * scale] as BBox,
    glyphs,
  }));
  return lineBands(placed, { width: offset[0] + image.width * scale, height: offset[1] + image.height * scale });
}
