import type { GrayImage } from './types.ts';

/** Gray level below which a pixel is ink: text and rules, not paper, a tint or a scanner's noise. */
export const INK_BELOW = 160;

/**
 * Share of an image's pixels that are ink (0–1): what tells a blank background or a blank page
 * from one that carries print, whatever OCR made of it.
 */
export function inkShare(image: GrayImage): number {
  let ink = 0;
  for (const level of image.data) if (level < INK_BELOW) ink++;
  return image.data.length === 0 ? 0 : ink / image.data.length;
}

/**
 * Least ink share of a page (or a region) that carries print: a line or two of text on an A4 page
 * inks about 0.05% of it; a blank scan or a flat background, none.
 */
export const MIN_PRINTED_INK_SHARE = 0.0005;
