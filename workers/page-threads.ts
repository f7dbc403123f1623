import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SourceError } from '../pipeline/errors.ts';
import { quarantinedPage } from '../pipeline/extract/assemble-document.ts';
import type { ExtractedPages, PageLayout } from '../pipeline/extract/types.ts';
import { checkFileSize, megabytes, pageTimeoutError, type ResolvedLimits } from '../pipeline/limits.ts';
import { packageRoot } from '../pipeline/package-root.ts';
import type { OcrLayerMode } from '../pipeline/extract/ocr-layer-check.ts';
import type { OcrEngine } from '../pipeline/ocr/engine.ts';
import type { QuarantinedPage } from '../schemas/types.ts';
import type { FromPageThread, PageThreadJob, ToPageThread } from './page-thread-messages.ts';

/**
 * Runs page extraction in worker threads, so that a page which hangs pdf.js (it parses on the
 * thread that calls it) can be abandoned: the parent keeps the clock and terminates the thread at
 * the limit. Threads are reused across documents (starting one costs a few tenths of a
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
 * Memory a page may add to the process while a thread parses it (`limits.maxPageMemoryBytes`): a
 * decompression bomb fails its page with `page-too-large` instead of taking the machine's memory.
 * pdf.js decodes a content stream into one buffer outside the V8 heap (a run of zeros inflating to
 * 2 GB is one number token, decoded whole before it is read), so the parent samples the process's
 * RSS, from where it stood when the page's clock last started: OCR, which runs here while the
 * clock is stopped, is not counted. The thread's V8 heap (the operators parsed) is capped as well,
 * a backstop above any page's budget plus the open document.
 */
const THREAD_HEAP_MB = 1024;
const MEMORY_SAMPLE_MS = 100;

interface PageThread {
  worker: Worker;
  /** Documents opened, and the one open now (its key). */
  documents: number;
  document?: string;
  ready: Promise<void>;
}

const idle: PageThread[] = [];

function startThread(): PageThread {
  const worker = new Worker(BOOT, { workerData: { entry: PAGE_THREAD }, resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } });
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

/** Starts page threads until `count` are idle, resolving once they are ready: a long-lived process's first job then does not wait for one to load. */
export async function warmPageThreads(count: number): Promise<void> {
  const started = Array.from({ length: Math.max(0, Math.min(count, MAX_IDLE) - idle.length) }, startThread);
  for (const thread of started) {
    thread.worker.unref();
    idle.push(thread);
  }
  await Promise.all(started.map((thread) => thread.ready));
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
}

/** A PDF's bytes and their sha256, which names it to the threads. */
export interface PdfSource {
  sha256: string;
  bytes: Uint8Array;
}

export interface ThreadExtractResult extends ExtractedPages {
  pageCount: number;
}

/** How a job in one thread ended: done, or a page the thread had to be stopped on (the pages after it are still to read). */
interface ThreadRun extends ThreadExtractResult {
  lost?: QuarantinedPage;
}

/**
 * Extracts `pages` of one PDF (none: only counts them) in page threads, under `limits`. A page that
 * has to be abandoned (too slow, too much memory) is quarantined and the pages after it are read
 * in a fresh thread.
 */
export async function extractInPageThread(
  source: PdfSource,
  pages: readonly number[] | 'all',
  options: ThreadExtractOptions,
): Promise<ThreadExtractResult> {
  checkFileSize(source.bytes.length, options.limits);
  const result: ThreadExtractResult = { pageCount: 0, layouts: [], quarantined: [] };
  let remaining = pages;
  for (;;) {
    const run = await runInThread(source, remaining, options);
    result.pageCount = run.pageCount;
    result.layouts.push(...run.layouts);
    result.quarantined.push(...run.quarantined);
    if (run.lost === undefined) return result;
    result.quarantined.push(run.lost);
    const wanted = remaining === 'all' ? Array.from({ length: run.pageCount }, (_, i) => i + 1) : remaining;
    remaining = wanted.slice(wanted.indexOf(run.lost.number) + 1);
    if (remaining.length === 0) return result;
  }
}

async function runInThread(source: PdfSource, pages: readonly number[] | 'all', options: ThreadExtractOptions): Promise<ThreadRun> {
  const { limits, ocr, ocrLayers = 'check', onPage } = options;
  const thread = acquireThread(source.sha256);
  // Reusable after a result or a SourceError the thread reported itself; not after a timeout or crash.
  let healthy = false;
  try {
    await thread.ready;
    return await runJob(thread.worker, { documentKey: source.sha256, bytes: source.bytes, pages, limits, ocr: ocr !== undefined, ocrLayers }, ocr, onPage, () => (healthy = true));
  } finally {
    releaseThread(thread, healthy);
  }
}

function runJob(
  worker: Worker,
  job: PageThreadJob,
  ocr: OcrEngine | undefined,
  onPage: ThreadExtractOptions['onPage'],
  onThreadStillHealthy: () => void,
): Promise<ThreadRun> {
  const { limits } = job;
  return new Promise((resolve, reject) => {
    const layouts: PageLayout[] = [];
    const quarantined: QuarantinedPage[] = [];
    let pageCount = 0;
    let current: number | null = null;
    // The page clock: runs while the thread parses, stops while the parent runs OCR for it.
    let timer: NodeJS.Timeout | undefined;
    let budgetMs = limits.pageSeconds * 1000;
    let startedAt = 0;
    let settled = false;
    // The memory watch runs with the clock, from the process's RSS when it started.
    let memoryWatch: NodeJS.Timeout | undefined;
    const where = (): string => (current === null ? 'opening the file' : `reading page ${current}`);
    const watchMemory = (): void => {
      const rssAtStart = process.memoryUsage.rss();
      memoryWatch = setInterval(() => {
        if (process.memoryUsage.rss() - rssAtStart <= limits.maxPageMemoryBytes) return;
        stopPage(new SourceError('page-too-large', `page too large: ${where()} took more than ${megabytes(limits.maxPageMemoryBytes)} of memory`));
      }, MEMORY_SAMPLE_MS);
    };
    const startClock = (): void => {
      if (settled) return;
      startedAt = performance.now();
      timer = setTimeout(() => stopPage(pageTimeoutError(current, limits)), budgetMs);
      watchMemory();
    };
    const stopClock = (): void => {
      clearTimeout(timer);
      clearInterval(memoryWatch);
      budgetMs -= performance.now() - startedAt;
    };
    const send = (message: ToPageThread): void => worker.postMessage(message);

    /** Settles the job; `threadOk` when the thread finished it itself and may serve the next one. */
    const finish = (error?: unknown, threadOk = false, lost?: QuarantinedPage): void => {
      if (settled) return;
      settled = true;
      stopClock();
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (threadOk) onThreadStillHealthy();
      if (error === undefined) resolve({ pageCount, layouts, quarantined, ...(lost && { lost }) });
      else reject(error);
    };
    /** Stops the thread on the page it is reading: that page is quarantined, the caller goes on after it; opening the file fails it. */
    const stopPage = (error: SourceError): void => {
      const lost = current === null ? undefined : quarantinedPage(error, current);
      if (lost === undefined) return finish(error);
      if (!settled) onPage?.(lost.number, pageCount);
      finish(undefined, false, lost);
    };
    const onError = (error: Error & { code?: string }): void => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        stopPage(new SourceError('page-too-large', `page too large: ${where()} took more than ${THREAD_HEAP_MB.toLocaleString('en-US')} MB of memory`, { cause: error }));
      } else {
        finish(new Error(`The page thread crashed while ${where()}: ${error.message}`, { cause: error }));
      }
    };
    const onExit = (code: number): void => finish(new Error(`The page thread exited with code ${code}`));
    const onMessage = (message: FromPageThread): void => {
      switch (message.type) {
        case 'opened':
          pageCount = message.pageCount;
          break;
        case 'page-start':
          stopClock();
          current = message.pageNumber;
          budgetMs = limits.pageSeconds * 1000;
          startClock();
          break;
        case 'ocr':
          stopClock();
          runOcr(message.id, message.image, message.language);
          break;
        case 'page':
          layouts.push(message.layout);
          onPage?.(message.pageNumber, message.pageCount);
          break;
        case 'page-failed':
          quarantined.push(message.quarantined);
          onPage?.(message.pageNumber, message.pageCount);
          break;
        case 'done':
          finish(undefined, true);
          break;
        case 'failed': {
          const { code, message: text, stack } = message.error;
          if (code !== undefined) finish(new SourceError(code, text), true);
          else finish(Object.assign(new Error(text), { stack }), true);
          break;
        }
      }
    };
    const runOcr = (id: number, image: Extract<FromPageThread, { type: 'ocr' }>['image'], language: Extract<FromPageThread, { type: 'ocr' }>['language']): void => {
      if (ocr === undefined) return;
      ocr.recognise(image, language).then(
        (page) => send({ type: 'ocr-result', id, page }),
        (error: unknown) => send({ type: 'ocr-result', id, error: error instanceof Error ? error.message : String(error) }),
      ).finally(startClock);
    };

    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    startClock();
    send({ type: 'job', job });
  });
}
