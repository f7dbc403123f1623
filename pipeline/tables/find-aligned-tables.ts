import { isVerticalLine } from '../lines/vertical-line.ts';
import type { BBox, Line, Page, TableCell } from '../../schemas/types.ts';
import type { Rule } from '../extract/types.ts';
import { regionsBetweenRules } from './text-regions.ts';
import { joinLetterSpaced } from './letter-spaced.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { holdsFigure } from './cell-number.ts';
import { cellText, LIST_MARK, linesInBoxes } from './cell-text.ts';
import { printsAmount } from './header-rows.ts';
import { captionOf, type PageTable } from './page-tables.ts';
import { covered, median, rowsOfLines, type Interval } from './text-rows.ts';

export interface AlignedTablesOptions {
  /**
   * Fewest rows with text in two columns or more for a grid of text to be a table.
   * @defaultValue 3
   */
  minRows?: number;
  /**
   * Fewest columns: two columns of text side by side are as often prose or label and value.
   * @defaultValue 3
   */
  minColumns?: number;
  /**
   * Fewest columns when the last column holds figures, aligned at their right edge, and a unit line
   * (「（単位 百万円）」) stands over them: a budget's items and their amounts set in prose.
   * @defaultValue 2
   */
  minColumnsOfFigures?: number;
  /**
   * Largest gap between two rows of one table, in font sizes.
   * @defaultValue 2
   */
  maxRowGapEm?: number;
  /**
   * Longest median text of a column, in characters: a column of sentences is prose set in
   * columns, a table of contents or a page of labelled paragraphs, not a table.
   * @defaultValue 15
   */
  maxMedianCellText?: number;
  /**
   * Least share of the grid's cells that hold text: a table fills its grid, a table of contents
   * or a page of headings and lists leaves many slots empty.
   * @defaultValue 0.9
   */
  minFilledShare?: number;
  /**
   * Largest gap between the table's first row and the caption line above it, in that line's font
   * sizes (measured from the text, as no border frames the table).
   * @defaultValue 2
   */
  captionGap?: number;
}

/** Lines on one visual row, left to right, and the extent of their boxes. */
interface TextRow {
  lines: Line[];
  top: number;
  bottom: number;
}


/** What opens an item of a list or a numbered heading: a list mark, ①, (1), 1. or a number and a space. */
const ITEM_MARK = new RegExp(`${LIST_MARK.source}|^[①-⑳]|^[(（][0-9０-９]+[)）]|^[0-9０-９]+[.．、)）]?[\\s　]`, 'u');


/**
 * Groups lines into visual rows, top to bottom: lines whose boxes overlap vertically (by more than a
 * point) share a row, so a figure centred beside a label on two lines stands in one row with both.
 */
function textRows(lines: readonly Line[]): TextRow[] {
  const rows: TextRow[] = [];
  for (const line of [...lines].sort((a, b) => a.bbox[1] - b.bbox[1])) {
    const row = rows.at(-1);
    if (row !== undefined && line.bbox[1] + 0.5 < row.bottom - 0.5) {
      row.lines.push(line);
      row.bottom = Math.max(row.bottom, line.bbox[3]);
    } else {
      rows.push({ lines: [line], top: line.bbox[1], bottom: line.bbox[3] });
    }
  }
  for (const row of rows) row.lines.sort((a, b) => a.bbox[0] - b.bbox[0]);
  return rows;
}


/** How many columns a row's lines stand in (two lines of a cell on two lines stand in one). */
const spread = (row: TextRow): number => covered(row.lines.map((l): Interval => [l.bbox[0], l.bbox[2]])).length;

const columnsOf = (rows: readonly TextRow[]): Interval[] => covered(rows.flatMap((r) => r.lines.map((l): Interval => [l.bbox[0], l.bbox[2]])));

/** The lines of each column, top to bottom. */
const columnLines = (rows: readonly TextRow[], columns: readonly Interval[]): Line[][] =>
  columns.map(([from, to]) => rows.flatMap((r) => r.lines.filter((l) => l.bbox[0] >= from && l.bbox[2] <= to)));

/** Each column's lines line up: most share their left edge, their right edge (figures) or their centre. */
function aligned(columns: readonly Line[][]): boolean {
  return columns.every((lines) => {
    const tolerance = 0.5 * median(lines.map((l) => l.font_size));
    const share = (edge: (l: Line) => number): number => {
      const at = median(lines.map(edge));
      return lines.filter((l) => Math.abs(edge(l) - at) <= tolerance).length / lines.length;
    };
    return Math.max(share((l) => l.bbox[0]), share((l) => l.bbox[2]), share((l) => (l.bbox[0] + l.bbox[2]) / 2)) >= 0.6;
  });
}

/**
 * The rows of a grid that starts at `rows[start]`: following rows are taken while they stand close
 * and keep every gutter between the columns clear. Trailing rows with one line (a note under the
 * table that fits in a column) are left out, unless set solid under the row above.
 */
function growGrid(rows: readonly TextRow[], start: number, options: Required<AlignedTablesOptions>): TextRow[] {
  const grid = [rows[start]!];
  let columns = columnsOf(grid).length;
  for (let i = start + 1; i < rows.length; i++) {
    const row = rows[i]!;
    const previous = grid.at(-1)!;
    const size = Math.max(...row.lines.map((l) => l.font_size));
    const gap = row.top - previous.bottom;
    // Rows whose cells wrap over unequal heights stand further apart: a row that fills every column still belongs.
    if (gap > options.maxRowGapEm * size && !(gap <= 2 * options.maxRowGapEm * size && fillsEvery(columnsOf(grid), row))) break;
    const widened = columnsOf([...grid, row]).length;
    if (widened < columns) break;
    grid.push(row);
    columns = widened;
  }
  return withoutTail(grid, options.maxMedianCellText);
}

/** Whether a row has a line in each of the columns. */
const fillsEvery = (columns: readonly Interval[], row: TextRow): boolean =>
  columns.every(([from, to]) => row.lines.some((l) => l.bbox[0] < to && l.bbox[2] > from));

/**
 * A grid without the rows that trail it and are not the table's: rows of one line (a note that fits
 * in a column, a heading after the total) unless set solid under the row above (the last line of a
 * cell), and, under a column of plain figures, rows whose text there is no plain figure (the
 * prose's 「追　加　3,427（百万円）」 after an item list's total).
 */
function withoutTail(grid: TextRow[], maxMedianCellText: number): TextRow[] {
  const solid = (i: number): boolean => i > 0 && (grid[i]!.top - grid[i - 1]!.bottom <= 0.2 * grid[i]!.lines[0]!.font_size || continuesWrappedCell(grid, i, maxMedianCellText));
  const figure = (l: Line): boolean => holdsFigure(normaliseCharacters(l.text));
  for (;;) {
    if (grid.length === 0) return grid;
    const last = grid.at(-1)!;
    if (spread(last) < 2 && !solid(grid.length - 1)) {
      grid.pop();
      continue;
    }
    const columns = columnsOf(grid.slice(0, -1));
    const lastColumn = columns.at(-1);
    const inLast = (l: Line): boolean => lastColumn !== undefined && l.bbox[2] > lastColumn[0];
    const body = grid.slice(0, -1).flatMap((r) => r.lines.filter(inLast));
    const figures = body.length > 0 && body.filter(figure).length >= 0.8 * body.length;
    if (!(figures && last.lines.filter(inLast).some((l) => !figure(l)))) return grid;
    grid.pop();
  }
}

/** The least gap between two lines of a column, one under the other: the leading of its wrapped cells. */
function leadingOf(column: readonly Line[]): number {
  const sorted = [...column].sort((a, b) => a.bbox[1] - b.bbox[1]);
  return Math.min(...sorted.slice(1).map((l, i) => l.bbox[1] - sorted[i]!.bbox[3]));
}

const longerThan = (max: number) => (line: Line): boolean => [...line.text].length > max;

/** Whether a column holds sentences: its median line is longer than a table's cell. */
const holdsSentences = (column: readonly Line[], maxMedianCellText: number): boolean => median(column.map((l) => [...l.text].length)) > maxMedianCellText;

/** Whether a column's cells wrap sentences: a third of its lines or more are longer than a table's cell (the last line of each is short). */
const wrapsSentences = (column: readonly Line[], maxMedianCellText: number): boolean => column.filter(longerThan(maxMedianCellText)).length >= column.length / 3;

/**
 * Whether row `i`, one line, is the next line of a cell above it in a table whose column of
 * sentences wraps (a long 概要 or name wrapped at the foot of the table): it starts at its column's
 * left edge, no further under the line above than the lines of wrapped sentences stand apart.
 */
function continuesWrappedCell(grid: readonly TextRow[], i: number, maxMedianCellText: number): boolean {
  const [line] = grid[i]!.lines;
  // A wrapped line stands within an em of the line above: a row further down is no cell's next line.
  if (grid[i]!.lines.length !== 1 || line === undefined || grid[i]!.top - grid[i - 1]!.bottom > line.font_size) return false;
  const above = grid.slice(0, i);
  const columns = columnLines(above, columnsOf(above));
  const sentences = columns.find((lines) => wrapsSentences(lines, maxMedianCellText));
  const column = columns.find((lines) => lines.some((l) => l.bbox[0] < line.bbox[2] && l.bbox[2] > line.bbox[0]));
  if (sentences === undefined || sentences.length < 2 || column === undefined) return false;
  const last = column.reduce((a, b) => (b.bbox[3] > a.bbox[3] ? b : a));
  const tolerance = 0.25 * line.font_size;
  return Math.abs(line.bbox[0] - last.bbox[0]) <= tolerance && line.bbox[1] - last.bbox[3] <= leadingOf(sentences) + tolerance;
}

/** A line that gives the money unit of the figures below it: 「（単位 百万円）」, 「（千円）」. */
const UNIT_LINE = /^[(（]\s*(?:単位[\s:：]*)?[千百万億兆]*円\s*[)）]$|^単位[\s:：]*[千百万億兆]*円$/u;

/** Whether the last column holds a figure on (nearly) every row, the figures aligned at their right edge. */
function figuresLast(column: readonly Line[]): boolean {
  const figures = column.filter((l) => holdsFigure(normaliseCharacters(l.text)) || /^[-－―─—]+$/u.test(l.text.trim()));
  const right = median(figures.map((l) => l.bbox[2]));
  const tolerance = 0.5 * median(column.map((l) => l.font_size));
  return figures.length >= 0.8 * column.length && figures.filter((l) => Math.abs(l.bbox[2] - right) <= tolerance).length >= 0.8 * figures.length;
}

/** Whether the nearest line over the grid, within `gapEm` of its font sizes, names a money unit. */
function unitAbove(grid: readonly TextRow[], lines: readonly Line[], gapEm: number): boolean {
  const top = grid[0]!.top;
  const [x0, x1] = [Math.min(...grid.flatMap((r) => r.lines.map((l) => l.bbox[0]))), Math.max(...grid.flatMap((r) => r.lines.map((l) => l.bbox[2])))];
  const above = lines.filter((l) => l.bbox[3] <= top + 1 && l.bbox[0] < x1 && l.bbox[2] > x0);
  if (above.length === 0) return false;
  const nearest = above.reduce((a, b) => (b.bbox[3] > a.bbox[3] ? b : a));
  return top - nearest.bbox[3] <= gapEm * nearest.font_size && UNIT_LINE.test(normaliseCharacters(nearest.text).trim());
}

/**
 * Whether a grid of text reads as a table: enough rows and columns (two will do for items and
 * their amounts under a unit line), each column aligned, of short texts and not a list; the grid's
 * slots filled.
 */
function isTable(grid: readonly TextRow[], lines: readonly Line[], options: Required<AlignedTablesOptions>): boolean {
  const columns = columnsOf(grid);
  if (grid.filter((r) => spread(r) >= 2).length < options.minRows || columns.length < options.minColumnsOfFigures) return false;
  const texts = columnLines(grid, columns);
  if (columns.length < options.minColumns && !(figuresLast(texts.at(-1)!) && unitAbove(grid, lines, options.captionGap))) return false;
  const long = texts.filter((column) => holdsSentences(column, options.maxMedianCellText));
  if (long.length > 1 || (long.length === 1 && !titledColumns(grid, long[0]!, options.maxMedianCellText))) return false;
  if (texts.some((column) => column.filter((l) => ITEM_MARK.test(l.text)).length >= column.length / 2)) return false;
  return aligned(texts);
}

/**
 * Whether the rows over the first long line of a column of sentences title every column with a
 * short text and no figure (a record's number or amount): a table of records with a prose column
 * (事業内容) under its header, unlike prose set beside short notes.
 */
function titledColumns(grid: readonly TextRow[], sentences: readonly Line[], maxMedianCellText: number): boolean {
  const firstLong = sentences.find(longerThan(maxMedianCellText));
  const header = grid.filter((r) => firstLong !== undefined && r.bottom <= firstLong.bbox[1]).flatMap((r) => r.lines);
  const title = (l: Line): boolean => !longerThan(maxMedianCellText)(l) && !printsAmount(normaliseCharacters(l.text));
  return header.length > 0 && header.every(title) && fillsEvery(columnsOf(grid), { lines: header, top: 0, bottom: 0 });
}

/**
 * The rows of a table whose column of sentences wraps its cells under a header titling every
 * column: lines no further apart than that column's leading are one row (titles on two lines, a
 * cell's next lines), so each row is a record. None for other grids, or when the gaps tell no rows apart.
 */
function wrappedRows(grid: readonly TextRow[], maxMedianCellText: number): Interval[] | undefined {
  const sentences = columnLines(grid, columnsOf(grid)).find((column) => wrapsSentences(column, maxMedianCellText));
  if (sentences === undefined || !titledColumns(grid, sentences, maxMedianCellText)) return undefined;
  const bands = covered(grid.flatMap((r) => r.lines).map((l): Interval => [l.bbox[1] + 0.5, l.bbox[3] - 0.5]));
  const within = leadingOf(sentences) + 1 + 0.25 * median(sentences.map((l) => l.font_size));
  const rows: Interval[] = [];
  for (const band of bands) {
    const last = rows.at(-1);
    if (last !== undefined && band[0] - last[1] <= within) last[1] = band[1];
    else rows.push([...band]);
  }
  return rows.length > 1 ? rows : undefined;
}

/** Boundaries between intervals (halfway across each gap), with the outer edges moved out by half a gap. */
function boundaries(intervals: readonly Interval[]): number[] {
  const gaps = intervals.slice(1).map((next, i) => next[0] - intervals[i]![1]);
  const pad = median(gaps) / 2;
  const round = (n: number): number => Math.round(n * 100) / 100;
  return [intervals[0]![0] - pad, ...gaps.map((gap, i) => intervals[i]![1] + gap / 2), intervals.at(-1)![1] + pad].map(round);
}

/** A grid of text as a page table: one cell per row and column, each with the lines inside it. */
function toPageTable(page: Page, grid: readonly TextRow[], freeLines: readonly Line[], options: Required<AlignedTablesOptions>): PageTable {
  const xs = boundaries(columnsOf(grid));
  const ys = boundaries(wrappedRows(grid, options.maxMedianCellText) ?? rowsOfLines(grid.flatMap((r) => r.lines)));
  const boxes: BBox[] = ys.slice(1).flatMap((y1, r) => xs.slice(1).map((x1, c): BBox => [xs[c]!, ys[r]!, x1, y1]));
  const texts = linesInBoxes(grid.flatMap((r) => r.lines), boxes).map(cellText);
  const cols = xs.length - 1;
  const rows: TableCell[][] = Array.from({ length: ys.length - 1 }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const { text, raw, ocr } = texts[r * cols + c]!;
      const source = { page: page.number, bbox: boxes[r * cols + c]!, method: ocr ? ('ocr' as const) : ('text' as const) };
      return { text, raw, row_span: 1, col_span: 1, merged_into: null, source };
    }),
  );
  const bbox: BBox = [xs[0]!, ys[0]!, xs.at(-1)!, ys.at(-1)!];
  return { page: page.number, pageHeight: page.height, bbox, xs, rows, caption: captionOf(freeLines, bbox, options.captionGap), ruling: 'aligned' };
}

/**
 * Finds the tables drawn without rules on one page, from the alignment of its text: runs of rows
 * whose lines stand in at least three columns with clear gutters between them (two when the last
 * holds amounts under a unit line), over at least three rows, each column aligned at an edge or
 * centre, its texts short (prose set in columns has long lines; one column of sentences will do
 * under a header titling every column, its wrapped cells read a record a row) and not list items,
 * and nearly every cell filled (a table of contents leaves gaps). Labels letter-spaced a glyph a line are
 * joined first, and lines apart across a vertical rule are never one table.
 * `lines` are the page's lines outside its ruled tables, `rules` the page's rules; vertical lines
 * are left out.
 */
export function findAlignedTables(page: Page, lines: readonly Line[], rules: readonly Rule[] = [], options: AlignedTablesOptions = {}): PageTable[] {
  const { minRows = 3, minColumns = 3, minColumnsOfFigures = 2, maxRowGapEm = 2, maxMedianCellText = 15, minFilledShare = 0.9, captionGap = 2 } = options;
  const settings = { minRows, minColumns, minColumnsOfFigures, maxRowGapEm, maxMedianCellText, minFilledShare, captionGap };
  const readable = joinLetterSpaced(lines.filter((l) => !isVerticalLine(l) && l.text.trim() !== ''));
  return regionsBetweenRules(readable, rules).flatMap((region) => regionTables(page, region, readable, settings));
}

/** The tables among the lines of one region of a page; captions are looked for among all `pageLines`. */
function regionTables(page: Page, lines: readonly Line[], pageLines: readonly Line[], settings: Required<AlignedTablesOptions>): PageTable[] {
  const rows = textRows(lines);
  const tables: PageTable[] = [];
  for (let start = 0; start < rows.length; start++) {
    if (spread(rows[start]!) < 2) continue;
    const grid = growGrid(rows, start, settings);
    if (!isTable(grid, lines, settings)) continue;
    const inGrid = new Set(grid.flatMap((r) => r.lines));
    const table = toPageTable(page, grid, pageLines.filter((l) => !inGrid.has(l)), settings);
    const cells = table.rows.flat();
    if (cells.filter((cell) => cell.text !== '').length < settings.minFilledShare * cells.length) continue;
    tables.push(table);
    start += grid.length - 1;
  }
  return tables;
}
