import type { BBox, Line } from '../../schemas/types.ts';
import type { Rule } from '../extract/types.ts';
import { isVerticalLine } from './vertical-line.ts';

export interface ReadingOrderOptions {
  /**
   * Largest vertical gap between two lines of one block, in font sizes.
   * @defaultValue 0.8
   */
  maxLineGapEm?: number;
  /**
   * Largest horizontal gap between two vertical lines (縦書き columns) of one block, in font sizes.
   * @defaultValue 1
   */
  maxColumnGapEm?: number;
}

/** A paragraph, a table cell or a label: lines that read one after another. */
interface Block {
  lines: Line[];
  bbox: BBox;
  vertical: boolean;
}

/**
 * How lines stack into blocks: horizontal lines top to bottom (along y, growing), vertical lines
 * right to left (along x, shrinking).
 */
interface Stacking {
  axis: 0 | 1;
  sense: 1 | -1;
  maxGapEm: number;
  /** Rules parallel to the lines: a border between two lines keeps them in separate blocks. */
  rules: readonly Rule[];
}

const union = (a: BBox, b: BBox): BBox => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];

/** The space between the last line of a block and the next line, across the lines. */
const gapBetween = (last: BBox, next: BBox, { axis, sense }: Stacking): number =>
  sense > 0 ? next[axis] - last[axis + 2]! : last[axis] - next[axis + 2]!;

/** Whether two lines overlap along the lines (they face each other). */
const facing = (a: BBox, b: BBox, { axis }: Stacking): boolean => {
  const along = 1 - axis;
  return a[along]! < b[along + 2]! && b[along]! < a[along + 2]!;
};

/** How far two lines overlap along the lines. */
const facingLength = (a: BBox, b: BBox, { axis }: Stacking): number => {
  const along = 1 - axis;
  return Math.min(a[along + 2]!, b[along + 2]!) - Math.max(a[along]!, b[along]!);
};

/** Gaps to two blocks' last lines closer than this (in font sizes) are the same: those lines stand on one row. */
const SAME_GAP_EM = 0.3;

/** A rule separating `last` from `next` where they face each other (a table row border). */
function ruledApart(last: BBox, next: BBox, stacking: Stacking): boolean {
  const { axis, sense, rules } = stacking;
  const along = 1 - axis;
  const [low, high] = sense > 0 ? [last[axis + 2]!, next[axis]] : [next[axis + 2]!, last[axis]];
  const from = Math.max(last[along]!, next[along]!);
  const to = Math.min(last[along + 2]!, next[along + 2]!);
  return rules.some((r) => r.at >= low - 1 && r.at <= high + 1 && r.from < to && r.to > from);
}

/**
 * Whether a line stands in the gap between two others, facing either: a heading (「目的」) between
 * two paragraphs that a scan's OCR boxed so tall that the gap left between them looks like a line's,
 * or an office under the right end of a title, over the budget line under the title's left.
 */
function standsBetween(middle: BBox, last: BBox, next: BBox, stacking: Stacking): boolean {
  const { axis, sense } = stacking;
  const centre = (middle[axis]! + middle[axis + 2]!) / 2;
  const [low, high] = sense > 0 ? [last[axis + 2]!, next[axis]!] : [next[axis + 2]!, last[axis]!];
  return centre > low && centre < high && (facing(middle, next, stacking) || facing(middle, last, stacking));
}

/** Groups lines of one orientation (already split at wide gaps and rules) into blocks: facing, close, similar size, no rule between. */
function groupBlocks(lines: readonly Line[], stacking: Stacking, vertical: boolean): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    let best: Block | undefined;
    let bestGap = Infinity;
    let bestFacing = 0;
    for (const block of blocks) {
      const last = block.lines.at(-1)!;
      const gap = gapBetween(last.bbox, line.bbox, stacking);
      const size = Math.min(line.font_size, last.font_size);
      const similar = Math.max(line.font_size, last.font_size) <= 1.25 * size;
      if (gap < -0.3 * size || gap > stacking.maxGapEm * size || !facing(line.bbox, last.bbox, stacking) || !similar) continue;
      if (ruledApart(last.bbox, line.bbox, stacking) || blocks.some((other) => other !== block && standsBetween(other.lines.at(-1)!.bbox, last.bbox, line.bbox, stacking))) continue;
      // Under two lines of one row (a label and its value), a wrapped line goes on from the one it lies under the most.
      const along = facingLength(last.bbox, line.bbox, stacking);
      if (Math.abs(gap - bestGap) < SAME_GAP_EM * size ? along > bestFacing : gap < bestGap) {
        best = block;
        bestGap = gap;
        bestFacing = along;
      }
    }
    if (best === undefined) blocks.push({ lines: [line], bbox: line.bbox, vertical });
    else {
      best.lines.push(line);
      best.bbox = union(best.bbox, line.bbox);
    }
  }
  return blocks;
}

/** Splits blocks into groups along one axis wherever no block straddles the cut, in order along that axis. */
function cutAlong(blocks: readonly Block[], axis: 0 | 1): Block[][] {
  const sorted = [...blocks].sort((a, b) => a.bbox[axis] - b.bbox[axis]);
  const groups: Block[][] = [];
  let reach = -Infinity;
  for (const block of sorted) {
    // A tolerance of 1 pt: boxes estimated from font metrics may touch.
    if (groups.length === 0 || block.bbox[axis] >= reach - 1) groups.push([block]);
    else groups.at(-1)!.push(block);
    reach = Math.max(reach, block.bbox[axis + 2]!);
  }
  return groups;
}

/** Blocks mostly of vertical text (by characters) read right to left. */
const readsRightToLeft = (blocks: readonly Block[]): boolean => {
  const chars = (vertical: boolean): number =>
    blocks.filter((b) => b.vertical === vertical).reduce((sum, b) => sum + b.lines.reduce((n, l) => n + l.text.length, 0), 0);
  return chars(true) > chars(false);
};

/** Share of the region's width the columns side by side take at least, together: a label column beside its values is narrower. */
const COLUMN_SHARE = 0.6;
/** Gutter between side-by-side columns, in font sizes: wider than the space between a table's cells. */
const GUTTER_EM = 2;
/** Blocks each side-by-side column holds at least: a run of paragraphs, not one cell beside another. */
const COLUMN_BLOCKS = 3;
/** Share of the region's height each side-by-side column runs down at least (the last page of text flowing in two columns may leave the second short). */
const COLUMN_HEIGHT_SHARE = 0.3;
/** Share of the fullest column's text each side-by-side column holds at least: a figure or an office beside the text holds less. */
const COLUMN_TEXT_SHARE = 0.4;
/** Share of a side-by-side column's blocks that start at its left edge: a column of text is aligned, scattered labels and figures are not. */
const ALIGNED_SHARE = 0.6;

/**
 * Columns of text side by side (two or three records on a landscape page, a sheet's two halves)
 * whose paragraphs happen to leave gaps at the same heights: read column by column, not band by
 * band, or each band would interleave the columns' lines. Each column is as wide as its share of
 * the region, runs down most of it, holds several aligned blocks and a like amount of text.
 */
function sideBySide(columns: readonly Block[][]): boolean {
  if (columns.length < 2) return false;
  const boxes = columns.map((column) => column.map((block) => block.bbox).reduce(union));
  const width = boxes.at(-1)![2] - boxes[0]![0];
  const height = Math.max(...boxes.map((box) => box[3])) - Math.min(...boxes.map((box) => box[1]));
  const chars = columns.map((column) => column.reduce((sum, block) => sum + block.lines.reduce((n, line) => n + line.text.length, 0), 0));
  const sizes = columns.flat().flatMap((block) => block.lines.map((line) => line.font_size)).sort((a, b) => a - b);
  const size = sizes[sizes.length >> 1]!;
  return (
    boxes.every((box) => box[2] - box[0] >= (COLUMN_SHARE / columns.length) * width && box[3] - box[1] >= COLUMN_HEIGHT_SHARE * height) &&
    boxes.slice(1).every((box, k) => box[0] - boxes[k]![2] >= GUTTER_EM * size) &&
    columns.every((column) => column.length >= COLUMN_BLOCKS) &&
    Math.min(...chars) >= COLUMN_TEXT_SHARE * Math.max(...chars) &&
    columns.every((column, k) => column.filter((block) => block.bbox[0] - boxes[k]![0] <= size).length >= ALIGNED_SHARE * column.length)
  );
}

/** Whether a band of one block lies within one column's width, its gap under the column's text no wider than two of its lines. */
function runsOnColumn(columns: readonly Block[][], band: readonly Block[]): boolean {
  if (band.length !== 1) return false;
  const [x0, y0, x1] = band[0]!.bbox;
  const size = band[0]!.lines[0]!.font_size;
  return columns.some((column) => {
    const box = column.map((block) => block.bbox).reduce(union);
    return x0 >= box[0] - 1 && x1 <= box[2] + 1 && y0 - box[3] <= 2 * size;
  });
}

/** A heading's size over the region's body text, at least. */
const HEADING_SIZE = 1.2;
/** Longest line, in characters, compared as a label the stacked parts share. */
const SHORT_LINE = 10;
/** Short lines each stacked part prints that the first prints too, at least. */
const SHARED_LABELS = 2;

const medianSize = (blocks: readonly Block[]): number => {
  const sizes = blocks.flatMap((block) => block.lines.map((line) => line.font_size)).sort((a, b) => a - b);
  return sizes[sizes.length >> 1]!;
};

/**
 * Records stacked on a page, each a heading over its own columns (two projects on a sheet, each a
 * name over a grid of cells): columns that run down the whole page would read the first record's
 * cells, then the second's, column by column. A band that is a heading alone (larger than the body
 * text) starts a part, and the parts are records when each prints short lines the first prints
 * too (their labels). The parts in order from the top, or undefined.
 */
function stackedRecords(bands: readonly Block[][]): Block[][] | undefined {
  const body = medianSize(bands.flat());
  const heading = (band: readonly Block[]): boolean => band.length === 1 && band[0]!.lines.every((line) => line.font_size >= HEADING_SIZE * body);
  const parts: Block[][] = [];
  for (const band of bands) {
    if (heading(band) || parts.length === 0) parts.push([...band]);
    else parts.at(-1)!.push(...band);
  }
  const headed = parts.filter((part) => heading([part[0]!]) && part.length > 1);
  if (headed.length < 2) return undefined;
  const shortLines = (part: readonly Block[]): Set<string> =>
    new Set(part.flatMap((block) => block.lines.map((line) => line.text.replace(/\s+/gu, ''))).filter((text) => text.length > 0 && [...text].length <= SHORT_LINE));
  const first = shortLines(headed[0]!);
  const labelled = headed.slice(1).every((part) => [...shortLines(part)].filter((text) => first.has(text)).length >= SHARED_LABELS);
  return labelled ? parts : undefined;
}

/**
 * Recursive XY-cut: bands top to bottom, then columns left to right (right to left where the text
 * is vertical: 縦書き reads its 段 top to bottom, and the columns of each right to left), until
 * blocks stand alone.
 */
/** Whether two horizontal blocks' first lines stand on one row: each one's middle within the other's height. */
function firstLinesOnRow(a: Block, b: Block): boolean {
  if (a.vertical || b.vertical) return false;
  const [p, q] = [a.lines[0]!.bbox, b.lines[0]!.bbox];
  const middle = (box: BBox): number => (box[1] + box[3]) / 2;
  return middle(p) > q[1] && middle(p) < q[3] && middle(q) > p[1] && middle(q) < p[3];
}

function xyCut(blocks: readonly Block[]): Block[] {
  if (blocks.length <= 1) return [...blocks];
  const bands = cutAlong(blocks, 1);
  const columns = cutAlong(blocks, 0);
  const records = bands.length > 1 ? stackedRecords(bands) : undefined;
  if (records !== undefined) return records.flatMap(xyCut);
  if (bands.length > 1 && !sideBySide(columns)) {
    // Columns side by side may stand over a footer (a page number in the gutter): the bands above it first;
    // but a line just under one column's text, within it, runs on in that column (a cell's value under its label).
    const above = bands.slice(0, -1).flat();
    const aboveColumns = cutAlong(above, 0);
    if (sideBySide(aboveColumns)) {
      if (columns.length === aboveColumns.length && runsOnColumn(aboveColumns, bands.at(-1)!) && !readsRightToLeft(blocks)) return columns.flatMap(xyCut);
      return [...xyCut(above), ...xyCut(bands.at(-1)!)];
    }
    // Or under a heading across the page: the first band, then the rest as a whole.
    return [...xyCut(bands[0]!), ...xyCut(bands.slice(1).flat())];
  }
  const rightToLeft = readsRightToLeft(blocks);
  if (columns.length > 1) return (rightToLeft ? columns.reverse() : columns).flatMap(xyCut);
  // Overlapping blocks with no clean cut: top to bottom, then across; blocks whose first lines share a row across
  // (a label a scan boxed smaller than its value beside it, its top lower: 「目的:」 left of its text).
  const across = (a: Block, b: Block): number => (rightToLeft ? b.bbox[2] - a.bbox[2] : a.bbox[0] - b.bbox[0]);
  return [...blocks].sort((a, b) => (!rightToLeft && firstLinesOnRow(a, b) ? a.lines[0]!.bbox[0] - b.lines[0]!.bbox[0] : a.bbox[1] - b.bbox[1] || across(a, b)));
}

/**
 * Orders a page's lines for reading: lines grouped into blocks (paragraphs, cells; runs of
 * 縦書き columns), blocks ordered by recursive XY-cut, so two-column text reads column by column,
 * tables row by row, and vertical text column by column from the right.
 */
export function orderForReading(lines: readonly Line[], rules: readonly Rule[], options: ReadingOrderOptions = {}): Line[] {
  const { maxLineGapEm = 0.8, maxColumnGapEm = 1 } = options;
  const horizontal = lines.filter((l) => !isVerticalLine(l)).sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
  const vertical = lines.filter(isVerticalLine).sort((a, b) => b.bbox[2] - a.bbox[2] || a.bbox[1] - b.bbox[1]);
  const blocks = [
    ...groupBlocks(horizontal, { axis: 1, sense: 1, maxGapEm: maxLineGapEm, rules: rules.filter((r) => r.orientation === 'horizontal') }, false),
    ...groupBlocks(vertical, { axis: 0, sense: -1, maxGapEm: maxColumnGapEm, rules: rules.filter((r) => r.orientation === 'vertical') }, true),
  ];
  return xyCut(blocks).flatMap((block) => block.lines);
}
