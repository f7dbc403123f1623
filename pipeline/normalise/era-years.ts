import type { BudgetLine } from '../../schemas/types.ts';

// Patterns run on normalised text (NFKC); `\s?` absorbs the spaces PDF line wraps and OCR leave behind.
const KANJI_DIGITS = '〇一二三四五六七八九';
/** A kanji number up to 99 (三, 十二, 二十三), as in 第三次補正. */
export const KANJI_NUM = '[〇一二三四五六七八九十]{1,3}';

/**
 * A fiscal year: 令和3年度, 平成32年度 (2020), 元年度, 2021年度, or the short forms R3 / H30 before
 * a stage word. Groups: 1 era name, 2 its number; 3 a bare number (元, 3, 2021); 4 R or H, 5 its number.
 */
export const ERA = new RegExp(
  String.raw`(?:(令和|平成|昭和)\s?(元|\d{1,2}|${KANJI_NUM})|(?<!\d)(元|\d{1,2}|\d{4})(?!\d))\s?年\s?度` +
    String.raw`|(?<![A-Za-z])([RH])\s?(\d{1,2})(?=\s?(?:年度|予算|当初|補正|第|\d\s?次|概算|要求))`,
  'gu',
);
/** `ERA` without the global flag, to test a string. */
export const ERA_ONCE = new RegExp(ERA.source, 'u');

/** The year before each era's first, by its name or initial: 令和3年 is 2018 + 3. The one table of eras. */
const ERA_OFFSET: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988, 昭和: 1925, R: 2018, H: 1988 };

/** 「3」「十二」「二十三」 as a number. */
export function kanjiNumber(text: string): number {
  if (/^\d+$/u.test(text)) return Number(text);
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const digit = (s: string | undefined): number => (s ? KANJI_DIGITS.indexOf(s) : 0);
  return text.includes('十') ? (tens ? digit(tens) : 1) * 10 + digit(ones) : digit(ones);
}

/** A year of an era as printed (元, 3, 十二) as a number. */
const yearNumber = (year: string): number => (year === '元' ? 1 : kanjiNumber(year));

/** The Western year of year `year` (元, 3, 十二) of the era `era` (令和, 平成, 昭和, R, H); undefined for another era. */
export function westernYear(era: string, year: string): number | undefined {
  const offset = ERA_OFFSET[era];
  return offset === undefined ? undefined : offset + yearNumber(year);
}

/** The Western fiscal year of an `ERA` match; a bare 「元年度」「3年度」 is in `currentEra`, the era name printed last before it. */
export function eraFiscalYear(match: RegExpExecArray, currentEra: string): number {
  const name = match[1] ?? match[4] ?? (match[3]?.length === 4 ? 'AD' : currentEra);
  const number = match[2] ?? match[3] ?? match[5] ?? '';
  return (name === 'AD' ? undefined : westernYear(name, number)) ?? yearNumber(number);
}

/** How a year and stage are printed, for a note that names them: 令和5年度予算(案). */
export function defaultLabel(year: number, stage: BudgetLine['stage']): string {
  const reiwa = year - ERA_OFFSET.令和!;
  const era = reiwa >= 1 ? `令和${reiwa === 1 ? '元' : reiwa}年度` : `平成${year - ERA_OFFSET.平成!}年度`;
  return era + { initial: '予算', draft: '予算(案)', request: '概算要求', supplementary: '補正予算' }[stage];
}
