import type { Line, Table, TableCell } from '../../schemas/types.ts';
import type { PageLayout } from '../extract/types.ts';
import { findAlignedTables, type AlignedTablesOptions } from './find-aligned-tables.ts';
import { headerRowCount, repeatedRowCount, type HeaderRowsOptions } from './header-rows.ts';
import { figureKind, type FigureGridsOptions } from './figure-grids.ts';
import { groupContinued, type JoinContinuedOptions } from './join-continued.ts';
import { pageTables, type PageTable, type PageTablesOptions } from './page-tables.ts';
import { recordLayoutBoxes, type RecordLayoutOptions } from './record-layout.ts';
import { tableColumns, titleRow } from './table-columns.ts';
import type { TableIssue } from './types.ts';

export interface FindTablesOptions extends PageTablesOptions {
  header?: HeaderRowsOptions;
  continued?: JoinContinuedOptions;
  /** Tables drawn without rules, found from text alignment; `false` finds ruled tables only. */
  aligned?: AlignedTablesOptions | false;
  figures?: FigureGridsOptions;
  recordLayout?: RecordLayoutOptions;
  /** Receives the data problems met (empty grids, grids that are figures or a record's layout, continuations whose header differs). */
  onIssue?: (issue: TableIssue) => void;
}

/** Rows of one page's table with merge origins moved by `offset` rows (after dropping a repeated header). */
const shifted = (rows: readonly TableCell[][], offset: number): TableCell[][] =>
  rows.map((row) =>
    row.map((cell) => (cell.merged_into === null ? cell : { ...cell, merged_into: { row: cell.merged_into.row + offset, col: cell.merged_into.col } })),
  );

/** One table from a run of page tables: the header once, then every page's body rows in order. */
function joinRun(run: readonly PageTable[], id: string, options: FindTablesOptions): Table {
  const first = run[0]!;
  const repeated = run.slice(1).map((table) => repeatedRowCount(first.rows, table.rows, options.header?.maxHeaderRows));
  // A header printed again on the next page is the surest sign of a header; else read the first page.
  const headerCount = repeated.find((n) => n > 0) ?? headerRowCount(first.rows, options.header);
  const rows: TableCell[][] = [...first.rows];
  run.slice(1).forEach((table, i) => {
    const drop = repeated[i]!;
    if (drop !== headerCount && drop > 0) {
      options.onIssue?.({
        type: 'continued-header-differs',
        message: `The table continued on page ${table.page} repeats ${drop} header rows, not ${headerCount}`,
        page: table.page,
        bbox: table.bbox,
        table: id,
      });
    }
    rows.push(...shifted(table.rows.slice(drop), rows.length - drop));
  });
  const round = (n: number): number => Math.round(n * 100) / 100;
  const [header, body] = [rows.slice(0, headerCount), rows.slice(headerCount)];
  const columnCount = first.xs.length - 1;
  return {
    schema_version: '1.1.0',
    id,
    // A title row merged over every column names the table when no line above it does.
    caption: first.caption ?? titleRow(header, columnCount),
    ruling: first.ruling,
    pages: run.map((t) => t.page) as Table['pages'],
    column_count: columnCount,
    columns: tableColumns(header, body, columnCount),
    header,
    rows: body,
    regions: run.map((t) => ({ page: t.page, bbox: t.bbox.map(round) as [number, number, number, number] })) as Table['regions'],
  };
}

/** Whether a line stands outside every one of `tables` (by its centre). */
const outside =
  (tables: readonly PageTable[]) =>
  (line: Line): boolean => {
    const [x, y] = [(line.bbox[0] + line.bbox[2]) / 2, (line.bbox[1] + line.bbox[3]) / 2];
    return !tables.some((t) => x >= t.bbox[0] && x <= t.bbox[2] && y >= t.bbox[1] && y <= t.bbox[3]);
  };

/**
 * Finds the tables of a document: grids of rules (merged and doubled borders joined), merged
 * cells where an inner border is missing, and tables drawn without rules where the text clearly
 * stands in a grid; each cell's lines joined, header rows decided, and a table continued on the
 * next page joined into one. Pure: reads only the layouts given.
 */
export function findTables(layouts: readonly PageLayout[], options: FindTablesOptions = {}): Table[] {
  const found: PageTable[] = [];
  const freeLines = new Map<number, Line[]>();
  for (const layout of layouts) {
    const ruled = pageTables(layout, options);
    const outsideRuled = layout.page.lines.filter(outside(ruled));
    const aligned = options.aligned === false ? [] : findAlignedTables(layout.page, outsideRuled, layout.rules, options.aligned);
    freeLines.set(layout.page.number, outsideRuled.filter(outside(aligned)));
    const tables = [...ruled, ...aligned].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
    for (const table of tables) {
      if (table.rows.flat().every((cell) => cell.text === '')) {
        // A grid with no text is a drawing (a chart frame, a form to fill in), not data.
        options.onIssue?.({ type: 'empty-table', message: `A ruled grid on page ${table.page} holds no text`, page: table.page, bbox: table.bbox, table: null });
        continue;
      }
      const figure = table.ruling === 'ruled' ? figureKind(table, options.figures) : null;
      if (figure !== null) {
        // A frame around one block of text is plainly no table: not worth a report.
        if (table.rows.flat().filter((cell) => cell.merged_into === null).length < 2) continue;
        const what = figure === 'box' ? 'a box (one row or one column)' : 'a chart or diagram (most cells empty)';
        options.onIssue?.({ type: 'not-a-table', message: `A ruled grid on page ${table.page} is ${what}, not a table`, page: table.page, bbox: table.bbox, table: null });
        continue;
      }
      found.push(table);
    }
  }
  const layoutBoxes = recordLayoutBoxes(found, options.recordLayout);
  for (const box of layoutBoxes) {
    options.onIssue?.({ type: 'not-a-table', message: `A ruled box on page ${box.page} prints labels repeated on other pages: a record's layout, not a table`, page: box.page, bbox: box.bbox, table: null });
  }
  const perPage = new Map<number, number>();
  return groupContinued(found.filter((table) => !layoutBoxes.has(table)), freeLines, options.continued).map((run) => {
    const page = run[0]!.page;
    const n = (perPage.get(page) ?? 0) + 1;
    perPage.set(page, n);
    return joinRun(run, `t-${page}-${n}`, options);
  });
}
