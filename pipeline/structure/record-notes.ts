import { normaliseCharacters } from '../normalise/normalise-text.ts';
import type { DocumentProfile } from './profile.ts';
import { unsizedByOcr } from './line-geometry.ts';
import type { PlacedLine } from './record-lines.ts';

/** Fine print: smaller than this share of the body text's size (the 2020 重点施策's targets at 9.5 pt under 12 pt bullets). */
const FINE_PRINT = 0.9;

/** The size most of the record's lines are printed in. */
function bodySize(lines: readonly PlacedLine[]): number {
  const counts = new Map<number, number>();
  for (const { line } of lines) counts.set(line.font_size, (counts.get(line.font_size) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0])[0];
}

/**
 * How far a line's size may stray from a note's and continue it: half a point in a text layer; on a scan, this
 * share of its size (OCR sizes a line by its glyphs: 「体、郵便局など」 at 13.4 under 「※自治会・町内会…」 at 12.7).
 */
const OCR_SIZE_SLACK = 0.12;
const sizeSlack = (line: PlacedLine): number => (line.line.confidence === undefined ? 0.5 : OCR_SIZE_SLACK * line.line.font_size);

/** How far, in ems, a line may stand from a bullet's column and still start there. */
const COLUMN_EM = 0.3;
/** How far, in ems, an item's wrapped lines are set in from its bullet where they hang. */
const HANGING_EM = 0.5;

/**
 * A line opening a new item (a bullet, an arrow bullet 「➢」, a hyphen and a space before its text): it ends the
 * note above it. Not 「○」 「■」: a PR sheet heads its parts with them, and a numbered part under them is no note.
 */
const BULLET = /^(?:[・•◆➢➤▶▷]|[-‐]\s)/u;
const bulleted = (line: PlacedLine): boolean => BULLET.test(normaliseCharacters(line.line.text).trim());
/** A bullet's line, or a label's with its value on it (「施策の概要：…」, the value's wraps set in under the value): it opens an item. */
const opensAnItem = (line: PlacedLine, labelledInline: ReadonlySet<PlacedLine>): boolean => bulleted(line) || labelledInline.has(line);
/** Whether `lower` is the line printed right under `upper` (less than `em` apart, on its page). */
const directlyUnder = (upper: PlacedLine, lower: PlacedLine, em: number): boolean =>
  lower.page === upper.page && lower.line.bbox[1] >= upper.line.bbox[1] && lower.line.bbox[1] - upper.line.bbox[3] < em;

/**
 * The x of bullets whose items wrap to a hanging indent (「・放送コンテンツの…」, its next line set in):
 * a line with no bullet that starts in that column is no item's continuation.
 */
function hangingBulletColumns(body: readonly PlacedLine[], labelledInline: ReadonlySet<PlacedLine>): number[] {
  const opensItem = (line: PlacedLine): boolean => opensAnItem(line, labelledInline);
  const columns: number[] = [];
  const flush: number[] = [];
  const right = Math.max(...body.map((l) => l.line.bbox[2]));
  body.forEach((line, k) => {
    const next = body[k + 1];
    // A label's line may open a list whose bullets are set in under its value (「事業概要：・…」 over 「・…」).
    const listUnderLabel = labelledInline.has(line) && next !== undefined && bulleted(next) && next.line.bbox[0] - line.line.bbox[0] >= HANGING_EM * line.line.font_size;
    if (next === undefined || !opensItem(line) || (opensItem(next) && !listUnderLabel)) return;
    const below = directlyUnder(line, next, line.line.font_size);
    if (below && next.line.bbox[0] - line.line.bbox[0] >= HANGING_EM * line.line.font_size) columns.push(line.line.bbox[0]);
    // An item wrapped flush to its bullet (its line runs to the column's right edge): a line there may be the item's.
    else if (below && line.line.bbox[2] >= right - line.line.font_size && Math.abs(next.line.bbox[0] - line.line.bbox[0]) <= COLUMN_EM * line.line.font_size) flush.push(line.line.bbox[0]);
  });
  return columns.filter((x) => !flush.some((f) => Math.abs(f - x) < 1));
}

/** How many times the list's line gap sets a paragraph apart from the item over it. */
const PARAGRAPH_GAP = 1.5;

/**
 * A text-layer line set apart from the item line over it by a paragraph's gap, not a wrap's: more than the gap
 * over that line (a target under a list's last item, 8 pt below it where the items stand 4 pt apart).
 */
function setApart(above: PlacedLine | undefined, upper: PlacedLine, line: PlacedLine): boolean {
  if (above === undefined || line.line.confidence !== undefined || !directlyUnder(above, upper, upper.line.font_size)) return false;
  const listGap = Math.max(0, upper.line.bbox[1] - above.line.bbox[3]);
  return line.line.bbox[1] - upper.line.bbox[3] > Math.max(PARAGRAPH_GAP * listGap, listGap + 0.2 * line.line.font_size);
}

/**
 * The note lines among a record's prose, in the profile's sense (`DocumentProfile.notes`): a line
 * opening with the note mark, or in fine print, or a paragraph with no bullet after a list whose
 * items hang (it starts in the bullets' column, where no item's wrapped line does) or set apart from
 * the list's last item by a paragraph's gap in the bullets' column, and the lines
 * after it in the same size that continue it (up to a bullet, or a line that is not prose: a label,
 * a budget entry and its remarks).
 */
export function findNotes(
  body: readonly PlacedLine[],
  isProse: (line: PlacedLine) => boolean,
  notes: DocumentProfile['notes'],
  labelledInline: ReadonlySet<PlacedLine> = new Set(),
): Set<PlacedLine> {
  const found = new Set<PlacedLine>();
  if (notes === undefined) return found;
  const size = bodySize(body);
  const opensItem = (line: PlacedLine): boolean => opensAnItem(line, labelledInline);
  const columns = hangingBulletColumns(body, labelledInline);
  let noteSize: number | undefined;
  let inItem = false;
  let itemX: number | undefined;
  for (const [k, line] of body.entries()) {
    const text = normaliseCharacters(line.line.text).trim();
    // OCR sizes a line by its glyphs: a wrap's last character or two (「施」 under 「…普及啓発等を実」) read small is no fine print.
    const fewCharsRead = unsizedByOcr(line);
    const finePrint = notes.finePrint === true && line.line.font_size < FINE_PRINT * size && !fewCharsRead;
    const item = opensItem(line);
    const previous = body[k - 1];
    // Set in from the bullet of the item above, the line is that item's own (another list's bullets may stand there).
    const hangsInItem = itemX !== undefined && line.line.bbox[0] - itemX >= HANGING_EM * line.line.font_size;
    const atBullet = (x: number): boolean => Math.abs(line.line.bbox[0] - x) <= COLUMN_EM * line.line.font_size;
    const afterList =
      inItem && !item && !hangsInItem && previous !== undefined && directlyUnder(previous, line, line.line.font_size) &&
      (columns.some(atBullet) || (itemX !== undefined && atBullet(itemX) && setApart(body[k - 2], previous, line)));
    if (!isProse(line)) noteSize = undefined;
    else if (notes.start.test(text) || finePrint || (afterList && noteSize === undefined)) noteSize = line.line.font_size;
    // A wrap's last character or two right under a note goes on with it, however small OCR sized them (「一括計」 / 「上」).
    else if (item || (Math.abs(line.line.font_size - (noteSize ?? -Infinity)) > sizeSlack(line) && !(fewCharsRead && previous !== undefined && directlyUnder(previous, line, previous.line.font_size)))) noteSize = undefined;
    if (noteSize !== undefined) found.add(line);
    inItem = (isProse(line) || labelledInline.has(line)) && (item || (inItem && noteSize === undefined));
    if (item) itemX = line.line.bbox[0];
  }
  return found;
}

/**
 * Whether a section's value marks its items with the note mark: it opens with it and another of its
 * lines does too (「特徴・ポイント：※ 条件不利地域…」 / 「※ 地方公共団体が…」). The mark is then the list's
 * bullet, and the lines are the section's, not notes.
 */
export function marksItemsAsNotes(texts: readonly string[], notes: DocumentProfile['notes']): boolean {
  const marked = (text: string): boolean => notes?.start.test(normaliseCharacters(text).trim()) === true;
  return texts.length > 1 && marked(texts[0]!) && texts.slice(1).some(marked);
}

/** The fewest characters a paragraph no label claims needs to be prose, not a figure's words (「国」, 「（補助）」, 「⇒」). */
const ASIDE_CHARS = 20;

/**
 * Paragraphs among lines no label claimed (in reading order): lines printed each right under the one
 * before, in one size, of prose length together. A target printed under a record's 概要 box, or a
 * remark in a column beside it, is the record's note, not lost.
 */
export function asideParagraphs(unclaimed: readonly PlacedLine[]): PlacedLine[] {
  const paragraphs: PlacedLine[][] = [];
  for (const line of unclaimed) {
    const paragraph = paragraphs.at(-1);
    const last = paragraph?.at(-1);
    if (last !== undefined && directlyUnder(last, line, line.line.font_size) && Math.abs(last.line.font_size - line.line.font_size) <= 0.5) paragraph!.push(line);
    else paragraphs.push([line]);
  }
  return paragraphs.filter((p) => p.reduce((sum, l) => sum + [...normaliseCharacters(l.line.text).trim()].length, 0) >= ASIDE_CHARS).flat();
}
