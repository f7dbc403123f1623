import type { Worker } from 'node:worker_threads';
import { SourceError } from '../pipeline/errors.ts';
import { quarantinedPage } from '../pipeline/extract/assemble-document.ts';
import type { ExtractedPages, PageLayout } from '../pipeline/extract/types.ts';
import { megabytes, pageTimeoutError } from '../pipeline/limits.ts';
import type { OcrEngine } from '../pipeline/ocr/engine.ts';
import type { QuarantinedPage } from '../schemas/types.ts';
import type { FromPageThread, PageThreadJob, ToPageThread } from './page-thread-messages.ts';
import { SharedPages } from './shared-pages.ts';

/**
 * One page thread's part in reading a document, seen from the parent: the thread takes pages from
 * the document's shared pages, the parent keeps each page's clock and memory watch and stops the
 * thread on a page over its limits.
 */

/**
 * A decompression bomb fails its page with `page-too-large` instead of taking the machine's
 * memory. pdf.js decodes a content stream into one buffer outside the V8 heap (a run of zeros
 * inflating to 2 GB is one number token, decoded whole before it is read), so the parent samples
 * the process's RSS, from where it stood when the page's clock last started: OCR, which runs in the
 * parent while the clock is stopped, is not counted. The thread's V8 heap (the operators parsed)
 * is capped as well (`THREAD_HEAP_MB`), a backstop above any page's budget plus the open document.
 */
export const THREAD_HEAP_MB = 1024;
const MEMORY_SAMPLE_MS = 100;

/** One document read by one or more page threads: its pages, shared once a thread opened it, and what was read of them. */
export class ThreadedDocument {
  pageCount = 0;
  pages: SharedPages | undefined;
  readonly #wanted: readonly number[] | 'all';
  readonly #layouts: PageLayout[] = [];
  readonly #quarantined: QuarantinedPage[] = [];
  readonly #onOpened: (pages: SharedPages) => void;
  readonly onPage: ((pageNumber: number, pageCount: number) => void) | undefined;

  /** `onOpened`: called once, when the first thread has opened the document and its pages are known. */
  constructor(wanted: readonly number[] | 'all', onOpened: (pages: SharedPages) => void, onPage?: (pageNumber: number, pageCount: number) => void) {
    this.#wanted = wanted;
    this.#onOpened = onOpened;
    this.onPage = onPage;
  }

  opened(pageCount: number): void {
    if (this.pages !== undefined) return;
    this.pageCount = pageCount;
    this.pages = new SharedPages(this.#wanted === 'all' ? Array.from({ length: pageCount }, (_, i) => i + 1) : this.#wanted);
    this.#onOpened(this.pages);
  }

  read(pageNumber: number, layout: PageLayout): void {
    this.#layouts.push(layout);
    this.#ended(pageNumber);
  }

  quarantine(page: QuarantinedPage): void {
    this.#quarantined.push(page);
    this.#ended(page.number);
  }

  /** What was read, in the order the pages were asked for. */
  result(): ExtractedPages {
    const pages = this.pages ?? new SharedPages([]);
    return { layouts: pages.inOrder(this.#layouts, (l) => l.page.number), quarantined: pages.inOrder(this.#quarantined, (q) => q.number) };
  }

  #ended(pageNumber: number): void {
    this.pages?.finish(pageNumber);
    this.onPage?.(pageNumber, this.pageCount);
  }
}

/** How a thread's job ended: its pages ran out, or it was stopped on a page (the pages after it are still to read). */
export type JobEnd = 'done' | 'stopped';

/**
 * Runs one job in a page thread: the thread reads pages of `document` until none is left. A page
 * over its time or memory is quarantined (or, when its memory may be another page's, handed back
 * to be read alone) and the job ends `stopped`: the thread must not be reused. A fault of the
 * file, or a bug, rejects.
 */
export function runJob(worker: Worker, job: PageThreadJob, document: ThreadedDocument, ocr: OcrEngine | undefined, onThreadStillHealthy: () => void): Promise<JobEnd> {
  const { limits } = job;
  return new Promise((resolve, reject) => {
    let current: number | null = null;
    // The page clock: runs while the thread parses, stops while the parent runs OCR for it or finds its next page.
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
        stopPage(new SourceError('page-too-large', `page too large: ${where()} took more than ${megabytes(limits.maxPageMemoryBytes)} of memory`), true);
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
    const finish = (error?: unknown, threadOk = false, end: JobEnd = 'done'): void => {
      if (settled) return;
      settled = true;
      stopClock();
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (threadOk) onThreadStillHealthy();
      if (error === undefined) resolve(end);
      else reject(error);
    };
    /**
     * Stops the thread on the page it is reading: that page is quarantined, or read again alone when
     * the process's memory (`byProcessMemory`) may have grown for a page read beside it; opening
     * the file fails it.
     */
    const stopPage = (error: SourceError, byProcessMemory = false): void => {
      if (settled) return;
      if (current === null) return finish(error);
      const { pages } = document;
      if (byProcessMemory && pages?.readBesideOthers(current) === true) {
        pages.readAgainAlone(current);
        return finish(undefined, false, 'stopped');
      }
      const lost = quarantinedPage(error, current);
      if (lost === undefined) return finish(error);
      document.quarantine(lost);
      finish(undefined, false, 'stopped');
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
          document.opened(message.pageCount);
          break;
        case 'next':
          stopClock();
          current = null;
          void document.pages!.take().then((pageNumber) => {
            if (!settled) send({ type: 'next-page', pageNumber });
            else if (pageNumber !== undefined) document.pages!.giveBack(pageNumber);
          });
          break;
        case 'page-start':
          current = message.pageNumber;
          budgetMs = limits.pageSeconds * 1000;
          startClock();
          break;
        case 'ocr':
          stopClock();
          runOcr(message.id, message.image, message.language);
          break;
        case 'page':
          document.read(message.pageNumber, message.layout);
          break;
        case 'page-failed':
          document.quarantine(message.quarantined);
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
