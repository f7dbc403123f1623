/** A figure printed in a cell: its value, and the unit printed before or after it ('' when none). */
export interface CellNumber {
  value: number;
  unit: string;
}

/** Signs of a negative figure: the minus, and △ / ▲ as Japanese accounts print one. */
const NEGATIVE = '△▲−\\-';
/**
 * A unit printed after a figure: a few characters that are neither digits, signs, spaces nor
 * brackets (千円, 億円, %, 人, 時間, 件).
 */
const UNIT_AFTER = String.raw`[^\s\d${NEGATIVE}()（）:：/／~〜～.,、。]{1,3}`;
/** A money unit set over its figure, which text extraction reads before it (「千円4,594,541」). */
const UNIT_BEFORE = '兆円|億円|百万円|千万円|万円|千円|円';
const FIGURE = new RegExp(String.raw`^(${UNIT_BEFORE})?\s*([${NEGATIVE}])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(${UNIT_AFTER})?$`, 'u');
/** What follows a number in a date, an ordinal or a label (2024年, 4月5日, 第1回, 3号): not a unit. */
const NOT_A_UNIT = /^[年月日号回目番期次条項款節]|^[A-Za-z]/u;

/**
 * The number a cell prints, or null when it prints anything else: 「4,512」 → 4512, 「△1,200」 →
 * −1200, 「1,240時間」 → 1240 in 時間, 「5.5%」 → 5.5 in %. Text is as published (NFKC: ASCII
 * digits and commas). A figure with a word around it (「500億円程度」, 「約30」) is not a number.
 */
export function readCellNumber(text: string): CellNumber | null {
  const match = FIGURE.exec(text.trim());
  if (match === null) return null;
  const [, before, sign, whole, fraction, after] = match;
  if (before !== undefined && after !== undefined) return null;
  const unit = before ?? after ?? '';
  if (NOT_A_UNIT.test(unit)) return null;
  const value = Number(`${whole!.replace(/,/gu, '')}${fraction ?? ''}`);
  return { value: sign === undefined ? value : -value, unit };
}

/** Whether a cell holds a figure, or only the money unit of the figures below it (a budget table's 「千円」 row). */
export const holdsFigure = (text: string): boolean => readCellNumber(text) !== null || new RegExp(`^(?:${UNIT_BEFORE})$`, 'u').test(text.trim());
