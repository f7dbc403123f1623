import type { GrayImage } from './types.ts';

/** A stretch of an image: `from`–`to` along `along`, `acrossFrom`–`acrossTo` at right angles to it; pixels, origin top-left. */
export interface ImageStretch {
  along: 'x' | 'y';
  from: number;
  to: number;
  acrossFrom: number;
  acrossTo: number;
}

/** Gray level below which a pixel is ink. */
const INK = 128;
/** Fewest ink pixels across that make a column ink: one dark pixel is JPEG speckle. */
const MIN_INK_PIXELS = 2;

/**
 * The longest run of ink-free columns (rows when `along` is 'y') in a stretch of an image, in
 * pixels: how far apart two pieces of a line really stand, whatever boxes OCR gave them.
 */
export function widestBlankRun(image: GrayImage, stretch: ImageStretch): number {
  const { width, height, data } = image;
  const [alongSize, acrossSize] = stretch.along === 'x' ? [width, height] : [height, width];
  const from = Math.max(0, Math.round(stretch.from));
  const to = Math.min(alongSize, Math.round(stretch.to));
  const acrossFrom = Math.max(0, Math.round(stretch.acrossFrom));
  const acrossTo = Math.min(acrossSize, Math.round(stretch.acrossTo));
  const pixel = stretch.along === 'x' ? (a: number, b: number) => data[b * width + a]! : (a: number, b: number) => data[a * width + b]!;
  let widest = 0;
  let run = 0;
  for (let a = from; a < to; a++) {
    let ink = 0;
    for (let b = acrossFrom; b < acrossTo && ink < MIN_INK_PIXELS; b++) if (pixel(a, b) < INK) ink++;
    run = ink < MIN_INK_PIXELS ? run + 1 : 0;
    widest = Math.max(widest, run);
  }
  return widest;
}
