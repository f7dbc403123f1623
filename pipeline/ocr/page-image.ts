import { createCanvas } from '@napi-rs/canvas';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BBox } from '../../schemas/types.ts';
import type { PlacedImage } from '../extract/types.ts';
import { toGrayImage } from './gray-image.ts';
import type { GrayImage } from './types.ts';
import { inkShare, MIN_PRINTED_INK_SHARE } from './ink-share.ts';

/** The raster OCR reads for a page region, and how to map its pixels back to page points. */
export interface RegionImage {
  image: GrayImage;
  /** Page points per image pixel. */
  pointsPerPixel: number;
  /** Where pixel (0, 0) lands on the page, in points. */
  offset: [number, number];
  /** `embedded-image`: the scan itself at its own resolution; `rendered`: the page drawn by pdf.js. */
  origin: 'embedded-image' | 'rendered';
}

export interface PageImageOptions {
  /**
   * Resolution a page is rendered at when the region is not one embedded scan.
   * @defaultValue 300
   */
  dpi?: number;
  /**
   * Largest raster allowed, in pixels (a 20000 pt page must not take all memory).
   * @defaultValue 50_000_000
   */
  maxPixels?: number;
}

interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

const isDecodedImage = (value: unknown): value is DecodedImage =>
  typeof value === 'object' && value !== null && 'data' in value && 'kind' in value && 'width' in value;

const sameBox = (a: BBox, b: BBox, tolerance: number): boolean => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

/**
 * The embedded image painted exactly over `region`, decoded at its own resolution. OCR reads
 * the scan as scanned: resampling it (as a render at another dpi does) softens the strokes.
 */
export async function decodeEmbeddedImage(page: PDFPageProxy, image: PlacedImage): Promise<RegionImage | undefined> {
  const object: unknown = await new Promise((resolve) => {
    if (image.id.startsWith('g_')) page.commonObjs.get(image.id, resolve);
    else page.objs.get(image.id, resolve);
  });
  if (!isDecodedImage(object)) return undefined;
  const [x0, y0, x1, y1] = image.bbox;
  const sx = (x1 - x0) / object.width;
  const sy = (y1 - y0) / object.height;
  // Pixels must be square on the page, else the image is stretched and not a plain scan.
  if (Math.abs(sx - sy) > 0.03 * sx) return undefined;
  return {
    image: toGrayImage(object.width, object.height, object.kind, object.data),
    pointsPerPixel: sx,
    offset: [x0, y0],
    origin: 'embedded-image',
  };
}

/** Draws the page with pdf.js at `dpi` (on white) and crops `region`. */
async function renderRegion(page: PDFPageProxy, region: BBox, dpi: number, maxPixels: number): Promise<RegionImage> {
  const unscaled = page.getViewport({ scale: 1 });
  let scale = dpi / 72;
  const pixels = unscaled.width * unscaled.height * scale * scale;
  if (pixels > maxPixels) scale *= Math.sqrt(maxPixels / pixels);
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  // pdf.js fills the page white before drawing, so no pixel is left transparent.
  await page.render({ canvas: null, canvasContext: context as never, viewport }).promise;
  const left = Math.max(0, Math.floor(region[0] * scale));
  const top = Math.max(0, Math.floor(region[1] * scale));
  const width = Math.min(canvas.width, Math.ceil(region[2] * scale)) - left;
  const height = Math.min(canvas.height, Math.ceil(region[3] * scale)) - top;
  const rgba = context.getImageData(left, top, width, height).data;
  return { image: toGrayImage(width, height, 3, rgba), pointsPerPixel: 1 / scale, offset: [left / scale, top / scale], origin: 'rendered' };
}

/**
 * The best raster of a page region for OCR: the scan itself when one fills it and carries ink, else
 * a render at `dpi` (a blank background image under vector glyphs is not what is printed there).
 */
export async function regionImageForOcr(
  page: PDFPageProxy,
  region: BBox,
  images: readonly PlacedImage[],
  options: PageImageOptions = {},
): Promise<RegionImage> {
  const { dpi = 300, maxPixels = 50_000_000 } = options;
  const scan = images.find((image) => sameBox(image.bbox, region, 2));
  const native = scan === undefined ? undefined : await decodeEmbeddedImage(page, scan);
  return native !== undefined && inkShare(native.image) >= MIN_PRINTED_INK_SHARE ? native : renderRegion(page, region, dpi, maxPixels);
}

/**
 * The part of a region's raster under `region` (page points), with its own offset: a band of a
 * scan read on its own, cut from the scan as decoded rather than rendered again.
 */
export function cropRegionImage(raster: RegionImage, region: BBox): RegionImage {
  const { image, pointsPerPixel, offset } = raster;
  const left = Math.max(0, Math.floor((region[0] - offset[0]) / pointsPerPixel));
  const top = Math.max(0, Math.floor((region[1] - offset[1]) / pointsPerPixel));
  const right = Math.min(image.width, Math.ceil((region[2] - offset[0]) / pointsPerPixel));
  const bottom = Math.min(image.height, Math.ceil((region[3] - offset[1]) / pointsPerPixel));
  const width = Math.max(0, right - left);
  const height = Math.max(0, bottom - top);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(image.data.subarray((top + y) * image.width + left, (top + y) * image.width + left + width), y * width);
  return { image: { width, height, data }, pointsPerPixel, offset: [offset[0] + left * pointsPerPixel, offset[1] + top * pointsPerPixel], origin: raster.origin };
}
