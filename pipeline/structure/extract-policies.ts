import type { Line, PolicyRecord, RecordIssue, Table } from '../../schemas/types.ts';
import type { PageLayout, Rule } from '../extract/types.ts';
import type { BudgetContext } from '../normalise/budget-lines.ts';
import { ERA_ONCE } from '../normalise/era-years.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { PARTICLE_OPENING } from '../normalise/join-wrapped.ts';
import { PROTECTED_WORDS, removeWrapSpaces, type WordSplitter } from '../normalise/wrap-spaces.ts';
import { looksLikeOffice, parseOfficeText } from '../normalise/offices.ts';
import { withRowContacts } from './office-rows.ts';
import { withSharedHeads } from './shared-office-heads.ts';
import { assignValues, type LabelValue } from './assign-values.ts';
import { catalogueTables, inCatalogueTable, readCatalogueTable } from './catalogue-table.ts';
import { addBudget, emptyPolicy, fillField, flagContacts, joinWrappedPartOf, recordId, type FieldContext } from './record-fields.ts';
import { unionBox } from '../bbox.ts';
import { bareLabel, findLabels, MAX_LABEL_CHARS, readByOcr, type LabelHit } from './find-labels.ts';
import { columnLabels } from './column-labels.ts';
import { sectionStops } from './load-profiles.ts';
import { reclaimContinuedItems } from './reclaim-items.ts';
import { asideParagraphs, findNotes, marksItemsAsNotes } from './record-notes.ts';
import { joinItems, joinRun } from './join-text.ts';
import { columnRightEdge } from './text-edge.ts';
import { isRepeat, linkRepeats, withoutRepeatMark } from './link-repeats.ts';
import type { DocumentProfile, LabelSpec } from './profile.ts';
import { readMethod } from './read-method.ts';
import { splitBudgetTables } from './year-rows.ts';
import { correctWrappedMisreads } from '../ocr/misreads.ts';
import { BESIDE_TITLE_REACH, bodySize, fieldLabelTest, findRecordStarts, isRecordStructure, linesBesideTitle, UNLABELLED_BUDGET, type RecordStart } from './find-record-starts.ts';
import { findRunningHeadings, isDividerPage, middleY } from './page-furniture.ts';
import type { PlacedLine } from './record-lines.ts';
import { lineText } from './line-geometry.ts';


export interface PolicyExtraction {
  records: PolicyRecord[];
  issues: RecordIssue[];
  /** Doubtful wrap spaces kept as printed because no word splitter was given (0 when one was, or the profile keeps spaces). */
  undecidedSpaces: number;
  /** The lines no record took: before the first record, or after a chapter's divider page. */
  unread: PlacedLine[];
}

/** Office lines as their offices read: a division under another given its head, a contact apart on its row joined to it. */
const asOffices = (lines: readonly PlacedLine[]): PlacedLine[] => withRowContacts(withSharedHeads(lines));

/**
 * An office label's value line by line, read as offices (`asOffices`); the label's own line, with the
 * value printed after the label, is where the first office stands.
 */
function officeTexts(hit: LabelHit, body: readonly PlacedLine[], lines: readonly PlacedLine[]): string[] {
  const labelLine = hit.inlineValue === null ? [] : [body[hit.last]!];
  const resolved = asOffices([...labelLine, ...lines])
    .filter((l) => !labelLine.includes(l))
    .map((l) => l.line.text);
  const withoutLabel = (text: string): string => (text.startsWith(hit.label) ? text.slice(hit.label.length).replace(/^\s*[:：]?\s*/u, '') : text);
  return [...(hit.inlineValue === null ? [] : [hit.inlineValue]), ...resolved.map(withoutLabel)];
}

/**
 * A subtitle: lines just below the title, on its left edge, in a smaller size (「100GHz以上…に関する研究開発」
 * under 「施策名：電波資源拡大のための研究開発」). Offices print apart from the title, never there.
 */
function subtitleLines(lines: readonly PlacedLine[], titleEnd: number, isField: (line: PlacedLine) => boolean): number {
  const title = lines[titleEnd - 1]!;
  let end = titleEnd;
  for (; end < lines.length; end++) {
    const { line, page } = lines[end]!;
    const above = lines[end - 1]!.line;
    const under = page === title.page && Math.abs(line.bbox[0] - title.line.bbox[0]) <= 3 && line.bbox[1] - above.bbox[3] <= line.font_size;
    // 「担当：…」 under the name is a label with its value, 「令和2年度補正予算額 29.1億円」 a budget line, an office with
    // its phone (「自治行政局地域情報化企画室（03-5253-5521）」) the record's office: none is a subtitle.
    const office = (): boolean => parseOfficeText(line.text).some((found) => found.phones.length > 0 || found.emails.length > 0);
    if (!under || line.font_size >= 0.9 * title.line.font_size || isField(lines[end]!) || BUDGET_LINE.test(normaliseCharacters(line.text)) || office()) break;
  }
  return end;
}

/** Lines matching `pattern` among those no label took, each with the lines directly below that continue it. */
function linesApart(unassigned: readonly PlacedLine[], pattern: RegExp): string[] {
  const taken: PlacedLine[] = [];
  for (const line of unassigned) {
    const last = taken.at(-1);
    const continues =
      last !== undefined &&
      line.page === last.page &&
      line.line.bbox[1] - last.line.bbox[3] < line.line.font_size &&
      Math.abs(line.line.bbox[0] - last.line.bbox[0]) < 2 * line.line.font_size;
    if (continues || pattern.test(normaliseCharacters(line.line.text).trim())) taken.push(line);
  }
  return taken.map((line) => line.line.text);
}

/** A record's lines (its title first), its name as printed, and its number path when the family numbers its records. */
interface RecordSpan {
  lines: PlacedLine[];
  start: RecordStart;
  number: string | null;
}

/** A name printed again over a record's next page says so (「…事業（続き）」): the same name all the same. */
const CONTINUED_MARK = /[(（](?:続き|続|つづき)[)）]$/u;
const nameKey = (name: string): string => normaliseCharacters(name).replace(/\s+/gu, '').replace(CONTINUED_MARK, '');
const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);
/** Characters of two names compared to tell a heading repeated (shortened, 「（続き）」) from the next record under the same number. */
const REPEAT_PREFIX = 8;
const repeatedName = (a: string, b: string): boolean => {
  const [x, y] = [nameKey(a), nameKey(b)];
  const n = Math.min(x.length, y.length, REPEAT_PREFIX);
  return n > 0 && x.slice(0, n) === y.slice(0, n);
};

function dividerPages(lines: readonly PlacedLine[]): Set<number> {
  const body = bodySize(lines);
  const byPage = new Map<number, Line[]>();
  for (const { line, page } of lines) byPage.set(page, [...(byPage.get(page) ?? []), line]);
  return new Set([...byPage].filter(([, onPage]) => isDividerPage(onPage, body)).map(([page]) => page));
}

/** A topic heading over a title: numbered or marked (「② 地域資源を活かした…」, 「■ 地域の活性化」), one short line; not a figure (「0.2億円」). */
const TOPIC_MARK = String.raw`^(?:[①-⑳]|\d{1,2}(?:[.．](?!\d)|[)）])|\(\d{1,2}\)|第\d+|[■◆●□◇])\s*\S`;
const TOPIC_HEADING = new RegExp(`${TOPIC_MARK}.{0,40}$`, 'u');
/** A topic heading wrapped over lines (its lines joined) may run longer than one line holds. */
const WRAPPED_TOPIC_HEADING = new RegExp(`${TOPIC_MARK}.{0,90}$`, 'u');

/** An amount in yen, which no heading prints. */
const PRINTS_AMOUNT = /\d\s*(?:千|百万|億|兆)?円/u;

/** A heading wrapped over lines is set this much larger than the text (or as large as the title): a record's own wrapped item is text. */
const HEADING_SCALE = 1.1;
/** A topic heading wrapped over lines: at most this many. */
const HEADING_LINES = 3;

/** Whether `below` continues `above` as a wrapped line of one heading: same size, just under it. */
function wrapsOnto(above: PlacedLine, below: PlacedLine): boolean {
  const size = above.line.font_size;
  return above.page === below.page && Math.abs(below.line.font_size - size) <= 0.5 && below.line.bbox[1] >= above.line.bbox[3] - 0.5 * size && below.line.bbox[1] - above.line.bbox[3] < size;
}

/**
 * Headings printed just over the next record's title (its topic, mid-page) are not the text of the
 * record before: they are dropped from its end. A heading wrapped over lines is dropped whole when
 * it is set no smaller than the title, or larger than the text (a record's own last item, wrapped, is
 * text). So is what is left of one whose first line was a running heading: lines larger than the
 * text, all the record before has on the title's page.
 */
function dropHeadingsOver(previous: PlacedLine[], title: PlacedLine, body: number): void {
  const onPage = previous.filter((line) => line.page === title.page);
  if (onPage.length > 0 && onPage.length < HEADING_LINES && onPage.every((line) => line.line.font_size >= HEADING_SCALE * body && line.line.bbox[3] <= title.line.bbox[1])) {
    previous.splice(-onPage.length);
    return;
  }
  let top = title.line.bbox[1];
  for (;;) {
    const last = previous.at(-1);
    if (last === undefined || last.page !== title.page || !(top - last.line.bbox[3] < 1.5 * Math.max(title.line.font_size, last.line.font_size) && last.line.bbox[3] <= top)) return;
    const count = Array.from({ length: HEADING_LINES }, (_, k) => k + 1).find((n) => {
      const lines = previous.slice(-n);
      // A sentence, or a figure in yen (a budget label over its entry, 「<概算要求額>」 over 「…事業等24.0億円」), heads nothing.
      if (lines.length < n || lines.some((line) => /。$/u.test(line.line.text.trim()) || PRINTS_AMOUNT.test(normaliseCharacters(line.line.text)))) return false;
      const wrapped = lines.slice(1);
      if (n > 1 && (lines[0]!.line.font_size < Math.min(title.line.font_size, HEADING_SCALE * body) || wrapped.some((line, k) => !wrapsOnto(lines[k]!, line) || TOPIC_HEADING.test(normaliseCharacters(line.line.text).trim())))) return false;
      return (n > 1 ? WRAPPED_TOPIC_HEADING : TOPIC_HEADING).test(lines.map((line) => normaliseCharacters(line.line.text).trim()).join(''));
    });
    if (count === undefined) return;
    top = previous.at(-count)!.line.bbox[1];
    previous.splice(-count);
  }
}

/** Names of records a page must list, each on a line of its own, to be a contents or index page. */
const CONTENTS_NAMES = 3;

/**
 * Contents and index pages (「施策名索引」 at the back): pages that start no record but list the names of
 * records that start elsewhere, one to a line. They are no record's text.
 */
function contentsPages(lines: readonly PlacedLine[], starts: readonly RecordStart[]): Set<number> {
  const names = new Set(starts.map((start) => nameKey(withoutRepeatMark(start.name))));
  const startPages = new Set(starts.map((start) => lines[start.at]!.page));
  const listed = new Map<number, number>();
  for (const line of lines) if (!startPages.has(line.page) && names.has(nameKey(line.line.text))) listed.set(line.page, (listed.get(line.page) ?? 0) + 1);
  return new Set([...listed].filter(([, count]) => count >= CONTENTS_NAMES).map(([page]) => page));
}

/** A budget statement in brackets, a line of its own: 「(令和4年度第二次補正予算: 2,842百万円)」. */
const BRACKETED_BUDGET = /^[(（][^()（）]*\d[\d,.]*\s?(?:兆|億|千万|百万|万|千)?円[^()（）]*[)）]?$/u;

/**
 * A scan's budget lines whose label OCR lost or misread beyond reading (「了ア見額: 4,196百万円」): lines that end
 * in an amount, and the prior years' figures in brackets on the lines right under one.
 */
function unlabelledBudgetLines(body: readonly PlacedLine[]): Set<PlacedLine> {
  const found = new Set<PlacedLine>();
  for (const [k, line] of body.entries()) {
    if (!readByOcr([line])) continue;
    const text = normaliseCharacters(line.line.text).trim();
    const previous = body[k - 1];
    if (UNLABELLED_BUDGET.test(text) || (previous !== undefined && found.has(previous) && previous.page === line.page && BRACKETED_BUDGET.test(text))) found.add(line);
  }
  return found;
}

/** Splits the document's lines at each record start; a new numbered heading above records ends the record before it. */
function splitRecords(lines: readonly PlacedLine[], profile: DocumentProfile, pageOf: (page: number) => PageLayout): { spans: RecordSpan[]; unread: PlacedLine[] } {
  const found = findRecordStarts(lines, profile);
  const starts = new Map(found.map((start) => [start.at, start]));
  const names = new Set(found.flatMap((start) => start.nameAt ?? []));
  const sized = lines.map(({ line, page }) => ({ line, page, width: pageOf(page).page.width, height: pageOf(page).page.height }));
  // A label (a budget line run over to the next page, alone above its next record) is never a heading.
  const headings = findRunningHeadings(sized, found.map((start) => start.at), { keep: (text, ocr) => isRecordStructure(text, profile.labels, { ocr }) });
  const records: RecordSpan[] = [];
  // The lines before the first record, or after a divider page, that no record takes.
  const unread: PlacedLine[] = [];
  const hierarchy = profile.hierarchy ?? [];
  const path: (string | undefined)[] = [];
  let current: RecordSpan | undefined;
  // The lines of a repeated heading, left out of the record's text.
  let skipUntil = -1;
  /**
   * A numbered heading: a new one ends the record before it; one repeated at the top of a page does not,
   * nor does a running footer, read after its page's text: the record before may run on to the next page.
   */
  const enter = (level: number, num: string, footer = false): void => {
    if (path[level] === num) return;
    if (!footer) current = undefined;
    // The levels above it stay, unprinted ones empty (「③」 after 「②」 with no chapter printed is not under 「②」).
    path.length = level;
    path[level] = num;
  };
  const dividers = dividerPages(lines.filter((line) => !headings.has(line.line)));
  const contents = contentsPages(lines, found);
  const body = bodySize(lines);
  for (const [i, line] of lines.entries()) {
    if (i < skipUntil || names.has(i)) continue;
    if (contents.has(line.page)) {
      current = undefined;
      continue;
    }
    // A chapter's divider page: no record runs over it (its heading may still be a numbered heading).
    if (dividers.has(line.page)) current = undefined;
    const text = normaliseCharacters(line.line.text).trim();
    // A running heading is no record's text, but a chapter tab still numbers the records under it.
    if (headings.has(line.line)) {
      const level = hierarchy.findIndex((heading) => heading.test(text));
      if (level >= 0) enter(level, hierarchy[level]!.exec(text)?.groups?.num ?? '', middleY(line.line, pageOf(line.page).page) > 0.5);
      continue;
    }
    const start = starts.get(i);
    if (start !== undefined) {
      const number = start.path ?? (start.num === null ? null : [...path.filter((num) => num !== undefined), `(${start.num})`].join('-'));
      // A record's heading repeated at the top of its next page continues the record.
      const repeated =
        current !== undefined &&
        line.page !== current.lines.at(-1)?.page &&
        // Numbers that restart under each unprinted heading ((1) on the next page) repeat no heading by themselves.
        (number !== null ? current.number === number && repeatedName(current.start.name, start.name) : sameName(current.start.name, start.name));
      if (repeated) {
        if (number === null) skipUntil = i + start.titleLines;
        continue;
      }
      if (current !== undefined) dropHeadingsOver(current.lines, line, body);
      current = { lines: [line], start, number };
      records.push(current);
      continue;
    }
    const level = hierarchy.findIndex((heading) => heading.test(text));
    if (level >= 0) {
      enter(level, hierarchy[level]!.exec(text)?.groups?.num ?? '');
      continue;
    }
    // The name alone at the head of the record's next page (「…事業（続き）」 over the rest of a list) repeats it, though no
    // labels follow it to make it a start.
    if (current !== undefined && line.page !== current.lines.at(-1)?.page && sameName(current.start.name, line.line.text)) continue;
    if (current === undefined) unread.push(line);
    else current.lines.push(line);
  }
  // Lines printed beside a title but read before it (offices set small at the top right of the page) are its record's, not the one before.
  // Labels of fields, not 「令和5年度予算額」 over its figure: a page opening with one opens with the record before's field.
  const fieldLabels = profile.labels.filter((spec) => spec.alone !== true);
  const beside = records.map((record) => {
    const right = linesBesideTitle(lines, record.start.at);
    return [...budgetOverTitle(lines, record.start.at - right.length, fieldLabels), ...right];
  });
  const moved = new Set(beside.flat());
  const spans = records.map((record, k) => {
    const own = record.lines.filter((line) => !moved.has(line));
    const titleEnd = Math.min(record.start.titleLines, own.length);
    const later = new Set(besideTitleReadLater(own, titleEnd, fieldLabels));
    return { ...record, lines: [...own.slice(0, titleEnd), ...beside[k]!, ...later, ...own.slice(titleEnd).filter((line) => !later.has(line))] };
  });
  // A start whose every line went to the title after it (two starts read on one line) is no record.
  return { spans: spans.filter((span) => span.lines.length > 0), unread };
}

/** An office's name or contact on a line of its own (「老健局高齢者支援課」, 「TEL 03-…」). */
const OFFICE_LINE = /[局部課室庁]$|TEL|電話|\d{2,4}-\d{2,4}-\d{4}/u;

/**
 * A budget line or an office printed beside the title, at the top right of the page, but read after the
 * columns under the title (厚生労働省's 「令和5年度補正予算案 120億円」 over 「老健局高齢者支援課」, right of
 * 「施策名：…」): lines right of the title, from its height down, above every line read before them on the
 * page but the title. They are read right after the title, as lines printed there are.
 */
function besideTitleReadLater(lines: readonly PlacedLine[], titleEnd: number, fieldLabels: readonly LabelSpec[]): PlacedLine[] {
  const title = lines.slice(0, titleEnd);
  if (title.length === 0) return [];
  const [, titleTop, titleRight, titleBottom] = unionBox(title.map((line) => line.line.bbox));
  const size = Math.max(...title.map((line) => line.line.font_size));
  const page = title[0]!.page;
  const later: PlacedLine[] = [];
  let top = Infinity;
  let deepest = titleBottom;
  for (const line of lines.slice(titleEnd)) {
    if (line.page !== page) break;
    const [x0, y0, , y1] = line.line.bbox;
    // Only once the reading has gone down the columns: a subtitle under the title read first is no column.
    const placed = deepest > titleBottom + BESIDE_TITLE_REACH * size && x0 >= titleRight && y0 >= titleTop - size && y1 <= top;
    const text = placed ? normaliseCharacters(line.line.text).trim() : '';
    const kind = placed && (BUDGET_LINE.test(text) || (OFFICE_LINE.test(text) && [...text].length <= MAX_LABEL_CHARS));
    if (kind && !isRecordStructure(text, fieldLabels)) later.push(line);
    else {
      top = Math.min(top, y0);
      deepest = Math.max(deepest, y0);
    }
  }
  return later;
}

/** Most lines of a budget block over a title: its label, the figure, the prior year's under it. */
const MAX_BUDGET_BLOCK_LINES = 3;

/**
 * The budget lines a page opens with over its title (「【令和6年度予算概算決定額 1,230（1,000）百万円】」 at the
 * top right, the project's name under it; 「令和6年度予算額」 over 「（案） 1億円（前年度予算額 1億円）」 in a box):
 * the title's record's, not the end of the record before. The page's first lines, all over the title, read
 * together as a budget line (a year and an amount), with no sentence and no field's label among them (「予算」 over the
 * record before's figure, run over to the page, and 「施策名」 over the title).
 */
function budgetOverTitle(lines: readonly PlacedLine[], at: number, fieldLabels: readonly LabelSpec[]): PlacedLine[] {
  const title = lines[at]!;
  let first = at;
  while (first > 0 && lines[first - 1]!.page === title.page) first--;
  const block = lines.slice(first, at);
  const text = normaliseCharacters(block.map((line) => line.line.text).join(' '));
  const over = block.every((line) => line.line.bbox[3] <= title.line.bbox[1]);
  const labelled = block.some((line) => isRecordStructure(normaliseCharacters(line.line.text).trim(), fieldLabels, { ocr: readByOcr([line]) }));
  return block.length > 0 && block.length <= MAX_BUDGET_BLOCK_LINES && over && !labelled && !text.includes('。') && BUDGET_LINE.test(text) ? block : [];
}

/** Characters of unlabelled text quoted in its issue. */
const ASIDE_EXCERPT = 30;

/**
 * A short line opening with a fiscal year and a budget's name, then its figure (「令和5年度補正予算額 25.6億円」,
 * 「【令和6年度概算要求額：1.2億円】」): a budget line however it stands, not a sentence that mentions one.
 */
const NAMED_BUDGET_LINE = new RegExp(String.raw`^[【\[(（]?(?:${ERA_ONCE.source})\s?[^。]{0,12}?(?:予算|要求|補正)[^。\d]{0,8}?[:：]?\s*[\d,.]+\s*(?:千|百万|億|兆)?円[^。]{0,16}$`, 'u');
const namesItsBudget = (line: PlacedLine): boolean => NAMED_BUDGET_LINE.test(normaliseCharacters(line.line.text).trim());

/** A line printing a fiscal year and an amount: a budget line of its own. */
// 「1,230（1,000）百万円」: two figures, this year's and last year's, sharing the unit after them.
export const BUDGET_LINE = new RegExp(`(?:${ERA_ONCE.source}).*\\d\\s*[)）]?\\s*(?:千|百万|億|兆)?円`, 'u');

/**
 * Labels that are also page headings (「事業の内容」 over the 事業PR資料's two columns): a label
 * where its own value follows it, a heading (a stop) where only stops lie before the next label.
 */
function headingsDropped(hits: readonly LabelHit[], body: readonly PlacedLine[], isStopLine: (line: PlacedLine) => boolean): LabelHit[] {
  return hits.filter((hit, k) => {
    if (hit.inlineValue !== null || !isStopLine(body[hit.first]!)) return true;
    const next = hits[k + 1]?.first ?? body.length;
    return !body.slice(hit.last + 1, next).every(isStopLine);
  });
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/**
 * Budget figures printed side by side, each in a column of its own lines (「令和2年度3次補正」 over
 * 「一般会計1,100百万円」, beside 「令和3年度当初」 over its amount): one text per column, when every column
 * reads as a whole budget line (a year and an amount). Otherwise (years in one column, amounts in
 * the next, row by row) the lines are read as they are, line by line.
 */
function budgetColumns(lines: readonly PlacedLine[]): string[] {
  const columns: PlacedLine[][] = [];
  for (const line of [...lines].sort((a, b) => a.line.bbox[0] - b.line.bbox[0])) {
    const column = columns.find((c) => c.some((l) => l.page === line.page && l.line.bbox[0] < line.line.bbox[2] && line.line.bbox[0] < l.line.bbox[2]));
    if (column === undefined) columns.push([line]);
    else column.push(line);
  }
  const texts = columns.map((c) => c.sort((a, b) => a.line.bbox[1] - b.line.bbox[1]).map((l) => l.line.text).join(' '));
  const whole = texts.every((text) => BUDGET_LINE.test(normaliseCharacters(text)));
  return columns.length >= 2 && columns.every((c) => c.length >= 2) && whole ? texts : joinWrappedPartOf(lines.map((l) => l.line.text));
}

/**
 * A budget value's figures: by columns under its label, else its lines with wrapped units joined;
 * on a scan, what its lines settle together corrected first (「255百」 / 「方円」).
 */
function budgetFigures(hit: LabelHit, lines: readonly PlacedLine[], texts: readonly string[], underLabel: boolean): string[] {
  const ocr = readByOcr(lines);
  if (underLabel && hit.inlineValue === null) {
    const settled = ocr ? correctWrappedMisreads(lines.map((l) => l.line.text)) : undefined;
    return budgetColumns(settled === undefined ? lines : lines.map((l, k) => ({ ...l, line: { ...l.line, text: settled[k]! } })));
  }
  return joinWrappedPartOf(ocr ? correctWrappedMisreads(texts) : texts);
}

function buildPolicy(
  { lines: recordLines, start, number }: RecordSpan,
  context: PolicyReadContext,
  fields: FieldContext,
): PolicyRecord {
  const { pageOf, source } = context;
  const { profile, issues, tidy } = fields;
  const firstPage = recordLines[0]!.page;
  const titleEnd = Math.min(start.titleLines, recordLines.length);
  const printedName = tidy(joinRun([start.name]));
  const name = withoutRepeatMark(printedName);
  const nameRaw = start.nameRaw;
  const leadingTarget = profile.leadingText ?? { kind: 'office' };
  const subtitleEnd = leadingTarget.kind === 'office' ? subtitleLines(recordLines, titleEnd, fieldLabelTest(profile.labels)) : titleEnd;
  const subtitle = recordLines.slice(titleEnd, subtitleEnd).map((l) => l.line.text);
  // Rows of a table of budgets year by year are budget lines whole, whatever label heads the table.
  const { rows: yearRows, rest: body } = splitBudgetTables(recordLines.slice(subtitleEnd));
  const known = findLabels(body, profile.labels);
  const stops = new Set(sectionStops().map(bareLabel));
  const stop = { test: (text: string): boolean => profile.sectionStop?.test(text) === true || stops.has(bareLabel(text)) };
  const isStopLine = (line: PlacedLine): boolean => stop.test(normaliseCharacters(line.line.text).trim());
  const hits = headingsDropped([...known, ...columnLabels(body, known, profile.labels)].sort((a, b) => a.first - b.first), body, isStopLine);
  const heldLabels = new Set(hits.map((hit) => body[hit.first]));
  const rulesOfPage = (page: number): readonly Rule[] => pageOf(page).rules;
  const assignedValues = assignValues(body, hits, rulesOfPage, (l) => isStopLine(l) && !heldLabels.has(l));
  // A scan whose OCR lost the budget label (予 算 spaced out in its cell) leaves the figures' own line among the prose.
  const budgetLabelled = hits.some((hit) => hit.spec.target.kind === 'budget');
  const unlabelled = budgetLabelled ? new Set<PlacedLine>() : unlabelledBudgetLines(body);
  // A line naming its budget's year and stage with the figure (「令和5年度補正予算額 25.6億円」 under the office's label
  // line), no label of the record's being the budget's, is the budget.
  const namedBudget = budgetLabelled ? [] : assignedValues.unassigned.filter((line) => !unlabelled.has(line) && namesItsBudget(line));
  const left = assignedValues.unassigned.filter((line) => !unlabelled.has(line) && !namedBudget.includes(line));
  const assigned = assignedValues.values.map((value) => ({ ...value, lines: value.lines.filter((line) => !unlabelled.has(line)) }));
  const tails = sentenceTails(assigned, left);
  const unassigned = left.filter((line) => !tails.has(line));

  const pages: [number, ...number[]] = [firstPage, ...new Set(recordLines.map((l) => l.page).filter((page) => page !== firstPage))];
  // A repeat shares its original's name: its place in the document tells it apart.
  const id = recordId(profile, isRepeat(printedName) ? `${printedName} ${number ?? firstPage}` : name);
  const record = emptyPolicy(id, { name, raw: nameRaw, number }, { sha256: source.sha256, file_name: source.fileName, pages, ...readMethod(pages.map((page) => pageOf(page).page), recordLines) });

  if (subtitle.length > 0) record.sections['副題'] = tidy(joinRun(subtitle));
  if (yearRows.length > 0) addBudget(record, yearRows, fields, firstPage);
  if (namedBudget.length > 0) addBudget(record, namedBudget.map((line) => line.line.text), fields, namedBudget[0]!.page);
  if (unlabelled.size > 0) {
    const texts = [...unlabelled].map((line) => line.line.text);
    addBudget(record, texts, fields, firstPage);
    issues.push({ type: 'budget-unlabelled', message: `read as the budget with no label printed or read: ${texts.join(' / ')}`, record: name, page: firstPage });
  }
  const values = reclaimContinuedItems(assigned);
  const prose = new Set([...unassigned, ...values.filter((v) => v.hit.spec.target.kind === 'section').flatMap((v) => v.lines)]);
  const labelledInline = new Set(values.filter((v) => v.hit.inlineValue !== null).map((v) => body[v.hit.first]!));
  const notes = findNotes(body, (line) => prose.has(line), profile.notes, labelledInline);
  const valueTexts = (value: (typeof values)[number]): string[] => [...(value.hit.inlineValue === null ? [] : [value.hit.inlineValue]), ...value.lines.map((l) => l.line.text)];
  const noteMarked = new Set(values.filter((value) => value.hit.spec.target.kind === 'section' && marksItemsAsNotes(valueTexts(value), profile.notes)));
  for (const value of noteMarked) for (const line of value.lines) notes.delete(line);
  // What follows a stop (「イメージ」 over a figure) up to the next label is the figure's, not the prose's.
  const labelStarts = new Set(hits.map((hit) => hit.first));
  const stopped = new Set<PlacedLine>();
  let inFigure = false;
  for (const [k, line] of body.entries()) {
    if (labelStarts.has(k)) inFigure = false;
    if (isStopLine(line) && !heldLabels.has(line)) inFigure = true;
    if (inFigure) stopped.add(line);
  }
  // Prose no label claimed, kept as notes rather than dropped, and said.
  const keepAsides = (asides: readonly PlacedLine[]): void => {
    for (const line of asides) notes.add(line);
    if (asides.length === 0) return;
    const text = [...joinRun(asides.map((l) => l.line.text))];
    const excerpt = text.length > ASIDE_EXCERPT ? `${text.slice(0, ASIDE_EXCERPT).join('')}…` : text.join('');
    issues.push({ type: 'text-unlabelled', message: `printed under no label, kept as 「${profile.notes!.key}」: ${excerpt}`, record: name, page: asides[0]!.page });
  };
  if (leadingTarget.kind === 'office') {
    // Lines before the first label that a label's cell took (a tall 予算額 cell's first figure) are not the office's.
    const free = new Set(unassigned);
    // A stop (a page's own heading, 「事業の内容」) ends the office lines as it ends a section.
    const stopAt = body.findIndex((l) => isStopLine(l) && !heldLabels.has(l));
    // A budget label does not end them: the offices' block printed beside a budget line is read after it.
    const firstField = hits.find((hit) => hit.spec.target.kind !== 'budget')?.first ?? body.length;
    const leadingEnd = Math.min(firstField, stopAt < 0 ? body.length : stopAt);
    const leadingLines = body.slice(0, leadingEnd).filter((l) => free.has(l));
    // Sentences there that name no office (a measure's items under its title, only a budget label after them) are no office's.
    const leadingProse = profile.notes === undefined ? [] : asideParagraphs(leadingLines.filter((l) => !NAMES_OFFICE.test(lineText(l)) && !BUDGET_LINE.test(normaliseCharacters(lineText(l)))));
    const sentences = leadingProse.some((l) => /[、。]/u.test(lineText(l))) ? new Set(leadingProse) : new Set<PlacedLine>();
    const leading = asOffices(leadingLines.filter((l) => !sentences.has(l))).map((l) => l.line.text);
    // Prose after the first field that no label claimed (a target under the 概要 box) is a note, not dropped; and said.
    const afterLeading = new Set(body.slice(leadingEnd));
    const after = profile.notes === undefined ? [] : asideParagraphs(unassigned.filter((l) => afterLeading.has(l) && !notes.has(l) && !stopped.has(l) && !namesItsBudget(l) && !UNLABELLED_BUDGET.test(lineText(l))));
    keepAsides([...sentences, ...after]);
    // A budget line that names its year and amount (「令和2年度補正予算額 29.1億円」) may stand by the name, with no label.
    const [budgetLines, contactLines] = partition(leading, (text) => BUDGET_LINE.test(normaliseCharacters(text)));
    // A remark under the offices (「※計上所管は財務省」) names no office.
    const officeLines = contactLines.filter((text) => !/^\s*※/u.test(text));
    if (officeLines.length > 0) record.offices = parseOfficeText(officeLines.join('\n'), { ministry: profile.ministry ?? undefined }).filter(looksLikeOffice);
    if (budgetLines.length > 0) addBudget(record, budgetLines, fields, firstPage);
    if (start.budgetText !== undefined) addBudget(record, [start.budgetText], fields, firstPage);
    if (start.officeText !== undefined) record.offices.push(...parseOfficeText(start.officeText, { ministry: profile.ministry ?? undefined }).filter(looksLikeOffice));
  } else {
    // The text no label heads is the measure's up to its first section label; prose no label claimed after that
    // section (a target under a 事業の内容 cell) is a note, as under an office.
    const firstSection = hits.find((hit) => hit.spec.target.kind === 'section')?.first ?? body.length;
    const afterSection = new Set(body.slice(firstSection));
    const after = profile.notes === undefined ? [] : asideParagraphs(unassigned.filter((l) => afterSection.has(l) && !notes.has(l) && !stopped.has(l) && !UNLABELLED_BUDGET.test(lineText(l))));
    keepAsides(after);
    const main = unassigned.filter((line) => !notes.has(line) && !stopped.has(line));
    // Read with their edges, as a labelled section's lines are: a short line ends a paragraph printed without a bullet.
    const items = main.map((l) => ({ text: l.line.text, x0: l.line.bbox[0], x1: l.line.bbox[2] }));
    if (main.length > 0) record.sections[leadingTarget.key] = tidy(joinItems(items, columnRightEdge(main, recordLines, rulesOfPage)).join('\n'));
  }

  for (const value of values) {
    const { hit, lines: allValueLines } = value;
    // The note mark as a list's bullet is dropped as bullets are.
    const item = (text: string): string => (noteMarked.has(value) ? normaliseCharacters(text).trim().replace(profile.notes!.start, '・') : text);
    // Such a budget line read as an office's last line (under 「担当：…課（TEL:…）」) is the budget too.
    const [budgetUnder, valueLines] = hit.spec.target.kind === 'office' && !budgetLabelled && namedBudget.length === 0 ? partition(allValueLines, namesItsBudget) : [[], allValueLines];
    if (budgetUnder.length > 0) addBudget(record, budgetUnder.map((line) => line.line.text), fields, hit.page);
    // Notes leave prose sections only: a budget entry's own 「※」 remark stays with its figures.
    const lines = hit.spec.target.kind === 'section' ? valueLines.filter((line) => !notes.has(line)) : valueLines;
    const own = [...(hit.inlineValue === null ? [] : [item(hit.inlineValue)]), ...lines.map((l) => item(l.line.text))];
    // A value on its label's line ends where the line does: short, it is an item of its own.
    const placed = [...(hit.inlineValue === null ? [] : [{ text: item(hit.inlineValue), x1: hit.bbox[2] }]), ...lines.map((l) => ({ text: item(l.line.text), x0: l.line.bbox[0], x1: l.line.bbox[2] }))];
    const texts = own.length === 0 && hit.spec.apart !== undefined ? linesApart(unassigned, hit.spec.apart) : own;
    const target = hit.spec.target;
    if (texts.length === 0) {
      // A budget label over a table of years has its figures in the rows.
      if (target.kind !== 'budget' || yearRows.length === 0) issues.push({ type: 'missing-value', message: `no value found for 「${hit.label}」 on page ${hit.page}`, record: name, page: hit.page });
      continue;
    }
    const underLabel = texts === own;
    const values = target.kind === 'office' && underLabel ? officeTexts(hit, body, lines) : texts;
    const figures = target.kind !== 'budget' ? [] : budgetFigures(hit, lines, texts, underLabel);
    // A value opened on its label's line stands in the column that line starts: 「期待される効果：…」 under 「概要：…」.
    const labelLine = hit.inlineValue === null ? [] : [body[hit.first]!];
    const edge = target.kind === 'section' && underLabel ? columnRightEdge([...labelLine, ...lines], recordLines, rulesOfPage) : undefined;
    fillField(record, { target, label: hit.label, key: hit.key ?? (target.kind === 'section' ? target.key : ''), page: hit.page, texts: values, items: underLabel ? placed : texts, edge, figures, underLabel, ocr: readByOcr(lines) }, fields);
  }
  // Notes come after the sections they remark on.
  if (notes.size > 0 && profile.notes !== undefined) record.sections[profile.notes.key] = tidy(joinItems([...notes].sort((a, b) => a.index - b.index).map((l) => l.line.text)).join('\n'));
  flagContacts(record, fields, firstPage);
  return record;
}

export interface ExtractPoliciesOptions {
  /**
   * Word splitter (kuromoji, from `loadWordSplitter`) for a profile with `wrapSpaces`: it decides the
   * doubtful wrap spaces. Without it those spaces are kept as printed.
   */
  words?: WordSplitter;
  /** Year and stage of budget figures printed without them (`documentBudgetContext`). */
  budget?: BudgetContext;
  /** The document's tables (`findTables`): a catalogue printed as one table is read row by row. */
  tables?: readonly Table[];
}

/** A line naming an office (a bureau, division or office ending a word) or a way to reach it (a phone, an extension, an address). */
const NAMES_OFFICE = /(?:[省局部課室庁]|センター|グループ)(?:$|[\s(（:：、,])|担当|所管|問い?合わ?せ|連絡先|TEL|FAX|内線|電話番号|電話\s*[:：(（]|mail|@|\d{2,4}[-‐－(（)）]\d{2,4}[-‐－]\d{3,4}/iu;

/**
 * Lines no label took that end a section's last sentence (printed right under its last line, at its
 * left edge within an em, opening with a particle): put back in that section's value, which a header
 * cell with no rules round it may have ended a line early. The lines taken are returned.
 */
function sentenceTails(values: readonly LabelValue[], unassigned: readonly PlacedLine[]): Set<PlacedLine> {
  const taken = new Set<PlacedLine>();
  for (const line of unassigned) {
    if (!PARTICLE_OPENING.test(lineText(line))) continue;
    const value = values.find((v) => {
      const last = v.lines.at(-1);
      if (v.hit.spec.target.kind !== 'section' || last === undefined || last.page !== line.page) return false;
      const em = last.line.font_size;
      const gap = line.line.bbox[1] - last.line.bbox[3];
      return gap >= -0.5 * em && gap < em && Math.abs(line.line.bbox[0] - last.line.bbox[0]) <= em;
    });
    if (value === undefined) continue;
    value.lines.push(line);
    taken.add(line);
  }
  return taken;
}

/** Where every record of a document is read from. */
interface PolicyReadContext {
  pageOf: (page: number) => PageLayout;
  source: { fileName: string; sha256: string };
}

/**
 * Reads a document's policy records with a profile: records split at each record start (a record
 * may run over several pages), then each label's value found and parsed into typed fields.
 */
export function extractPolicies(
  layouts: readonly PageLayout[],
  lines: readonly PlacedLine[],
  profile: DocumentProfile,
  source: { fileName: string; sha256: string },
  options: ExtractPoliciesOptions = {},
): PolicyExtraction {
  const byNumber = new Map(layouts.map((layout) => [layout.page.number, layout]));
  const context: PolicyReadContext = { pageOf: (page) => byNumber.get(page)!, source };
  const issues: RecordIssue[] = [];
  const wrap = profile.wrapSpaces;
  const protect = [...PROTECTED_WORDS, ...(wrap?.protect ?? [])];
  let undecidedSpaces = 0;
  const onUndecided = (): void => void undecidedSpaces++;
  const tidy = (text: string): string => (wrap === undefined ? text : removeWrapSpaces(text, { words: options.words, protect, onUndecided }));
  const fields: FieldContext = { profile, budget: options.budget ?? {}, issues, tidy };
  // A catalogue printed as one table gives a record per row; the lines around its tables are read by their labels.
  const tables = catalogueTables(options.tables ?? [], profile.labels);
  const inTable = inCatalogueTable(tables);
  const rows = tables.flatMap((table) => readCatalogueTable(table, { lines, ...context }, fields));
  const { spans, unread } = splitRecords(lines.filter((line) => !inTable(line)), profile, context.pageOf);
  const built = spans.map((span) => buildPolicy(span, context, fields));
  const firstPage = (record: PolicyRecord): number => record.source.pages[0];
  const linked = linkRepeats([...built, ...rows].sort((a, b) => firstPage(a) - firstPage(b)));
  return { records: linked.records, issues: [...issues, ...linked.issues], undecidedSpaces, unread };
}

