import type { Page } from '../../schemas/types.ts';
import { westernYear } from './era-years.ts';
import { normaliseCharacters } from './normalise-text.ts';

/** Pages searched for the edition's date: the cover, and the page after it when the cover has none. */
const COVER_PAGES = 2;

// The day's 日 as OCR may read it (「8月30H」, 「30目」): after a month and a day's digits, nothing else is printed so.
const DAY = '[日HＨ目]';
const JAPANESE_DATE = new RegExp(String.raw`(?<era>令和|平成)\s*(?<year>元|\d{1,2})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*${DAY}`, 'u');
const WESTERN_DATE = new RegExp(String.raw`(?<year>(?:19|20)\d{2})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*${DAY}`, 'u');

const pad = (n: number): string => String(n).padStart(2, '0');

/** A valid calendar date as YYYY-MM-DD, or null (「令和4年2月30日」 is not a date). */
function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Reads one printed date (「令和4年12月23日」, 「令和元年8月30日」, 「2022年12月23日」) as YYYY-MM-DD, or null. */
export function parseJapaneseDate(text: string): string | null {
  const normalised = normaliseCharacters(text);
  const era = JAPANESE_DATE.exec(normalised)?.groups;
  if (era !== undefined) {
    // The pattern names 令和 or 平成 only, whose years are known.
    return isoDate(westernYear(era.era!, era.year!)!, Number(era.month), Number(era.day));
  }
  const western = WESTERN_DATE.exec(normalised)?.groups;
  return western === undefined ? null : isoDate(Number(western.year), Number(western.month), Number(western.day));
}

/**
 * The edition date of a document: the first full date printed on its cover (reading order), or on
 * the page after it. Null when neither has one (an excerpt, a scan of inner pages).
 */
export function findEditionDate(pages: readonly Page[]): string | null {
  for (const page of pages.slice(0, COVER_PAGES)) {
    for (const line of page.lines) {
      const date = parseJapaneseDate(line.text);
      if (date !== null) return date;
    }
  }
  return null;
}
