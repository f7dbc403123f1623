import type { ExtractedPages } from '../pipeline/extract/types.ts';
import type { OcrLayerMode } from '../pipeline/extract/ocr-layer-check.ts';
import type { SourceDocument } from '../pipeline/ingest/ingest-sources.ts';
import type { OcrEngine } from '../pipeline/ocr/engine.ts';
import { resolveLimits, type ProcessingLimits } from '../pipeline/limits.ts';
import type { PageReader } from '../pipeline/run/document.ts';
import { extractInPageThreads } from './page-threads.ts';

/**
 * A document's pages read in page threads (pipeline/run/read-pages.ts's loop, under the page clock
 * and memory watch of page-threads.ts): the page half every runner calls, on any subset of pages,
 * anywhere (the embedded run, a BullMQ pages job).
 */

export interface ExtractPagesOptions {
  ocr?: OcrEngine;
  /**
   * What OCR does with an invisible OCR layer over a scan: keep it, check it against a fresh reading, replace it.
   * @defaultValue 'check'
   */
  ocrLayers?: OcrLayerMode;
  onPage?: (pageNumber: number, pageCount: number) => void;
  /** File size, page count, page size and time per page; see `ProcessingLimits` for the defaults. */
  limits?: ProcessingLimits;
  /**
   * Page threads reading one document's pages at once.
   * @defaultValue `DEFAULT_PAGE_THREADS` (1)
   */
  threads?: number;
}

/**
 * Page count of a PDF, with the file's problems (not a PDF, encrypted, no pages, a limit …) as
 * `SourceError`s. Opens the file in a page thread too: opening can hang like a page.
 */
export async function countPages(source: SourceDocument, limits?: ProcessingLimits): Promise<number> {
  const { pageCount } = await extractInPageThreads(source, [], { limits: resolveLimits(limits) });
  return pageCount;
}

/**
 * Extracts the given pages (1-based) of one PDF, returned in the order given, or all of them. The
 * parsing runs in worker threads (`threads` of them sharing the pages), each abandoned when a page
 * takes longer than `limits.pageSeconds`; OCR runs on this thread's pool. A page that cannot be read is quarantined with its reason; a
 * fault of the whole file is thrown.
 */
export async function extractPages(
  source: SourceDocument,
  pageNumbers: readonly number[] | 'all',
  options: ExtractPagesOptions = {},
): Promise<ExtractedPages> {
  const { layouts, quarantined } = await extractInPageThreads(source, pageNumbers, { ...options, limits: resolveLimits(options.limits) });
  return { layouts, quarantined };
}

/** Every page of a document, read in page threads: the `PageReader` of the runners and of `extract`. */
export const threadPageReader =
  (options: ExtractPagesOptions = {}): PageReader =>
  (source) =>
    extractPages(source, 'all', options);
