import type { BudgetLine } from '../../schemas/types.ts';

/** Where a label's text goes in a policy record. */
export type LabelTarget =
  | { kind: 'name' }
  | { kind: 'category' }
  | { kind: 'field' }
  | { kind: 'strategy_refs' }
  | { kind: 'budget' }
  | { kind: 'office' }
  /** A prose section, under its canonical heading (目的, 概要 …), or under the heading a variant's `key` group captures. */
  | { kind: 'section'; key: string };

/** One string per field a label fills: two spellings with the same key fill the same field. */
export const targetKey = (target: LabelTarget): string => (target.kind === 'section' ? `section:${target.key}` : target.kind);

/** One label of a family, with every spelling the sources show. */
export interface LabelSpec {
  target: LabelTarget;
  /**
   * Spellings, matched against the label's text with whitespace removed and characters
   * normalised: a string matches exactly, a RegExp must match the whole text. A RegExp with a
   * `value` group matches a whole line that holds both label and value (「※自治会…」).
   */
  variants: readonly (string | RegExp)[];
  /** A line that ends the value read after the label (a new bullet after a 【予算】 entry). */
  until?: RegExp;
  /**
   * When the label's own cell is empty, its value may be printed apart from it (a box lower on the
   * page): unassigned lines of the record that match this pattern are taken, with the lines that continue them.
   */
  apart?: RegExp;
  /** The label is printed alone (a cell, a heading), never at the head of a line holding its value. */
  alone?: boolean;
}

/**
 * A document family as the reader uses it: what is truly the family's own (id, title, series, extra
 * spellings, a case layout), read from a profile data file (`load-profiles.ts`), with the shared label
 * vocabulary behind its own labels. Where records start, the page furniture and the budget year are
 * read from the document, not declared here.
 */
export interface DocumentProfile {
  /** Dataset name, also the profile's id (kebab-case). */
  id: string;
  /** What its records are: policies (施策・事業) or the cases of a case collection (事例集). */
  kind: 'policies' | 'cases';
  /** Human name of the family. */
  title: string;
  /**
   * The series the family's editions belong to: editions of one series share stable policy ids
   * and are diffed in date order, even across families (重点施策 → 施策集).
   */
  series: string;
  /** Strings the first pages of a document of this family contain (all of them, whitespace ignored); empty for a catalogue read without a profile. */
  recognise: readonly string[];
  /**
   * A family that starts its records its own way (「(1) …」 numbered measures): the capture group
   * `name` holds the record's name, and `num`, when present, its own number. Without it, records
   * start at a name label or a title line (`find-record-starts.ts`).
   */
  recordStart?: RegExp;
  /**
   * Numbered headings above records, outermost first, each with a capture group `num`: they make
   * the record's number path and end the record before them. Repeated running headings do not.
   */
  hierarchy?: readonly RegExp[];
  /**
   * Where text no label takes goes: `office`, the lines between the record's name and its first
   * label; `section`, every such line of the record (but for its notes). @defaultValue the offices
   */
  leadingText?: { kind: 'office' } | { kind: 'section'; key: string };
  /**
   * Notes printed among a record's prose: lines opening with `start` (「※…」) and, with `finePrint`,
   * lines printed smaller than the record's body text, each with the lines that continue it. They
   * leave the prose sections for a section of their own, `key`.
   */
  notes?: { start: RegExp; finePrint?: boolean; key: string };
  /** The family's own spellings first, then the shared vocabulary's (policies only). */
  labels: readonly LabelSpec[];
  /** Headings that end the section before them without starting a field of their own (e.g. 〈事業イメージ〉). */
  sectionStop?: RegExp;
  /** Year and stage of figures printed without them, when the document itself does not say (its cover, its title). */
  budgetFallback?: { fiscalYear: number; stage: BudgetLine['stage'] };
  /** Ministry of offices printed without one (a ministry's own catalogue omits it). */
  ministry: string | null;
  /**
   * Set when the family's text keeps spaces from wraps between Japanese characters: they are removed,
   * and the runner gives the extraction kuromoji to decide the doubtful ones (a dictionary of about
   * 370 MiB, so only for families that need it). `protect`: words to add to `PROTECTED_WORDS`.
   */
  wrapSpaces?: { protect?: readonly string[] };
  /** Set for a case collection (事例集): its records are cases, read with these rules instead of policies. */
  cases?: CaseLayout;
}
/**
 * How a case collection prints its cases: a tag (事例1：兵庫県佐用町) over a larger heading, field boxes
 * each under its label with marked items, chapters on pages of their own. Side-by-side cases and
 * boxes are told apart by where their tags and labels stand, not by fixed coordinates.
 */
export interface CaseLayout {
  /** The tag over a case's heading: group `number` the printed number (事例1), when any, and `place` the prefecture and municipalities. */
  tag: RegExp;
  /** Separates several municipalities in a tag (長崎市、五島市). */
  municipalitySeparator: RegExp;
  /** A line just under the heading kept as a field of its own (「（令和4年度…において実証中）」), under `key`. */
  note: { pattern: RegExp; key: string };
  /** A chapter page: a line matching `number` printed at least `minFontSize` points high; the chapter is the line after it. */
  chapter: { number: RegExp; minFontSize: number };
  /** The mark opening each item of a field box (☆): the line just above a box's first item, on its left edge, is the box's label. */
  itemMark: RegExp;
}
