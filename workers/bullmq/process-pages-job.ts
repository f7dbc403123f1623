import { UnrecoverableError, type Job } from 'bullmq';
import { SourceError } from '../../pipeline/errors.ts';
import type { OcrEngine } from '../../pipeline/ocr/engine.ts';
import { extractPages, type ExtractPagesOptions } from '../thread-pages.ts';
import { encodeSourceFailure, type PagesJobData, type PagesJobResult } from './job-types.ts';
import type { SourceStore } from './source-store.ts';

/**
 * The processor of the `pages` queue: extracts a few pages of a stored PDF with the same
 * `extractPages` as the embedded run. Unreadable input (`SourceError`) is not worth retrying:
 * it becomes an `UnrecoverableError`; anything else is thrown as is, so BullMQ retries it.
 */
export function processPagesJob(store: SourceStore, ocr: OcrEngine | undefined, reading: Pick<ExtractPagesOptions, 'limits' | 'ocrLayers' | 'threads'> = {}) {
  return async (job: Job<PagesJobData, PagesJobResult>): Promise<PagesJobResult> => {
    const { sha256, fileName, pages } = job.data;
    try {
      const bytes = await store.read(sha256, fileName);
      return await extractPages({ path: fileName, fileName, sha256, bytes }, pages, { ...reading, ocr });
    } catch (error) {
      if (error instanceof SourceError) throw new UnrecoverableError(encodeSourceFailure(error));
      throw error;
    }
  };
}
