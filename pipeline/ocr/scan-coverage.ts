import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BBox, Line } from '../../schemas/types.ts';
import type { PlacedImage } from '../extract/types.ts';
import { findDarkRegions, invertDarkRegions } from './dark-regions.ts';
import type { GrayImage } from './types.ts';
import { eraseImageRules, findImageRules } from './image-rules.ts';
import { INK_BELOW } from './ink-share.ts';
import { decodeEmbeddedImage, type RegionImage } from './page-image.ts';

/** How much of a scan's print the text drawn over it accounts for. */
export interface ScanCoverage {
  /** Lines of the text layer over the image. */
  lines: number;
  /** Share of the image's pixels away from those lines that are glyph ink (fills and rules left out), 0–1. */
  inkOutsideText: number;
}

export interface ScanCoverageOptions {
  /**
   * Share of a page an image must cover to be measured as a scan.
   * @defaultValue 0.25
   */
  minScanAreaShare?: number;
}

const overlaps = (a: BBox, b: BBox): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * The image's pixels that could be printed glyphs: dark fills (heading bands, a slide's colour
 * blocks) turned to their negative, so that only the white text on them stays ink, and rules
 * (table borders) erased, as OCR's own preparation does. What is left is what a reader reads.
 */
function glyphInk(image: GrayImage): GrayImage {
  const inverted = invertDarkRegions(image, findDarkRegions(image));
  return eraseImageRules(inverted, findImageRules(inverted));
}

/** How much darker than the image's paper a pixel must be to be ink: a flat tint or a shadow is paper, however gray. */
const INK_CONTRAST = 60;

/** The image's commonest level: its paper (white, a tint, the gray of a drop shadow's fill). */
function paperLevel(image: GrayImage): number {
  const counts = new Uint32Array(256);
  for (const level of image.data) counts[level]!++;
  return counts.indexOf(Math.max(...counts));
}

/**
 * Share of the raster's pixels outside the line boxes (page points, padded by half a line's
 * size: a glyph's ink reaches past the box pdf.js gives it) that are glyph ink: darker than
 * ink-share's threshold and clearly darker than the image's paper.
 */
export function inkOutsideLines(raster: RegionImage, lines: readonly Line[]): number {
  const { width, height } = raster.image;
  const covered = new Uint8Array(width * height);
  for (const line of lines) {
    const pad = 0.5 * line.font_size;
    const toPixel = (points: number, axis: 0 | 1): number => Math.round((points - raster.offset[axis]) / raster.pointsPerPixel);
    const x0 = Math.max(0, toPixel(line.bbox[0] - pad, 0));
    const x1 = Math.min(width, toPixel(line.bbox[2] + pad, 0));
    const y0 = Math.max(0, toPixel(line.bbox[1] - pad, 1));
    const y1 = Math.min(height, toPixel(line.bbox[3] + pad, 1));
    for (let y = y0; y < y1; y++) covered.fill(1, y * width + x0, y * width + Math.max(x0, x1));
  }
  const glyphs = glyphInk(raster.image);
  const { data } = glyphs;
  const inkBelow = Math.min(INK_BELOW, paperLevel(glyphs) - INK_CONTRAST);
  let ink = 0;
  let outside = 0;
  for (let i = 0; i < data.length; i++) {
    if (covered[i] === 1) continue;
    outside++;
    if (data[i]! < inkBelow) ink++;
  }
  return outside === 0 ? 0 : ink / outside;
}

/**
 * The scans of a page that carry text-layer lines over them (a stamp on a scanned 通知, a
 * searchable PDF's OCR layer), each with how much of its ink those lines leave unexplained; by
 * image id. Images that cannot be decoded at their own resolution are left out.
 */
export async function measureScanCoverage(
  page: PDFPageProxy,
  images: readonly PlacedImage[],
  lines: readonly Line[],
  size: { width: number; height: number },
  options: ScanCoverageOptions = {},
): Promise<Map<string, ScanCoverage>> {
  const { minScanAreaShare = 0.25 } = options;
  const coverage = new Map<string, ScanCoverage>();
  for (const image of images) {
    const [x0, y0, x1, y1] = image.bbox;
    if ((x1 - x0) * (y1 - y0) < minScanAreaShare * size.width * size.height) continue;
    const over = lines.filter((line) => overlaps(line.bbox, image.bbox));
    if (over.length === 0) continue;
    const raster = await decodeEmbeddedImage(page, image);
    if (raster !== undefined) coverage.set(image.id, { lines: over.length, inkOutsideText: inkOutsideLines(raster, over) });
  }
  return coverage;
}
