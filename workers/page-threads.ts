import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractedPages } from '../pipeline/extract/types.ts';
import { checkFileSize, type ResolvedLimits } from '../pipeline/limits.ts';
import { packageRoot } from '../pipeline/package-root.ts';
import type { OcrLayerMode } from '../pipeline/extract/ocr-layer-check.ts';
import type { OcrEngine } from '../pipeline/ocr/engine.ts';
import type { FromPageThread } from './page-thread-messages.ts';
import { runJob, THREAD_HEAP_MB, ThreadedDocument, type JobEnd } from './page-thread-job.ts';

/**
 * Runs page extraction in worker threads, so that a page which hangs pdf.js (it parses on the
 * thread that calls it) can be abandoned: the parent keeps the clock and terminates the thread at
 * the limit (page-thread-job.ts). The pages of one document are shared by several threads, one per
 * core by default, so that one long document keeps every core busy. Threads are reused across documents (starting one costs a few tenths of a
 * second: pdf.js loads again) and replaced after a timeout, a crash or `DOCUMENTS_PER_THREAD` documents.
 * A thread keeps its last document open, so a job goes to the idle thread that read the same
 * document last when there is one. Idle threads are unref'd, so they never keep the process alive;
 * there is one per concurrent job, at most `MAX_IDLE` kept.
 */

/** The thread's entry, plain JavaScript that runs from the sources as it is. */
const BOOT = join(packageRoot, 'workers', 'page-thread-boot.mjs');
/** The thread's body, built as this module is: compiled beside it, or the TypeScript source under tsx. */
const PAGE_THREAD = new URL(`./page-thread${extname(import.meta.url)}`, import.meta.url).href;
/** pdf.js keeps font and CMap caches per thread: a fresh thread now and then bounds them. */
const DOCUMENTS_PER_THREAD = 50;
const MAX_IDLE = 4;
/**
 * Page threads per document unless told (`--threads`): one. A second thread on this 2-core machine
 * reads text pages faster only when nothing else runs, adds a page thread's and a tesseract
 * worker's memory, and the issue-21 targets for it are not shown yet: it stays a choice.
 */
export const DEFAULT_PAGE_THREADS = 1;
/**
 * A page thread's young generation, where pdf.js's short-lived objects go: V8's default for an
 * isolate is larger, and with one thread per core the extra was the difference between 801 and
 * 756 MiB peak RSS on the bench's 300-page document with OCR (2 threads), at no CPU cost measured
 * on the 612-page budget book.
 */
const THREAD_YOUNG_MB = 8;
interface PageThread {
  worker: Worker;
  /** Documents opened, and the one open now (its key). */
  documents: number;
  document?: string;
  ready: Promise<void>;
}

const idle: PageThread[] = [];

function startThread(): PageThread {
  const worker = new Worker(BOOT, { workerData: { entry: PAGE_THREAD }, resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB, maxYoungGenerationSizeMb: THREAD_YOUNG_MB } });
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (message: FromPageThread): void => {
      if (message.type !== 'ready') return;
      worker.off('message', onMessage).off('error', reject);
      resolve();
    };
    worker.on('message', onMessage).once('error', reject);
  });
  // Nobody may be awaiting `ready` yet: a failure to start is reported to the job that uses it.
  ready.catch(() => undefined);
  const thread: PageThread = { worker, documents: 0, ready };
  // A thread that dies while idle is dropped, never an uncaught 'error' event in this thread.
  worker.on('error', () => undefined).on('exit', () => {
    const index = idle.indexOf(thread);
    if (index >= 0) idle.splice(index, 1);
  });
  return thread;
}

function acquireThread(documentKey: string): PageThread {
  const holding = idle.findIndex((thread) => thread.document === documentKey);
  const thread = holding >= 0 ? idle.splice(holding, 1)[0]! : (idle.pop() ?? startThread());
  if (thread.document !== documentKey) {
    thread.documents++;
    thread.document = documentKey;
  }
  thread.worker.ref();
  return thread;
}

/** Starts page threads until `count` are idle (at most `MAX_IDLE`), returning those started. */
function startIdleThreads(count: number): PageThread[] {
  const started = Array.from({ length: Math.max(0, Math.min(count, MAX_IDLE) - idle.length) }, startThread);
  for (const thread of started) {
    thread.worker.unref();
    idle.push(thread);
  }
  return started;
}

/** Starts page threads until `count` are idle, resolving once they are ready: a long-lived process's first job then does not wait for one to load. */
export async function warmPageThreads(count: number): Promise<void> {
  await Promise.all(startIdleThreads(count).map((thread) => thread.ready));
}

function releaseThread(thread: PageThread, healthy: boolean): void {
  if (healthy && thread.documents < DOCUMENTS_PER_THREAD && idle.length < MAX_IDLE) {
    thread.worker.unref();
    idle.push(thread);
  } else {
    void thread.worker.terminate();
  }
}

export interface ThreadExtractOptions {
  limits: ResolvedLimits;
  ocr?: OcrEngine;
  /** @defaultValue 'check' */
  ocrLayers?: OcrLayerMode;
  onPage?: (pageNumber: number, pageCount: number) => void;
  /**
   * Page threads reading the document's pages at once (never more than its pages).
   * @defaultValue `DEFAULT_PAGE_THREADS` (1)
   */
  threads?: number;
}

/** A PDF's bytes and their sha256, which names it to the threads. */
export interface PdfSource {
  sha256: string;
  bytes: Uint8Array;
}

export interface ThreadExtractResult extends ExtractedPages {
  pageCount: number;
}

/**
 * Extracts `pages` of one PDF (none: only counts them) in page threads, under `limits`, returning
 * them in the order asked for. One thread opens the document; once its pages are known, more
 * threads join in and each takes the next page when it is ready. A page that has to be abandoned
 * (too slow, too much memory) is quarantined and its thread's place is taken by a fresh one.
 */
export async function extractInPageThreads(source: PdfSource, pages: readonly number[] | 'all', options: ThreadExtractOptions): Promise<ThreadExtractResult> {
  checkFileSize(source.bytes.length, options.limits);
  const { threads = DEFAULT_PAGE_THREADS } = options;
  // Pages known in advance (a pages job): the threads that will join once the document is open
  // load pdf.js meanwhile. Not for a whole document: it may have one page, and a thread loading
  // beside that page's reading only slows it.
  if (pages !== 'all') startIdleThreads(Math.min(threads, pages.length));
  const errors: unknown[] = [];
  const others: Promise<void>[] = [];
  const document: ThreadedDocument = new ThreadedDocument(
    pages,
    (shared) => {
      for (let i = 1; i < Math.min(threads, shared.remaining); i++) others.push(lane());
    },
    options.onPage,
  );
  // A thread's place: a thread stopped on a page is followed by a fresh one while pages are left.
  const lane = async (): Promise<void> => {
    try {
      while ((await runInThread(source, document, options)) === 'stopped' && document.pages?.handedOut !== true);
    } catch (error) {
      // The file's fault or a bug: the other threads take no more pages.
      errors.push(error);
      document.pages?.stop();
    }
  };
  await lane();
  // Every other lane started while the first one ran (when its thread opened the document).
  await Promise.all(others);
  if (errors.length > 0) throw errors[0];
  return { pageCount: document.pageCount, ...document.result() };
}

async function runInThread(source: PdfSource, document: ThreadedDocument, options: ThreadExtractOptions): Promise<JobEnd> {
  const { limits, ocr, ocrLayers = 'check' } = options;
  const thread = acquireThread(source.sha256);
  // Reusable after a result or a SourceError the thread reported itself; not after a timeout or crash.
  let healthy = false;
  try {
    await thread.ready;
    return await runJob(thread.worker, { documentKey: source.sha256, bytes: source.bytes, limits, ocr: ocr !== undefined, ocrLayers }, document, ocr, () => (healthy = true));
  } finally {
    releaseThread(thread, healthy);
  }
}
