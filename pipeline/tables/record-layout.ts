import type { TableCell } from '../../schemas/types.ts';
import { holdsFigure } from './cell-number.ts';
import type { PageTable } from './page-tables.ts';

export interface RecordLayoutOptions {
  /**
   * Fewest pages a box must recur on, with the same labels, to be a record's layout.
   * @defaultValue 3
   */
  minPages?: number;
  /**
   * Most rows a box of a record's layout has: a list repeated on every page has many.
   * @defaultValue 5
   */
  maxRows?: number;
  /**
   * Longest label, in characters: labels are short, values are not.
   * @defaultValue 20
   */
  maxLabelText?: number;
}

/**
 * The labels of a box: the texts of its first row and first column (where a form prints 施策分類 /
 * 予算額 over their values, or 目的 / 概要 beside them), short ones without digits (a roadmap's
 * 令和5年度 / 令和6年度 columns recur on many pages too, but are a table's heads), spaces dropped.
 */
function labelsOf(table: PageTable, maxLabel: number): Set<string> {
  const cells: TableCell[] = [...(table.rows[0] ?? []), ...table.rows.map((row) => row[0]!)];
  const texts = cells.filter((cell) => cell.merged_into === null).map((cell) => cell.text.replace(/\s+/gu, ''));
  return new Set(texts.filter((text) => text !== '' && [...text].length <= maxLabel && !/[0-9０-９]/u.test(text)));
}

/** One label printed as another, or with a word before or after it (目的 / 事業目的, 概要 / 事業の概要). */
const sameLabel = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a)));

/** Two boxes print the same form when at least half the labels of the one with fewer are the other's. */
function sameForm(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [fewer, more] = a.size <= b.size ? [a, b] : [b, a];
  if (fewer.size === 0) return false;
  const shared = [...fewer].filter((label) => more.has(label) || [...more].some((other) => sameLabel(label, other))).length;
  return shared >= Math.max(1, fewer.size / 2);
}

/**
 * Whether a box holds one record's values under its labels: one row of values under a row of
 * labels, or rows that each open with a label, and values that are words rather than figures (a
 * budget book's small table of 目 / 本年度予算額 recurs on every page too, with figures in it).
 */
function holdsOneRecord(table: PageTable, labels: ReadonlySet<string>): boolean {
  const firstCells = table.rows.map((row) => row[0]!).filter((cell) => cell.merged_into === null);
  const labelRows = firstCells.every((cell) => labels.has(cell.text.replace(/\s+/gu, '')));
  if (table.rows.length > 2 && !labelRows) return false;
  const values = table.rows.flat().filter((cell) => cell.merged_into === null && cell.text !== '' && !labels.has(cell.text.replace(/\s+/gu, '')));
  return values.filter((cell) => holdsFigure(cell.text)).length < values.length / 2;
}

/**
 * The boxes of a document that are a record's layout, not tables it publishes: small ruled boxes
 * printing the same labels on many pages (a 施策集's 施策分類 / 予算額 box, its 目的 and 概要
 * boxes on every policy's page), each holding one record's values in words. The record stage reads
 * them through their labels; a table of data is printed once (a list repeated on each page is many
 * rows long, and joined into one table before this). Returns the set of such boxes.
 */
export function recordLayoutBoxes(tables: readonly PageTable[], options: RecordLayoutOptions = {}): Set<PageTable> {
  const { minPages = 3, maxRows = 5, maxLabelText = 20 } = options;
  const small = tables.filter((table) => table.rows.length <= maxRows);
  const labels = small.map((table) => labelsOf(table, maxLabelText));
  const forms = small.filter((table, i) => holdsOneRecord(table, labels[i]!));
  const formLabels = forms.map((table) => labels[small.indexOf(table)]!);
  const boxes = new Set<PageTable>();
  forms.forEach((table, i) => {
    const pages = new Set(forms.filter((_, j) => sameForm(formLabels[i]!, formLabels[j]!)).map((other) => other.page));
    if (pages.size >= minPages) boxes.add(table);
  });
  return boxes;
}
