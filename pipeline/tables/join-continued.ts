import type { Line } from '../../schemas/types.ts';
import type { PageTable } from './page-tables.ts';

export interface JoinContinuedOptions {
  /**
   * How far a column boundary may move between pages and still be the same column, in points.
   * @defaultValue 3
   */
  columnTolerance?: number;
  /**
   * Share of the page height at its top and foot taken by running heads, folios and
   * "(続き)" captions: text there does not stop a table from continuing.
   * @defaultValue 0.12
   */
  marginShare?: number;
}

/** Pages' free text (lines outside every table), to see what is printed after or before a table. */
export type FreeLines = ReadonlyMap<number, readonly Line[]>;

const sameColumns = (a: readonly number[], b: readonly number[], tolerance: number): boolean =>
  a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= tolerance);

/**
 * Whether a line is printed again at about the same place among `others` (another page's free
 * lines): a running head or foot, such as a list's title atop every page, not a caption of its own.
 */
const repeatedAmong = (line: Line, others: readonly Line[]): boolean =>
  others.some(
    (other) => other.text.trim() === line.text.trim() && Math.abs(other.bbox[1] - line.bbox[1]) <= line.font_size && Math.abs(other.bbox[0] - line.bbox[0]) <= line.font_size,
  );

/**
 * Groups the tables of a document into runs that are one table continued over pages: a table that
 * is the last thing on its page (but for the folio) followed by the first table of the next page,
 * with nothing but a running head or a "(続き)" caption before it, and the same column boundaries.
 * Text in the page margins, and text printed at the same place on both pages (the list's title
 * atop every page), stand between neither.
 * Tables are given in page order, top to bottom.
 */
export function groupContinued(tables: readonly PageTable[], freeLines: FreeLines, options: JoinContinuedOptions = {}): PageTable[][] {
  const { columnTolerance = 3, marginShare = 0.12 } = options;
  const runs: PageTable[][] = [];
  tables.forEach((table, i) => {
    const run = runs.at(-1);
    // Tables come in page order, so a previous table on the page before is the last one there.
    const previous = tables[i - 1];
    if (run !== undefined && previous !== undefined && previous.page === table.page - 1) {
      const [before, after] = [freeLines.get(previous.page) ?? [], freeLines.get(table.page) ?? []];
      const below = before.filter((l) => l.bbox[1] >= previous.bbox[3] - 1 && l.bbox[1] < previous.pageHeight * (1 - marginShare) && !repeatedAmong(l, after));
      const above = after.filter((l) => l.bbox[3] <= table.bbox[1] + 1 && l.bbox[3] > table.pageHeight * marginShare && !repeatedAmong(l, before));
      if (below.length === 0 && above.length === 0 && sameColumns(previous.xs, table.xs, columnTolerance)) {
        run.push(table);
        return;
      }
    }
    runs.push([table]);
  });
  return runs;
}
