import type { OcrLine } from './ocr-pool.ts';

/** A word as tesseract reports it: text, box in pixels, confidence 0–100. */
export interface OcrWord {
  text: string;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  confidence: number;
}

/** Table borders OCR reads as characters: 「|」 and its look-alikes at a segment's edges. */
const BORDER = /^[|｜丨┃│]+|[|｜丨┃│]+$/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・、。「」（）]/u;

const BORDER_INSIDE = /[|｜丨┃│]/u;

/** A word with a border stroke inside (「の|ふ」) as its pieces, boxes shared out by characters; the stroke is a boundary. */
function splitAtBorders(word: OcrWord): (OcrWord | 'border')[] {
  if (!BORDER_INSIDE.test(word.text)) return [word];
  const chars = [...word.text];
  const step = (word.bbox.x1 - word.bbox.x0) / chars.length;
  const out: (OcrWord | 'border')[] = [];
  let start = 0;
  chars.forEach((ch, i) => {
    if (!BORDER_INSIDE.test(ch)) return;
    if (i > start) out.push({ ...word, text: chars.slice(start, i).join(''), bbox: { ...word.bbox, x0: word.bbox.x0 + start * step, x1: word.bbox.x0 + i * step } });
    out.push('border');
    start = i + 1;
  });
  if (start < chars.length) out.push({ ...word, text: chars.slice(start).join(''), bbox: { ...word.bbox, x0: word.bbox.x0 + start * step } });
  return out;
}

/**
 * Splits one OCR line into the segments a text layer would give: wherever the gap between two
 * words is wider than `gapEm` line heights (table cells, a label and its value, two columns).
 * Words are joined without a space between Japanese characters; a border stroke read as 「|」 splits too.
 */
export function segmentOcrLine(words: readonly OcrWord[], gapEm = 1.2): OcrLine[] {
  const sorted = [...words].filter((w) => w.text.trim() !== '').sort((a, b) => a.bbox.x0 - b.bbox.x0);
  const height = Math.max(1, ...sorted.map((w) => w.bbox.y1 - w.bbox.y0));
  const groups: OcrWord[][] = [];
  let broken = true;
  for (const word of sorted.flatMap(splitAtBorders)) {
    if (word === 'border') {
      broken = true;
      continue;
    }
    const last = groups.at(-1)?.at(-1);
    if (!broken && last !== undefined && word.bbox.x0 - last.bbox.x1 <= gapEm * height) groups.at(-1)!.push(word);
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
