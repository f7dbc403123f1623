import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SourceError } from '../errors.ts';
import { OPS } from './pdfjs.ts';
import { count, megapixels, type ResolvedLimits } from '../limits.ts';

// Apart from limits.ts, which the main thread loads: pdf.js takes half a second to load, and only
// the page threads open PDFs.
/**
 * Refuses a page whose area at 72 dpi, or any image painted on it, exceeds `maxPixelsPerPage`.
 * It reads the page's operator list, which pdf.js keeps for the extraction that follows; pdf.js
 * skips decoding an image it cannot allocate, so an image's declared size is the only warning.
 */
export async function checkPageSize(page: PDFPageProxy, limits: ResolvedLimits): Promise<void> {
  const limit = limits.maxPixelsPerPage;
  const { width, height } = page.getViewport({ scale: 1 });
  const where = `page ${page.pageNumber}`;
  if (width * height > limit) {
    throw new SourceError(
      'page-too-large',
      `page too large: ${where} is ${count(width)} × ${count(height)} pt (${megapixels(width * height)} at 72 dpi), more than the ${megapixels(limit)} limit`,
    );
  }
  const { fnArray, argsArray } = await page.getOperatorList();
  for (let i = 0; i < fnArray.length; i++) {
    if (fnArray[i] !== OPS.paintImageXObject && fnArray[i] !== OPS.paintImageXObjectRepeat) continue;
    const [, w, h] = argsArray[i] as [string, number, number];
    if (w * h > limit) {
      throw new SourceError(
        'page-too-large',
        `page too large: ${where} has an image of ${count(w)} × ${count(h)} pixels (${megapixels(w * h)}), more than the ${megapixels(limit)} limit`,
      );
    }
  }
}
