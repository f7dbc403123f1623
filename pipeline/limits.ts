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
  /**
   * Most memory reading one page may add to the process, in bytes (`page-too-large`): its decoded
   * content streams and images and the operators parsed from them, OCR excluded. A decompression
   * bomb (a few MB inflating to gigabytes) is stopped there; a page with an image at the
   * `maxPixelsPerPage` limit takes about 350 MB. The default keeps a process under 800 MiB.
   * @defaultValue 384 MiB (384 × 1024 × 1024)
   */
  maxPageMemoryBytes?: number;
}

export type ResolvedLimits = Required<ProcessingLimits>;

/** Every limit, defaults filled in and checked at once. */
export function resolveLimits(limits: ProcessingLimits = {}): ResolvedLimits {
  const { maxFileBytes = 200 * 1024 * 1024, maxPages = 3000, maxPixelsPerPage = 50_000_000, pageSeconds = 60, maxPageMemoryBytes = 384 * 1024 * 1024 } = limits;
  const resolved = { maxFileBytes, maxPages, maxPixelsPerPage, pageSeconds, maxPageMemoryBytes };
  for (const [name, value] of Object.entries(resolved)) {
    if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`Invalid processing limit: ${name} must be a positive number, not ${value}`);
  }
  return resolved;
}

/** Numbers as the limit messages print them: 1,234 and 2.5 MP. */
export const count = (n: number): string => Math.round(n).toLocaleString('en-US');
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
export const megapixels = (pixels: number): string => `${(pixels / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} MP`;

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

/** The one line for a page that took too long. */
export function pageTimeoutError(pageNumber: number | null, limits: ResolvedLimits): SourceError {
  const what = pageNumber === null ? 'opening the file' : `page ${pageNumber}`;
  return new SourceError('page-timeout', `page timeout: ${what} took more than ${limits.pageSeconds.toLocaleString('en-US')} s`);
}
