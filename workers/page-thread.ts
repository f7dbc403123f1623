import { parentPort } from 'node:worker_threads';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SourceError } from '../pipeline/errors.ts';
import { openPdfDocument, type OpenPdfDocument } from '../pipeline/extract/pdf-document.ts';
import type { OcrEngine } from '../pipeline/ocr/engine.ts';
import type { GrayImage, OcrLanguage, OcrPage } from '../pipeline/ocr/types.ts';
import { readPages } from '../pipeline/run/read-pages.ts';
import type { FromPageThread, ToPageThread, PageThreadJob } from './page-thread-messages.ts';

/**
 * The body of a page-extraction worker thread (see page-threads.ts): opens the job's PDF (or finds
 * it still open) and runs the pipeline's page loop (pipeline/run/read-pages.ts), asking the parent
 * for each next page (the document's pages are shared by several threads) and posting each as it is
 * done. The parent thread owns the clock and the OCR workers; this thread only parses, so a page
 * that hangs pdf.js hangs it alone.
 */

const port = parentPort!;
const post = (message: FromPageThread): void => port.postMessage(message);

const pendingOcr = new Map<number, { resolve: (page: OcrPage) => void; reject: (error: Error) => void }>();
let nextOcrId = 0;

/** Hands OCR to the parent thread's engine: tesseract's workers cannot be shared across threads, and the parent's pool serves every page thread. */
class ParentOcr implements OcrEngine {
  recognise(image: GrayImage, language: OcrLanguage = 'jpn'): Promise<OcrPage> {
    const id = nextOcrId++;
    return new Promise((resolve, reject) => {
      pendingOcr.set(id, { resolve, reject });
      post({ type: 'ocr', id, image, language });
    });
  }

  /** The engine's workers are the parent's to stop; reads still pending here fail. */
  close(): Promise<void> {
    for (const { reject } of pendingOcr.values()) reject(new Error('OCR failed in the parent thread: the engine was closed'));
    pendingOcr.clear();
    return Promise.resolve();
  }
}

const parentOcr = new ParentOcr();

/** The answer to the last `next` asked of the parent. */
let onNextPage: ((pageNumber: number | undefined) => void) | undefined;

/** The next page of the document's shared pages, from the parent. */
const nextPage = (): Promise<number | undefined> =>
  new Promise((resolve) => {
    onNextPage = resolve;
    post({ type: 'next' });
  });

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

/** Reads the pages the parent hands out with the pipeline's page loop, posting each as it is done; OCR goes to the parent. */
function readJobPages(pdf: PDFDocumentProxy, job: PageThreadJob): Promise<void> {
  return readPages(pdf, { pages: nextPage, limits: job.limits, ...(job.ocr && { ocr: parentOcr }), ocrLayers: job.ocrLayers }, post);
}

async function runJob(job: PageThreadJob): Promise<void> {
  try {
    await readJobPages(await openDocument(job), job);
  } catch (error) {
    await closeKept();
    throw error;
  }
  keptTimer = setTimeout(() => void closeKept(), KEEP_OPEN_MS);
}

port.on('message', (message: ToPageThread) => {
  if (message.type === 'next-page') {
    onNextPage?.(message.pageNumber);
    return;
  }
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
