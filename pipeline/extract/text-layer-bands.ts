import type { BBox, Line } from '../../schemas/types.ts';
import { unionBox } from '../bbox.ts';

export type BandOrientation = 'horizontal' | 'vertical' | 'sideways';

/** Where a page's lines stand (a garbled text layer's, or a scan's ink): the bands OCR reads one by one, in reading order. */
export interface TextLayerBands {
  /** Page regions, points, top-left origin: columns left to right, or 段 top to bottom. */
  regions: BBox[];
  /**
   * Per region, how its text stands: `vertical` columns (縦書き, read with jpn_vert), `sideways`
   * (turned a quarter turn: a margin on a horizontal page), or `horizontal`.
   */
  orientations: BandOrientation[];
  /** The lines stand mostly as vertical columns (縦書き). */
  vertical: boolean;
}

/** A line placed on the page: its box (points, top-left origin) and about how many glyphs it holds. */
export interface PlacedLine {
  bbox: BBox;
  glyphs: number;
}

const charCount = (line: Line): number => [...line.text].filter((ch) => !/\s/u.test(ch)).length;
/** A column of vertical text (or text turned sideways): its box is much taller than wide. */
const isColumn = (line: PlacedLine): boolean => line.bbox[3] - line.bbox[1] > 1.5 * (line.bbox[2] - line.bbox[0]);

/**
 * Fewest glyphs of a column that says the page is written vertically. Horizontal text set on the grid
 * of full-width characters, its lines close, stands in stacks of two glyphs (a scanned page of
 * 10.5 pt Mincho: 19 such stacks against 5 rows read whole); vertical text's columns run on.
 */
const MIN_COLUMN_GLYPHS = 3;

const sum = (boxes: readonly BBox[], measure: (box: BBox) => number): number => boxes.reduce((n, box) => n + measure(box), 0);

/** Groups boxes into bands along one axis: boxes that overlap along it share a band. In order along the axis. */
function bandsAlong(boxes: readonly BBox[], axis: 0 | 1): BBox[][] {
  const sorted = [...boxes].sort((a, b) => a[axis] - b[axis]);
  const bands: { end: number; boxes: BBox[] }[] = [];
  for (const box of sorted) {
    const last = bands.at(-1);
    // Boxes that only touch (a dashed rule set as text beside a column) stand apart.
    if (last !== undefined && box[axis] < last.end - 0.5) {
      last.boxes.push(box);
      last.end = Math.max(last.end, box[axis + 2]!);
    } else {
      bands.push({ end: box[axis + 2]!, boxes: [box] });
    }
  }
  return bands.map((band) => band.boxes);
}

/**
 * The bands of a page, read off where its lines stand: its columns left to right, or, when its
 * lines are mostly vertical columns (縦書き), its 段 top to bottom, with a horizontal footer as a
 * band of its own; each band's writing direction read off its lines' shape. One band when the
 * lines do not fall apart; none when there are no lines.
 */
export function lineBands(lines: readonly PlacedLine[], page: { width: number; height: number }): TextLayerBands {
  const columnGlyphs = lines.filter((line) => isColumn(line) && line.glyphs >= MIN_COLUMN_GLYPHS).reduce((n, line) => n + line.glyphs, 0);
  const rowGlyphs = lines.filter((line) => !isColumn(line)).reduce((n, line) => n + line.glyphs, 0);
  const vertical = columnGlyphs > rowGlyphs;
  const axis = vertical ? 1 : 0;
  const bands = bandsAlong(lines.map((line) => line.bbox), axis);
  // A column's text comes out in pieces (a glyph, a word) that each may look square; together they run down the page.
  const orientations = bands.map((boxes): BandOrientation => {
    if (sum(boxes, (b) => b[3] - b[1]) <= 1.5 * sum(boxes, (b) => b[2] - b[0])) return 'horizontal';
    return vertical ? 'vertical' : 'sideways';
  });
  // The bands tile the page, cut halfway between them: a garbled layer's boxes need not reach as far as the print.
  const spans = bands.map((boxes) => unionBox(boxes));
  const size = axis === 0 ? page.width : page.height;
  const cuts = [0, ...spans.slice(1).map((span, i) => (spans[i]![axis + 2]! + span[axis]!) / 2), size];
  const regions = spans.map((_, i): BBox => (axis === 0 ? [cuts[i]!, 0, cuts[i + 1]!, page.height] : [0, cuts[i]!, page.width, cuts[i + 1]!]));
  return { regions, orientations, vertical };
}

/**
 * The bands of a page whose text layer cannot be read but whose glyphs stand where they are
 * printed (a garbled font, a 官報 page's text layer scrambled on purpose), as `lineBands` finds
 * them: a garbled layer's glyphs are still placed as printed. OCR of the whole page reads across
 * columns where they stand close and mixes text turned sideways in a margin into them; a band at
 * a time keeps each column's lines together and in the text layer's order. Undefined when the
 * page is one band.
 */
export function textLayerBands(lines: readonly Line[], page: { width: number; height: number }): TextLayerBands | undefined {
  const bands = lineBands(lines.map((line) => ({ bbox: line.bbox, glyphs: charCount(line) })), page);
  return bands.regions.length < 2 ? undefined : bands;
}
