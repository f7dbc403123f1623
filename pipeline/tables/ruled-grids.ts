import type { Rule } from '../extract/types.ts';
import { findGrids, type RuledGrid } from './find-grids.ts';
import { gridCells } from './grid-cells.ts';
import { mergeRules } from './merge-rules.ts';
import type { GridCell, RuledGridOptions } from './types.ts';

/** The grids some rules draw: the pieces of each border merged first, then crossing rules joined into grids. */
export const findRuledGrids = (rules: readonly Rule[], options: RuledGridOptions = {}): RuledGrid[] => findGrids(mergeRules(rules, options.rules), options.grids);

/** The cells of each grid some rules draw, grid by grid: for a stage that reads cells, not tables (OCR reads a scan's cells apart). */
export const ruledGridCells = (rules: readonly Rule[], options: RuledGridOptions = {}): GridCell[][] =>
  findRuledGrids(rules, options).map((grid) => gridCells(grid, options.cells));
