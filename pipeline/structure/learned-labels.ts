import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { BUDGET_LINE } from './extract-policies.ts';
import { aloneOnRow, isRecordStructure } from './find-record-starts.ts';
import { bareLabel, findLabels, HEADING_NUMBER, labelMatches, MAX_LABEL_CHARS, MAX_LABEL_LINES, readByOcr } from './find-labels.ts';
import { sectionStops } from './load-profiles.ts';
import type { LabelSpec } from './profile.ts';
import type { PlacedLine } from './record-lines.ts';

/**
 * Section labels a document prints that the vocabulary lacks (農水省's ＜対策のポイント＞ beside its
 * ＜事業の内容＞, 文科省's アウトプット（活動目標） under its 事業内容), learned from the document itself: a
 * heading printed the way the document prints the labels it is known to have (the same marks and
 * brackets, or none at their left edge and size), and repeated from record to record. What it heads
 * is then a section of its own, under the heading's words, instead of running into the section above.
 */

/** How a label is printed: its words, and the marks around them with the words as X (「<X>」, 「■X:」, 「#X」 for a heading number). */
interface Printed {
  form: string;
  words: string;
  /** Where the line is in the document's lines. */
  at: number;
  /** Undecorated, whether it stands alone on its row (decorated, always). */
  alone?: boolean;
}

/** A learned heading repeats in this many records at least, and in this share of the records its document's commonest label is in. */
const MIN_REPEATS = 2;
const MIN_SHARE = 0.25;

/** A label's words never hold a sentence's end, a figure in yen, a phone number or an address. */
const NO_LABEL = /[。@]|\d\s?(?:兆|億|千万|百万|万|千)?円|\d{2,4}-\d{2,4}|TEL|https?:/iu;
const WORDS = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{2}/u;
/** No Japanese word opens with these: a line that does is the end of a wrapped one (「ント」, 「スを含む」). */
const NO_WORD_START = /^[ンッーぁぃぅぇぉゃゅょっァィゥェォャュョをん]/u;
/** A label and its value on one line (「■交付対象：地方公共団体」): the label before the first colon. */
const INLINE = /^(?<label>[^:]{1,16}?):(?<value>.+)$/u;

const compact = (text: string): string => normaliseCharacters(text).replace(/\s+/gu, '');

/**
 * Angle brackets as OCR reads them round a heading (〈政策目標〉 as 「<政策目標>」, 「く政策目標」, 「ぐ政策目標用」,
 * 「<対策のポイント」): one opening mark, the closing one dropped, alike on every line so read.
 */
const OCR_ANGLES = /^[<〈＜くぐ](?=\p{Script=Han}|\p{Script=Katakana})(.{2,}?)[>〉＞用及)）?？\]}]*$/u;

function printedAs(text: string, at: number, inline: boolean, ocr: boolean): Printed | undefined {
  const number = HEADING_NUMBER.exec(text)?.[0] ?? '';
  const angled = ocr && !inline ? OCR_ANGLES.exec(text.slice(number.length))?.[1] : undefined;
  const rest = angled === undefined ? text.slice(number.length) : `<${angled}>`;
  const bare = bareLabel(rest);
  // A closing bracket of the words' own (「アウトプット(活動目標)」) is no decoration.
  const words = (bare.match(/\(/gu)?.length ?? 0) > (bare.match(/\)/gu)?.length ?? 0) && rest.includes(`${bare})`) ? `${bare})` : bare;
  const from = rest.indexOf(words);
  if (words === '' || from < 0) return undefined;
  const form = `${number === '' ? '' : '#'}${rest.slice(0, from)}X${rest.slice(from + words.length)}${inline ? ':' : ''}`;
  return { form, words, at };
}

/** Whether two lines are in one size: as OCR reads them, boxes that hug the glyphs (「財源内訳」 7.2, 「担当課」 12), in one row or column alone. */
const sameSize = (a: PlacedLine, b: PlacedLine): boolean => readByOcr([a, b]) || Math.abs(a.line.font_size - b.line.font_size) <= 0.5;

/** Whether two lines stand on one row of a page in one size. */
const sameRow = (a: PlacedLine, b: PlacedLine): boolean =>
  a.page === b.page && Math.abs(a.line.bbox[1] - b.line.bbox[1]) <= 0.5 * Math.max(a.line.font_size, b.line.font_size) && sameSize(a, b);

/** Whether a line opens at another's left edge in its size: headings of one kind stand so. */
const alignedWith = (a: PlacedLine, b: PlacedLine): boolean => Math.abs(a.line.bbox[0] - b.line.bbox[0]) <= 0.5 * b.line.font_size && sameSize(a, b);

/**
 * Section labels learned from a document's lines (see above): each a label the vocabulary lacks,
 * printed as `labels` are in the document, in `MIN_REPEATS` records or more.
 */
export function learnedSectionLabels(lines: readonly PlacedLine[], labels: readonly LabelSpec[]): LabelSpec[] {
  const known: Printed[] = [];
  const candidates: Printed[] = [];
  const seen = new Map<string, boolean>();
  const isLabel = (text: string, { withValue = false, ocr = false } = {}): boolean => {
    const key = `${withValue ? ':' : ''}${ocr ? '~' : ''}${text}`;
    let is = seen.get(key);
    if (is === undefined) seen.set(key, (is = labels.some((spec) => labelMatches(spec, text, { withValue, ocr }))));
    return is;
  };
  const stops = new Set(sectionStops().map(bareLabel));
  const pieces = new Map<string, boolean>();
  const isPiece = (words: string): boolean => {
    let is = pieces.get(words);
    if (is === undefined) pieces.set(words, (is = isRecordStructure(words, labels)));
    return is;
  };
  for (const [i, line] of lines.entries()) {
    const text = compact(line.line.text);
    const inline = INLINE.exec(text)?.groups;
    const whole = [...text].length <= MAX_LABEL_CHARS && inline === undefined;
    const head = whole ? text : inline?.label;
    const ocr = readByOcr([line]);
    const printed = head === undefined ? undefined : printedAs(head, i, !whole, ocr);
    // Every label has two Japanese characters or more: lines of figures are neither labels nor headings.
    if (head === undefined || printed === undefined || !WORDS.test(printed.words)) continue;
    if (whole ? isLabel(text, { ocr }) : isLabel(head, { withValue: true, ocr })) {
      known.push(printed);
      continue;
    }
    if (stops.has(printed.words) || NO_LABEL.test(head) || BUDGET_LINE.test(head) || NO_WORD_START.test(printed.words) || (printed.form === 'X:' && !whole)) continue;
    // Undecorated, a heading is told from a short line of prose only by standing alone where the known labels stand;
    // and a line under a label alone is its value (「地方公共団体」 under 補助対象), however it repeats.
    const above = lines[i - 1];
    if (printed.form === 'X' && above !== undefined && above.page === line.page && isLabel(compact(above.line.text), { ocr: readByOcr([above]) })) continue;
    // A piece of a known label (「施策」 over the titles, 「る効」 of a wrapped 期待される効果 as OCR read it) is none of its own.
    if (isPiece(printed.words)) continue;
    candidates.push({ ...printed, alone: printed.form !== 'X' || aloneOnRow(lines, i) });
  }
  // Or in a row of labels (a grid's cells, 「事業内容 | 財源内訳 | 根拠法令」), beside a known one of its size.
  const inRowOfLabels = (c: Printed): boolean => known.some((k) => k.form === 'X' && k.at !== c.at && sameRow(lines[k.at]!, lines[c.at]!));
  const knownForms = groupBy(known, (k) => k.form);
  const commonest = Math.max(0, ...[...groupBy(known, (k) => k.words).values()].map((group) => pagesOf(lines, group)));
  const learned: LabelSpec[] = [];
  for (const group of groupBy(candidates.filter((c) => c.alone || inRowOfLabels(c)), (c) => `${c.form}\u0000${c.words}`).values()) {
    const form = group[0]!.form;
    const ofForm = knownForms.get(form) ?? [];
    if (ofForm.length < MIN_REPEATS || pagesOf(lines, group) < Math.max(MIN_REPEATS, MIN_SHARE * commonest)) continue;
    if (form === 'X' && !group.every((c) => ofForm.some((k) => alignedWith(lines[c.at]!, lines[k.at]!)))) continue;
    if (group.some((c) => inWrappedLabel(lines, c.at, labels))) continue;
    learned.push({ target: { kind: 'section', key: group[0]!.words }, variants: [group[0]!.words] });
  }
  return learned;
}

/** Whether a line is a piece of a known label wrapped in a narrow cell (特徴・ポイ / ント): no heading of its own. */
function inWrappedLabel(lines: readonly PlacedLine[], at: number, labels: readonly LabelSpec[]): boolean {
  const from = Math.max(0, at - MAX_LABEL_LINES + 1);
  return findLabels(lines.slice(from, at + MAX_LABEL_LINES), labels).some((hit) => hit.last > hit.first && hit.first + from <= at && at <= hit.last + from);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return groups;
}

const pagesOf = (lines: readonly PlacedLine[], group: readonly Printed[]): number => new Set(group.map((p) => lines[p.at]!.page)).size;
