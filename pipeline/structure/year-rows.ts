import { ERA_ONCE } from '../normalise/era-years.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import type { PlacedLine } from './record-lines.ts';

/** A year alone, with the stage it may name (「令和4年度」, 「令和6年度要求」, 「R5補正」): a row's heading in a table of years. */
const YEAR_ALONE = new RegExp(`^(?:${ERA_ONCE.source})\\s?(?:当初|補正|概算|要求|予算|決算|実績|見込み?|第?\\d次|\\(?案\\)?|額)*$`, 'u');
/** An amount alone (「200百万円」, 「1.5億円の内数」): a row's figure. */
const AMOUNT_ALONE = /^約?[\d,.]+\s?(?:兆|億|千万|百万|万|千)?円(?:の内数)?$/u;

const text = (line: PlacedLine): string => normaliseCharacters(line.line.text).trim();
const centreY = (line: PlacedLine): number => (line.line.bbox[1] + line.line.bbox[3]) / 2;

/** Rows a table of years has at least: one year beside an amount is as often a label wrapped over its cell (令和5年度補正 / 予算額). */
const MIN_ROWS = 2;
/** Points the years of one column may differ by at their left edge. */
const ALIGN = 3;

/**
 * A table of budgets year by year (「令和4年度 | 200百万円」 rows under 「年度 | 予算額」): each row's year and
 * its figure printed apart are one budget line, 「令和4年度 200百万円」, whatever label heads the table.
 * A year is paired with the nearest line on its row to its right when that is an amount alone, and
 * the years of a table stand in one column. Returns the rows' budget lines and the other lines.
 */
export function splitYearRows(lines: readonly PlacedLine[]): { rows: string[]; rest: PlacedLine[] } {
  const pairs: [PlacedLine, PlacedLine][] = [];
  for (const year of lines) {
    if (!YEAR_ALONE.test(text(year))) continue;
    const half = (year.line.bbox[3] - year.line.bbox[1]) / 2;
    const amount = lines
      .filter((other) => other.page === year.page && other !== year && Math.abs(centreY(other) - centreY(year)) < half && other.line.bbox[0] >= year.line.bbox[2])
      .sort((a, b) => a.line.bbox[0] - b.line.bbox[0])[0];
    if (amount !== undefined && AMOUNT_ALONE.test(text(amount))) pairs.push([year, amount]);
  }
  const inColumn = pairs.filter(([year]) => pairs.filter(([other]) => other.page === year.page && Math.abs(other.line.bbox[0] - year.line.bbox[0]) <= ALIGN).length >= MIN_ROWS);
  const taken = new Set(inColumn.flat());
  return { rows: inColumn.map(([year, amount]) => `${year.line.text} ${amount.line.text}`), rest: lines.filter((line) => !taken.has(line)) };
}
