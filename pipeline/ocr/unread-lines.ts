import { findInkLines } from './ink-lines.ts';
import type { OcrPart } from './ocr-page.ts';
import { crop, PAD, shiftLines } from './read-cells.ts';
import type { ReadText } from './engine.ts';
import type { GrayImage, OcrBox, PixelBox, ReadAgain } from './types.ts';

/** Points per pixel of the images read: tesseract is told they are 300 dpi (ocr-pool.ts). */
const POINTS_PER_PIXEL = 72 / 300;
/** Share of a line of ink the words read must span across for it to count as read. */
const READ_SHARE = 0.25;
/** Most lines of one page read again: ink a figure draws is not worth more reads. */
const MAX_REREAD = 12;
/** A word read again alone is kept at this confidence or more: a figure's strokes and specks read as text (「拝」 63) score lower. */
const MIN_REREAD_CONFIDENCE = 75;
/** Smallest print read again, in points: a page number's 「- 4 -」 (6 pt) left out by the page's read is furniture at best. */
const MIN_REREAD_SIZE = 8.5;

/** How much of a line of ink the words read span across, 0–1: words whose boxes cross its middle. */
function readShare(box: PixelBox, words: readonly OcrBox[]): number {
  const middle = (box[1] + box[3]) / 2;
  const spans = words
    .filter((w) => w.y0 <= middle && w.y1 >= middle && w.x1 > box[0] && w.x0 < box[2])
    .map((w): [number, number] => [Math.max(box[0], w.x0), Math.min(box[2], w.x1)])
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = box[0];
  for (const [from, to] of spans) {
    covered += Math.max(0, to - Math.max(from, reach));
    reach = Math.max(reach, to);
  }
  return covered / Math.max(1, box[2] - box[0]);
}

const wordsOf = (parts: readonly OcrPart[]): OcrBox[] => parts.flatMap((part) => part.lines.flatMap((line) => line.words.filter((word) => word.text.trim() !== '').map((word) => word.bbox)));

/** A read of the whole page leaving more of its lines of print than this share unread is tried again without a page layout. */
const MIN_PAGE_READ = 0.5;

/** The lines of horizontal print a page shows, found from its ink (ink-lines.ts). */
const printedRows = (image: GrayImage): PixelBox[] =>
  findInkLines(image, POINTS_PER_PIXEL)
    .filter((line) => line.direction === 'row' && line.glyphs >= 2)
    .map((line) => line.box);

const area = (box: PixelBox): number => (box[2] - box[0]) * (box[3] - box[1]);

/** Nothing read again: a read that looked for no missed print (vertical text, a sideways band). */
export const NOTHING_READ_AGAIN: ReadAgain = { page: false, lines: 0 };

/** What several reads of one page (its bands, its regions) read again, together. */
export function readAgainTogether(reads: readonly ReadAgain[]): ReadAgain {
  return { page: reads.some((read) => read.page), lines: reads.reduce((sum, read) => sum + read.lines, 0) };
}

/**
 * A page's reads with the text they missed read again (horizontal text). Tesseract's layout
 * analysis drops whole lines now and then, or all of a sparse page (a cover's 「令和6年度 主要事業の
 * 概要」 and its date at 300 dpi read as 「信和6」 alone): the ink is looked at, and where the reads
 * left most of the page's lines of print unread, the page is read again without a page layout
 * (kept if it reads more of them); then each line of print no word read spans is cut out and read
 * as a line. `parts[0]` is the whole page's read (read-cells.ts); parts come back in the image's pixels.
 */
export async function withMissedTextRead(image: GrayImage, parts: readonly OcrPart[], read: ReadText): Promise<{ parts: OcrPart[]; readAgain: ReadAgain }> {
  const rows = printedRows(image);
  const total = rows.reduce((sum, box) => sum + area(box), 0);
  const share = (words: readonly OcrBox[]): number => (total === 0 ? 1 : rows.reduce((sum, box) => sum + area(box) * readShare(box, words), 0) / total);
  let pageRead = [...parts];
  const before = share(wordsOf(parts));
  let page = false;
  if (before < MIN_PAGE_READ) {
    const [, ...cells] = parts;
    const again = [{ lines: await read(image, 'sparse'), cell: false }, ...cells];
    page = share(wordsOf(again)) > before;
    if (page) pageRead = again;
  }
  let lines = 0;
  const words = wordsOf(pageRead);
  const unread = rows.filter((box) => (box[3] - box[1]) * POINTS_PER_PIXEL >= MIN_REREAD_SIZE && readShare(box, words) < READ_SHARE).slice(0, MAX_REREAD);
  for (const box of unread) {
    const found = (await read(crop(image, box), 'line'))
      .map((line) => ({ ...line, words: line.words.filter((word) => word.text.trim() !== '' && word.confidence >= MIN_REREAD_CONFIDENCE) }))
      .filter((line) => line.words.length > 0);
    if (found.length === 0) continue;
    pageRead.push({ lines: shiftLines(found, box[0] - PAD, box[1] - PAD), cell: false });
    lines++;
  }
  return { parts: pageRead, readAgain: { page, lines } };
}
