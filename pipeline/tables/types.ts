/**
 * What the table stage hands other stages besides the tables themselves (schemas/types.ts): the
 * problems it met, and the cells of ruled grids for a stage that reads cells rather than tables
 * (OCR reads a scan's cells apart). Boxes are in the units of the rules given: points on a page,
 * pixels in a scan.
 */
import type { BBox } from '../../schemas/types.ts';

/** A problem in a table found (not a bug): reported with where it is, the table is still returned. */
export interface TableIssue {
  type: 'empty-table' | 'continued-header-differs' | 'not-a-table';
  message: string;
  page: number;
  bbox: [number, number, number, number];
  /** The table's id, when the table is kept. */
  table: string | null;
}

/** A cell of a grid: where it starts, how many rows and columns it covers, and its box. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  bbox: BBox;
}

export interface MergeRulesOptions {
  /**
   * Rules this close across are one border, in points: office suites and browsers draw the
   * borders of two adjacent cells on top of each other, a fraction of a point apart.
   * @defaultValue 1.5
   */
  doubledGap?: number;
  /**
   * Collinear pieces whose ends are this close join into one rule, in points (each cell draws
   * its own piece of a border, and the pieces touch end to end or overlap by the line width).
   * @defaultValue 1.5
   */
  touchGap?: number;
}

export interface FindGridsOptions {
  /**
   * How far a rule may stop short of the rule it meets and still be joined to it, in points
   * (borders are stroked from their centre lines, so corners rarely meet exactly).
   * @defaultValue 2
   */
  joinTolerance?: number;
  /**
   * Boundaries this close are one, in points.
   * @defaultValue 2
   */
  boundaryGap?: number;
  /**
   * Smallest row height and column width kept, in points: a closer pair of boundaries is one
   * border drawn twice with some offset, not a row.
   * @defaultValue 3
   */
  minCellSize?: number;
}

export interface GridCellsOptions {
  /**
   * How far a rule may sit from a boundary and still be its border, in points.
   * @defaultValue 2
   */
  tolerance?: number;
  /**
   * Share of a cell side that must be ruled for the border to count as drawn: less means the
   * neighbours are one merged cell.
   * @defaultValue 0.6
   */
  minCoverage?: number;
}

/** The tolerances of finding ruled grids, each step's own. */
export interface RuledGridOptions {
  rules?: MergeRulesOptions;
  grids?: FindGridsOptions;
  cells?: GridCellsOptions;
}
