import { turnQuarter } from './read-sideways.ts';
import type { GrayImage } from './types.ts';

export interface DeskewOptions {
  /**
   * Largest skew looked for, in degrees either way (a sheet feeder's, not a page scanned sideways).
   * @defaultValue 3
   */
  maxDegrees?: number;
  /**
   * Step of the search, in degrees.
   * @defaultValue 0.05
   */
  stepDegrees?: number;
}

/** Gray level below which a pixel counts as ink when the skew is estimated. */
const INK = 128;
/** The estimate reads every SAMPLE-th pixel both ways: plenty of ink, a sixteenth of the work. */
const SAMPLE = 4;

/**
 * The skew of a page in degrees (positive: rows of text run down to the right), found by the
 * projection-profile method: rows of ink sheared by the right angle give the sharpest profile
 * (largest sum of squared differences between neighbouring rows). `rotateImage(image, skew)` straightens it.
 */
export function estimateSkew(image: GrayImage, options: DeskewOptions = {}): number {
  const { maxDegrees = 3, stepDegrees = 0.05 } = options;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < image.height; y += SAMPLE) {
    for (let x = 0; x < image.width; x += SAMPLE) {
      if (image.data[y * image.width + x]! < INK) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length === 0) return 0;
  const bins = new Float64Array(Math.ceil(image.height / SAMPLE) + Math.ceil((image.width * Math.tan((maxDegrees * Math.PI) / 180)) / SAMPLE) * 2 + 2);
  let best = { angle: 0, score: -Infinity };
  for (let angle = -maxDegrees; angle <= maxDegrees + 1e-9; angle += stepDegrees) {
    const slope = Math.tan((angle * Math.PI) / 180);
    const origin = bins.length / 2 - image.height / SAMPLE / 2;
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) bins[Math.round(origin + (ys[i]! - xs[i]! * slope) / SAMPLE)]! += 1;
    let score = 0;
    for (let b = 1; b < bins.length; b++) score += (bins[b]! - bins[b - 1]!) ** 2;
    // On a tie the smaller angle wins: a page is not turned without cause.
    if (score > best.score || (score === best.score && Math.abs(angle) < Math.abs(best.angle))) best = { angle, score };
  }
  // Rounded, and never -0: a straight page says 0.
  return Math.round(best.angle * 100) / 100 || 0;
}

/**
 * The skew of a page of vertical text (縦書き), found from its columns (the image turned a quarter,
 * so that they run across): its rows of glyphs do not line up where Latin words set sideways or
 * 縦中横 digits break the grid, and a 段 cut from a page gave 1.3–1.5° by its rows where the page
 * was turned 0.6–0.8°, against 0.3–0.85° by its columns.
 */
export function estimateColumnSkew(image: GrayImage, options: DeskewOptions = {}): number {
  return estimateSkew(turnQuarter(image, true), options);
}

/**
 * The image turned by `degrees` about its centre so that a skew `estimateSkew` found is undone;
 * same size, bilinear, uncovered corners white like paper.
 */
export function rotateImage(image: GrayImage, degrees: number): GrayImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    // Each output pixel samples the source at its position turned back by `degrees` (what does
    // not change along a row is worked out once per row: a page is 9 million pixels).
    const dy = y - cy;
    const rowX = cx - dy * sin;
    const rowY = cy + dy * cos;
    for (let x = 0, o = y * width; x < width; x++, o++) {
      const dx = x - cx;
      const sx = rowX + dx * cos;
      const sy = rowY + dx * sin;
      if (sx < 0 || sy < 0 || sx >= width - 1 || sy >= height - 1) {
        out[o] = 255;
        continue;
      }
      const x0 = sx | 0;
      const y0 = sy | 0;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = data[i]! + (data[i + 1]! - data[i]!) * fx;
      const bottom = data[i + width]! + (data[i + width + 1]! - data[i + width]!) * fx;
      out[o] = Math.round(top + (bottom - top) * fy);
    }
  }
  return { width, height, data: out };
}
