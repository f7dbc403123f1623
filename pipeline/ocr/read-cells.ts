import type { ReadText } from './engine.ts';
import type { OcrPart } from './ocr-page.ts';
import type { RuledCell } from './table-cells.ts';
import type { GrayImage, OcrBox, OcrTextLine, PixelBox } from './types.ts';

/** White margin around a cropped cell: tesseract misreads characters that touch the image's edge. */
export const PAD = 16;

/** The image with the given boxes painted white. */
function whiten(image: GrayImage, boxes: readonly PixelBox[]): GrayImage {
  const data = new Uint8Array(image.data);
  for (const [x0, y0, x1, y1] of boxes) {
    for (let y = y0; y < y1; y++) data.fill(255, y * image.width + x0, y * image.width + x1);
  }
  return { width: image.width, height: image.height, data };
}

/** A box of the image on white, with `PAD` pixels of margin. */
export function crop(image: GrayImage, [x0, y0, x1, y1]: PixelBox): GrayImage {
  const width = x1 - x0 + 2 * PAD;
  const height = y1 - y0 + 2 * PAD;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = y0; y < y1; y++) data.set(image.data.subarray(y * image.width + x0, y * image.width + x1), (y - y0 + PAD) * width + PAD);
  return { width, height, data };
}

const hasWords = (lines: readonly OcrTextLine[]): boolean => lines.some((l) => l.words.some((w) => w.text.trim() !== ''));

const shiftBox = (b: OcrBox, dx: number, dy: number): OcrBox => ({ x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy });

/** Lines read from a crop, in the pixels of the image it was cut from. */
export function shiftLines(lines: readonly OcrTextLine[], dx: number, dy: number): OcrTextLine[] {
  return lines.map((line) => ({
    bbox: shiftBox(line.bbox, dx, dy),
    words: line.words.map((word) => ({
      ...word,
      bbox: shiftBox(word.bbox, dx, dy),
      ...(word.symbols === undefined ? {} : { symbols: word.symbols.map((s) => ({ text: s.text, bbox: shiftBox(s.bbox, dx, dy) })) }),
    })),
  }));
}

/** What a cell holding only a dash says: the dash, as sure as its measure (the page prints 「-」 for none). */
const DASH_CONFIDENCE = 90;

function dashLine([x0, y0, x1, y1]: PixelBox): OcrTextLine {
  const bbox = { x0, y0, x1, y1 };
  return { bbox, words: [{ text: '-', bbox, confidence: DASH_CONFIDENCE }] };
}

/**
 * Reads a page whose ruled cells are read apart: the page with its cells whitened, then each cell
 * cut out and read, a table's cell as one block, a lone box as a page; a cell holding a dash alone
 * is not read but measured (table-cells.ts). The parts come back in the page image's pixels, the
 * page first.
 */
export async function readPageByCells(image: GrayImage, cells: readonly RuledCell[], read: ReadText): Promise<OcrPart[]> {
  const parts: OcrPart[] = [{ lines: await read(cells.length === 0 ? image : whiten(image, cells.map((c) => c.box)), 'page'), cell: false }];
  for (const { box, lone, dash } of cells) {
    if (dash !== undefined) {
      parts.push({ lines: [dashLine(dash)], cell: true });
      continue;
    }
    const cut = crop(image, box);
    const lines = await read(cut, lone ? 'page' : 'block');
    // Read as a block, a cell holding one short mark gives nothing; as a line it gives the mark.
    const found = hasWords(lines) ? lines : await read(cut, 'line');
    parts.push({ lines: shiftLines(found, box[0] - PAD, box[1] - PAD), cell: true });
  }
  return parts;
}
