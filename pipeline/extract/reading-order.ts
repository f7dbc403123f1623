import type { BBox, Line } from '../../schemas/types.ts';
import type { Rule } from './page-content.ts';

export interface ReadingOrderOptions {
  /**
   * Largest vertical gap between two lines of one block, in font sizes.
   * @defaultValue 0.8
   */
  maxLineGapEm?: number;
}

/** A paragraph, a table cell or a label: lines that read one after another. */
interface Block {
  lines: Line[];
  bbox: BBox;
}

const union = (a: BBox, b: BBox): BBox => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];

/** A horizontal rule separating `upper` from `lower` where they overlap horizontally (a table row border). */
function ruledApart(upper: BBox, lower: BBox, horizontalRules: readonly Rule[]): boolean {
  const left = Math.max(upper[0], lower[0]);
  const right = Math.min(upper[2], lower[2]);
  return horizontalRules.some((r) => r.at >= upper[3] - 1 && r.at <= lower[1] + 1 && r.from < right && r.to > left);
}

/** Groups lines (already split at wide gaps and rules) into blocks: same column, close below, similar size, no rule between. */
function groupBlocks(lines: readonly Line[], horizontalRules: readonly Rule[], maxLineGapEm: number): Block[] {
  const blocks: Block[] = [];
  for (const line of [...lines].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0])) {
    let best: Block | undefined;
    let bestGap = Infinity;
    for (const block of blocks) {
      const last = block.lines.at(-1)!;
      const gap = line.bbox[1] - last.bbox[3];
      const size = Math.min(line.font_size, last.font_size);
      const overlapping = line.bbox[0] < last.bbox[2] && last.bbox[0] < line.bbox[2];
      const similar = Math.max(line.font_size, last.font_size) <= 1.25 * size;
      if (gap < -0.3 * size || gap > maxLineGapEm * size || !overlapping || !similar) continue;
      if (ruledApart(last.bbox, line.bbox, horizontalRules)) continue;
      if (gap < bestGap) {
        best = block;
        bestGap = gap;
      }
    }
    if (best === undefined) blocks.push({ lines: [line], bbox: line.bbox });
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

/** Recursive XY-cut: bands top to bottom, then columns left to right, until blocks stand alone. */
function xyCut(blocks: readonly Block[]): Block[] {
  if (blocks.length <= 1) return [...blocks];
  const bands = cutAlong(blocks, 1);
  if (bands.length > 1) return bands.flatMap(xyCut);
  const columns = cutAlong(blocks, 0);
  if (columns.length > 1) return columns.flatMap(xyCut);
  // Overlapping blocks with no clean cut: top to bottom, then left to right.
  return [...blocks].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
}

/**
 * Orders a page's lines for reading: lines grouped into blocks (paragraphs, cells), blocks ordered
 * by recursive XY-cut, so two-column text reads column by column and tables row by row.
 */
export function orderForReading(lines: readonly Line[], rules: readonly Rule[], options: ReadingOrderOptions = {}): Line[] {
  const { maxLineGapEm = 0.8 } = options;
  const horizontal = rules.filter((r) => r.orientation === 'horizontal');
  return xyCut(groupBlocks(lines, horizontal, maxLineGapEm)).flatMap((block) => block.lines);
}
