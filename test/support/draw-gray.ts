import type { GrayImage } from '../../pipeline/ocr/types.ts';

/** A white page of the given size in pixels. */
export const blankPage = (width: number, height: number): GrayImage => ({ width, height, data: new Uint8Array(width * height).fill(255) });

/** Paints the box [x0, x1) × [y0, y1) with `level` (0 black). */
export function fillBox(image: GrayImage, x0: number, y0: number, x1: number, y1: number, level = 0): void {
  for (let y = Math.max(0, y0); y < Math.min(image.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(image.width, x1); x++) image.data[y * image.width + x] = level;
  }
}

export const pixel = (image: GrayImage, x: number, y: number): number => image.data[y * image.width + x]!;
