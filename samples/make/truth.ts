/**
 * Shape of `samples/*.truth.json`: what each sample PDF must yield.
 * Follows the data model of ../shared/DESIGN.md; the published JSON Schemas in `schemas/`
 * are the final word once they exist, and truth files are migrated with them.
 * Pages are 1-based. Every value is what a careful human reads off the printed page.
 */
import type { BudgetLine } from '../../schemas/types.ts';

export type BudgetStage = BudgetLine['stage'];

/** One budget figure as printed, e.g. 「令和5年度予算(案)：580百万円の内数」: the published budget line's shape. */
export type TruthBudgetLine = BudgetLine;

export interface TruthOffice {
  /** The printed office name, e.g. "総務省自治行政局地域自立応援課". */
  name: string;
  /** e.g. "総務省"; null when not printed and not implied by the name. */
  ministry: string | null;
  phones: string[];
  emails: string[];
}

export interface TruthPolicy {
  name: string;
  /** First page the record appears on, and every page it spans. */
  pages: number[];
  /** 施策分類 (004 family); null elsewhere. */
  category: string | null;
  /** 分野 (000 family); null elsewhere. */
  field: string | null;
  /** 総合戦略該当箇所 / デジ田総合戦略における位置づけ entries as printed (whitespace normalised). */
  strategy_refs: string[];
  offices: TruthOffice[];
  budget: TruthBudgetLine[];
  /** Prose sections by printed label: 目的, 概要, 特徴・ポイント, 施策効果の詳細, 期待される効果 … (text with line wraps joined). */
  sections: Record<string, string>;
  /** For numbered measures (003 family): the printed number path, e.g. "1-(2)-③"; null elsewhere. */
  number: string | null;
}

export interface TruthCase {
  /** The case's heading as printed. */
  title: string;
  pages: number[];
  /** e.g. "北海道", null if not printed. */
  prefecture: string | null;
  /** e.g. "更別村". */
  municipality: string | null;
  /** Chapter / 分野 heading the case sits under. */
  chapter: string | null;
  /** Other labelled fields as printed (事業名, 交付対象事業費 …). */
  fields: Record<string, string>;
}

export interface TruthTable {
  caption: string | null;
  /** Pages the table spans (a table continued across pages is one table). */
  pages: number[];
  /** Header rows (multi-row headers stay separate rows); cell text with in-cell line breaks joined. */
  header: string[][];
  rows: string[][];
  /** Merged cells, 0-based over header rows then body rows. */
  spans: { row: number; col: number; rowSpan: number; colSpan: number }[];
}

export interface TruthDocument {
  /** File name beside the truth file, or of `source`. */
  file: string;
  /** Where the PDF is when it is not beside the truth file (a real release in ../shared/realworld/), relative to the repository's root. */
  source?: string;
  /** Set when the truth covers some of the document's records only: records it does not list are not counted as spurious. */
  partial?: boolean;
  /** Records whose prose sections were not read by hand: their sections are not scored. */
  sections_not_transcribed?: string[];
  /** Which seed it was made from, e.g. "000_ba2badbcc32d7d27". */
  seed: string;
  /** Document family: "soumu-shisaku-fy2021" | "soumu-digiden-shisaku" | "soumu-juten-shisaku" | "digiden-koufukin-jireishu" | "soumu-ict-lecture" | … */
  family: string;
  /** Edition date printed on the cover, ISO yyyy-mm-dd; null when none is printed. */
  edition: string | null;
  page_count: number;
  /** How it was made, and which layout hazards it carries (for the corpus list). */
  made_with: string;
  hazards: string[];
  policies: TruthPolicy[];
  cases: TruthCase[];
  tables: TruthTable[];
  /** Strings that must be found on a given page (text extraction checks), in reading order per page. */
  page_texts: { page: number; texts: string[] }[];
}
