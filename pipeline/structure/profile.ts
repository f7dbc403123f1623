import type { BudgetLine } from '../../schemas/types.ts';

/** Where a label's text goes in a policy record. */
export type LabelTarget =
  | { kind: 'category' }
  | { kind: 'field' }
  | { kind: 'strategy_refs' }
  | { kind: 'budget' }
  | { kind: 'office' }
  /** A prose section, under its canonical heading (目的, 概要 …), or under the heading a variant's `key` group captures. */
  | { kind: 'section'; key: string };

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
}

/**
 * A document family, declared: how to recognise it, where records start, its labels and how to
 * read its values. The same extractor runs every profile.
 */
export interface DocumentProfile {
  /** Dataset name, also the profile's id (kebab-case). */
  id: string;
  /** Human name of the family. */
  title: string;
  /**
   * The series the family's editions belong to: editions of one series share stable policy ids
   * and are diffed in date order, even across families (重点施策 → 施策集). @defaultValue the profile's id
   */
  series?: string;
  /** Strings the first pages of a document of this family contain (all of them, whitespace ignored). */
  recognise: readonly string[];
  /**
   * A line where a record starts; the capture group `name` holds the record's name, and `num`,
   * when present, its own number (「(1)」 of 「1-①-(1)」).
   */
  recordStart: RegExp;
  /**
   * Numbered headings above records, outermost first, each with a capture group `num`: they make
   * the record's number path and end the record before them. Repeated running headings do not.
   */
  hierarchy?: readonly RegExp[];
  /**
   * Where text no label takes goes: `office`, the lines between the record's name and its first
   * label; `section`, every such line of the record, but for notes (「※…」 and the lines that
   * continue them) which go to a section of their own. @defaultValue the offices
   */
  leadingText?: { kind: 'office' } | { kind: 'section'; key: string; notes?: { start: RegExp; key: string } };
  labels: readonly LabelSpec[];
  /** Headings that end the section before them without starting a field of their own (e.g. 〈事業イメージ〉). */
  sectionStop?: RegExp;
  /** Page furniture (running headers, footers): lines whose box lies within these margins, in points, are ignored. */
  margins: { top: number; bottom: number };
  /** Defaults for budget figures printed without a year or stage. */
  budget: { defaultFiscalYear: number; defaultStage: BudgetLine['stage'] };
  /** Ministry of offices printed without one (a ministry's own catalogue omits it). */
  ministry: string | null;
}
