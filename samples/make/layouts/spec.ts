/**
 * A rendering is a declarative spec of choices over the shared toolkit: page, type, furniture,
 * where the name, office and labels sit, how they are spelled, how many records a page holds.
 */
import type { FamilyId } from './families.ts';

/** The fields a label can name: meta fields and canonical section keys. */
export type MetaKey = 'name' | 'office' | 'field' | 'category' | 'refs' | 'budget';
export type Place = 'left-column' | 'header-row' | 'heading' | 'inline';
export type PageSize = 'a4p' | 'a4l' | 'slide';
export type PageNoForm = 'dash' | 'plain' | 'of' | 'p';
export type Slot = 'ministry' | 'doc' | 'group' | 'context' | 'date';

export interface RenderingSpec {
  id: string;
  family: FamilyId;
  /** Indices into the family's records, printed in this order. */
  records: number[];
  page: PageSize;
  /** Margins in mm: top, right, bottom, left. */
  margins: [number, number, number, number];
  font: 'IPAexGothic' | 'IPAexMincho';
  /** Font of names and headings (defaults to `font`). */
  headFont?: 'IPAexGothic' | 'IPAexMincho';
  /** Body size in pt; the name's size in pt. */
  size: number;
  nameSize: number;
  accent: string;
  cover: 'title-date' | 'title' | 'none';
  /** Running header and footer texts (left, right), a chapter tab on the outer edge, the page number. */
  header?: { left?: Slot; right?: Slot; rule?: boolean };
  footer?: { left?: Slot; right?: Slot };
  tab?: boolean;
  pageNo: { form: PageNoForm; at: 'top-right' | 'bottom-center' | 'bottom-right' | 'bottom-left' } | null;
  /** Chapter divider pages before each new group. */
  dividers?: boolean;
  perPage: 1 | 2 | 3;
  /** Every record runs over two pages: the page holds the end of one record and the start of the next. */
  runover?: boolean;
  name: { at: 'prefix' | 'heading' | 'cell-beside' | 'cell-below'; numbered?: 'dot' | 'paren' | 'path' | 'maru'; topic?: boolean };
  office: { at: 'prefix' | 'plain' | 'cell' | 'box' | 'top-right' | 'none'; phone: 'TEL:' | '電話：' | 'paren' | 'TEL '; emails?: boolean };
  /** Meta fields printed, in order (others are not printed: their truth is null / empty). */
  meta: ('field' | 'category' | 'refs' | 'budget')[];
  metaAt: Place;
  sectionsAt: Place;
  /** Heading mark for `heading` placements. */
  mark?: '■' | '【】' | '〈〉' | '◆' | '●' | '＜＞';
  /** Spelling of each label (meta key or canonical section key); the canonical name when absent. */
  labels: Partial<Record<string, string>>;
  /** Labels printed letter-spaced with full-width spaces (予　算　額). */
  spaced?: string[];
  /** Label column width in mm for left-column tables (narrow widths wrap labels: 予算/額). */
  labelWidth?: number;
  /** Canonical section keys not printed. */
  omit?: string[];
  /** Section keys printed as a flow diagram (boxes and arrows): a figure, not a section in the truth. */
  diagram?: string[];
  /** Section keys printed together as inline 「label：value」 lines in a captioned box. */
  condBox?: { caption: string; keys: string[] };
  /** The budget printed after the sections (as 重点施策 print 【予算】 boxes), in the meta placement. */
  budgetAfter?: boolean;
  /** An inline budget line set large (事業PR資料's 「補正予算額 N億円」). */
  budgetBig?: boolean;
  budgetForm: 'lines' | 'paren' | 'columns' | 'bare' | 'bare-paren';
  bullet: string;
  /** Sections in a left column with the figure (事業イメージ) in a right column. */
  twoColumn?: boolean;
  figure?: 'box' | 'none';
  /** A scan of some pages of this rendering (1-based pages), made after it. */
  scan?: number[];
}
