import { componentBoxes } from './component-boxes.ts';
import type { GrayImage, PixelBox } from './types.ts';

export interface DarkRegionOptions {
  /**
   * Gray level below which a pixel is dark fill.
   * @defaultValue 110
   */
  darkBelow?: number;
  /**
   * Side of the smallest solid square that makes a region fill rather than a stroke, in pixels
   * (a bold heading's strokes are under 12 at 300 dpi; a heading band's bar is 24 wide).
   * @defaultValue 15
   */
  minSolid?: number;
}

/**
 * Fewest kernel pixels of a fill: a heading's bar (24 × 65 px at 300 dpi) has about 500, the
 * narrower bar before a name (18 × 57) about 170, and about 90 where deskewing left it 16 dark
 * pixels wide; where bold strokes cross, a few.
 */
const MIN_KERNEL_PIXELS = 60;

/** Pixels beside a fill's dark span that are its blurred edge. */
const EDGE = 4;


/**
 * Pixels in the middle of a `size`-long window of marked pixels along rows (or columns): one pass
 * of an erosion. Columns are walked a row at a time too, each column's run counted, so that
 * memory is read in order.
 */
function erodeAlong(mask: Uint8Array, width: number, height: number, size: number, vertical: boolean): Uint8Array {
  const out = new Uint8Array(mask.length);
  const half = size >> 1;
  const columnRuns = new Int32Array(width);
  for (let y = 0; y < height; y++) {
    const base = y * width;
    let run = 0;
    for (let x = 0; x < width; x++) {
      // A run of `size` ending here marks the window's centre.
      if (vertical) {
        const down = mask[base + x] === 1 ? columnRuns[x]! + 1 : 0;
        columnRuns[x] = down;
        if (down >= size) out[base - half * width + x] = 1;
      } else {
        run = mask[base + x] === 1 ? run + 1 : 0;
        if (run >= size) out[base + x - half] = 1;
      }
    }
  }
  return out;
}

/**
 * Areas of solid dark fill: heading bands and tabs printed white on dark, and the bars that
 * mark a heading (「▌(1) …」). Found as the places a `minSolid` square of dark pixels fits
 * (kernels of a morphological opening), grown back by half the square.
 */
export function findDarkRegions(image: GrayImage, options: DarkRegionOptions = {}): PixelBox[] {
  const { darkBelow = 110, minSolid = 15 } = options;
  const { width, height, data } = image;
  const dark = new Uint8Array(width * height);
  for (let i = 0; i < dark.length; i++) dark[i] = data[i]! < darkBelow ? 1 : 0;
  const kernels = erodeAlong(erodeAlong(dark, width, height, minSolid, false), width, height, minSolid, true);
  const grow = minSolid >> 1;
  return mergeOverlapping(
    componentBoxes(kernels, width, height)
      // A few kernels are where a bold heading's strokes meet: not a fill.
      .filter(({ pixels }) => pixels >= MIN_KERNEL_PIXELS)
      .map(({ box }) => [
      Math.max(0, box[0] - grow),
      Math.max(0, box[1] - grow),
      Math.min(width, box[2] + grow + 1),
      Math.min(height, box[3] + grow + 1),
    ]),
  );
}

/** Boxes that overlap as one (a band cut into pieces by its letters), so that no pixel is inverted twice. */
function mergeOverlapping(boxes: readonly PixelBox[]): PixelBox[] {
  const merged = [...boxes];
  for (let i = 0; i < merged.length; i++) {
    for (let j = i + 1; j < merged.length; j++) {
      const a = merged[i]!;
      const b = merged[j]!;
      if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) {
        merged[i] = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
        merged.splice(j, 1);
        j = i;
      }
    }
  }
  return merged;
}

/**
 * The image with its dark fills turned to paper: each region inverted, so white text on a dark
 * band reads as dark text on white and a solid bar disappears, then stretched so that the band's
 * own colour becomes white (left gray, tesseract's layout analysis takes the band for a picture and
 * skips it). Within a region only each row's span from its first to its last dark pixel is
 * inverted: the paper beside a tab's slanted or rounded end stays paper instead of turning into a
 * dark corner read as 「ノ」. Tesseract inverts some white-on-dark lines itself, but not reliably: a
 * tab it misses loses its whole heading, and a bar beside 「(1)」 is read as a character (「加()」).
 */
export function invertDarkRegions(image: GrayImage, regions: readonly PixelBox[], options: DarkRegionOptions = {}): GrayImage {
  const { darkBelow = 110 } = options;
  const { width } = image;
  const data = new Uint8Array(image.data);
  for (const [x0, y0, x1, y1] of regions) {
    const spans: [number, number][] = [];
    const histogram = new Uint32Array(256);
    for (let y = y0; y < y1; y++) {
      let first = x1;
      let last = x0 - 1;
      for (let x = x0; x < x1; x++) {
        if (image.data[y * width + x]! >= darkBelow) continue;
        first = Math.min(first, x);
        last = x;
      }
      spans.push([first, last]);
      for (let x = first; x <= last; x++) histogram[255 - image.data[y * width + x]!]!++;
    }
    // The band's colour is the commonest level of the inverted spans: their background.
    const paper = Math.max(1, histogram.indexOf(Math.max(...histogram)));
    spans.forEach(([first, last], row) => {
      const y = y0 + row;
      // A row of the region with no dark pixel is the fill's blurred top or bottom edge.
      if (last < first) data.fill(255, y * width + x0, y * width + x1);
      if (last < first) return;
      for (let x = first; x <= last; x++) data[y * width + x] = Math.min(255, Math.round(((255 - image.data[y * width + x]!) * 255) / paper));
      // The fill's blurred edge, lighter than dark but not paper, would stay as a frame read as 「」」.
      for (let x = Math.max(x0, first - EDGE); x < first; x++) data[y * width + x] = 255;
      for (let x = last + 1; x <= Math.min(x1 - 1, last + EDGE); x++) data[y * width + x] = 255;
    });
  }
  return { width: image.width, height: image.height, data };
}
