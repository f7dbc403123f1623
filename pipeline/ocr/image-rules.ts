import type { GrayImage, ImageRule } from './types.ts';

export interface ImageRuleOptions {
  /**
   * Gray level below which a pixel is ink (scanned borders are gray after blur and JPEG).
   * @defaultValue 170
   */
  inkBelow?: number;
  /**
   * Thickest stroke that can be a rule, in pixels (a 1.5 pt border at 300 dpi is 6).
   * @defaultValue 9
   */
  maxThickness?: number;
  /**
   * Shortest rule, in pixels: longer than any stroke of a character (a bold 24 pt heading's reach 135 at 300 dpi).
   * @defaultValue 150
   */
  minLength?: number;
  /**
   * Widest break bridged along a rule: JPEG speckle, and the gaps of a dashed border.
   * @defaultValue 8
   */
  maxGap?: number;
  /**
   * Shortest side of a cell, in pixels: a run shorter than `minLength` is a rule too when both its
   * ends meet rules across it (the sides of a box one or two lines high; a character's stroke
   * does not reach from one border to the other).
   * @defaultValue 40
   */
  minCellSide?: number;
}

const DEFAULTS: Required<ImageRuleOptions> = { inkBelow: 170, maxThickness: 9, minLength: 150, maxGap: 8, minCellSide: 40 };

/** A printed rule scanned at 300 dpi is at least two pixels thick; one-pixel runs are strokes of characters lined up. */
const MIN_THICKNESS = 2;

/** Marks in `thin` the runs of ink along row `y` at most `maxThickness` long. */
function markThinRunsInRow(image: GrayImage, y: number, inkBelow: number, maxThickness: number, thin: Uint8Array): void {
  const { width, data } = image;
  const base = y * width;
  let start = -1;
  for (let x = 0; x <= width; x++) {
    const ink = x < width && data[base + x]! < inkBelow;
    if (ink && start < 0) start = x;
    if (!ink && start >= 0) {
      if (x - start <= maxThickness) thin.fill(1, base + start, base + x);
      start = -1;
    }
  }
}

/**
 * Marks in `thin` the runs of ink down each column at most `maxThickness` long. The image is
 * walked a row at a time, each column's open run kept, so that memory is read in order (a
 * column at a time is 3× slower on a page).
 */
function markThinRunsInColumns(image: GrayImage, inkBelow: number, maxThickness: number, thin: Uint8Array): void {
  const { width, height, data } = image;
  const runStart = new Int32Array(width).fill(-1);
  for (let y = 0; y <= height; y++) {
    for (let x = 0; x < width; x++) {
      const ink = y < height && data[y * width + x]! < inkBelow;
      const start = runStart[x]!;
      if (ink && start < 0) runStart[x] = y;
      if (!ink && start >= 0) {
        if (y - start <= maxThickness) for (let j = start; j < y; j++) thin[j * width + x] = 1;
        runStart[x] = -1;
      }
    }
  }
}

/**
 * Ink that is thin across the given direction: pixels whose run of ink at right angles to a
 * possible rule is at most `maxThickness` long. A rule is such ink; a character's strokes that
 * cross it are not, so erasing these pixels leaves the characters a border touches.
 */
function thinInk(image: GrayImage, vertical: boolean, inkBelow: number, maxThickness: number): Uint8Array {
  const thin = new Uint8Array(image.width * image.height);
  // Runs across a vertical rule go along the rows; across a horizontal one, down the columns.
  if (vertical) for (let y = 0; y < image.height; y++) markThinRunsInRow(image, y, inkBelow, maxThickness, thin);
  else markThinRunsInColumns(image, inkBelow, maxThickness, thin);
  return thin;
}

/** Runs of thin ink along one direction, gaps up to `maxGap` bridged, at least `minLength` long and mostly ink. */
function runsAlong(thin: Uint8Array, image: GrayImage, vertical: boolean, options: Required<ImageRuleOptions>): ImageRule[] {
  const { width, height } = image;
  const [lines, length, step, stride] = vertical ? [width, height, width, 1] : [height, width, 1, width];
  const found: { line: number; from: number; to: number }[] = [];
  for (let line = 0; line < lines; line++) {
    const base = line * stride;
    let from = -1;
    let last = -1;
    let inked = 0;
    const close = (): void => {
      if (from >= 0 && last - from + 1 >= options.minLength && inked >= 0.5 * (last - from + 1)) found.push({ line, from, to: last });
    };
    for (let i = 0; i < length; i++) {
      if (thin[base + i * step] === 0) continue;
      if (from < 0 || i - last - 1 > options.maxGap) {
        close();
        from = i;
        inked = 0;
      }
      last = i;
      inked++;
    }
    close();
  }
  return mergeAdjacent(found, vertical ? 'vertical' : 'horizontal', options.maxThickness);
}

/** One rule per stroke: runs on neighbouring lines that overlap along their length are one rule. */
function mergeAdjacent(runs: readonly { line: number; from: number; to: number }[], orientation: ImageRule['orientation'], maxThickness: number): ImageRule[] {
  const open: { first: number; last: number; from: number; to: number }[] = [];
  const done: typeof open = [];
  for (const run of runs) {
    const match = open.find((r) => r.last >= run.line - 1 && r.from < run.to && run.from < r.to);
    if (match === undefined) open.push({ first: run.line, last: run.line, from: run.from, to: run.to });
    else Object.assign(match, { last: run.line, from: Math.min(match.from, run.from), to: Math.max(match.to, run.to) });
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i]!.last < run.line - 1) done.push(...open.splice(i, 1));
    }
  }
  done.push(...open);
  return done
    .filter((r) => r.last - r.first + 1 >= MIN_THICKNESS && r.last - r.first + 1 <= maxThickness)
    .map((r) => ({ orientation, from: r.from, to: r.to, at: (r.first + r.last) / 2, thickness: r.last - r.first + 1 }));
}

/** How far off a rule's edge its sides are looked at, in pixels. */
const SIDE_OFFSETS = [3, 6, 9];
/** Largest share of a solid rule's length with ink beside it (text touching it, borders crossing it). */
const MAX_INKED_SIDES_SOLID = 0.35;
/** The same for a broken run (a dashed frame): tighter, as tightly set text is broken too. */
const MAX_INKED_SIDES_BROKEN = 0.1;
/** Share of ink along a run above which it is a solid rule. */
const SOLID = 0.9;

/**
 * Whether the rule has paper on both sides along most of its length. A row of small, tightly set
 * characters also makes a long run of thin ink (their horizontal strokes, the gaps between bridged),
 * but its characters go on above and below it; a border has only what crosses or touches it.
 */
function hasClearSides(rule: ImageRule, image: GrayImage, inkBelow: number): boolean {
  const { width, height, data } = image;
  const vertical = rule.orientation === 'vertical';
  const limit = vertical ? width : height;
  const middle = Math.round(rule.at);
  const reach = Math.ceil(rule.thickness / 2);
  const sides = SIDE_OFFSETS.flatMap((offset) => [middle - reach - offset, middle + reach + offset]).filter((a) => a >= 0 && a < limit);
  const inkAt = (along: number, across: number): boolean => data[vertical ? along * width + across : across * width + along]! < inkBelow;
  let inkedSides = 0;
  let inkedMiddle = 0;
  for (let along = rule.from; along <= rule.to; along++) {
    if (sides.some((across) => inkAt(along, across))) inkedSides++;
    if (inkAt(along, middle)) inkedMiddle++;
  }
  const length = rule.to - rule.from + 1;
  const maxInked = inkedMiddle >= SOLID * length ? MAX_INKED_SIDES_SOLID : MAX_INKED_SIDES_BROKEN;
  return inkedSides <= maxInked * length;
}

/** Whether both ends of `rule` meet one of the rules `across` it, within `reach` pixels. */
function meetsAtBothEnds(rule: ImageRule, across: readonly ImageRule[], reach: number): boolean {
  const meets = (end: number): boolean => across.some((a) => Math.abs(a.at - end) <= reach + a.thickness / 2 && rule.at >= a.from - reach && rule.at <= a.to + reach);
  return meets(rule.from) && meets(rule.to);
}

/**
 * Horizontal and vertical rules of a raster (table borders, dashed frames, underlines), from long
 * thin runs of ink, and the shorter sides of cells that close between two of them.
 */
export function findImageRules(image: GrayImage, options: ImageRuleOptions = {}): ImageRule[] {
  const settings = { ...DEFAULTS, ...options };
  const long: Record<ImageRule['orientation'], ImageRule[]> = { horizontal: [], vertical: [] };
  const short: Record<ImageRule['orientation'], ImageRule[]> = { horizontal: [], vertical: [] };
  for (const vertical of [false, true]) {
    const orientation = vertical ? 'vertical' : 'horizontal';
    const thin = thinInk(image, vertical, settings.inkBelow, settings.maxThickness);
    const clear = (rule: ImageRule): boolean => hasClearSides(rule, image, settings.inkBelow);
    long[orientation] = runsAlong(thin, image, vertical, settings).filter(clear);
    // Runs of a second pass that allows shorter ones; those the first pass found are not looked at again.
    short[orientation] = runsAlong(thin, image, vertical, { ...settings, minLength: settings.minCellSide })
      .filter((run) => run.to - run.from + 1 < settings.minLength && clear(run));
  }
  const sides = (orientation: ImageRule['orientation'], across: ImageRule['orientation']): ImageRule[] =>
    short[orientation].filter((run) => meetsAtBothEnds(run, long[across], settings.maxGap));
  return [...long.horizontal, ...long.vertical, ...sides('horizontal', 'vertical'), ...sides('vertical', 'horizontal')];
}

/**
 * The image with its rules painted over in white, so that OCR neither reads borders as
 * characters (「|」, 「一」, a dashed frame as 「ーーー」) nor joins cells across them. Only thin ink
 * is erased: a character a border touches keeps its strokes.
 */
export function eraseImageRules(image: GrayImage, rules: readonly ImageRule[], options: ImageRuleOptions = {}): GrayImage {
  const { inkBelow, maxThickness } = { ...DEFAULTS, ...options };
  const { width, height } = image;
  const data = new Uint8Array(image.data);
  const margin = 2;
  const thinAcross = {
    horizontal: thinInk(image, false, inkBelow, maxThickness + 2 * margin),
    vertical: thinInk(image, true, inkBelow, maxThickness + 2 * margin),
  };
  for (const rule of rules) {
    const vertical = rule.orientation === 'vertical';
    const thin = thinAcross[rule.orientation];
    const half = rule.thickness / 2 + margin;
    for (let across = Math.floor(rule.at - half); across <= Math.ceil(rule.at + half); across++) {
      for (let along = rule.from - margin; along <= rule.to + margin; along++) {
        const [x, y] = vertical ? [across, along] : [along, across];
        if (x < 0 || y < 0 || x >= width || y >= height) continue;
        const i = y * width + x;
        // Light pixels beside the rule are its blurred edge: paper too.
        if (thin[i] === 1 || data[i]! >= inkBelow) data[i] = 255;
      }
    }
  }
  return { width, height, data };
}
