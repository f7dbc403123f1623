import { parentPort } from 'node:worker_threads';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SourceError } from '../pipeline/errors.ts';
import { quarantinedPage } from '../pipeline/extract/assemble-document.ts';
import { extractPage } from '../pipeline/extract/extract-page.ts';
import type { PageLayout } from '../pipeline/extract/types.ts';
import { isPdfParseFailure, openPdfDocument, type OpenPdfDocument } from '../pipeline/extract/pdf-document.ts';
import { checkPageSize } from '../pipeline/extract/page-size-limit.ts';
import { checkPageCount } from '../pipeline/limits.ts';
import type { GrayImage, OcrLanguage, OcrPage } from '../pipeline/ocr/types.ts';
import { OcrPool } from '../pipeline/ocr/ocr-pool.ts';
import type { FromPageThread, ToPageThread, PageThreadJob } from './page-thread-messages.ts';

/**
 * The body of a page-extraction worker thread (see page-threads.ts): opens the job's PDF (or finds
 * it still open), checks the limits, extracts the pages asked for and posts each as it is done. The parent thread owns the
 * clock and the OCR workers; this thread only parses, so a page that hangs pdf.js hangs it alone.
 */

const port = parentPort!;
const post = (message: FromPageThread): void => port.postMessage(message);

const pendingOcr = new Map<number, { resolve: (page: OcrPage) => void; reject: (error: Error) => void }>();
let nextOcrId = 0;

/** Hands OCR to the parent thread's pool: tesseract's workers cannot be shared across threads. */
class ParentOcr extends OcrPool {
  override recognise(image: GrayImage, language: OcrLanguage = 'jpn'): Promise<OcrPage> {
    const id = nextOcrId++;
    return new Promise((resolve, reject) => {
      pendingOcr.set(id, { resolve, reject });
      post({ type: 'ocr', id, image, language });
    });
  }
}

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
 * The document of the last job, kept open for the next: the pages jobs of one document (BullMQ)
 * follow one another, and opening it again costs its cross-reference table and its fonts again.
 * Closed when a job for another document comes, when a job fails on the file, or after
 * `KEEP_OPEN_MS` without a job.
 */
let kept: (OpenPdfDocument & { key: string }) | undefined;
let keptTimer: NodeJS.Timeout | undefined;
const KEEP_OPEN_MS = 5000;

async function closeKept(): Promise<void> {
  clearTimeout(keptTimer);
  const closing = kept;
  kept = undefined;
  await closing?.close();
}

async function openDocument(job: PageThreadJob): Promise<PDFDocumentProxy> {
  clearTimeout(keptTimer);
  if (kept?.key === job.documentKey) return kept.pdf;
  await closeKept();
  kept = { key: job.documentKey, ...(await openPdfDocument(job.bytes)) };
  return kept.pdf;
}

async function readPages(pdf: PDFDocumentProxy, job: PageThreadJob): Promise<void> {
  const ocr = job.ocr ? new ParentOcr({ workers: 1 }) : undefined;
  const count = pdf.numPages;
  post({ type: 'opened', pageCount: count });
  if (count === 0) throw new SourceError('no-pages', 'no pages: the PDF is valid but its page tree is empty');
  checkPageCount(count, job.limits);
  const wanted = job.pages === 'all' ? Array.from({ length: count }, (_, i) => i + 1) : job.pages;
  for (const n of wanted) {
    post({ type: 'page-start', pageNumber: n });
    try {
      await checkPageSize(await pdf.getPage(n), job.limits);
      const layout = requireFinite(await extractPage(pdf, n, { ocr, ocrLayers: job.ocrLayers, pageImage: { maxPixels: job.limits.maxPixelsPerPage } }), n);
      post({ type: 'page', pageNumber: n, pageCount: count, layout });
    } catch (error) {
      const failure = pageFailure(error, n);
      // A page's own fault quarantines that page; the document goes on with the next one.
      const quarantined = quarantinedPage(failure, n);
      if (quarantined === undefined) throw failure;
      post({ type: 'page-failed', pageNumber: n, pageCount: count, quarantined });
    }
  }
}

async function runJob(job: PageThreadJob): Promise<void> {
  try {
    await readPages(await openDocument(job), job);
  } catch (error) {
    await closeKept();
    throw error;
  }
  keptTimer = setTimeout(() => void closeKept(), KEEP_OPEN_MS);
}

port.on('message', (message: ToPageThread) => {
  if (message.type === 'ocr-result') {
    const pending = pendingOcr.get(message.id);
    pendingOcr.delete(message.id);
    // A problem of the OCR workers, not of the page: it fails the job as an internal error.
    if (message.error !== undefined) pending?.reject(new Error(`OCR failed in the parent thread: ${message.error}`));
    else pending?.resolve(message.page!);
    return;
  }
  runJob(message.job).then(
    () => post({ type: 'done' }),
    (error: unknown) =>
      post({
        type: 'failed',
        error:
          error instanceof SourceError
            ? { code: error.code, message: error.message }
            : { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined },
      }),
  );
});
post({ type: 'ready' });
