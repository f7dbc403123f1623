/**
 * The neutral record model the layout renderings print from: what a record says, with no trace of
 * where one edition put it. Each family's data is mapped to it in `families.ts`.
 */
import type { TruthBudgetLine, TruthOffice } from '../truth.ts';

/** Canonical section keys (truth keys whatever the printed spelling). */
export type SectionKey = string;

/** One printed budget entry and the budget lines a careful reader takes from it. */
export interface NBudget {
  /** The entry as printed when it carries its own year and stage, e.g. 「令和5年度予算(案)：52百万円」. */
  text: string;
  /** The same entry with the year/stage left to the printed context (cover, running header), or null when it cannot be. */
  bare: string | null;
  /** A short label for a year column (「令和5年度予算(案)」) and the value under it, when the entry splits so. */
  column: { head: string; value: string } | null;
  lines: Omit<TruthBudgetLine, 'raw'>[];
}

export interface NSection {
  key: SectionKey;
  /** Items as printed one per paragraph; leading bullet glyphs belong to the rendering, not the item. */
  items: string[];
  /** For juten sub-measures: the heading is the key itself (◆ heading), not a vocabulary label. */
  ownHeading?: boolean;
}

export interface NRecord {
  name: string;
  /** Printed number path for numbered measures ("1-①-(1)"), else null. */
  number: string | null;
  /** Grouping the catalogue prints above records (chapter / 分野 / topic), for tabs and headings. */
  group: string | null;
  topic: string | null;
  offices: TruthOffice[];
  /** How each office is set where a page prints it over several lines (事業PR資料: group, division); else its name. */
  officeLines?: string[][];
  field: string | null;
  category: string | null;
  refs: string[];
  budget: NBudget[];
  sections: NSection[];
  /** Short phrases for a figure box (事業イメージ); never part of the truth. */
  figure: string[];
}

export interface NFamily {
  /** Truth `family` id and the file-name stem of its renderings. */
  family: string;
  stem: string;
  seed: string;
  ministry: string;
  /** Cover wording: the title lines, and the printed date with its ISO form. */
  coverTitle: string[];
  /** The budget context the cover or header states, e.g. 「令和5年度予算（案）」 — needed when entries print bare. */
  context: string;
  datePrint: string;
  dateIso: string;
  docTitle: string;
  records: NRecord[];
}

const BULLET = /^[・•○◯●✓■□◆◇-]\s*/u;
/** An item with its own leading bullet keeps it (the truth keeps what the data keeps). */
export const hasOwnBullet = (item: string): boolean => BULLET.test(item);

/** Amounts printed in a budget text, as yen, in order: the generator's re-read of each truth line. */
export function amountsIn(text: string): number[] {
  const unit: Record<string, number> = { 兆円: 1e12, 億円: 1e8, 百万円: 1e6, 千円: 1e3, 万円: 1e4 };
  const out: number[] = [];
  for (const m of text.matchAll(/([\d,]+(?:\.\d+)?)\s*(兆円|億円|百万円|千円|万円)/gu)) {
    const [int = '0', frac = ''] = (m[1] ?? '0').replace(/,/g, '').split('.');
    const yen = (Number(int + frac) * (unit[m[2] ?? ''] ?? NaN)) / 10 ** frac.length;
    out.push(Math.round(yen));
  }
  return out;
}

/** Checks that the amounts printed in an entry are the amounts of its truth lines (notes' amounts aside). */
export function checkBudget(b: NBudget, printed: string): string | null {
  const want = b.lines.filter((l) => l.amount_jpy !== null).map((l) => l.amount_jpy);
  const noteAmounts = new Set(b.lines.flatMap((l) => (l.note ? amountsIn(l.note) : [])));
  const got = amountsIn(printed).filter((a) => !noteAmounts.has(a) || want.includes(a));
  return JSON.stringify(got) === JSON.stringify(want) ? null : `budget 「${printed}」 reads ${got.join(',')}, truth ${want.join(',')}`;
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function must<T>(v: T | undefined | null, what: string): T {
  if (v === undefined || v === null) throw new Error(`missing: ${what}`);
  return v;
}
