import { ERA_ONCE } from '../normalise/era-years.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import type { PlacedLine } from './record-lines.ts';

/** A year alone, with the stage it may name (「令和4年度」, 「令和6年度要求」, 「R5補正」): a row's heading in a table of years. */
export const YEAR_ALONE = new RegExp(`^(?:${ERA_ONCE.source})\\s?(?:当初|補正|概算|要求|予算|決算|実績|見込み?|第?[\\d一二三四五六七八九十]次|\\(?案\\)?|額)*$`, 'u');
/** An amount alone (「200百万円」, 「1.5億円の内数」): a row's figure. */
const AMOUNT_ALONE = /^約?[\d,.]+\s?(?:兆|億|千万|百万|万|千)?円(?:の内数)?$/u;

/** A cell's rule OCR read as a character opening the cell's text (「」令和3年度補正予算」, 「|214百万円」). */
const RULE_SPECK = /^[」|｜]\s*/u;
const text = (line: PlacedLine): string => normaliseCharacters(line.line.text).trim().replace(RULE_SPECK, '');
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

/** A grid's cell: a figure, bare when the grid names its unit (「240」), or a dash for none. */
const GRID_CELL = /^(?:約?[\d,.]+\s?(?:兆|億|千万|百万|万|千)?円?|[-－―—ー‐])$/u;
const DASH = /^[-－―—ー‐]$/u;
/** The unit a grid's figures are printed in: 「（単位：百万円）」, wrapped over lines or not. */
const UNIT = /単位\s*[:：]?\s*(千円|百万円|億円|円)/u;
/** A row of the grid that is a budget (当初予算, 補正予算, 要求額), not its total or its spending (計, 執行額, 執行率). */
const BUDGET_ROW = /予算|要求|補正|当初/u;
/** A year heading that names its own stage (「令和6年度要求」): its figures are that stage's whatever the row says. */
const STAGED_HEAD = /(?:要求|補正|当初|予算案|\(案\)|案)$/u;
/** Rows of a grid lie this many line heights apart at most. */
const ROW_GAP = 3;

const overlaps = (a: PlacedLine, b: PlacedLine): boolean => Math.min(a.line.bbox[2], b.line.bbox[2]) > Math.max(a.line.bbox[0], b.line.bbox[0]);
const sameRow = (a: PlacedLine, b: PlacedLine): boolean => a.page === b.page && Math.abs(centreY(a) - centreY(b)) < (a.line.bbox[3] - a.line.bbox[1]) / 2;

/**
 * A grid of budgets (a 行政事業レビューシート's 予算の状況): years across a row (「令和4年度 | 令和5年度 |
 * 令和6年度要求」), a stage down the left of each row (当初予算, 補正予算), the figures under their years,
 * in the unit the grid names. Each figure is a budget line of its year and its row's stage; a dash is
 * none. Returns the budget lines and the other lines.
 */
export function splitYearGrid(lines: readonly PlacedLine[]): { rows: string[]; rest: PlacedLine[] } {
  const rows: string[] = [];
  const taken = new Set<PlacedLine>();
  for (const first of lines) {
    if (taken.has(first) || !YEAR_ALONE.test(text(first))) continue;
    const heads = lines.filter((line) => YEAR_ALONE.test(text(line)) && sameRow(first, line)).sort((a, b) => a.line.bbox[0] - b.line.bbox[0]);
    if (heads.length < 2 || heads[0] !== first) continue;
    const height = first.line.bbox[3] - first.line.bbox[1];
    const left = first.line.bbox[0];
    const grid: { label: PlacedLine | undefined; cells: [PlacedLine, PlacedLine][] }[] = [];
    let bottom = first.line.bbox[3];
    for (;;) {
      const below = lines.filter((line) => line.page === first.page && line.line.bbox[1] >= bottom && line.line.bbox[1] - bottom < ROW_GAP * height && GRID_CELL.test(text(line)) && heads.some((head) => overlaps(head, line)));
      const top = Math.min(...below.map((line) => line.line.bbox[1]));
      const row = below.filter((line) => Math.abs(line.line.bbox[1] - top) < height / 2);
      // A row fills every year's column (a dash for none): a figure with a note of its own is a budget cell's text, read as such.
      if (row.length !== heads.length || heads.some((head) => !row.some((cell) => overlaps(head, cell)))) break;
      // The row's label: the nearest line left of the grid on its row (the unit note may stand further left).
      const label = lines.filter((line) => sameRow(row[0]!, line) && line.line.bbox[2] <= left && !GRID_CELL.test(text(line))).sort((a, b) => b.line.bbox[2] - a.line.bbox[2])[0];
      grid.push({ label, cells: row.map((cell) => [heads.find((head) => overlaps(head, cell))!, cell]) });
      bottom = Math.max(...row.map((line) => line.line.bbox[3]));
    }
    // The unit is printed left of the grid, over or beside its rows.
    const aside = lines.filter((line) => line.page === first.page && line.line.bbox[2] <= left && line.line.bbox[1] >= first.line.bbox[1] - ROW_GAP * height && line.line.bbox[3] <= bottom);
    const unit = UNIT.exec(aside.map(text).join(''))?.[1];
    const read = grid.filter((row) => row.label === undefined || BUDGET_ROW.test(text(row.label)));
    if (read.length === 0 || read.some((row) => row.cells.some(([, cell]) => !DASH.test(text(cell)) && !/円$/u.test(text(cell)) && unit === undefined))) continue;
    for (const row of read) {
      for (const [head, cell] of row.cells) {
        const dash = DASH.test(text(cell));
        // A dash in a row of stages is no budget of that stage; under the years alone it is the year's figure, none (「令和5年度予算(案)」 over 「－」).
        if (dash && row.label !== undefined) continue;
        const stage = row.label === undefined || STAGED_HEAD.test(text(head)) ? '' : text(row.label);
        rows.push(`${text(head)}${stage}：${text(cell)}${dash || /円$/u.test(text(cell)) ? '' : unit}`);
      }
    }
    for (const line of [...heads, ...grid.flatMap((row) => [...(row.label === undefined ? [] : [row.label]), ...row.cells.map(([, cell]) => cell)]), ...aside.filter((line) => /単位/u.test(text(line)) || /^[^\s]{0,4}円?[)）]$/u.test(text(line)))]) taken.add(line);
  }
  return { rows, rest: lines.filter((line) => !taken.has(line)) };
}

/** A label and the first year of a grid read as one line (「予算額:」令和5年度予算(案)」): the year is the grid's head. */
const LABEL_BEFORE_YEAR = new RegExp(`^(?<label>[^:：]{1,8}[:：]\\s*[」』】〕)）]?)\\s*(?<year>(?:${ERA_ONCE.source}).*)$`, 'u');

/**
 * The lines with a label that OCR read together with the first year of a grid on its row (the cells
 * lie close) read as two lines, each with its share of the line's width: the year heads its column.
 */
function labelsApartFromYears(lines: readonly PlacedLine[]): PlacedLine[] {
  return lines.flatMap((line) => {
    const parts = LABEL_BEFORE_YEAR.exec(text(line))?.groups;
    if (parts === undefined || !YEAR_ALONE.test(parts.year!) || !lines.some((other) => other !== line && sameRow(line, other) && YEAR_ALONE.test(text(other)))) return [line];
    const [x0, y0, x1, y1] = line.line.bbox;
    const split = x0 + ((x1 - x0) * [...parts.label!].length) / [...text(line)].length;
    return [
      { ...line, line: { ...line.line, text: parts.label!, bbox: [x0, y0, split, y1] } },
      { ...line, line: { ...line.line, text: parts.year!, bbox: [split, y0, x1, y1] } },
    ];
  });
}

/** Both kinds of budget table in a record's lines: years down a column, years across a grid. */
export function splitBudgetTables(lines: readonly PlacedLine[]): { rows: string[]; rest: PlacedLine[] } {
  const down = splitYearRows(labelsApartFromYears(lines));
  const across = splitYearGrid(down.rest);
  return { rows: [...down.rows, ...across.rows], rest: across.rest };
}
