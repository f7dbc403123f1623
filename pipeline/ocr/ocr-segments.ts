import type { ImageRule, OcrBox, OcrLine, OcrWord } from './types.ts';

/** The word's characters with their boxes: tesseract's own when it gave one per character, else the box shared out evenly. */
function characterBoxes(word: OcrWord): { text: string; bbox: OcrBox }[] {
  const chars = [...word.text];
  if (word.symbols !== undefined && word.symbols.map((s) => s.text).join('') === word.text && word.symbols.length === chars.length) return [...word.symbols];
  const step = (word.bbox.x1 - word.bbox.x0) / chars.length;
  return chars.map((text, i) => ({ text, bbox: { ...word.bbox, x0: word.bbox.x0 + i * step, x1: word.bbox.x0 + (i + 1) * step } }));
}

/** Table borders OCR reads as characters at a segment's edges: 「|」 and its look-alikes, and 「_」 from a rule's end. */
const BORDER = /^[|｜丨┃│_]+|[|｜丨┃│_]+$/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・、。「」（）]/u;

const BORDER_INSIDE = /[|｜丨┃│]/u;

/**
 * What tesseract's jpn model, which has no check mark, reads for a ✓ bullet: 「ソン」「ン」「ゾ」「アソ」.
 * No Japanese word is 「ン」 or starts with it, and a 「ソ」 or 「ゾ」 of running text has no blank after it.
 */
const CHECK_MARK_READS = /^(?:ア?[ソゾ]ン?|ン)$/u;
/** Blank after a line's first word, in line heights, from which it stands apart as a bullet (a space's width is half). */
const BULLET_GAP_EM = 0.3;

/** Characters `from`–`to` of a word, with the box of just those characters. */
function sliceWord(word: OcrWord, from: number, to: number): OcrWord {
  const chars = characterBoxes(word).slice(from, to);
  const symbols = word.symbols === undefined ? undefined : chars;
  return {
    ...word,
    text: chars.map((c) => c.text).join(''),
    bbox: { ...word.bbox, x0: chars[0]!.bbox.x0, x1: chars.at(-1)!.bbox.x1 },
    ...(symbols === undefined ? {} : { symbols }),
  };
}

/** A word cut at the given x positions (pixels); each cut is a boundary. */
function cutWord(word: OcrWord, cuts: readonly number[]): (OcrWord | 'border')[] {
  const chars = characterBoxes(word);
  const out: (OcrWord | 'border')[] = [];
  let start = 0;
  for (const cut of cuts) {
    // The cut falls after the characters whose middle is left of it; one at the word's edge cuts nothing.
    const at = chars.filter((c) => (c.bbox.x0 + c.bbox.x1) / 2 < cut).length;
    if (at <= start || at >= chars.length) continue;
    out.push(sliceWord(word, start, at), 'border');
    start = at;
  }
  out.push(sliceWord(word, start, chars.length));
  return out;
}

/** A word with a border stroke inside (「の|ふ」) as its pieces, the stroke a boundary. */
function splitAtBorders(word: OcrWord): (OcrWord | 'border')[] {
  if (!BORDER_INSIDE.test(word.text)) return [word];
  const chars = [...word.text];
  const out: (OcrWord | 'border')[] = [];
  let start = 0;
  chars.forEach((ch, i) => {
    if (!BORDER_INSIDE.test(ch)) return;
    if (i > start) out.push(sliceWord(word, start, i));
    out.push('border');
    start = i + 1;
  });
  if (start < chars.length) out.push(sliceWord(word, start, chars.length));
  return out;
}

export interface SegmentOptions {
  /**
   * Widest gap between two words of one segment, in line heights.
   * @defaultValue 1.2
   */
  gapEm?: number;
  /**
   * x positions (pixels) of vertical rules crossing the line: cell borders erased before OCR, so
   * that the words either side are two segments even when tesseract read them as one word.
   * @defaultValue []
   */
  columnBreaks?: readonly number[];
  /**
   * The widest blank stretch of the line's image between two x positions (pixels). When given, a
   * gap between word boxes splits only if the image is blank that wide too: tesseract's LSTM
   * gives words boxes that stop short of their ink (「を」 at 782–816 px and 「連携」 at 933–939
   * px, printed touching), so box gaps alone cut running text in two.
   */
  blankBetween?: (from: number, to: number) => number;
}

/**
 * Splits one OCR line into the segments a text layer would give: wherever the gap between two
 * words is wider than `gapEm` line heights (table cells, a label and its value, two columns), and
 * at vertical rules. Words are joined without a space between Japanese characters; a border
 * stroke read as 「|」 splits too.
 */
export function segmentOcrLine(words: readonly OcrWord[], options: SegmentOptions = {}): OcrLine[] {
  const { gapEm = 1.2, columnBreaks = [], blankBetween } = options;
  const cuts = [...columnBreaks].sort((a, b) => a - b);
  const sorted = [...words].filter((w) => w.text.trim() !== '').sort((a, b) => a.bbox.x0 - b.bbox.x0);
  const height = Math.max(1, ...sorted.map((w) => w.bbox.y1 - w.bbox.y0));
  const wide = (gap: number): boolean => gap > gapEm * height;
  const groups: OcrWord[][] = [];
  let broken = true;
  const pieces = sorted.flatMap(splitAtBorders).flatMap((w) => (w === 'border' ? [w] : cutWord(w, cuts)));
  const [first, second] = pieces;
  if (first !== undefined && first !== 'border' && second !== undefined && second !== 'border' && CHECK_MARK_READS.test(first.text.trim())) {
    const blank = blankBetween?.(first.bbox.x1, second.bbox.x0) ?? second.bbox.x0 - first.bbox.x1;
    if (blank >= BULLET_GAP_EM * height) pieces[0] = { ...first, text: '✓', symbols: undefined };
  }
  for (const word of pieces) {
    if (word === 'border') {
      broken = true;
      continue;
    }
    const last = groups.at(-1)?.at(-1);
    if (last !== undefined && cuts.some((x) => x >= last.bbox.x1 - height / 2 && x <= word.bbox.x0 + height / 2)) broken = true;
    const apart = last !== undefined && wide(word.bbox.x0 - last.bbox.x1) && (blankBetween === undefined || wide(blankBetween(last.bbox.x1, word.bbox.x0)));
    if (!broken && last !== undefined && !apart) groups.at(-1)!.push(word);
    else groups.push([word]);
    broken = false;
  }
  const segments: OcrLine[] = [];
  for (const group of groups) {
    let text = '';
    for (const word of group) {
      const piece = word.text.trim();
      const joinTight = text === '' || CJK.test(text.at(-1)!) || CJK.test(piece[0]!);
      text += joinTight ? piece : ` ${piece}`;
    }
    text = text.replace(BORDER, '').trim();
    if (text === '') continue;
    segments.push({
      text,
      bbox: [Math.min(...group.map((w) => w.bbox.x0)), Math.min(...group.map((w) => w.bbox.y0)), Math.max(...group.map((w) => w.bbox.x1)), Math.max(...group.map((w) => w.bbox.y1))],
      confidence: group.reduce((sum, w) => sum + w.confidence, 0) / group.length,
    });
  }
  return segments;
}

const height = (line: OcrLine): number => line.bbox[3] - line.bbox[1];
const middleY = (line: OcrLine): number => (line.bbox[1] + line.bbox[3]) / 2;
const charWidth = (line: OcrLine): number => (line.bbox[2] - line.bbox[0]) / Math.max(1, [...line.text].length);

/** How far, in characters, a piece may reach back over the one before it where both read the character they share. */
const REREAD_OVERLAP = 1.5;

/**
 * Whether the character where two pieces of a line meet was read in both (「シェアリングエコノミ」 and
 * 「ミーの活用推進」, the second's box starting a character back over the first's): the same character
 * ends the one and opens the other, and their boxes overlap by half a character or more.
 */
function rereadAtJoin(left: OcrLine, right: OcrLine): boolean {
  const overlap = left.bbox[2] - right.bbox[0];
  const size = Math.max(charWidth(left), charWidth(right));
  return left.text.at(-1) === right.text[0] && overlap >= 0.5 * size && overlap <= REREAD_OVERLAP * size;
}

/** Whether `right` continues `left` on the same line: close after it, level with it, Japanese both sides, no rule between. */
function continues(left: OcrLine, right: OcrLine, rules: readonly ImageRule[], gapEm: number): boolean {
  // Character widths, not box heights: tesseract gives such pieces boxes of any height (and a
  // lone character sometimes a box of almost nothing, so the wider side counts).
  const size = Math.max(charWidth(left), charWidth(right));
  const gap = right.bbox[0] - left.bbox[2];
  if (right.bbox[0] < left.bbox[0] || gap > gapEm * size || (gap < -0.5 * Math.min(height(left), height(right)) && !rereadAtJoin(left, right))) return false;
  const [small, large] = height(left) < height(right) ? [left, right] : [right, left];
  if (middleY(small) < large.bbox[1] || middleY(small) > large.bbox[3]) return false;
  if (!CJK.test(left.text.at(-1)!) || !CJK.test(right.text[0]!)) return false;
  const y = middleY(small);
  return !rules.some((r) => r.orientation === 'vertical' && r.from <= y && r.to >= y && r.at >= left.bbox[2] - 1 && r.at <= right.bbox[0] + 1);
}

/**
 * Joins segments tesseract put in different lines although they sit side by side on one: the
 * characters of a small label spaced out to fill its cell (分 野, 総合戦), each read as a line of
 * its own, with boxes of different heights, that reading order would otherwise shuffle. `gapEm`
 * is the widest gap, in character widths.
 */
export function joinTouchingSegments(segments: readonly OcrLine[], rules: readonly ImageRule[], gapEm = 0.6): OcrLine[] {
  const out = [...segments].sort((a, b) => a.bbox[0] - b.bbox[0]);
  for (let i = 0; i < out.length; i++) {
    const next = out.findIndex((candidate, j) => j !== i && continues(out[i]!, candidate, rules, gapEm));
    if (next < 0) continue;
    const [left, right] = [out[i]!, out[next]!];
    out[i] = {
      text: left.text + (rereadAtJoin(left, right) ? right.text.slice([...right.text][0]!.length) : right.text),
      bbox: [left.bbox[0], Math.min(left.bbox[1], right.bbox[1]), Math.max(left.bbox[2], right.bbox[2]), Math.max(left.bbox[3], right.bbox[3])],
      confidence: (left.confidence * [...left.text].length + right.confidence * [...right.text].length) / [...left.text + right.text].length,
    };
    out.splice(next, 1);
    i = -1;
  }
  return out;
}
