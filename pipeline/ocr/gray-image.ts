import type { GrayImage } from './types.ts';

/** pdf.js `ImageKind`: how a decoded image's pixels are packed. */
const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

/** Luma of sRGB (ITU-R BT.601): what OCR engines use for gray. Weights sum to 1, so 0–255 stays 0–255. */
const luma = (r: number, g: number, b: number): number => (r * 299 + g * 587 + b * 114) / 1000;

/** Converts pdf.js's decoded image data (1-bit gray, RGB or RGBA) to 8-bit gray. */
export function toGrayImage(width: number, height: number, kind: number, data: Uint8Array | Uint8ClampedArray): GrayImage {
  const gray = new Uint8Array(width * height);
  if (kind === GRAYSCALE_1BPP) {
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const bit = (data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1;
        gray[y * width + x] = bit === 1 ? 255 : 0;
      }
    }
  } else if (kind === RGB_24BPP || kind === RGBA_32BPP) {
    const step = kind === RGB_24BPP ? 3 : 4;
    for (let i = 0, p = 0; i < gray.length; i++, p += step) {
      // Transparent pixels are paper: composite over white.
      const alpha = step === 4 ? data[p + 3]! / 255 : 1;
      const value = luma(data[p]!, data[p + 1]!, data[p + 2]!);
      gray[i] = Math.round(value * alpha + 255 * (1 - alpha));
    }
  } else {
    throw new Error(`Unknown pdf.js image kind: ${kind}`);
  }
  return { width, height, data: gray };
}

/** Encodes a gray raster as binary PGM (P5): lossless, and read by Leptonica without a codec. */
export function encodePgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header, 0);
  out.set(image.data, header.length);
  return out;
}
