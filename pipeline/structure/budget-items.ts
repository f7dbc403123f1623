import { createHash } from 'node:crypto';
import type { BudgetLine, PolicyRecord } from '../../schemas/types.ts';
import type { PageLayout } from '../extract/types.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { readMethod } from './read-method.ts';
import { sameRow } from './line-geometry.ts';
import { inColumnOrder } from './page-columns.ts';
import type { PlacedLine } from './record-lines.ts';

/**
 * A budget explanation (財務省's 「補正予算等の説明」, a 予算書's 説明): no labels, but items numbered
 * in levels (1, （1）, ①, （イ）), each with its amount on a row of its own (「追 加 2,910（百万円）」)
 * and, under the items that are not divided further, a paragraph saying what the money is for.
 * The records are those last items.
 */

/** An amount row: what the figure does to the budget, the figure, its unit in brackets. */
const AMOUNT_ROW = /^(?<kind>追加|修正減少|減少|減額|増額|計上|予算額)(?<amount>\d{1,3}(?:,\d{3})*|\d+)(?:\.(?<fraction>\d+))?[(（](?<unit>千円|百万円|億円)[)）]$/u;
const UNIT_YEN: Record<string, number> = { 千円: 1_000, 百万円: 1_000_000, 億円: 100_000_000 };

/** The number an item opens with, and its kind: the kinds nest in the order a document first uses them. */
const ITEM = /^(?:(?<digit>\d{1,2})\s+|[(（]\s*(?<paren>\d{1,2})\s*[)）]\s*|(?<circled>[①-⑳])\s*|[(（](?<kana>[ア-ン])[)）]\s*)(?<name>\S.*)$/u;
/** Lines an item's name may wrap over before its amount row. */
const MAX_NAME_LINES = 3;
/** Lines read after an item's heading, in reading order, looking for its amount row down the same column. */
const COLUMN_REACH = 40;
/** A document is a budget explanation when this many items carry amount rows. */
const MIN_ITEMS = 5;
/** A line of a paragraph: a sentence's punctuation, or a line of text as long as a column's. */
const PROSE = /[。、]|である|\S{12,}/u;
/** An account heading (「第2 一般会計」, 「第3 特別会計」): the account of the items under it. */
const ACCOUNT = /^(?:第\d+)?(?<account>一般会計|.{1,16}特別会計)$/u;

interface Item {
  level: number;
  marker: string;
  name: string;
  nameRaw: string;
  /** Positions of the name's first line and of the line after the amount row. */
  at: number;
  bodyFrom: number;
  amount: { raw: string; yen: number; unit: string } | null;
  account: string | null;
}

const compact = (text: string): string => normaliseCharacters(text).replace(/\s+/gu, '');

/** Lines after a row's first piece looked at for its other pieces. */
const ROW_REACH = 16;

/**
 * The amount printed on the row a line opens, its pieces read apart or with a table's figures in
 * between (「追」 「加」 … 「1,331,359（百万円）」), another column's row beside it left out: the run of
 * pieces, left to right, that reads as an amount row.
 */
function amountOnRow(lines: readonly PlacedLine[], i: number): { groups: Record<string, string | undefined>; end: number } | undefined {
  const first = lines[i]!;
  const positions = [i, ...Array.from({ length: ROW_REACH - 1 }, (_, k) => i + 1 + k).filter((k) => k < lines.length && sameRow(first, lines[k]!))];
  const pieces = positions.sort((a, b) => lines[a]!.line.bbox[0] - lines[b]!.line.bbox[0]);
  const texts = pieces.map((k) => compact(lines[k]!.line.text));
  for (let a = 0; a < texts.length; a++) {
    for (let b = a; b < texts.length; b++) {
      const groups = AMOUNT_ROW.exec(texts.slice(a, b + 1).join(''))?.groups;
      // The row ends after its last piece read: a figure of a table above, read between its pieces, is not the body's.
      if (groups !== undefined) return { groups, end: Math.max(...pieces.slice(a, b + 1)) + 1 };
    }
  }
  return undefined;
}

/** The widest gap, in the row's type size, between pieces of one row read apart (「2」 … 「雇用の維持と事業の継続」). */
const PIECE_GAP_EMS = 2;

/**
 * Lines near each other in reading order printed on one row (「追」 「加」 「2,910（百万円）」, 「1」 「感染拡大…」):
 * their text joined left to right, compact and with a space between pieces; `end` is past the pieces
 * read one after another. A piece read later, after a table's lines (a chapter's number and its
 * text split by the figures beside them), within a column's reach, is the row's when it follows on
 * within two ems.
 */
function rowAt(lines: readonly PlacedLine[], i: number): { text: string; spaced: string; end: number; pieces: PlacedLine[] } {
  const first = lines[i]!;
  let end = i + 1;
  while (end < lines.length && sameRow(first, lines[end]!)) end++;
  const pieces = lines.slice(i, end);
  const later = lines.slice(end, i + COLUMN_REACH).filter((line) => sameRow(first, line)).sort((a, b) => a.line.bbox[0] - b.line.bbox[0]);
  for (const line of later) {
    const right = Math.max(...pieces.map((piece) => piece.line.bbox[2]));
    const gap = line.line.bbox[0] - right;
    if (gap >= 0 && gap <= PIECE_GAP_EMS * first.line.font_size) pieces.push(line);
  }
  const row = [...pieces].sort((a, b) => a.line.bbox[0] - b.line.bbox[0]);
  return { text: row.map((line) => compact(line.line.text)).join(''), spaced: row.map((line) => normaliseCharacters(line.line.text).trim()).join(' '), end, pieces };
}

function markerOf(groups: Record<string, string | undefined>): { kind: string; marker: string } {
  if (groups.digit !== undefined) return { kind: 'digit', marker: groups.digit };
  if (groups.paren !== undefined) return { kind: 'paren', marker: `(${groups.paren})` };
  if (groups.circled !== undefined) return { kind: 'circled', marker: groups.circled };
  return { kind: 'kana', marker: `(${groups.kana})` };
}

/** Every numbered item that has an amount row under its name, in document order. */
function findItems(lines: readonly PlacedLine[]): Item[] {
  const items: Item[] = [];
  const kinds: string[] = [];
  let account: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const heading = rowAt(lines, i);
    account = ACCOUNT.exec(heading.text)?.groups?.account ?? account;
    const parts = ITEM.exec(heading.spaced)?.groups;
    if (parts === undefined) continue;
    const at = i;
    const nameLines: PlacedLine[] = [...heading.pieces];
    const left = Math.min(...nameLines.map((l) => l.line.bbox[0]));
    const right = Math.max(...nameLines.map((l) => l.line.bbox[2]));
    // The name runs on down its column until the amount row, within a few lines; the other column's lines, read in between, are passed over.
    for (let k = heading.end; k < Math.min(lines.length, i + COLUMN_REACH) && nameLines.length <= MAX_NAME_LINES; k++) {
      const line = lines[k]!;
      if (line.page !== lines[i]!.page) break;
      if (Math.min(line.line.bbox[2], right) <= Math.max(line.line.bbox[0], left)) continue;
      const row = rowAt(lines, k);
      const found = amountOnRow(lines, k);
      if (found === undefined) {
        if (ITEM.test(row.spaced)) break;
        nameLines.push(...lines.slice(k, row.end));
        k = row.end - 1;
        continue;
      }
      const { kind, marker } = markerOf(parts);
      if (!kinds.includes(kind)) kinds.push(kind);
      const bodyFrom = Math.max(row.end, found.end);
      const amount = found.groups;
      const joined = [...nameLines].sort((a, b) => a.line.bbox[1] - b.line.bbox[1] || a.line.bbox[0] - b.line.bbox[0]).map((l) => normaliseCharacters(l.line.text).trim()).join(' ');
      const figure = Number(amount.amount!.replace(/,/gu, '')) + Number(`0.${amount.fraction ?? '0'}`);
      items.push({
        level: kinds.indexOf(kind),
        marker,
        name: (ITEM.exec(joined)?.groups?.name ?? joined).replace(/\s+/gu, ''),
        nameRaw: nameLines.map((l) => l.line.text).join('').trim(),
        at: i,
        bodyFrom,
        amount: { raw: `${amount.kind} ${amount.amount}${amount.fraction === undefined ? '' : `.${amount.fraction}`}(${amount.unit})`, yen: Math.round(figure * UNIT_YEN[amount.unit!]!), unit: amount.unit! },
        account,
      });
      i = bodyFrom - 1;
      break;
    }
    // A heading of a kind the items use, with no amount found under it (a chapter 「2 雇用の維持と事業の継続」): it numbers what follows.
    const { kind, marker } = markerOf(parts);
    if (items.at(-1)?.at !== at && kinds.includes(kind)) {
      items.push({ level: kinds.indexOf(kind), marker, name: '', nameRaw: '', at, bodyFrom: heading.end, amount: null, account });
    }
  }
  return items;
}

/** The supplementary budget's number a cover names (「補正予算（第1号、…）」), or null. */
function supplementaryNumber(cover: string): number | null {
  const found = /補正予算[(（]?第(\d+)号/u.exec(compact(cover))?.[1];
  return found === undefined ? null : Number(found);
}

export interface BudgetItemsContext {
  familyId: string;
  source: { fileName: string; sha256: string };
  pageOf: (page: number) => PageLayout;
  /** Year and stage of the document's figures (its cover title). */
  budget: { fiscalYear: number; stage: BudgetLine['stage'] } | undefined;
  coverText: string;
}

/** Whether a document reads as a budget explanation: enough numbered items carry amount rows. */
export function isBudgetExplanation(lines: readonly PlacedLine[]): boolean {
  return findItems(inColumnOrder(lines)).filter((item) => item.amount !== null).length >= MIN_ITEMS;
}

/**
 * The records of a budget explanation: its items not divided further, each with its number path
 * (「1-(1)-①-(イ)」), its amount as a budget line of the document's year and stage, and the
 * paragraph under it as its 概要.
 */
export function readBudgetItems(printed: readonly PlacedLine[], context: BudgetItemsContext): PolicyRecord[] {
  // Items and their paragraphs run down one column, then on in the next.
  const lines = inColumnOrder(printed);
  const items = findItems(lines);
  const path: string[] = [];
  const records: PolicyRecord[] = [];
  const supplementaryNo = context.budget?.stage === 'supplementary' ? supplementaryNumber(context.coverText) : null;
  for (const [k, item] of items.entries()) {
    path.splice(item.level, path.length, item.marker);
    const next = items[k + 1];
    if (item.amount === null || (next !== undefined && next.level > item.level)) continue;
    const body = lines.slice(item.bodyFrom, next?.at ?? lines.length);
    // The paragraph under the item, up to the first line that is no prose (a table's cells, a heading of no amount).
    const end = body.findIndex((line) => ITEM.test(normaliseCharacters(line.line.text).trim()) || !PROSE.test(line.line.text));
    const paragraph = end < 0 ? body : body.slice(0, end);
    // One sentence says what the money is for (「上記の追加額は、…である。」); what follows it is a table's or the next item's.
    const full = paragraph.findIndex((line) => /。\s*$/u.test(line.line.text));
    const prose = full < 0 ? paragraph : paragraph.slice(0, full + 1);
    const recordLines = [lines[item.at]!, ...body];
    const pages: [number, ...number[]] = [recordLines[0]!.page, ...new Set(recordLines.map((l) => l.page).filter((p) => p !== recordLines[0]!.page))];
    const budget: BudgetLine[] =
      item.amount === null || context.budget === undefined
        ? []
        : [{
            fiscal_year: context.budget.fiscalYear, era_label: '', stage: context.budget.stage, supplementary_no: supplementaryNo, account: item.account,
            amount_jpy: item.amount.yen, unit: item.amount.unit, part_of: false, approximate: false, new: false, note: null, raw: item.amount.raw,
          }];
    records.push({
      id: `${context.familyId.slice(0, 40)}-${createHash('sha256').update(`${path.join('-')} ${item.name}`).digest('hex').slice(0, 12)}`,
      name: item.name,
      name_raw: item.nameRaw,
      number: path.slice(0, item.level + 1).join('-'),
      repeat_of: null,
      category: null,
      field: null,
      strategy_refs: [],
      offices: [],
      budget,
      sections: prose.length === 0 ? {} : { 概要: prose.map((line) => normaliseCharacters(line.line.text).trim()).join('') },
      tables: [],
      source: { sha256: context.source.sha256, file_name: context.source.fileName, pages, ...readMethod(pages.map((page) => context.pageOf(page).page), recordLines) },
    });
  }
  return records;
}
