import { joinWrapped } from '../normalise/join-wrapped.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';

/**
 * Marks that open a list item (removed from the item's text). A private-use character opening a
 * line is a symbol font's bullet (Wingdings' ■ comes through as U+F06C): no text is printed that way.
 * A hyphen before a space, or before Japanese text as a scan's OCR reads it (「-道路や…」): not a minus; and
 * so an arrow bullet as OCR reads it (➢ as 「>」): no line starts with a closing bracket.
 */
const BULLET = /^\s*([✓✔・•◦○◯〇●■□◆◇▶▷➤➢\u{E000}-\u{F8FF}]|[-‐>](?:\s|(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}「『])))\s*/u;
/** Whether a line opens a list item with a mark (「・」 is never a wrapped line's first character: it is kept with the word before it). */
export const opensListItem = (text: string): boolean => BULLET.test(text);

/** Items that keep their mark: notes (※), numbers (①, (a), 1)) and bracketed sub-headings (<実施要件>, 【実績】). */
const NUMBERED = /^\s*(※|[①-⑳㉑-㊿]|[ア-ン]\s|\([a-zA-Z0-9]{1,2}\)|（[a-zA-Z0-9]{1,2}）|[a-zA-Z0-9]{1,2}\)|[<〈＜‹【][^>〉＞›】]{1,30}[>〉＞›】])/u;

/**
 * A printed line, with its box's left and right edges when known (to tell a wrap from a new paragraph);
 * a value that opens on its label's line has its right edge only (where it starts is the label's business).
 */
export type ItemLine = string | { text: string; x0?: number; x1: number };

const KATAKANA_ORDER = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';

/** A line's item number as a place in its series (ア → 0, ② → 1, (b) → 1), or undefined. */
function itemNumber(text: string): { series: string; place: number } | undefined {
  const katakana = /^([ア-ン])\s/u.exec(text)?.[1];
  if (katakana !== undefined) return { series: 'ア', place: KATAKANA_ORDER.indexOf(katakana) };
  const circled = /^[①-⑳]/u.exec(text)?.[0];
  if (circled !== undefined) return { series: '①', place: circled.codePointAt(0)! - 0x2460 };
  const marked = /^(\()?([a-z]|[A-Z]|\d{1,2})\)/u.exec(text);
  if (marked === null) return undefined;
  const label = marked[2]!;
  const series = `${marked[1] ?? ''}${/\d/u.test(label) ? '1' : label === label.toLowerCase() ? 'a' : 'A'})`;
  return { series, place: /\d/u.test(label) ? Number(label) : label.codePointAt(0)! };
}

/**
 * Whether `text` opens the item after `item` in the same series (イ after ア, ③ after ②): a new item,
 * however full the line before, unless that line ends in 「、」 (「①…、②…」 run on in one sentence).
 */
function nextInSeries(item: string, text: string): boolean {
  if (item.endsWith('、')) return false;
  const before = itemNumber(item);
  const here = itemNumber(text);
  return before !== undefined && here !== undefined && before.series === here.series && here.place === before.place + 1;
}

/** A quotation or parenthesis opening a line (「「公」から…」). */
const OPENING_BRACKET = /^[「『（(]/u;
/** A parenthesis opening a line: after a sentence that ran to the edge, its remark (「…目指す。」 / 「(令和4年度から…)」). */
const OPENING_PARENTHESIS = /^[（(]/u;

/**
 * A character or two and the stop or bracket that closes them, opening a line: moved down with that mark,
 * which no line may start with (「…に資す」 over 「る。」), so the line over them ended short of the edge.
 */
const PUSHED_OUT = /^[^\s\x00-\x7f]{1,2}[。、」』）]/u;

/**
 * A word no line breaks inside, opening a line: a figure or a Latin word (「2,500億円」, 「Society」), each
 * character about half a kanji wide. Where it would not have fitted in the room left on the line before, it
 * was wrapped there, not set on a line of its own.
 */
const UNBROKEN_WORD = /^[0-9A-Za-z][0-9A-Za-z,.%]*/u;
const HALF_WIDTH = 0.5;

/** How far, in characters, a line may start from an item's left edge and still start there. */
const EDGE_SLACK = 0.4;

/** A bracketed sub-heading alone on its line: what follows it is a new item. */
const HEADING = /^[<〈＜‹【][^>〉＞›】]{1,30}[>〉＞›】]$/u;

/**
 * Joins printed lines into items. A bullet opens an item; so do a number (①, (a), ア) and a
 * bracketed sub-heading, unless the line before ran to the right edge (then the number was only
 * wrapped to the start of a line). Other lines continue the item, unless they start back at the
 * item's edge after a short line (a new paragraph, bulleted or not). Text is normalised; bullet marks are dropped.
 * `edge`: the right edge of the column the lines stand in, where known (else their own widest line's).
 */
export function joinItems(lines: readonly ItemLine[], edge = -Infinity): string[] {
  const right = Math.max(edge, ...lines.map((l) => (typeof l === 'string' ? -Infinity : l.x1)));
  // Width of a character, for lines whose left edge is unknown: the block's own, from the lines whose edges are known.
  const known = lines.filter((l): l is { text: string; x0: number; x1: number } => typeof l !== 'string' && l.x0 !== undefined);
  const blockCharWidth = known.reduce((sum, l) => sum + (l.x1 - l.x0), 0) / Math.max(1, known.reduce((sum, l) => sum + [...l.text].length, 0));
  const items: string[] = [];
  let itemX: number | undefined;
  let previousAtEdge = false;
  let previousFull = false;
  // Within a character more of the edge: a line broken before an opening bracket (no line ends in 「).
  let previousNearlyFull = false;
  let previousEnd: number | undefined;
  let previousCharWidth = 0;
  for (const line of lines) {
    const text = normaliseCharacters(typeof line === 'string' ? line : line.text).trim();
    if (text === '') continue;
    const box = typeof line === 'string' ? undefined : line;
    const bullet = BULLET.exec(text);
    const afterHeading = items.length > 0 && HEADING.test(items.at(-1)!);
    // A line that ends in 「、」 ends no item, however short: its sentence runs on (「…①案件発掘（…）、」 / 「②案件提案…」).
    const runsOn = items.at(-1)?.endsWith('、') === true;
    // Where the item's own left edge is not known yet (it opened on its label's line), a short line before says it.
    // Within a few tenths of a character of it: a scan's OCR boxes lines starting at one edge a few points apart.
    const ownCharWidth = box?.x0 === undefined ? 0 : (box.x1 - box.x0) / Math.max(1, [...text].length);
    const backAtEdge = itemX === undefined ? previousEnd !== undefined : box?.x0 !== undefined && Math.abs(box.x0 - itemX) < Math.max(2, EDGE_SLACK * ownCharWidth);
    const wrappedBeforeBracket = (previousNearlyFull && OPENING_BRACKET.test(text)) || (previousAtEdge && OPENING_PARENTHESIS.test(text) && !NUMBERED.test(text));
    const pushedOut = previousNearlyFull && PUSHED_OUT.test(text);
    const word = UNBROKEN_WORD.exec(text)?.[0];
    const wrappedBeforeWord = previousNearlyFull && word !== undefined && previousEnd !== undefined && [...word].length * HALF_WIDTH * previousCharWidth >= right - previousEnd - previousCharWidth;
    const newParagraph = box !== undefined && items.length > 0 && backAtEdge && !previousFull && !wrappedBeforeBracket && !pushedOut && !wrappedBeforeWord && !runsOn;
    const numbered = NUMBERED.test(text) && !runsOn && (!previousFull || nextInSeries(items.at(-1)!, text));
    const opens = bullet !== null || items.length === 0 || afterHeading || newParagraph || numbered;
    if (opens) {
      items.push(bullet === null ? text : text.slice(bullet[0].length).trim());
      itemX = box?.x0;
    } else {
      items[items.length - 1] = joinWrapped(items.at(-1)!, text);
      // A value that opened on its label's line (「概要：…」) wraps to its own left edge, where its next paragraph starts.
      itemX ??= box?.x0;
    }
    // A line within two characters of the block's right edge was wrapped, not ended (unless it ends a sentence).
    const charWidth = box === undefined ? 0 : box.x0 === undefined ? blockCharWidth : (box.x1 - box.x0) / Math.max(1, text.length);
    const sentenceEnd = /[。:：]$/u.test(text);
    previousAtEdge = box !== undefined && box.x1 >= right - 2 * charWidth;
    previousFull = previousAtEdge && !sentenceEnd;
    previousNearlyFull = box !== undefined && box.x1 >= right - 3 * charWidth && !sentenceEnd;
    previousEnd = box?.x1;
    previousCharWidth = charWidth;
  }
  return items.filter((item) => item !== '');
}

/** Joins lines as one run of text (a name, a field value): wraps joined, no items. */
export function joinRun(lines: readonly string[]): string {
  return lines.map((line) => normaliseCharacters(line).trim()).reduce(joinWrapped, '');
}
