import { ruledGridCells } from '../tables/ruled-grids.ts';
import type { RuledGridOptions } from '../tables/types.ts';
import { componentBoxes } from './component-boxes.ts';
import type { GrayImage, ImageRule, PixelBox } from './types.ts';

/**
 * The table stage's tolerances (points) in the pixels of a 300 dpi scan: borders a pixel or two
 * apart, pieces of one border, corners that do not quite meet.
 */
const GRID_PIXELS: RuledGridOptions = {
  rules: { doubledGap: 6, touchGap: 12 },
  grids: { joinTolerance: 12, boundaryGap: 8, minCellSize: 12 },
  cells: { tolerance: 8 },
};

/** Pixels kept clear inside a cell's borders: what erasing a rule leaves at its edges and corners. */
const INSET = 3;
/** Gray level below which a pixel is ink, and the fewest ink pixels that make a cell worth reading: JPEG speckle leaves a few. */
const INK = 128;
const MIN_INK_PIXELS = 12;

function hasInk(image: GrayImage, [x0, y0, x1, y1]: PixelBox): boolean {
  let ink = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) if (image.data[y * image.width + x]! < INK && ++ink >= MIN_INK_PIXELS) return true;
  }
  return false;
}

/**
 * Gray level below which a scanned dash's pixels count: a thin stroke blurs into gray, and a dash
 * printed for no budget may keep as few as 6 pixels below `INK`.
 */
const FAINT_INK = 176;
/** Fewer pixels than this are speckle, not a stroke. */
const MIN_STROKE_PIXELS = 4;
/** A dash's size at 300 dpi: a hyphen of 10 pt is about 10 × 3 px, a full-width dash of 14 pt about 55 × 4. */
const DASH = { maxHeight: 8, maxWidth: 64, minLength: 2 };

/**
 * The box of a dash (a short level stroke, printed for "none") when it is all the ink of a box of
 * the image. tesseract reads such a cell as nothing, or as a character with no confidence (「門」).
 */
function loneDash(image: GrayImage, [x0, y0, x1, y1]: PixelBox): PixelBox | undefined {
  const width = x1 - x0;
  const mask = new Uint8Array(width * (y1 - y0));
  // A cell with more ink than the largest dash holds is no dash: its parts are not looked for (most cells hold text).
  let marked = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (image.data[y * image.width + x]! >= FAINT_INK) continue;
      if (++marked > DASH.maxWidth * DASH.maxHeight) return undefined;
      mask[(y - y0) * width + x - x0] = 1;
    }
  }
  const strokes = componentBoxes(mask, width, y1 - y0).filter((c) => c.pixels >= MIN_STROKE_PIXELS);
  if (strokes.length !== 1) return undefined;
  const [sx0, sy0, sx1, sy1] = strokes[0]!.box;
  const [w, h] = [sx1 - sx0, sy1 - sy0];
  return h <= DASH.maxHeight && w <= DASH.maxWidth && w >= DASH.minLength * h ? [x0 + sx0, y0 + sy0, x0 + sx1, y0 + sy1] : undefined;
}

/** A ruled cell's inside, and whether it is a box of its own rather than a cell of a table. */
export interface RuledCell {
  box: PixelBox;
  /** A lone box (a frame) may hold a layout of its own, columns or a table; a table cell holds one block of text. */
  lone: boolean;
  /** Where the cell holds nothing but a dash: its box, in the image's pixels. */
  dash?: PixelBox;
}

const contains = (outer: PixelBox, inner: PixelBox): boolean =>
  outer !== inner && outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

/**
 * The inside of each ruled cell of an image (cells of tables, and lone boxes), without the empty
 * ones and without a box that holds others (a frame around a table). Each is read on its own: read
 * as a page, the lines of a row's cells, which sit at different heights (a label spaced over three
 * lines beside a one-line value), run into one another, and a box's line into the line beside it.
 */
export function findRuledCells(image: GrayImage, rules: readonly ImageRule[]): RuledCell[] {
  const thickness = Math.max(0, ...rules.map((r) => r.thickness));
  const inset = Math.ceil(thickness / 2) + INSET;
  const cells: RuledCell[] = [];
  for (const found of ruledGridCells(rules, GRID_PIXELS)) {
    for (const { bbox } of found) {
      const box: PixelBox = [
        Math.max(0, Math.round(bbox[0]) + inset),
        Math.max(0, Math.round(bbox[1]) + inset),
        Math.min(image.width, Math.round(bbox[2]) - inset),
        Math.min(image.height, Math.round(bbox[3]) - inset),
      ];
      if (box[2] <= box[0] || box[3] <= box[1]) continue;
      const lone = found.length === 1;
      const dash = loneDash(image, box);
      if (dash !== undefined) cells.push({ box, lone, dash });
      else if (hasInk(image, box)) cells.push({ box, lone });
    }
  }
  return cells.filter((cell) => !cells.some((other) => contains(cell.box, other.box)));
}
