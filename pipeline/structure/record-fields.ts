import { createHash } from 'node:crypto';
import type { PolicyRecord, RecordIssue } from '../../schemas/types.ts';
import { parseBudgetText, type BudgetContext } from '../normalise/budget-lines.ts';
import { ERA_ONCE } from '../normalise/era-years.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { parseOfficeText } from '../normalise/offices.ts';
import { joinItems, joinRun, type ItemLine } from './join-text.ts';
import { correctWrappedMisreads } from '../ocr/misreads.ts';
import type { DocumentProfile, LabelTarget } from './profile.ts';

/** Record id from the family and the normalised name: deterministic, and the same for the same policy in a re-run. */
export const recordId = (profile: DocumentProfile, name: string): string =>
  `${profile.id.slice(0, 40)}-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;

/** A record with its name and where it was read, every field still empty. */
export function emptyPolicy(id: string, name: { name: string; raw: string; number: string | null }, source: PolicyRecord['source']): PolicyRecord {
  return {
    id,
    name: name.name,
    name_raw: name.raw,
    number: name.number,
    repeat_of: null,
    category: null,
    field: null,
    strategy_refs: [],
    offices: [],
    budget: [],
    sections: {},
    tables: [],
    source,
  };
}

/**
 * 「…11,433百万円の」 over 「内数」 (or 「…の内」 over 「数」): the flag wrapped onto a line of its own is its
 * figure's; so is the rest of an amount wrapped in a narrow cell (「…205百」 over 「万円」), and what
 * closes a bracket left open.
 */
export function joinWrappedPartOf(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const last = out.at(-1);
    const [before, after] = [normaliseCharacters(last ?? ''), normaliseCharacters(text)];
    const partOf = (/^\s*(の)?内数/u.test(after) && /[円の]\s*$/u.test(before)) || (/^\s*数/u.test(after) && /円の内\s*$/u.test(before));
    // A bracket left open (「125,300千円（前年」 over 「度 98,000千円）」) goes on in the next line.
    const open = (before.match(/[(（]/gu)?.length ?? 0) > (before.match(/[)）]/gu)?.length ?? 0);
    const wrapped = partOf || open || (/^\s*[\d,.]*[兆億万千百]*円/u.test(after) && /[\d兆億万千百]\s*$/u.test(before));
    if (last !== undefined && wrapped) out[out.length - 1] = last + text.trim();
    else out.push(text);
  }
  return out;
}

/** An amount in yen: a budget line's figure. */
const FIGURE = /\d\s*(?:兆|億|千万|百万|万|千)?円/u;

/** What every field of a record is parsed with. */
export interface FieldContext {
  profile: DocumentProfile;
  budget: BudgetContext;
  issues: RecordIssue[];
  /** Removes the doubtful wrap spaces of a profile that has them. */
  tidy: (text: string) => string;
}

/** Parses budget text into the record's budget lines; figures that cannot be read are issues. */
export function addBudget(record: PolicyRecord, texts: readonly string[], context: FieldContext, page: number): void {
  const parsed = parseBudgetText(texts.join('\n'), context.budget);
  record.budget.push(...parsed.lines);
  for (const issue of parsed.issues) context.issues.push({ type: 'unreadable-budget', message: `${issue.message}: ${issue.raw}`, record: record.name, page });
}

/** A label's value as read, whatever printed it (a label block, a table's column). */
export interface FieldValue {
  target: LabelTarget;
  /** The label as printed. */
  label: string;
  /** The section's heading (a label the vocabulary lacks keeps its printed name). */
  key: string;
  page: number;
  /** Its text, line by line. */
  texts: readonly string[];
  /** The same lines with their left and right edges where known, for a prose section's items. */
  items: readonly ItemLine[];
  /** The right edge of the column the value's lines stand in, where known (a short line there ends an item). */
  edge?: number;
  /** For a budget: its figures, one per budget line printed. */
  figures: readonly string[];
  /** Read under its own label (not gathered from elsewhere in the record): a year the label names is the figures'. */
  underLabel: boolean;
  /** Read by OCR: its misreadings that the field settles are corrected. */
  ocr: boolean;
}

/**
 * A subsidy rate's fraction as OCR reads it, its slash a 7 or a stroke (「172」 for 1/2, 「173」 for 1/3),
 * and the dash between two rates a long vowel mark (「1/2ー2/3」): a 補助率 is never a number of three digits.
 */
const RATE_SLASH = /(?<![\d.,/])([1-9])[7lI|]([1-9]\d?)(?![\d.,%/])/gu;
const RATE_RANGE = /(\d\/\d{1,2})\s?[ー一]\s?(?=\d\/\d)/gu;
const RATE_KEY = '補助率';
const itemText = (item: ItemLine): string => (typeof item === 'string' ? item : item.text);
/** The items with their texts replaced, in order, each keeping its edges. */
const withTexts = (items: readonly ItemLine[], texts: readonly string[]): ItemLine[] => items.map((item, k) => (typeof item === 'string' ? texts[k]! : { ...item, text: texts[k]! }));

/** A thousands comma with a speck OCR read beside it (「1,)129百万円」, 「1,!129百万円」): the figure's digits run on. */
const COMMA_SPECK = /(?<=\d[,，])\s?[)）(（.．'’`!！]\s?(?=\d{3}(?!\d))/gu;

function subsidyRateRead(text: string): string {
  return text.replace(RATE_SLASH, (whole, numerator: string, denominator: string) => (Number(numerator) < Number(denominator) ? `${numerator}/${denominator}` : whole)).replace(RATE_RANGE, '$1～');
}

/** Fills a record's field from a label's value: offices and budget lines parsed, prose joined into items. */
export function fillField(record: PolicyRecord, value: FieldValue, context: FieldContext): void {
  const { target, texts, tidy } = { ...value, tidy: context.tidy };
  switch (target.kind) {
    case 'category':
      record.category = tidy(joinItems(texts).join(' '));
      break;
    case 'field':
      record.field = tidy(joinRun(texts));
      break;
    case 'strategy_refs':
      record.strategy_refs.push(...joinItems(texts).map(tidy));
      break;
    case 'office': {
      const ministry = context.profile.ministry ?? undefined;
      const offices = parseOfficeText(texts.join('\n'), { ministry });
      // Contacts alone under a label of their own (連絡先 beside 担当部局庁) are the office's named before them.
      const named = record.offices.at(-1);
      if (offices.length === 0 && named !== undefined) record.offices.splice(-1, 1, ...parseOfficeText([named.name_raw, ...texts].join('\n'), { ministry }));
      else record.offices.push(...offices);
      break;
    }
    case 'budget': {
      // A label that names its year and stage (「令和2年度補正予算額」) says so for the figures under it, each
      // one (国費 … / 事業費 …), unless a figure names its own.
      const ownYear = (figure: string): boolean => ERA_ONCE.exec(normaliseCharacters(figure).trim())?.index === 0;
      const labelYear = ERA_ONCE.test(normaliseCharacters(value.label)) && value.underLabel;
      const figures = value.ocr ? value.figures.map((figure) => figure.replace(COMMA_SPECK, '')) : value.figures;
      const labelled = figures.map((figure, k) => (labelYear && !ownYear(figure) && (k === 0 || FIGURE.test(normaliseCharacters(figure))) ? `${value.label} ${figure}` : figure));
      addBudget(record, labelled, context, value.page);
      break;
    }
    case 'name':
      // A record's name is where it starts; the same label again inside it (a case page) names something else.
      break;
    case 'section': {
      // A label met again later in the record (a case page's own 概要) is not this record's section.
      if (record.sections[value.key] !== undefined) {
        context.issues.push({ type: 'repeated-label', message: `「${value.key}」 again on page ${value.page}: kept the first`, record: record.name, page: value.page });
        break;
      }
      // A scan's lines are read together for what OCR misread across a wrap (「国費べ」 / 「ース」), a rate line by line.
      const settled = value.ocr ? withTexts(value.items, correctWrappedMisreads(value.items.map(itemText))) : value.items;
      const items = value.ocr && value.key === RATE_KEY ? withTexts(settled, settled.map((item) => subsidyRateRead(itemText(item)))) : settled;
      record.sections[value.key] = tidy(joinItems(items, value.edge).join('\n'));
      break;
    }
  }
}

/** A phone or e-mail that is malformed is kept as printed and reported (`invalid-contact`). */
export function flagContacts(record: PolicyRecord, context: FieldContext, page: number): void {
  for (const office of record.offices) {
    for (const flag of office.flags) context.issues.push({ type: 'invalid-contact', message: `${flag.type}: ${flag.raw}`, record: record.name, page });
  }
}
