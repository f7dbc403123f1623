import { SourceError } from '../errors.ts';
import { withPdfDocument } from '../extract/pdf-document.ts';
import { checkFileSize, checkPageCount, pageTimeoutError, resolveLimits, type ProcessingLimits } from '../limits.ts';

/**
 * Pages of a PDF, opening it and nothing more (no page is parsed), with the file's problems (not a
 * PDF, encrypted, no pages, a limit, an open slower than a page may take) as `SourceError`s: what a
 * runner needs to split a document into page jobs before any page is read.
 */
export async function countDocumentPages(bytes: Uint8Array, limits?: ProcessingLimits): Promise<number> {
  const resolved = resolveLimits(limits);
  checkFileSize(bytes.length, resolved);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(pageTimeoutError(null, resolved)), resolved.pageSeconds * 1000);
  });
  try {
    const pages = await Promise.race([withPdfDocument(bytes, async (pdf) => pdf.numPages), timeout]);
    if (pages === 0) throw new SourceError('no-pages', 'no pages: the PDF is valid but its page tree is empty');
    checkPageCount(pages, resolved);
    return pages;
  } finally {
    clearTimeout(timer);
  }
}

/** pdf.js's parser, which it otherwise imports on the first PDF a thread opens without a worker thread of its own. */
const PDFJS_PARSER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/**
 * Loads pdf.js's parser into this thread now, where pdf.js finds it (`globalThis.pdfjsWorker`):
 * loading it on the first count blocks the thread for a second or more, during which a BullMQ
 * worker's other jobs on the thread stall and their locks may run out.
 */
export async function preparePageCounting(): Promise<void> {
  const parser = (await import(PDFJS_PARSER)) as { WorkerMessageHandler: unknown };
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = parser;
}
