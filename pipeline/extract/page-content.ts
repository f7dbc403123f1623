import { OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BBox } from '../../schemas/types.ts';

/** An image painted on the page, where it lands on the displayed page. */
export interface PlacedImage {
  /** pdf.js object id, to fetch the decoded pixels. */
  id: string;
  /** Points, top-left origin, like every published box. */
  bbox: BBox;
}

/** What the operator list says is on a page, beyond its text layer. */
export interface PageContent {
  images: PlacedImage[];
  /** Text-showing operators: 0 means the page has no text layer at all. */
  textOperators: number;
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** The box of the unit square under `m` (an image is painted into the unit square of its CTM). */
function unitSquareBox(m: Matrix): BBox {
  const xs = [m[4], m[4] + m[0], m[4] + m[2], m[4] + m[0] + m[2]];
  const ys = [m[5], m[5] + m[1], m[5] + m[3], m[5] + m[1] + m[3]];
  const round = (n: number): number => Math.round(n * 100) / 100;
  return [round(Math.min(...xs)), round(Math.min(...ys)), round(Math.max(...xs)), round(Math.max(...ys))];
}

/** Walks a page's operator list, following the transformation matrix, to find its images and text. */
export async function readPageContent(page: PDFPageProxy): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const { fnArray, argsArray } = await page.getOperatorList();
  const stack: Matrix[] = [];
  let ctm = viewport.transform as Matrix;
  const images: PlacedImage[] = [];
  let textOperators = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const op = fnArray[i];
    const args = argsArray[i] as unknown[];
    switch (op) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.transform:
        ctm = multiply(ctm, args as Matrix);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push(ctm);
        if (Array.isArray(args[0])) ctm = multiply(ctm, args[0] as Matrix);
        break;
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.paintImageXObject:
        images.push({ id: args[0] as string, bbox: unitSquareBox(ctm) });
        break;
      case OPS.showText:
      case OPS.showSpacedText:
      case OPS.nextLineShowText:
      case OPS.nextLineSetSpacingShowText:
        textOperators++;
        break;
    }
  }
  return { images, textOperators };
}
