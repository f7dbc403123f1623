import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { unionBox } from '../bbox.ts';
import { bareLabel, closeSpacedHead, findLabels, GLOSS_LINE, isAnyLabel, labelMatches, labelHead, readByOcr, stacked } from './find-labels.ts';
import { sectionStops } from './load-profiles.ts';
import { labelLines, promisedRecords } from './label-occurrences.ts';
import { opensListItem } from './join-text.ts';
import type { Line } from '../../schemas/types.ts';
import type { DocumentProfile, LabelSpec } from './profile.ts';
import { linesByPage, type PlacedLine } from './record-lines.ts';
import { sameRow, unsizedByOcr } from './line-geometry.ts';

/** Where a record starts, and its printed name. */
export interface RecordStart {
  /** Position of the record's first line among the document's lines. */
  at: number;
  /** How many lines from `at` print the name (a label and its value, a heading wrapped over lines). */
  titleLines: number;
  /** The name as printed (normalised characters, joined lines). */
  name: string;
  /** The text the name came from, as extracted. */
  nameRaw: string;
  /** The record's own number (「(1)」) when the family numbers its records. */
  num: string | null;
  /** The whole number path printed before the name (「2-①-(1) 地域運営組織の形成促進」), when it is. */
  path?: string;
  /** A budget figure printed at the end of the name's last line (「令和2年度補正予算額 20.0億円」). */
  budgetText?: string;
  /** An office printed in brackets after the name (「半導体人材育成拠点形成事業（商務情報政策局情報産業課）」). */
  officeText?: string;
  /** Positions of the name's lines when they are printed apart from the label (under a header row): not the record's text. */
  nameAt?: number[];
}

/**
 * A number path before a name: 「2-①-(1)」, 「1-(2)-③」, 「Ⅱ-3」 (read as II-3), a circled number in it
 * read twice by OCR (「3-⑨③-(1)」, a speck read as a bracket after it: 「3-②③〕-(1)」), a Roman numeral OCR read as a digit set apart (「1 -2」 for 「Ⅰ-2」) or as
 * a kanji (「四-1」 for 「Ⅲ-1」); or a record's own number: 「2.」, 「(2)」, 「(ア)」, 「②」, or 「2」 set
 * apart from the name by a space.
 */
const NUMBER_PATH =
  /^(?:(?<path>(?:\d{1,2}|[①-⑳]|\(\d{1,2}\)|[IVX]{1,4}|[一二三四五六七八九十])(?:\s?[-‐](?:\d{1,2}|[①-⑳]{1,2}〕?|\(\d{1,2}\)))+)\s*|(?<own>\d{1,2})(?:[.．](?!\d)\s*|\s+)|\((?<paren>\d{1,2}|[ア-ン])\)\s*|(?<circled>[①-⑳])\s*)(?<name>\S.*)$/u;

/**
 * Specks a scan's OCR reads before a name: dots, marks and quotes before its number (「… (1)地域…」,
 * 「”(1)地域…」), a bar before it read as a stroke set apart (「l 6.高度無線…」, 「1 1.ふるさと…」) or as strokes
 * before a circled number (「Il ②…」, 「l〇①…」) or as a kana glued to it (「の①総務省…」: no name opens so), an opening
 * bracket or quote that nothing closes (「「モバイル決済…」, 「"地域おこし協力隊」, 「(②サテライト…」).
 */
const OCR_SPECKS = /^(?:[…・.,、。'"`“”‘’\s]+(?=\(?\d|[①-⑳])|[1lI|!]\s+(?=\d{1,2}[.．](?!\d))|[1lI|!]{1,2}[〇○]?\s*(?=[①-⑳])|[ぁ-ゖ](?=[①-⑳])|[「『](?![^」』]*[」』])|['"`“”‘’](?![^'"`“”‘’]*['"`“”‘’])|[(（](?=[①-⑳])(?![^)）]*[)）]))\s*/u;

/**
 * A mark set before a name as decoration (「★ 中山間地域…」, 「○ 半導体…」; a scan's speck read as 「・」), or read as dots (「…ICT基盤…」)
 * or, a bar, as a rule (「_ICT基盤…」, 「|ICT基盤…」): no part of it.
 */
const NAME_MARK = /^(?:[★☆■□◆◇●○◎▼▽▶►・]|\.{2,}|[…‥]+|[_＿|｜]+)\s*(?=\S)/u;

/** An office in brackets closing a name: a bureau, division or office of a ministry or prefecture. */
const OFFICE_AFTER_NAME = /^(?<name>.+?)\s*[(（](?<office>[^()（）]{2,40}(?:局|部|庁|課|室|センター|グループ)[^()（）]{0,10})[)）]$/u;

/** A start with the number path its name opens with moved to `path`, and an office closing it to `officeText`. */
function withPath(found: RecordStart): RecordStart {
  const clean = (name: string): string => name.replace(OCR_SPECKS, '').replace(NAME_MARK, '');
  const office = OFFICE_AFTER_NAME.exec(found.name)?.groups;
  const named = office === undefined ? found : { ...found, name: office.name!, nameRaw: OFFICE_AFTER_NAME.exec(found.nameRaw.trim())?.groups?.name ?? found.nameRaw, officeText: office.office! };
  const start = { ...named, name: clean(named.name), nameRaw: clean(named.nameRaw.trim()) };
  // 「4．5G等の…」: the full-width dot ends a number, which 「4.5G」 read alone would not say.
  const listDot = /^(\d{1,2})．/u.exec(start.nameRaw.trim())?.[1];
  const parts = listDot === undefined ? NUMBER_PATH.exec(start.name)?.groups : { own: listDot, name: start.name.slice(listDot.length + 1).trim() };
  if (parts === undefined) return start;
  const path = parts.path ?? parts.own ?? parts.paren ?? parts.circled!;
  const raw = start.nameRaw.trim();
  // A closing bracket between number and name (「2-②-(2)】シェアリング…」) is a speck OCR read: no name opens with one.
  const name = parts.name!.replace(STRAY_CLOSING, '');
  return { ...start, name, nameRaw: raw.slice(raw.indexOf(path) + path.length).replace(/^[.．)）]?\s*/u, '').replace(STRAY_CLOSING, ''), path: path.replace(/\s/gu, '') };
}

const STRAY_CLOSING = /^[】」』〕］]\s*/u;

const text = (line: PlacedLine): string => normaliseCharacters(line.line.text).trim();

/** A word for a measure that names one before a colon (「施策：…」, 「事業：…」), though alone it is a heading cell (施策) and no label. */
const MEASURE_WORD = /^(施策|事業|取組|取り組み|プロジェクト)$/u;

/** A name label with its value on the same line: 「施策名：X」, 「【事業名】X」, 「事業名 X」. */
const NAME_WITH_VALUE = /^(?<label>[■□◆◇●○◎▼▶★☆]?\s*[【〈<＜《[［]?[^:】〉>＞》\]］\s]{2,8}[】〉>＞》\]］]?)\s*[:\s]\s*(?<value>\S.*)$/u;

/**
 * A budget line printed under a name in the name's size (「令和2年度補正予算額 20.0億円」): not the
 * name's, even when it ends the name's last line (「…強化事業 令和2年度補正予算額 20.0億円」).
 */
const BUDGET_FIGURE = /(令和|平成).{0,8}年度.*\d\s*(千|百万|億|兆)?円.*$/u;
const withoutFigure = (name: string): string => name.replace(BUDGET_FIGURE, '').trim();

/** A number opening a title, set apart from its text: 「③ 」, 「(3) 」, 「3. 」. */
const NUMBERED = /^(?:[①-⑳]|[(（]\d{1,2}[)）]|\d{1,2}[.．])\s/u;

/**
 * Whether `next` hangs under the text of a numbered title, right of its number: it starts where the
 * title's text does after 「③ 」 (measured by the title's characters), and opens with no number of its own.
 */
function hangsUnderNumber(title: PlacedLine, next: PlacedLine): boolean {
  const printed = text(title);
  const number = NUMBERED.exec(printed)?.[0];
  if (number === undefined || /^[\d(（①-⑳]/u.test(text(next))) return false;
  const [x0, , x1] = title.line.bbox;
  const textStart = x0 + ((x1 - x0) * [...number].length) / [...printed].length;
  return Math.abs(next.line.bbox[0] - textStart) <= 0.5 * title.line.font_size;
}

/** An opening bracket's ink is in the right half of its em: a scan's box of a line it opens starts that far in. */
const BRACKET_INSET = 0.6;
const OPENING_BRACKET = /^[「『（(【〈]/u;

/** Whether `next` starts at the left of a line opened by a bracket, as OCR boxes the two (「「新たな日常」の…」 / 「化による…」). */
function underOpeningBracket(line: Line, next: Line): boolean {
  const inset = line.bbox[0] - next.bbox[0];
  return line.confidence !== undefined && OPENING_BRACKET.test(line.text.trim()) && inset > 0 && inset <= BRACKET_INSET * line.font_size;
}

/** How far the heights OCR gives the lines of one name in its cell may differ, as a share of the first's. */
const OCR_CELL_SIZE_SPREAD = 0.4;

/**
 * Lines continuing a wrapped title: same size, same left edge (or hanging under a number), directly
 * below, and no label or list item; or, on a scan, the rest of its row, within an em of it (OCR cut
 * 「3-⑤-(1)地域IX・CDN…」 in two where it lost the thin 「I」). In a name's cell (`inCell`) a scan's
 * sizes may differ more.
 */
function wrappedLines(lines: readonly PlacedLine[], from: number, isLabel: (line: PlacedLine) => boolean = () => false, { inCell = false } = {}): number {
  let end = from + 1;
  let rowStart = lines[from]!.line;
  // A label under the title opens its block (「補正予算額: 6.2億円」 read by OCR as tall as the title), and so
  // does a bullet (a scan's OCR boxes the text's lines as tall as the title's).
  while (end < lines.length && BUDGET_FIGURE.exec(text(lines[end]!))?.index !== 0 && !isLabel(lines[end]!) && !opensListItem(text(lines[end]!))) {
    const previous = lines[end - 1]!.line;
    const next = lines[end]!.line;
    const gap = next.bbox[0] - previous.bbox[2];
    const ocr = readByOcr([lines[end]!]);
    // A number OCR read apart from its title (「1」 set small before 「デジタル田園…」) is an em of the title's size away.
    if (ocr && sameRow(lines[end - 1]!, lines[end]!) && gap >= -1 && gap <= Math.max(previous.font_size, next.font_size)) {
      end++;
      continue;
    }
    // In a name's cell, a scan's next line under the name is the name's, however tall OCR boxed it (a line of katakana
    // 16 pt, the kanji over it 24 pt).
    // So is a wrap of a character or three, which OCR sizes by its glyphs (「…人の流れの創」 / 「出」).
    const sameSize = unsizedByOcr(lines[end]!) || Math.abs(next.font_size - previous.font_size) <= (ocr && inCell ? OCR_CELL_SIZE_SPREAD : 0.1) * previous.font_size;
    const below = next.bbox[1] - previous.bbox[3] >= -1 && next.bbox[1] - previous.bbox[3] <= previous.font_size;
    // A numbered title's later lines may hang under its text, right of the number (「③ 地方公共団体の窓口」 / 「業務…」).
    const aligned = Math.abs(next.bbox[0] - rowStart.bbox[0]) <= 3 || hangsUnderNumber(lines[from]!, lines[end]!) || underOpeningBracket(rowStart, next);
    if (lines[end]!.page !== lines[end - 1]!.page || !sameSize || !below || !aligned) break;
    rowStart = next;
    end++;
  }
  return end - from;
}

/** How far, in the label's font sizes, OCR may box a value into the label it stands beside. */
const OCR_BOX_OVERLAP = 0.25;

/**
 * The value of a name label printed alone (a 施策名 cell): the next line, beside it on its row or
 * just below it (under a header cell centred over a wide value cell, anywhere along the row); or
 * the line before it where that stands beside it and the next does not (a scan's OCR boxed the
 * name a little higher than its label and read it first).
 */
function valueBesideOrBelow(lines: readonly PlacedLine[], first: number, last: number, isLabel: (line: PlacedLine) => boolean): PlacedLine | undefined {
  const label = lines[first]!;
  const next = lines[last + 1];
  const own = lines.slice(first, last + 1);
  const [x0, y0, x1, y1] = unionBox(own.map((l) => l.line.bbox));
  // A scan's OCR boxes a label and the value it split off its line a few points into each other (「施策名:」 「:サイバー…」).
  const overlap = readByOcr(own) ? Math.max(1, OCR_BOX_OVERLAP * label.line.font_size) : 1;
  const besideLabel = (l: PlacedLine | undefined): boolean => l !== undefined && l.line.bbox[0] >= x1 - overlap && own.some((part) => sameRow(part, l)) && !isLabel(l);
  const previous = lines[first - 1];
  if (!besideLabel(next) && besideLabel(previous)) return previous;
  if (next === undefined || next.page !== label.page) return undefined;
  if (isLabel(next)) {
    // A header row (施策名 | 担当課 | 予算額): the name is in the row below, under its label.
    const size = label.line.font_size;
    return lines
      .slice(last + 2, last + 2 + BODY_REACH)
      .find((l) => l.page === label.page && l.line.bbox[1] >= y1 - 1 && l.line.bbox[1] - y1 <= 3 * size && l.line.bbox[0] < x1 + 2 * size && l.line.bbox[2] > x0 - 2 * size && !isLabel(l));
  }
  const [nx0, ny0, , ny1] = next.line.bbox;
  const beside = nx0 >= x1 - overlap && ny0 < y1 && ny1 > y0;
  const below = ny0 >= y1 - 1 && ny0 - y1 <= 1.5 * label.line.font_size;
  return beside || below ? next : undefined;
}

/** A record's number alone (「1」, 「1.」, 「(1)」, 「①」). */
const BARE_NUMBER = /^(?:\d{1,2}[.．]?|[(（]\d{1,2}[)）]|[①-⑳])$/u;

/** A name label's start, with the label's spelling (施策名 or 事業名): a document names its records one way. */
type NamedStart = RecordStart & { spelling: string };

/**
 * Records started by a name label (施策名 / 事業名 …) in any of its presentations. A document names its
 * records with one spelling: another printed far less often (a case page's 事業名 inside a 施策名
 * record) names something else.
 */
function nameLabelStarts(lines: readonly PlacedLine[], labels: readonly LabelSpec[], inWrappedLabel: () => ReadonlySet<PlacedLine>): RecordStart[] {
  const names = labels.filter((spec) => spec.target.kind === 'name');
  const isName = (label: string, wrapped = false): boolean => names.some((spec) => labelMatches(spec, label, { wrapped }));
  // A name label printed alone: on one line, or wrapped in its narrow cell (施策の / 名称).
  const nameLabelSpan = (i: number): number => {
    const pair = lines.slice(i, i + 2);
    const span = isName(text(lines[i]!)) ? 1 : pair.length === 2 && stacked(pair) && isName(pair.map(text).join(''), true) ? 2 : 0;
    // The label's English gloss under it (「Project」 under 「事業名」, read before the name) is the label's.
    const gloss = lines[i + span];
    return span > 0 && gloss !== undefined && GLOSS_LINE.test(text(gloss)) && stacked([lines[i + span - 1]!, gloss]) ? span + 1 : span;
  };
  const isLabel = fieldLabelTest(labels);
  // A label wrapped in its narrow cell (「取組の概」 over 「要」, OCR reading the first line as tall as the name) ends a name.
  const isField = (line: PlacedLine): boolean => isLabel(line) || inWrappedLabel().has(line);
  const starts: NamedStart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = text(lines[i]!);
    const inline = NAME_WITH_VALUE.exec(closeSpacedHead(line))?.groups;
    if (inline !== undefined && (isName(inline.label!) || (MEASURE_WORD.test(bareLabel(inline.label!)) && /^[^:]{1,8}:/u.test(line)))) {
      const raw = lines[i]!.line.text;
      // A long name wraps onto the lines under its value, in the value's size.
      const more = wrappedLines(lines, i, isField);
      const rest = lines.slice(i + 1, i + more).map(text);
      const nameRaw = [(/[:：]\s*(.*)$/su.exec(raw)?.[1] ?? raw).trim(), ...rest].join('');
      starts.push({ at: i, titleLines: more, name: [inline.value!, ...rest].join(''), nameRaw, num: null, spelling: bareLabel(inline.label!) });
      continue;
    }
    const span = nameLabelSpan(i);
    if (span === 0) continue;
    const value = valueBesideOrBelow(lines, i, i + span - 1, isField);
    if (value === undefined) continue;
    const at = lines.indexOf(value);
    const spelling = bareLabel(lines.slice(i, i + span).map(text).join(''));
    if (at < i) {
      // The name read before its label opens the record's title.
      starts.push({ at, titleLines: span + 1, name: text(value), nameRaw: value.line.text, num: null, spelling });
      continue;
    }
    // A number read apart from the name it opens, on its row (「1」 an em before 「放送コンテンツによる…」): the name follows it.
    const nameAfter = lines[at + 1];
    const numbered = BARE_NUMBER.test(text(value)) && nameAfter !== undefined && sameRow(value, nameAfter) && nameAfter.line.bbox[0] > value.line.bbox[2];
    const more = numbered ? 1 + wrappedLines(lines, at + 1, isField, { inCell: true }) : wrappedLines(lines, at, isField, { inCell: true });
    const valueLines = lines.slice(at, at + more);
    // The label's colon OCR read again at the value's head (「施策名:」 「:サイバー…」) is no part of the name.
    const joined = (parts: readonly string[]): string => (numbered ? `${parts[0]} ${parts.slice(1).join('')}` : parts.join('')).replace(/^[:：]\s*/u, '');
    // The name's lines are the record's title when they follow the label; under a header row they are read in place.
    const follows = at === i + span;
    const apart = follows ? {} : { nameAt: valueLines.map((_, k) => at + k) };
    starts.push({ at: i, titleLines: follows ? span + more : span, name: joined(valueLines.map(text)), nameRaw: joined(valueLines.map((l) => l.line.text)), num: null, spelling, ...apart });
  }
  const counts = new Map<string, number>();
  for (const start of starts) counts.set(start.spelling, (counts.get(start.spelling) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return starts.filter((start) => counts.get(start.spelling)! * 2 >= most).map(({ spelling: _, ...start }) => start);
}

/**
 * A line that ends with an amount in yen (and its 内数, prior-year figure or 【新規】, its closing
 * bracket as OCR may read it): 「高度無線環境整備推進事業64.8億円(元年度52.5億円)」.
 */
export const UNLABELLED_BUDGET = /^[^。]{0,40}?\d[\d,.]*\s?(?:兆|億|千万|百万|万|千)?円(?:の内数)?\s?(?:[(（][^)）]*円[^)）]*[)）])?\s?(?:【[^】)）]{1,4}[】)）])?$/u;

/** A sentence's end: a contents or index page lists names, and no name ends so. */
const SENTENCE_END = /。\s*$/u;

/**
 * Starts whose record has a body: a field label, a contact line, a budget line ending in its
 * amount (all that is left of a block whose labels OCR lost) or a sentence (a measure printed with
 * its text alone, no budget, no label) before the next start. A contents page's 「施策名 ページ」
 * header row names no record.
 */
function withBody(starts: readonly RecordStart[], lines: readonly PlacedLine[], labels: readonly LabelSpec[]): RecordStart[] {
  const isLabel = fieldLabelTest(labels);
  const fields = labels.filter((spec) => spec.target.kind !== 'name');
  return starts.filter((start, k) => {
    const end = Math.min(starts[k + 1]?.at ?? lines.length, start.at + start.titleLines + BODY_REACH);
    const body = lines.slice(start.at + start.titleLines, end);
    // A label wrapped in its narrow cell (概算要 / 求額) is read over its lines.
    return body.some((line) => isLabel(line) || CONTACT.test(text(line)) || UNLABELLED_BUDGET.test(text(line)) || SENTENCE_END.test(text(line))) || findLabels(body, fields).length > 0;
  });
}

/** Whether a line is a field label of the vocabulary (not a name), alone or at the head of its value. */
export function fieldLabelTest(labels: readonly LabelSpec[]): (line: PlacedLine) => boolean {
  const fields = labels.filter((spec) => spec.target.kind !== 'name');
  return (line) => {
    const value = text(line);
    // A label in brackets runs straight into its value (「《予算額》580百万円の内数」).
    const head = labelHead(value, { brackets: true });
    const ocr = readByOcr([line]);
    return fields.some((spec) => labelMatches(spec, value, { ocr }) || (head !== undefined && labelMatches(spec, head, { ocr, withValue: true })));
  };
}

/** The size most of the document's characters are printed in: its body text. */
export function bodySize(lines: readonly { line: Line }[]): number {
  const chars = new Map<number, number>();
  for (const { line } of lines) {
    const size = Math.round(line.font_size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + line.text.length);
  }
  return [...chars].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** A page's own body text must print this many characters for its scale to be told. */
const PAGE_BODY_CHARS = 300;
/** Beyond these a page's body text is another kind of text (a table in small type, a few headings), not a scale of the document's. */
const PAGE_SCALES = [0.7, 1.4] as const;

/** Characters of a line that set half an em wide: ASCII and half-width kana. */
const HALF_WIDTH = /[\u0000-\u00ff\uff61-\uff9f]/u;
/** Fewest ems of text a line needs for its width to say its size. */
const MIN_EMS = 4;

/**
 * The size a line is printed in. A scan's OCR boxes lines taller than their print where rows crowd
 * (two rows' boxes overlapping, every line of a page 22 pt for text of 11): the width of its
 * characters, full-width ones an em and half-width ones half, says it then. Never more than the box.
 */
function printedSize(line: PlacedLine): number {
  const { font_size: size, confidence, text: printed, bbox } = line.line;
  if (confidence === undefined) return size;
  const ems = [...printed.replace(/\s/gu, '')].reduce((sum, ch) => sum + (HALF_WIDTH.test(ch) ? 0.5 : 1), 0);
  return ems < MIN_EMS ? size : Math.min(size, (bbox[2] - bbox[0]) / ems);
}

/** A line's size: its box's height, or as printed (`printedSize`). */
type SizeOf = (line: PlacedLine) => number;
const boxSize: SizeOf = (line) => line.line.font_size;

/**
 * The body size of each page: its own where it is printed at a scale of its own (a slide whose text
 * was shrunk to fit, a page reduced to fit its content), else the document's. Text layers only:
 * OCR's sizes vary from line to line too much to tell a page's scale from them.
 */
function pageBodySizes(lines: readonly PlacedLine[], sizeOf: SizeOf): (page: number) => number {
  const body = bodySize(lines.map((line) => ({ line: { ...line.line, font_size: sizeOf(line) } })));
  const own = new Map<number, number>();
  for (const [page, onPage] of linesByPage(lines)) {
    if (onPage.some((line) => line.line.confidence !== undefined)) continue;
    const size = bodySize(onPage);
    const chars = onPage.filter((line) => Math.abs(line.line.font_size - size) <= SIZE_ROUNDING).reduce((sum, line) => sum + line.line.text.length, 0);
    if (chars >= PAGE_BODY_CHARS && size / body >= PAGE_SCALES[0] && size / body <= PAGE_SCALES[1]) own.set(page, size);
  }
  return (page) => own.get(page) ?? body;
}

/** `bodySize` rounds sizes to half points: a printed size this much under the body's is the body's (OCR's sizes are rough anyway). */
const SIZE_ROUNDING = 0.25;
/** A title is this much larger than the body text; in a document with no such title, this much, or none. */
const TITLE_SCALE = 1.2;
const SMALL_TITLE_SCALE = 1.1;
const PLAIN_TITLE_SCALE = 1;
/**
 * A title in the text's size that OCR read: its size, told from its characters' width, may come out
 * this share under the text's (a name of 14 characters at 10.2 pt against a body of 10.5).
 */
const PLAIN_OCR_SLACK = 0.05;
/** A title in the text's size is a record's when a label or a contact line follows within this many lines. */
const PLAIN_TITLE_REACH = 2;
/** Lines after a title looked at for the labels or the contact that make it a record's title. */
const TITLE_REACH = 12;
/** Lines after a name label looked at for the labels or the contact that make it a record's. */
const BODY_REACH = 40;
const CONTACT = /(\d{2,4}[-‐－(（)）]\d{2,4}[-‐－]\d{3,4}|@|(担当|所管|問い?合わ?せ|連絡先)|[局部課室庁]$)/u;
/**
 * Printed dates, page counts, figures and amounts (their era misread by OCR too: 「信和5年度…42.5億円」; a
 * budget line ending in its amount, 「…に要する経費0.2億円(元年度0.1億円)」), sentences, list items: large,
 * but never a record's name.
 */
const NOT_A_NAME = /(令和|平成).{0,8}年度.*\d\s*(千|百万|億|兆)?円|\d\s*(千|百万|億|兆)?円(の内数)?\s*(?:[(（][^)）]*[)）]|【[^】]*】)?$|^\S{0,3}\d{1,2}年度.*\d\s*(千|百万|億|兆)?円|^[\d\s.,/:()\-年月日度号%]*$|^(令和|平成)\S*年\S*月|^第\d+[章節部編]|^(約|概ね)?[\d,.]+\s*(千|百万|億|兆)?円|[。、]$|^[・•●○◆■※\u{E000}-\u{F8FF}]/u;

/** Over this many characters, three 、 make a run of clauses: prose (names list at most a few things). */
const PROSE_CHARS = 50;

/** Prose, never a name, however it is set: a sentence ends in it, or it runs on in clauses. */
function isProse(name: string): boolean {
  const chars = [...name.replace(/\s/gu, '')];
  // No sentence ends before a name's first character: a 「。」 there is a scan's speck (a bar before 「(1)伝統的…」).
  return chars.slice(1).includes('。') || (chars.length > PROSE_CHARS && chars.filter((c) => c === '、').length >= 3);
}

/** A title's joined lines that read as a record's name: four characters or more, no figure, date or sentence, not prose. */
const readsAsName = (name: string): boolean => [...name.replace(/\s/gu, '')].length >= 4 && !NOT_A_NAME.test(name) && !isProse(name);

/** A line opening the page over a title, smaller than it by this much, is a running header. */
const HEADER_SCALE = 0.8;
/** Lines looked at on each side of a line, in reading order, for one printed just above it. */
const BLOCK_NEIGHBOURS = 60;

/**
 * Whether a line opens its page or a block of its own: the line read before it is on another page,
 * a gap of most of a line's height above it, or beside it in smaller print (offices printed top
 * right, read before the name); and no line of its page is printed just over it, across its width.
 */
function opensBlock(lines: readonly PlacedLine[], i: number): boolean {
  const here = lines[i]!;
  const [x0, y0, x1] = here.line.bbox;
  const before = lines[i - 1];
  // A gap of the smaller line's height: a scan's OCR reads a title tall when a bracket or a speck is on it.
  const gap = 0.8 * Math.min(here.line.font_size, before?.page === here.page ? before.line.font_size : Infinity);
  const across = (other: PlacedLine): boolean => Math.min(x1, other.line.bbox[2]) > Math.max(x0, other.line.bbox[0]);
  const justOver = (other: PlacedLine): boolean => other.page === here.page && across(other) && other.line.bbox[1] < y0 && y0 - other.line.bbox[3] < gap;
  const beside = before !== undefined && !across(before);
  // A smaller line that opens the page over the title: a running header that a scan's OCR read differently on each page.
  const header = (k: number): boolean => lines[k - 1]?.page !== here.page && lines[k]!.line.font_size < HEADER_SCALE * here.line.font_size;
  // Beside it and wholly above it (a chapter tab at the top right, however large OCR read it), or beside it in smaller print.
  // A cell on its row to its left names what it is (施策 | title): the title opens its block all the same.
  const namingCell = beside && before.line.bbox[2] <= x0 && before.line.bbox[1] < here.line.bbox[3] && before.line.bbox[3] > y0 && MEASURE_WORD.test(text(before).replace(/\s/gu, ''));
  // Read after the last line of the column before it, which stands lower (text flowing in columns): it opens its column.
  const columnTop = beside && before.line.bbox[1] >= here.line.bbox[3];
  const readFirst =
    before === undefined || before.page !== here.page || y0 - before.line.bbox[3] >= gap || before.line.bbox[3] <= y0 - here.line.font_size || columnTop ||
    (beside && (before.line.bbox[3] <= y0 || before.line.font_size < 0.8 * here.line.font_size)) || header(i - 1) || namingCell ||
    (before.page === here.page && before.line.bbox[3] <= y0 + 1 && numberAlone(before) !== undefined);
  // A line opening with a number path (「1-②-(1) …」) is an item of its own, never a wrapped line: a topic
  // heading set just over it (「② 地域との…」, which a scan's OCR reads with tall boxes) does not hold it.
  if (NUMBER_PATH.exec(text(here).replace(OCR_SPECKS, ''))?.groups?.path !== undefined) return true;
  // Nor does a heading numbered in another form over a numbered title (「①デジタル実装…」 over 「1.地域経済…」).
  const form = numberForm(text(here));
  const otherHeading = (other: PlacedLine): boolean => form !== null && ![null, form].includes(numberForm(text(other)));
  if (!readFirst && !(before?.page === here.page && otherHeading(before))) return false;
  // A number printed over the title (「(ア)」, 「No.11」) is the title's own.
  for (let j = Math.max(0, i - BLOCK_NEIGHBOURS); j <= Math.min(lines.length - 1, i + BLOCK_NEIGHBOURS); j++) {
    if (j !== i && justOver(lines[j]!) && !header(j) && numberAlone(lines[j]!) === undefined && !otherHeading(lines[j]!)) return false;
  }
  return true;
}

/** How far below its title, in the title's font sizes, the lines printed beside a title still belong to it. */
export const BESIDE_TITLE_REACH = 3;

/** The lines read just before a title that are printed to its right, smaller, level with it or a little below. */
export function linesBesideTitle(lines: readonly PlacedLine[], at: number): PlacedLine[] {
  const title = lines[at]!;
  const [, top, right, bottom] = title.line.bbox;
  const size = title.line.font_size;
  const beside: PlacedLine[] = [];
  for (let k = at - 1; k >= 0; k--) {
    const line = lines[k]!;
    const [x0, y0] = line.line.bbox;
    if (line.page !== title.page || x0 < right || y0 < top - size || y0 > bottom + BESIDE_TITLE_REACH * size || line.line.font_size >= 0.8 * size) break;
    beside.unshift(line);
  }
  return beside;
}

/** Lines looked at on each side of a line for one printed beside it. */
const ROW_NEIGHBOURS = 4;

/**
 * Whether a line stands alone on its row: no other line of its page shares half its height, but
 * those `besides` lets be. A cell with its value beside it (「関連計画 横2-1-(1)」, a label the
 * vocabulary lacks) is not a title.
 */
export function aloneOnRow(lines: readonly PlacedLine[], i: number, besides: (other: PlacedLine) => boolean = () => false): boolean {
  const here = lines[i]!;
  for (let j = Math.max(0, i - ROW_NEIGHBOURS); j <= Math.min(lines.length - 1, i + ROW_NEIGHBOURS); j++) {
    if (j !== i && sameRow(here, lines[j]!) && !besides(lines[j]!)) return false;
  }
  return true;
}

/**
 * An office or contact printed on a title's row, an em or more right of it (「1．携帯電話等エリア整備事業」 …
 * 「総務省移動通信課」 over its phone at the right margin): the title's, no cell's value.
 */
const officeRightOf = (title: PlacedLine) => (other: PlacedLine): boolean =>
  other.page === title.page && other.line.bbox[0] >= title.line.bbox[2] + title.line.font_size && CONTACT.test(text(other));

/**
 * Whether text longer than this line stands wholly left of it, on its row (sharing half its height):
 * not a number badge. Only its page's lines are looked at (lines run page by page).
 */
function textLeftOnRow(lines: readonly PlacedLine[], i: number): boolean {
  const here = lines[i]!;
  const length = [...text(here)].length;
  const leftOnRow = (other: PlacedLine): boolean => other.line.bbox[2] <= here.line.bbox[0] && [...text(other)].length > length && sameRow(here, other);
  for (let j = i - 1; j >= 0 && lines[j]!.page === here.page; j--) if (leftOnRow(lines[j]!)) return true;
  for (let j = i + 1; j < lines.length && lines[j]!.page === here.page; j++) if (leftOnRow(lines[j]!)) return true;
  return false;
}

/** The longest text of a cell printed over a title as its heading (施策, 事業, 名称). */
const HEAD_CELL_CHARS = 6;

/** The text of a short line directly above a title, opening its block: a heading cell (施策, 事業, 名称) it may be. */
function cellOver(lines: readonly PlacedLine[], i: number): string | undefined {
  const above = lines[i - 1];
  const title = lines[i]!;
  if (above === undefined || above.page !== title.page || !opensBlock(lines, i - 1)) return undefined;
  const close = title.line.bbox[1] - above.line.bbox[3] <= 2 * title.line.font_size;
  const cell = text(above).replace(/\s/gu, '');
  return close && [...cell].length <= HEAD_CELL_CHARS ? cell : undefined;
}

/**
 * Whether the line above a title is its heading cell: the first line of the title's page, short,
 * directly above it. It belongs to the title's record, not to the record before it.
 */
function headCellAbove(lines: readonly PlacedLine[], i: number): boolean {
  const before = lines[i - 2];
  return cellOver(lines, i) !== undefined && (before === undefined || before.page !== lines[i]!.page);
}

/** Most characters of a label printed alone, in its column (「総合戦略における位置づけ」). */
const LABEL_CELL_CHARS = 12;
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2}/u;

/**
 * A scan's line of a label's value that OCR boxed as tall as a title (its row run into the next):
 * a word of the labels' column stands on its row, to its left (「施策効果の詳」, a label OCR cut short).
 * The column is where labels printed alone stand; a number or a mark before a title is no word.
 */
function besideLabelColumn(lines: readonly PlacedLine[], i: number, labelsRead: () => readonly PlacedLine[]): boolean {
  const here = lines[i]!;
  if (!readByOcr([here])) return false;
  const short = (line: PlacedLine): boolean => [...text(line).replace(/\s/gu, '')].length <= LABEL_CELL_CHARS;
  const labels = labelsRead().filter((label) => label.page === here.page && short(label));
  const inLabelColumn = (line: PlacedLine): boolean => labels.some((label) => Math.min(label.line.bbox[2], line.line.bbox[2]) > Math.max(label.line.bbox[0], line.line.bbox[0]));
  // A cell naming a measure (施策) beside it names the title, in the labels' column as it stands.
  return lines.some((other) => other.line.bbox[2] <= here.line.bbox[0] && sameRow(here, other) && short(other) && WORD.test(text(other)) && inLabelColumn(other) && !MEASURE_WORD.test(text(other).replace(/\s/gu, '')));
}

/** A heading cell printed over this many titles is every title's, mid-page as well. */
const REPEATED_CELL = 2;

/**
 * The starts with the heading cell over them taken in where the same cell stands over several
 * titles (`cells`: the text of the short line over each title; a start that took its cell already
 * begins at it).
 */
function withRepeatedCells(starts: readonly RecordStart[], cells: readonly (string | undefined)[], taken: readonly boolean[]): RecordStart[] {
  const counts = new Map<string, number>();
  for (const cell of cells) if (cell !== undefined) counts.set(cell, (counts.get(cell) ?? 0) + 1);
  return starts.map((start, k) => {
    const cell = cells[k];
    return !taken[k] && cell !== undefined && counts.get(cell)! >= REPEATED_CELL ? { ...start, at: start.at - 1, titleLines: start.titleLines + 1 } : start;
  });
}

/** Each document's page middles, read once for every size titles are tried at. */
const middlesRead = new WeakMap<readonly PlacedLine[], (page: number) => number>();

/** The middle of each page's text, between its lines' leftmost and rightmost edges. */
function textMiddles(lines: readonly PlacedLine[]): (page: number) => number {
  const known = middlesRead.get(lines);
  if (known !== undefined) return known;
  const middles = new Map<number, number>();
  for (const [page, onPage] of linesByPage(lines)) {
    middles.set(page, (Math.min(...onPage.map((line) => line.line.bbox[0])) + Math.max(...onPage.map((line) => line.line.bbox[2]))) / 2);
  }
  const middleOf = (page: number): number => middles.get(page)!;
  middlesRead.set(lines, middleOf);
  return middleOf;
}

/**
 * Records started by a title line: larger than the body text, followed (before the next title) by
 * a label of the vocabulary or an office or contact line. A chapter heading is followed by a
 * record's title, a cover's title by its date: neither is a record.
 */
function titleStarts(
  lines: readonly PlacedLine[],
  labels: readonly LabelSpec[],
  scale: number,
  sizeOf: SizeOf,
  bodyOf: (page: number) => number,
  inWrappedLabel: () => ReadonlySet<PlacedLine>,
): RecordStart[] {
  const isLabel = fieldLabelTest(labels);
  // A field label alone (「概要」 centred over its value): a line in the text's size under it is its value, no title.
  const fields = labels.filter((spec) => spec.target.kind !== 'name');
  const labelAlone = (line: PlacedLine): boolean => isAnyLabel(text(line), fields, { ocr: readByOcr([line]) });
  // A title in the text's own size (set bold, which the text layer does not say) is told by what follows it at once.
  const plain = scale <= 1;
  const indexOf = new Map(lines.map((line, k) => [line, k]));
  // A line under a head cell naming a measure (施策, 事業) is a title whatever its size: OCR reads a chapter tab over it larger.
  const underMeasureCell = (line: PlacedLine): boolean => {
    const k = indexOf.get(line)!;
    // The word first: most lines have none over them, and telling a cell costs a look at the lines round it.
    return k > 0 && MEASURE_WORD.test(text(lines[k - 1]!).replace(/\s/gu, '')) && cellOver(lines, k) !== undefined;
  };
  // A heading the vocabulary knows to stop a section (「事業イメージ」, 「条件（対象者、対象行為、補助率等）」) names no record.
  const stops = new Set(sectionStops().map(bareLabel));
  const isTitle = (line: PlacedLine): boolean => {
    const value = text(line);
    const contact = plain && CONTACT.test(value);
    // A mark before a title printed larger than the text (「○ 半導体…」) is its decoration; in the text's size, a list item's bullet.
    const name = plain ? value : value.replace(NAME_MARK, '');
    return (
      (sizeOf(line) >= scale * bodyOf(line.page) - (line.line.confidence === undefined ? SIZE_ROUNDING : plain ? PLAIN_OCR_SLACK * bodyOf(line.page) : 0) || underMeasureCell(line)) &&
      [...name.replace(/\s/gu, '')].length >= 4 && !NOT_A_NAME.test(name) && !isLabel(line) && !contact && numberAlone(line) === undefined && !stops.has(bareLabel(name)) &&
      !inWrappedLabel().has(line)
    );
  };
  const middleOf = textMiddles(lines);
  const starts: RecordStart[] = [];
  const cells: (string | undefined)[] = [];
  const taken: boolean[] = [];
  // Looked for on scans only, once.
  let labelLines: PlacedLine[] | undefined;
  const labelsRead = (): PlacedLine[] => (labelLines ??= lines.filter(isLabel));
  let i = 0;
  while (i < lines.length) {
    if (
      !isTitle(lines[i]!) || !(opensBlock(lines, i) || headCellAbove(lines, i)) || (plain && !aloneOnRow(lines, i, officeRightOf(lines[i]!))) || besideLabelColumn(lines, i, labelsRead) ||
      (plain && underLabelCell(lines, i, labelAlone))
    ) {
      i++;
      continue;
    }
    const size = wrappedLines(lines, i, isLabel);
    if (topicOver(lines, i, size, sizeOf, bodyOf, isLabel)) {
      i += size;
      continue;
    }
    // What makes a title a record's is printed under it, on its page.
    const after = lines.slice(i + size, i + size + (plain ? PLAIN_TITLE_REACH : TITLE_REACH)).filter((line) => line.page === lines[i]!.page);
    // An office printed as large as the titles right under one (「統計局総務課」 at the right under 「(4)総務省統計局の移転」) is the record's, no title.
    const notOffice = plain ? 0 : after.findIndex((line) => !CONTACT.test(text(line)) || !isTitle(line));
    const offices = notOffice < 0 ? after.length : notOffice;
    const ends = plain ? -1 : after.findIndex((line, k) => k >= offices && isTitle(line));
    const reach = ends < 0 ? after : after.slice(0, ends);
    // Offices set small beside the title, read before it, say so as well as those printed under it.
    const makers = reach.filter((line) => isLabel(line) || CONTACT.test(text(line)));
    // Labels all in a column left of a line that has text on its left (a figure's caption beside the text) are the text's;
    // and labels all left of the page's middle are not those of a line right of it (a chapter tab at the top right).
    const middle = middleOf(lines[i]!.page);
    const tab = lines[i]!.line.bbox[0] > middle && makers.every((line) => line.line.bbox[0] < middle);
    const labelled = makers.length > 0 && !tab && !(makers.every((line) => line.line.bbox[2] <= lines[i]!.line.bbox[0]) && textLeftOnRow(lines, i));
    const title = lines.slice(i, i + size);
    const joined = title.map(text).join('');
    if ((labelled || (!plain && linesBesideTitle(lines, i).some((line) => CONTACT.test(text(line))))) && !isProse(joined)) {
      const figure = BUDGET_FIGURE.exec(joined)?.[0];
      const cell = headCellAbove(lines, i) ? 1 : 0;
      cells.push(cellOver(lines, i));
      taken.push(cell === 1);
      starts.push({
        at: i - cell, titleLines: size + cell, name: withoutFigure(joined), nameRaw: withoutFigure(title.map((l) => l.line.text).join('')), num: null,
        ...(figure === undefined ? {} : { budgetText: figure }),
      });
      i += offices;
    }
    i += size;
  }
  return withRepeatedCells(starts, cells, taken);
}

/**
 * Whether a title is the topic over the record's own title: the line right under it, alone on its row,
 * is numbered in another series and printed larger than the text (「③ 都市から地方への移住・交流の推進」
 * over 「(1) 地域おこし協力隊の拡充など…」, set a point smaller, over the record's labels), or numbered
 * with a path through the title's own number, in the text's size or larger (「① 地域課題の解決に資する5Gの
 * 活用推進」 over 「4-①-(1) 地域課題解決型ローカル5G等の…」).
 */
function topicOver(lines: readonly PlacedLine[], i: number, size: number, sizeOf: SizeOf, bodyOf: (page: number) => number, isLabel: (line: PlacedLine) => boolean): boolean {
  const next = lines[i + size];
  if (next === undefined || next.page !== lines[i]!.page || isLabel(next) || !aloneOnRow(lines, i + size)) return false;
  const title = lines.slice(i, i + size).map(text).join('');
  const own = numberForm(title);
  const under = numberForm(text(next));
  if (own === null || under === null || own === under) return false;
  const ownNumber = NUMBER_PATH.exec(title.replace(OCR_SPECKS, ''))?.groups?.[own];
  const path = under === 'path' ? NUMBER_PATH.exec(text(next).replace(OCR_SPECKS, ''))?.groups?.['path'] : undefined;
  const through = ownNumber !== undefined && path?.split(/\s?[-‐]/u).includes(own === 'paren' ? `(${ownNumber})` : ownNumber) === true;
  const body = bodyOf(next.page);
  // OCR reads a line of the text's size up to `PLAIN_OCR_SLACK` under it (「3-④-(1) …」 at 12.24 pt over text of 12.5).
  const slack = next.line.confidence === undefined ? SIZE_ROUNDING : PLAIN_OCR_SLACK * body;
  return sizeOf(next) > body + SIZE_ROUNDING || (through && sizeOf(next) >= body - slack);
}

/** The lines of labels wrapped over two lines or more (「施策効果の」 over 「詳細」): each no label alone, and no title. */
function wrappedLabelLines(lines: readonly PlacedLine[], labels: readonly LabelSpec[]): Set<PlacedLine> {
  return new Set(findLabels(lines, labels).flatMap((hit) => (hit.last > hit.first ? lines.slice(hit.first, hit.last + 1) : [])));
}

/** Records started by the family's own pattern (「(1) …」 numbered measures). */
function patternStarts(lines: readonly PlacedLine[], pattern: RegExp): RecordStart[] {
  const starts: RecordStart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = pattern.exec(text(lines[i]!));
    if (match === null) continue;
    const size = wrappedLines(lines, i);
    const raw = lines.slice(i, i + size).map((l) => l.line.text).join('');
    const whole = pattern.exec(normaliseCharacters(raw).trim());
    starts.push({ at: i, titleLines: size, name: whole?.groups?.name ?? match.groups?.name ?? raw, nameRaw: (/[:：](.*)$/su.exec(raw)?.[1] ?? raw).trim(), num: match.groups?.num ?? null });
  }
  return starts;
}

/** A record's number printed apart from its name, as a badge (「No.11」, 「No 11」, 「事業番号 0012」, 「#11」). */
const BADGE_TEXT = String.raw`(?:No\.?|№|#|事業番号|施策番号|番号)\s*[:：]?\s*(?<num>\d{1,4})`;
export const BADGE = new RegExp(`^${BADGE_TEXT}$`, 'iu');
/** A record's number printed on a line of its own over or before its name: a badge, 「(ア)」, 「(3)」, 「③」, 「Ⅱ-1」. */
const NUMBER_ALONE = new RegExp(
  String.raw`^(?:${BADGE_TEXT}|\((?<paren>\d{1,2}|[ア-ン])\)|(?<circled>[①-⑳])|(?<path>(?:\d{1,2}|[IVX]{1,4})(?:[-‐](?:\d{1,2}|[①-⑳]|\(\d{1,2}\)))+))$`,
  'iu',
);
const numberAlone = (line: PlacedLine): string | undefined => {
  const groups = NUMBER_ALONE.exec(text(line))?.groups;
  return groups?.num ?? groups?.paren ?? groups?.circled ?? groups?.path;
};

/**
 * A start whose number stands apart from the name, in a badge read just before it on the name's row
 * (or over it): the badge is the record's first line, its number the record's. A title found with
 * the badge as its first line (taken for a cell over it) has it already.
 */
function withBadge(lines: readonly PlacedLine[], start: RecordStart): RecordStart {
  if (start.path !== undefined) return start;
  const own = start.titleLines >= 2 && numberAlone(lines[start.at]!) !== undefined;
  const [badge, title] = own ? [lines[start.at]!, lines[start.at + 1]!] : [lines[start.at - 1], lines[start.at]!];
  const num = badge === undefined ? undefined : numberAlone(badge);
  if (badge === undefined || num === undefined || badge.page !== title.page) return start;
  const [bx0, by0, bx1, by1] = badge.line.bbox;
  const [tx0, ty0, tx1, ty1] = title.line.bbox;
  const onRow = by0 < ty1 && ty0 < by1 && bx1 <= tx0 + 1;
  const over = by1 <= ty0 && ty0 - by1 < 1.5 * title.line.font_size && bx0 < tx1 && tx0 < bx1;
  if (!onRow && !over) return start;
  return own ? { ...start, path: num } : { ...start, at: start.at - 1, titleLines: start.titleLines + 1, path: num };
}

/**
 * Where the records of a document start: the family's own pattern when its profile has one and it
 * finds half the records the labels promise; else its name labels (施策名：X, a 事業名 cell) when it
 * prints them; else its title lines.
 */
export function findRecordStarts(lines: readonly PlacedLine[], profile: Pick<DocumentProfile, 'recordStart' | 'labels'>): RecordStart[] {
  const labelsAt = labelLines(lines, profile.labels);
  const promised = promisedRecords(labelsAt);
  // An edition may number its records otherwise than the profile's (「1-①-(1)」 for 「(1)」): the
  // layout is then read as for a family no profile names, and taken if it gives more.
  const byPattern = profile.recordStart === undefined ? [] : patternStarts(lines, profile.recordStart);
  if (profile.recordStart !== undefined && byPattern.length > 0 && byPattern.length >= PROMISE_SHORTFALL * promised) return byPattern;
  const byLayout = layoutStarts(lines, profile.labels, labelsAt, promised);
  return byLayout.length > byPattern.length ? byLayout : byPattern;
}

/** Record starts read from the page: a name label's value, or titles by their size over blocks of labels. */
function layoutStarts(lines: readonly PlacedLine[], labels: readonly LabelSpec[], labelsAt: ReadonlyMap<string, readonly number[]>, promised: number): RecordStart[] {
  // Looked for once, when a name or a title is first in question, for every size titles are tried at.
  let wrappedLabels: ReadonlySet<PlacedLine> | undefined;
  const inWrappedLabel = (): ReadonlySet<PlacedLine> => (wrappedLabels ??= wrappedLabelLines(lines, labels));
  const byName = withBody(nameLabelStarts(lines, labels, inWrappedLabel), lines, labels);
  // Titles a little larger than the text only where no title is larger by a fifth; then in its size.
  // A scan's OCR sizes are rough: a few lines read tall (a bracket, a stamp), or some titles read
  // short, are no reason to stop while the labels promise more records; a smaller print that gives
  // more of them is taken instead.
  // Then, on a scan, by the sizes its lines print in where OCR's boxes say too little.
  const scales = [TITLE_SCALE, SMALL_TITLE_SCALE, PLAIN_TITLE_SCALE];
  const bySize = (sizeOf: SizeOf) => {
    const bodyOf = pageBodySizes(lines, sizeOf);
    return scales.map((scale) => () => titleStarts(lines, labels, scale, sizeOf, bodyOf, inWrappedLabel));
  };
  const scanned = lines.some((line) => line.line.confidence !== undefined);
  let best: RecordStart[] = [];
  for (const found of [() => byName, ...bySize(boxSize), ...(scanned ? bySize(printedSize) : [])]) {
    const starts = found();
    const more = starts.length > best.length && (best.length === 0 || starts.length <= PROMISE_OVERRUN * promised);
    // Past half the promise, a smaller print is taken only where it finds half the titles found already, and more.
    if (more && (best.length < PROMISE_SHORTFALL * promised || 2 * foundAgain(starts, best) >= best.length)) best = starts;
    // A name label's values are the records when they are half the promise; titles are looked for in smaller print until they are all of it.
    if (best.length > 0 && best.length >= (best === byName ? PROMISE_SHORTFALL : 1) * promised) break;
  }
  // No title larger than the text at all: the line each block's first label stands under, printed alike over every block.
  if (best.length === 0) best = titlesOverBlocks(lines, labels, labelsAt);
  const form = best === byName ? undefined : dominantNumberForm(best);
  const numbered = form === undefined ? best : best.map((start) => startAtNumber(lines, start, form));
  const siblings = form === undefined ? [] : numberedSiblings(lines, numbered, form, labels, inWrappedLabel);
  const found = [...numbered, ...siblings].sort((a, b) => a.at - b.at);
  const untitled = pagesOpeningBlocks(lines, found, labels, labelsAt);
  const opened = [...found, ...untitled].sort((a, b) => a.at - b.at);
  // Where name labels start the records, a page printing none that repeats a label continues the record before (its cases).
  const repeated = best === byName ? [] : pagesRepeatingLabels(lines, opened, labels, labelsAt);
  return withGluedNumbers([...opened, ...repeated].sort((a, b) => a.at - b.at).map(withPath)).map((start) => withBadge(lines, start));
}

/** How many starts of `found` have one in `starts` on one of their lines. */
function foundAgain(starts: readonly RecordStart[], found: readonly RecordStart[]): number {
  const overlaps = (a: RecordStart, b: RecordStart): boolean => a.at < b.at + b.titleLines && b.at < a.at + a.titleLines;
  return found.filter((start) => starts.some((other) => overlaps(start, other))).length;
}

/** The label key read on each line that prints one, from where each key's labels are. */
const labelKeyAt = (found: ReadonlyMap<string, readonly number[]>): Map<number, string> => new Map([...found].flatMap(([key, at]) => at.map((i) => [i, key] as const)));

/** The most lines a title found over a record's first label is read from. */
const UNTITLED_TITLE_LINES = 2;

/**
 * Titles of records whose block of labels is printed with no title found over it (OCR read it
 * small, or lost its size): the label that opens most records' blocks, printed again with no start
 * since its last time, on a page that starts no record and opens with a line or two over it.
 */
function pagesOpeningBlocks(lines: readonly PlacedLine[], starts: readonly RecordStart[], labels: readonly LabelSpec[], found: ReadonlyMap<string, readonly number[]>): RecordStart[] {
  if (starts.length < 2) return [];
  const keyOf = labelKeyAt(found);
  // The label each record's block opens with: the first label read after its title.
  const opening = new Map<string, number>();
  for (const start of starts) {
    let i = start.at + start.titleLines;
    while (i < lines.length && !keyOf.has(i)) i++;
    if (keyOf.has(i)) opening.set(keyOf.get(i)!, (opening.get(keyOf.get(i)!) ?? 0) + 1);
  }
  const [key, count] = [...opening].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (key === undefined || count! * 2 <= starts.length) return [];
  const startPages = new Set(starts.map((start) => lines[start.at]!.page));
  const isLabel = fieldLabelTest(labels);
  // The heading cell the titles found stand under (施策): over an untitled block's title too, and no part of its name.
  const cellCounts = new Map<string, number>();
  for (const start of starts) {
    const cell = text(lines[start.at]!).replace(/\s/gu, '');
    if (start.titleLines >= 2 && [...cell].length <= HEAD_CELL_CHARS) cellCounts.set(cell, (cellCounts.get(cell) ?? 0) + 1);
  }
  const isHeadCell = (line: PlacedLine): boolean => (cellCounts.get(text(line).replace(/\s/gu, '')) ?? 0) >= REPEATED_CELL;
  const untitled: RecordStart[] = [];
  let previous = -1;
  for (const at of found.get(key)!) {
    const page = lines[at]!.page;
    const since = previous;
    previous = at;
    if (starts.some((start) => start.at > since && start.at < at)) continue;
    let first = at;
    if (startPages.has(page)) {
      // On a page where titles were found, a block is another record's only under the head cell over every title: above it is the record before.
      const reach = Math.max(0, since + 1, at - 1 - UNTITLED_TITLE_LINES);
      first = lines.slice(reach, at).findLastIndex((line) => line.page === page && isHeadCell(line)) + reach;
      if (first < reach) continue;
    } else {
      while (first > 0 && first > since + 1 && lines[first - 1]!.page === page) first--;
      // A smaller line over the title at the top of the page: a running header OCR read differently on each page (「総務衝」).
      while (first < at - 1 && !isHeadCell(lines[first]!) && lines[first]!.line.font_size < HEADER_SCALE * lines[first + 1]!.line.font_size) first++;
    }
    const cell = first < at && isHeadCell(lines[first]!) ? 1 : 0;
    if (at - first - cell > UNTITLED_TITLE_LINES) continue;
    // The title is the first line and what wraps from it; a line apart under it (a budget line whose label OCR lost) is the record's text.
    const title = lines.slice(first + cell, Math.min(at, first + cell + wrappedLines(lines, first + cell, isLabel)));
    const names = titleNames(title);
    if (title.length === 0 || title.some(isLabel) || !readsAsName(names.name)) continue;
    // Over the label: a title is read before its block, not beside it.
    if (title.some((line) => line.line.bbox[3] > lines[at]!.line.bbox[1] + 0.5 * lines[at]!.line.font_size)) continue;
    untitled.push({ at: first, titleLines: cell + title.length, ...names, num: null });
  }
  return untitled;
}

/**
 * Titles of records whose page starts none though it prints a field label that the record run onto it
 * from an earlier page printed already (its 予算 line again, a scan's OCR having read the page's title
 * small): a block printed again on a page of its own is another record's, titled by the page's first
 * line that reads as a name, under a chapter tab at the top right or a smaller running header.
 */
function pagesRepeatingLabels(lines: readonly PlacedLine[], starts: readonly RecordStart[], labels: readonly LabelSpec[], found: ReadonlyMap<string, readonly number[]>): RecordStart[] {
  if (starts.length === 0) return [];
  const keyOf = labelKeyAt(found);
  const startAt = new Set(starts.map((start) => start.at));
  const startPages = new Set(starts.map((start) => lines[start.at]!.page));
  const isLabel = fieldLabelTest(labels);
  const middleOf = textMiddles(lines);
  const repeated: RecordStart[] = [];
  let printed = new Set<string>();
  let inRecord = false;
  for (let i = 0; i < lines.length; i++) {
    if (startAt.has(i)) [printed, inRecord] = [new Set(), true];
    const key = keyOf.get(i);
    if (key === undefined || !inRecord) continue;
    const page = lines[i]!.page;
    if (printed.has(key) && !startPages.has(page)) {
      let top = i;
      while (lines[top - 1]?.page === page) top--;
      // A chapter tab right of the page's middle, or a running header printed smaller than the line under it, over the
      // title: the record's lines from the page's top, and no part of its name.
      let first = top;
      while (first < i - 1 && (lines[first]!.line.bbox[0] > middleOf(page) || printedSize(lines[first]!) < HEADER_SCALE * printedSize(lines[first + 1]!))) first++;
      const title = lines.slice(first, Math.min(i, first + wrappedLines(lines, first, isLabel)));
      const names = titleNames(title);
      if (title.length > 0 && !title.some(isLabel) && aloneOnRow(lines, first) && readsAsName(names.name) && !opensListItem(names.name)) {
        repeated.push({ at: top, titleLines: first - top + title.length, ...names, num: null });
        startPages.add(page);
        printed = new Set();
      }
    }
    printed.add(key);
  }
  return repeated;
}

/**
 * Titles printed no larger than the text (a name set small over its block): the line or two right over
 * each place one label opens a block, when most blocks have one that reads as a name, over the label and
 * in one size at one left edge with the others. The label that opens the blocks is the one that finds
 * the most such titles.
 */
function titlesOverBlocks(lines: readonly PlacedLine[], labels: readonly LabelSpec[], found: ReadonlyMap<string, readonly number[]>): RecordStart[] {
  const isLabel = fieldLabelTest(labels);
  const titles = [...found.values()].map((opening) => titlesOver(lines, opening, isLabel)).reduce((best, over) => (over.length > best.length ? over : best), []);
  return [...titles, ...titlesAlike(lines, titles, isLabel)].sort((a, b) => a.at - b.at);
}

/** Titles found over blocks it takes to say that a line printed as they all are is a title too. */
const ALIKE_TITLES = 3;

/**
 * Titles printed as the titles over blocks all are (one size, one left edge, in a text layer), in a style
 * no other text of the document has, over a block whose labels follow later: a record whose block opens
 * with a sub-heading (「◆ 医療・介護・健康分野のネットワーク化推進」) before its first label.
 */
function titlesAlike(lines: readonly PlacedLine[], titles: readonly RecordStart[], isLabel: (line: PlacedLine) => boolean): RecordStart[] {
  const firsts = titles.map((title) => lines[title.at]!);
  if (firsts.length < ALIKE_TITLES || readByOcr(firsts)) return [];
  const { font_size: size, bbox: [x0] } = firsts[0]!.line;
  const styled = (line: PlacedLine): boolean => Math.abs(line.line.font_size - size) <= 0.05 && Math.abs(line.line.bbox[0] - x0) <= 1;
  if (!firsts.every(styled)) return [];
  const taken = new Set(titles.flatMap((title) => Array.from({ length: title.titleLines }, (_, k) => title.at + k)));
  const starts = new Set(titles.map((title) => title.at));
  const found: RecordStart[] = [];
  for (const [i, line] of lines.entries()) {
    if (taken.has(i) || !styled(line)) continue;
    const size = wrappedLines(lines, i, isLabel);
    const names = titleNames(lines.slice(i, i + size));
    // A line in the titles' style that is no title (a wrapped line, a name of no block) says the style is not theirs alone.
    const end = lines.findIndex((other, k) => k > i && (starts.has(k) || other.page !== line.page));
    const block = lines.slice(i + size, end < 0 ? lines.length : end);
    if (!aloneOnRow(lines, i) || !readsAsName(names.name) || isLabel(line) || !block.some(isLabel)) return [];
    found.push({ at: i, titleLines: size, ...names, num: null });
  }
  return found;
}

function titlesOver(lines: readonly PlacedLine[], opening: readonly number[], isLabel: (line: PlacedLine) => boolean): RecordStart[] {
  const titles: RecordStart[] = [];
  let previous = -1;
  for (const at of opening) {
    const since = previous;
    previous = at;
    const label = lines[at]!;
    if (at - 1 <= since || lines[at - 1]!.page !== label.page) continue;
    // The line over the label, or the two over it where the first wraps onto the second.
    const wrapStart = at - UNTITLED_TITLE_LINES;
    const first = wrapStart > since && lines[wrapStart]!.page === label.page && wrappedLines(lines, wrapStart, isLabel) >= UNTITLED_TITLE_LINES ? wrapStart : at - 1;
    const title = lines.slice(first, at);
    const names = titleNames(title);
    if (title.some(isLabel) || !readsAsName(names.name)) continue;
    if (title.some((line) => line.line.bbox[3] > label.line.bbox[1] + 0.5 * label.line.font_size)) continue;
    titles.push({ at: first, titleLines: title.length, ...names, num: null });
  }
  // Alike: one size and one left edge, for most of the blocks.
  const alike = titles.filter((t) => titles.filter((o) => Math.abs(lines[o.at]!.line.font_size - lines[t.at]!.line.font_size) <= 0.5 && Math.abs(lines[o.at]!.line.bbox[0] - lines[t.at]!.line.bbox[0]) <= 3).length * 2 > opening.length);
  return alike.length >= 2 ? alike : [];
}

/** A number read against its name with no space (OCR drops the one printed): 「1地域中核企業…」; not 「6次産業化」, 「2025年…」. */
const GLUED_NUMBER = /^(?<own>\d{1,2})(?<name>(?![年月日度次回人件万億円割倍時分秒歳])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}].*)$/u;

/**
 * Names that open with a number run into their text, taken as numbered when two or more of the
 * document's names are numbered (so, or with the number apart: 「1 放送…」 then 「2地域…」) and their
 * numbers rise in reading order (1, 2, 3): a series of records, not words that start with a figure.
 */
function withGluedNumbers(starts: readonly RecordStart[]): RecordStart[] {
  const glued = starts.map((start) => (start.path === undefined ? GLUED_NUMBER.exec(start.name)?.groups : undefined));
  // Counted with the numbers read apart from their names (「1 放送…」, then 「2地域…」).
  const numbers = glued.flatMap((groups, k) => (groups !== undefined ? [Number(groups.own)] : /^\d{1,2}$/u.test(starts[k]!.path ?? '') ? [Number(starts[k]!.path)] : []));
  if (glued.every((groups) => groups === undefined) || numbers.length < 2 || numbers.some((n, k) => k > 0 && n <= numbers[k - 1]!)) return [...starts];
  return starts.map((start, k) => {
    const groups = glued[k];
    if (groups === undefined) return start;
    const raw = start.nameRaw.trim();
    return { ...start, name: groups.name!, nameRaw: raw.slice(raw.indexOf(groups.own!) + groups.own!.length), path: groups.own! };
  });
}

/** A title's lines joined: the name as read, normalised, and as printed. */
function titleNames(title: readonly PlacedLine[]): { name: string; nameRaw: string } {
  return { name: title.map(text).join(''), nameRaw: title.map((l) => l.line.text).join('') };
}

/** The number form most titles are printed with (more than half of them), if any. */
function dominantNumberForm(titles: readonly RecordStart[]): string | undefined {
  const forms = titles.map((title) => numberForm(title.name));
  return forms.find((f): f is string => f !== null && forms.filter((g) => g === f).length * 2 > titles.length);
}

/**
 * A title that lacks the number the others print, over a line that has it, starts at that line: the
 * line above it is a running header in the title's size that a scan's OCR did not read the same on
 * every page (「未来技術関連施策集」 over 「1．高度無線…」).
 */
function startAtNumber(lines: readonly PlacedLine[], start: RecordStart, form: string): RecordStart {
  if (numberForm(start.name) === form) return start;
  for (let k = 1; k < start.titleLines; k++) {
    if (numberForm(text(lines[start.at + k]!)) !== form) continue;
    return { ...start, at: start.at + k, titleLines: start.titleLines - k, ...titleNames(lines.slice(start.at + k, start.at + start.titleLines)) };
  }
  return start;
}

/** How a title's number is printed: 「2-①-(1)」, 「2.」, 「(2)」, 「②」; or null. */
function numberForm(name: string): string | null {
  const groups = NUMBER_PATH.exec(name.replace(OCR_SPECKS, ''))?.groups ?? GLUED_NUMBER.exec(name)?.groups;
  return groups === undefined ? null : (['path', 'own', 'paren', 'circled'].find((form) => groups[form] !== undefined) ?? null);
}

/**
 * Titles numbered as most of the titles found are, each opening its block with a label right under
 * it (one of the vocabulary's, or the line under most titles found), that were missed because they
 * are printed (or OCR read them) no larger than the text.
 */
function numberedSiblings(lines: readonly PlacedLine[], titles: readonly RecordStart[], form: string, labels: readonly LabelSpec[], inWrappedLabel: () => ReadonlySet<PlacedLine>): RecordStart[] {
  const isLabel = fieldLabelTest(labels);
  // A label's value on its row, right of it (「①デジタル実装による…」 beside 「総合戦略と」 / 「の関係」 wrapped in its cell).
  const besideLabel = (i: number): boolean => {
    const here = lines[i]!;
    return lines.some((other) => other.page === here.page && other.line.bbox[2] <= here.line.bbox[0] && sameRow(here, other) && (isLabel(other) || inWrappedLabel().has(other)));
  };
  const taken = new Set(titles.flatMap((title) => Array.from({ length: title.titleLines }, (_, k) => title.at + k)));
  // The line printed under most titles found is a label of the document's own (施策の種別), though the vocabulary lacks it.
  const under = new Map<string, number>();
  for (const title of titles) {
    const next = lines[title.at + title.titleLines];
    if (next !== undefined) under.set(text(next), (under.get(text(next)) ?? 0) + 1);
  }
  const ownLabel = (line: PlacedLine): boolean => (under.get(text(line)) ?? 0) * 2 > titles.length;
  const siblings: RecordStart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const value = text(lines[i]!);
    if (taken.has(i) || numberForm(value) !== form || NOT_A_NAME.test(value) || isLabel(lines[i]!) || !opensBlock(lines, i) || underLabelCell(lines, i, isLabel) || besideLabel(i)) continue;
    const size = wrappedLines(lines, i, (line) => isLabel(line) || ownLabel(line));
    const title = lines[i + size - 1]!;
    // The label right under the title, though read a few lines later (a scan's OCR put 〈事業の内容〉 after the text beside it).
    const underTitle = (line: PlacedLine): boolean =>
      line.page === title.page && line.line.bbox[1] >= title.line.bbox[3] - 1 && line.line.bbox[1] - title.line.bbox[3] <= title.line.font_size && (isLabel(line) || ownLabel(line));
    const next = lines[i + size];
    const labelled = next !== undefined && next.page === title.page && (isLabel(next) || ownLabel(next) || figureUnderLabel(next, labels) || CONTACT.test(text(next)));
    if (!labelled && !lines.slice(i + size + 1, i + size + SIBLING_LABEL_REACH).some(underTitle)) continue;
    // A numbered sentence over the record's office (「①トラフィック集約拠点の…実施する。」 above 担当) is the section's text.
    const names = titleNames(lines.slice(i, i + size));
    if (isProse(names.name)) continue;
    siblings.push({ at: i, titleLines: size, ...names, num: null });
    i += size - 1;
  }
  return siblings;
}

/** Lines looked back at, in reading order, for a label cell over a line. */
const CELL_ABOVE_REACH = 4;
/** Least size of a head cell, as a share of its value's (OCR's heights are rough). */
const CELL_SIZE_SHARE = 0.8;

/**
 * Whether a line stands just under a field's label cell: the label's value (a 施策区分 of 「②税制」
 * under its head cell), not a title numbered as the titles are.
 */
function underLabelCell(lines: readonly PlacedLine[], i: number, isLabel: (line: PlacedLine) => boolean): boolean {
  const { line, page } = lines[i]!;
  return lines.slice(Math.max(0, i - CELL_ABOVE_REACH), i).some((above) => {
    const gap = line.bbox[1] - above.line.bbox[3];
    const across = above.line.bbox[0] < line.bbox[2] && line.bbox[0] < above.line.bbox[2];
    // A head cell is set no smaller than its value (a running header over a title is).
    const cellSized = above.line.font_size >= CELL_SIZE_SHARE * line.font_size;
    return above.page === page && across && cellSized && gap > -0.5 * line.font_size && gap <= 1.5 * line.font_size && isLabel(above);
  });
}

/**
 * A line that opens with a field's label run straight into a figure, its colon or space lost to OCR
 * (「予算額18.0億円」, 「予算額”6.2億円」).
 */
function figureUnderLabel(line: PlacedLine, labels: readonly LabelSpec[]): boolean {
  const value = text(line).replace(/\s+/gu, '');
  return spellingsOf(labels).some((spelling) => [...spelling].length >= 2 && value.startsWith(spelling) && /^[:：”"'、]?\d/u.test(value.slice(spelling.length)));
}

/** Lines after a numbered title looked at for the label printed right under it. */
const SIBLING_LABEL_REACH = 6;

/** Starts fewer than this share of the records the labels promise look on at smaller print. */
const PROMISE_SHORTFALL = 0.5;
/** A smaller print is taken only while it gives no more than this many times the records promised. */
const PROMISE_OVERRUN = 1.25;

const spellings = new WeakMap<readonly LabelSpec[], string[]>();

/** Every written spelling of a set of labels, without decoration, worked out once per set. */
function spellingsOf(labels: readonly LabelSpec[]): string[] {
  let list = spellings.get(labels);
  if (list === undefined) {
    list = labels.flatMap((spec) => spec.variants.flatMap((v) => (typeof v === 'string' ? [bareLabel(v)] : [])));
    spellings.set(labels, list);
  }
  return list;
}

/**
 * Whether a line is part of the records' structure, never page furniture however it repeats: a
 * label (alone, or with its value: the same 「担当：…」 over several records), a piece of one wrapped
 * in a narrow cell (特徴・ / ポイン / ト), or a name with its label.
 */
export function isRecordStructure(value: string, labels: readonly LabelSpec[], { ocr = false } = {}): boolean {
  const bare = bareLabel(value);
  const name = NAME_WITH_VALUE.exec(value)?.groups?.label;
  // 「［お問い合わせ先］…課（03-…）」 at the foot of every page: a label closed by its bracket, its value run on.
  const heads = [labelHead(value), labelHead(value, { brackets: true })].filter((head) => head !== undefined);
  return (
    isAnyLabel(value, labels, { ocr }) ||
    heads.some((head) => labels.some((spec) => labelMatches(spec, head, { withValue: true, ocr }))) ||
    (bare !== '' && spellingsOf(labels).some((spelling) => spelling.includes(bare))) ||
    (name !== undefined && labels.some((spec) => spec.target.kind === 'name' && labelMatches(spec, name)))
  );
}
