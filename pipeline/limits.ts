import { OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SourceError } from './errors.ts';

/**
 * What one source file may cost an unattended run. Each limit hit fails that file with its own
 * `SourceError` code (the batch goes on), like any other unreadable input.
 */
export interface ProcessingLimits {
  /**
   * Largest source file, in bytes (`too-large`).
   * @defaultValue 200 MB (200 × 1024 × 1024)
   */
  maxFileBytes?: number;
  /**
   * Most pages in one document (`too-many-pages`); a 3,000-page annex is the largest seen.
   * @defaultValue 3000
   */
  maxPages?: number;
  /**
   * Most pixels on one page (`page-too-large`): the page at 72 dpi, one pixel per point, and every
   * image painted on it at its own resolution. Renders for OCR are scaled down to fit it.
   * @defaultValue 50_000_000
   */
  maxPixelsPerPage?: number;
  /**
   * Longest a page may take to read, in seconds, OCR excluded (`page-timeout`): the page is
   * abandoned and the reader replaced. Opening the file counts as a page.
   * @defaultValue 60
   */
  pageSeconds?: number;
}

export type ResolvedLimits = Required<ProcessingLimits>;

/** Every limit, defaults filled in and checked at once. */
export function resolveLimits(limits: ProcessingLimits = {}): ResolvedLimits {
  const { maxFileBytes = 200 * 1024 * 1024, maxPages = 3000, maxPixelsPerPage = 50_000_000, pageSeconds = 60 } = limits;
  const resolved = { maxFileBytes, maxPages, maxPixelsPerPage, pageSeconds };
  for (const [name, value] of Object.entries(resolved)) {
    if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`Invalid processing limit: ${name} must be a positive number, not ${value}`);
  }
  return resolved;
}

const count = (n: number): string => Math.round(n).toLocaleString('en-US');
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
const megapixels = (pixels: number): string => `${(pixels / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} MP`;

/** Refuses a file larger than `maxFileBytes`, before anything parses it. */
export function checkFileSize(bytes: number, limits: ResolvedLimits): void {
  if (bytes > limits.maxFileBytes) {
    throw new SourceError('too-large', `too large: the file is ${megabytes(bytes)}, more than the ${megabytes(limits.maxFileBytes)} limit`);
  }
}

/** Refuses a document with more than `maxPages` pages, before any page is read. */
export function checkPageCount(pages: number, limits: ResolvedLimits): void {
  if (pages > limits.maxPages) {
    throw new SourceError('too-many-pages', `too many pages: ${count(pages)} pages, more than the ${count(limits.maxPages)} limit`);
  }
}

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

/** The one line for a page that took too long. */
export function pageTimeoutError(pageNumber: number | null, limits: ResolvedLimits): SourceError {
  const what = pageNumber === null ? 'opening the file' : `page ${pageNumber}`;
  return new SourceError('page-timeout', `page timeout: ${what} took more than ${limits.pageSeconds.toLocaleString('en-US')} s`);
}
