import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { QuarantinedPage } from '../../schemas/types.ts';
import { SourceError } from '../errors.ts';
import { quarantinedPage } from '../extract/assemble-document.ts';
import { extractPage, type ExtractOptions } from '../extract/extract-page.ts';
import type { ExtractedPages, PageLayout } from '../extract/types.ts';
import type { OcrLayerMode } from '../extract/ocr-layer-check.ts';
import { checkPageSize } from '../extract/page-size-limit.ts';
import { isPdfParseFailure, openPdfDocument } from '../extract/pdf-document.ts';
import { checkFileSize, checkPageCount, resolveLimits, type ProcessingLimits, type ResolvedLimits } from '../limits.ts';
import { untimed, type StageHook } from './stage-hook.ts';

/**
 * The page loop of one document: the page-count and page-size limits, each page extracted, a
 * page's own fault quarantined and the loop going on. It runs wherever its caller puts it: in a
 * page thread, which keeps the clock and the memory watch (workers/page-thread.ts), or in this
 * thread (`readPdfPages`).
 */

/** Which pages to read and how. */
export interface ReadPagesOptions {
  /** 1-based page numbers in the order to read them, all of them, or taken one at a time from a queue that other readers of the document share. */
  pages: readonly number[] | 'all' | PageQueue;
  limits: ResolvedLimits;
  /** Reads pages whose text layer is missing or garbled; without it they keep their text layer. */
  ocr?: ExtractOptions['ocr'];
  /** What OCR does with an invisible OCR layer over a scan. @defaultValue 'check' */
  ocrLayers?: OcrLayerMode;
  /** Wraps each page's extraction (`page`), for timings. @defaultValue none */
  stage?: StageHook;
}

/**
 * The next page to read (1-based), or undefined when none is left: the pages of a document shared
 * by several readers (page threads), each taking one when it is ready for it.
 */
export type PageQueue = () => Promise<number | undefined>;

/** The pages asked for as a queue: a list (or all of them) handed out in order. */
function queueOf(pages: readonly number[] | 'all' | PageQueue, count: number): PageQueue {
  if (typeof pages === 'function') return pages;
  const list = pages === 'all' ? Array.from({ length: count }, (_, i) => i + 1) : pages;
  let next = 0;
  return () => Promise.resolve(list[next++]);
}

/** What the loop reports, in this order: opened (once the file's limits are met), then per page page-start and page or page-failed. */
export type PageEvent =
  | { type: 'opened'; pageCount: number }
  | { type: 'page-start'; pageNumber: number }
  | { type: 'page'; pageNumber: number; pageCount: number; layout: PageLayout }
  | { type: 'page-failed'; pageNumber: number; pageCount: number; quarantined: QuarantinedPage };

/** The first number in a value that is NaN or infinite, as a JSON path (`lines[3].bbox[0]`), else undefined. */
function nonFiniteAt(value: unknown, path = ''): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = nonFiniteAt(item, Array.isArray(value) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A broken matrix or font size (a flipped digit, a zero scale) puts text at NaN or infinity: such a
 * page cannot be published as read, and guessing the positions would publish something half-made.
 */
function requireFinite(layout: PageLayout, pageNumber: number): PageLayout {
  const path = nonFiniteAt(layout);
  if (path !== undefined) {
    throw new SourceError('damaged', `damaged PDF: cannot read page ${pageNumber}: a position on it is not a number (${path.replace(/^page\./, '')})`);
  }
  return layout;
}

/** What pdf.js throws on a page's broken syntax is the page's fault: say which page. Anything else (a bug, OCR) is thrown on as it is. */
function pageFailure(error: unknown, pageNumber: number): unknown {
  if (!isPdfParseFailure(error)) return error;
  return new SourceError('damaged', `damaged PDF: cannot read page ${pageNumber}: ${error.message.replace(/\.$/, '')}`, { cause: error });
}

/**
 * Reads the pages asked for of an open PDF, reporting each through `report` as it is done. A
 * fault of the whole file (no pages, too many) is thrown; so is anything that is no page's fault.
 */
export async function readPages(pdf: PDFDocumentProxy, options: ReadPagesOptions, report: (event: PageEvent) => void): Promise<void> {
  const { limits, ocr, ocrLayers, stage = untimed } = options;
  const count = pdf.numPages;
  if (count === 0) throw new SourceError('no-pages', 'no pages: the PDF is valid but its page tree is empty');
  checkPageCount(count, limits);
  report({ type: 'opened', pageCount: count });
  const next = queueOf(options.pages, count);
  for (let n = await next(); n !== undefined; n = await next()) {
    report({ type: 'page-start', pageNumber: n });
    try {
      const layout = await stage('page', async () => {
        await checkPageSize(await pdf.getPage(n), limits);
        return requireFinite(await extractPage(pdf, n, { ocr, ocrLayers, pageImage: { maxPixels: limits.maxPixelsPerPage } }), n);
      });
      report({ type: 'page', pageNumber: n, pageCount: count, layout });
    } catch (error) {
      const failure = pageFailure(error, n);
      // A page's own fault quarantines that page; the document goes on with the next one.
      const quarantined = quarantinedPage(failure, n);
      if (quarantined === undefined) throw failure;
      report({ type: 'page-failed', pageNumber: n, pageCount: count, quarantined });
    }
  }
}

export interface ReadPdfPagesOptions extends Omit<ReadPagesOptions, 'pages' | 'limits'> {
  /** @defaultValue all of them */
  pages?: readonly number[] | 'all';
  /** File size, page count and page size; the time and memory limits need a page thread. @defaultValue `resolveLimits()` */
  limits?: ProcessingLimits;
  /** Called after each page read or quarantined. */
  onPage?: (pageNumber: number, pageCount: number) => void;
}

/**
 * A PDF's pages read in this thread, for the tools and tests that need no page clock: a page that
 * hangs pdf.js hangs the caller (workers/thread-pages.ts reads them in page threads instead).
 * Opening the PDF is the stage `open`.
 */
export async function readPdfPages(source: { bytes: Uint8Array }, options: ReadPdfPagesOptions = {}): Promise<ExtractedPages> {
  const { pages = 'all', onPage, stage = untimed, ...rest } = options;
  const limits = resolveLimits(options.limits);
  checkFileSize(source.bytes.length, limits);
  const read: ExtractedPages = { layouts: [], quarantined: [] };
  const { pdf, close } = await stage('open', () => openPdfDocument(source.bytes));
  try {
    await readPages(pdf, { ...rest, pages, limits, stage }, (event) => {
      if (event.type === 'page') read.layouts.push(event.layout);
      if (event.type === 'page-failed') read.quarantined.push(event.quarantined);
      if (event.type === 'page' || event.type === 'page-failed') onPage?.(event.pageNumber, event.pageCount);
    });
  } finally {
    await close();
  }
  return read;
}
