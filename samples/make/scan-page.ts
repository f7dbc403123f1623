import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Rotations in degrees, applied in turn: a feeder's skew, both ways, never more than 1.2°. */
const ANGLES = [0.6, -0.9, 0.3, 1.2, -0.5, 0.8, -1.1, 0.4, -0.3, 0.9, -0.7, 0.5];

/**
 * Scans one page of a PDF to a JPEG in `dir`, the way a ministry's scanner would: 300 dpi gray,
 * rotated on white by the `index`-th angle, slight blur and Gaussian noise seeded by `index`,
 * quality 70. Shared by make-scans.ts and make-scanned-vertical-notice.ts. Needs poppler-utils and
 * imagemagick.
 */
export function scanPage(pdf: string, page: number, index: number, dir: string): string {
  const prefix = join(dir, `raster-${index}`);
  execFileSync('pdftoppm', ['-r', '300', '-gray', '-singlefile', '-f', `${page}`, '-l', `${page}`, '-png', pdf, prefix]);
  const jpeg = join(dir, `scan-${index}.jpg`);
  execFileSync('/usr/bin/convert', [
    `${prefix}.png`, '-seed', `${1000 + index}`, '-background', 'white', '-rotate', `${ANGLES[index % ANGLES.length]}`,
    '-blur', '0x0.6', '-attenuate', '0.12', '+noise', 'Gaussian', '-colorspace', 'Gray', '-density', '300', '-quality', '70', jpeg,
  ]);
  return jpeg;
}
