import type { Line } from '../../schemas/types.ts';
import type { PlacedLine } from './record-lines.ts';

/**
 * A division printed alone (「生活製品課」), a contact after it at most: a line that may stand under
 * another office's division and share its ministry and bureau.
 */
const DIVISION_ONLY = /^[^\s省庁局]{1,24}(?:課|室|係|班|センター|チーム|事務局)(?=\s|$)/u;

/** Full-width characters take an em; the rest (ASCII, half-width kana) about half of one. */
const FULL_WIDTH = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Where each of a line's space-parted segments starts, in points: the line's width shared out by the
 * characters' widths, what is left over between the segments.
 */
function segmentStarts(line: Line): { text: string; at: number }[] {
  const words = line.text.trim().split(/\s+/u);
  const widthOf = (word: string): number => [...word].reduce((sum, c) => sum + (FULL_WIDTH.test(c) ? 1 : 0.5), 0) * line.font_size;
  const natural = words.reduce((sum, word) => sum + widthOf(word), 0);
  const width = line.bbox[2] - line.bbox[0];
  const scale = natural > width ? width / natural : 1;
  const gap = words.length > 1 && natural < width ? (width - natural) / (words.length - 1) : 0;
  let at = line.bbox[0];
  return words.map((text) => {
    const start = { text, at };
    at += widthOf(text) * scale + gap;
    return start;
  });
}

/** How far, in ems, a division may stand from the segment it is set under. */
const ALIGN_EM = 1.5;

/**
 * The office lines, a division set under another's (「経済産業省 商務・サービスグループ 推進室」, then
 * 「クールジャパン政策課」 under 推進室) given the head it shares: what the line above prints before that
 * segment. Lists of offices print a bureau's second division so, under its first, to save repeating
 * it; a column of divisions under that one shares the same head.
 */
export function withSharedHeads<T extends Pick<PlacedLine, 'line' | 'page'>>(placed: readonly T[]): T[] {
  const heads = new Map<Line, string>();
  const order = [...placed].sort((a, b) => a.page - b.page || a.line.bbox[1] - b.line.bbox[1]);
  for (const { line, page } of order) {
    if (!DIVISION_ONLY.test(line.text.trim())) continue;
    const em = line.font_size;
    // The line above: the nearest over it, close below it, in its size, that spans the division's start.
    const above = order
      .filter((p) => p.page === page && p.line !== line && p.line.bbox[3] <= line.bbox[1] + em / 2 && line.bbox[1] - p.line.bbox[3] <= em)
      .map((p) => p.line)
      .filter((other) => Math.abs(other.font_size - em) <= 0.15 * em && other.bbox[0] <= line.bbox[0] + em / 2 && other.bbox[2] > line.bbox[0])
      .sort((a, b) => b.bbox[3] - a.bbox[3])[0];
    if (above === undefined) continue;
    const sharedAbove = heads.get(above);
    if (sharedAbove !== undefined && Math.abs(above.bbox[0] - line.bbox[0]) <= em / 2) {
      heads.set(line, sharedAbove);
      continue;
    }
    const segments = segmentStarts(above);
    const under = segments.findIndex((segment, j) => j > 0 && Math.abs(segment.at - line.bbox[0]) <= ALIGN_EM * em);
    if (under > 0 && above.bbox[0] + ALIGN_EM * em <= line.bbox[0]) heads.set(line, segments.slice(0, under).map((s) => s.text).join(' '));
  }
  return placed.map((p) => (heads.has(p.line) ? { ...p, line: { ...p.line, text: `${heads.get(p.line)!} ${p.line.text.trim()}` } } : p));
}
