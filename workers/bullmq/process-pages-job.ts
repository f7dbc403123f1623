import { DelayedError, Job, UnrecoverableError, type Queue } from 'bullmq';
import type { Logger } from 'pino';
import { SourceError } from '../../pipeline/errors.ts';
import type { ExtractedPages } from '../../pipeline/extract/types.ts';
import type { OcrEngine } from '../../pipeline/ocr/engine.ts';
import { extractPages, type ExtractPagesOptions } from '../thread-pages.ts';
import { encodeSourceFailure, type FinishJobData, type FinishJobResult, type PagesJobData, type PagesJobResult } from './job-types.ts';
import { pageClaimsKey, type PageClaims, type PageRange } from './page-claims.ts';
import { pagesJobId } from './queue-names.ts';
import type { SourceStore } from './source-store.ts';

/**
 * The processor of the `pages` queue: one lane of a document's pages (page-claims.ts). Pages jobs
 * of a few pages each went to whichever worker was free, so both workers of two opened and parsed
 * every document and its fonts; a lane keeps a document with the worker that opened it. Lane 1
 * reads the document from the front, a claim of `pagesPerClaim` pages at a time, while pages are
 * left; lanes 2 and up, queued below every first lane, are what an idle worker takes: they read
 * from the back what lane 1 has not reached. A helper lane steps back while a first lane waits or
 * a document waits to be split (its first lane is coming: better work for it), and lane 1, done,
 * removes the helpers no worker started (`dismissHelpers`). Each claim is read
 * with the same `extractPages` as the embedded run. Unreadable input (`SourceError`) is not worth
 * retrying: it becomes an `UnrecoverableError`; anything else is thrown as is, so BullMQ retries it,
 * and the lane taken over reads its earlier claims again.
 */

export interface PageLaneContext {
  store: SourceStore;
  claims: PageClaims;
  /** Documents to split or finish: a helper lane steps back while one is to be split. */
  documents: Queue<FinishJobData, FinishJobResult>;
  /** The lanes' queue: a helper steps back while a first lane waits; lane 1 removes the helpers nobody started. */
  pages: Queue<PagesJobData, PagesJobResult>;
  ocr?: OcrEngine;
  reading?: Pick<ExtractPagesOptions, 'limits' | 'ocrLayers' | 'threads'>;
  /** Each claim read: the structured log's `pages read` line, which tells who read what. */
  logger?: Logger;
}

/** How long a helper lane steps back while documents wait to be split: about one split. */
const HELPER_STEP_BACK_MS = 200;

const pageNumbers = ({ first, last }: PageRange): number[] => Array.from({ length: last - first + 1 }, (_, i) => first + i);

export function processPagesJob(context: PageLaneContext) {
  const { store, claims, documents, pages, ocr, reading = {}, logger } = context;
  return async (job: Job<PagesJobData, PagesJobResult>, token?: string): Promise<PagesJobResult> => {
    const { sha256, fileName, pageCount, lane, lanes, pagesPerClaim, run } = job.data;
    const key = pageClaimsKey(job.prefix, sha256, run);
    // Read again first: what this lane claimed on a worker that died or failed.
    const earlier = await claims.claimedBy(key, lane);
    if (lane > 1 && earlier.length === 0 && token !== undefined && (await hasOtherWork(documents, pages))) {
      await job.moveToDelayed(Date.now() + HELPER_STEP_BACK_MS, token);
      throw new DelayedError();
    }
    const read: ExtractedPages[] = [];
    let bytes: Uint8Array | undefined;
    const readRange = async (range: PageRange): Promise<void> => {
      bytes ??= await store.read(sha256, fileName);
      const started = Date.now();
      read.push(await extractPages({ path: fileName, fileName, sha256, bytes }, pageNumbers(range), { ...reading, ocr }));
      logger?.info({ job: job.id, file: fileName, lane, first: range.first, last: range.last, ms: Date.now() - started }, 'pages read');
    };
    try {
      for (const range of earlier) await readRange(range);
      for (let range; (range = await claims.claim(key, pageCount, pagesPerClaim, lane, lane === 1 ? 'front' : 'back')) !== null; ) await readRange(range);
    } catch (error) {
      if (error instanceof SourceError) throw new UnrecoverableError(encodeSourceFailure(error));
      throw error;
    }
    if (lane === 1) await dismissHelpers(pages, claims, key, sha256, pageCount, lanes);
    return { layouts: read.flatMap((r) => r.layouts), quarantined: read.flatMap((r) => r.quarantined) };
  };
}

/**
 * Whether a first lane is waiting (queued while this helper was being taken), or a document is
 * waiting to be split or being split: its first lane is coming. Looks at the first few documents
 * only: past them, more first lanes are queued than workers to take them.
 */
async function hasOtherWork(documents: Queue<FinishJobData, FinishJobResult>, pages: Queue<PagesJobData, PagesJobResult>): Promise<boolean> {
  // In this order: a split adds its lanes before it records the page count, so a document split
  // between the two looks is seen in the second.
  const jobs = await documents.getJobs(['active', 'wait'], 0, LOOK_AHEAD - 1);
  if (jobs.some((job) => job !== undefined && job.data.pageCount === undefined)) return true;
  return (await pages.getWaitingCount()) > 0;
}

const LOOK_AHEAD = 16;

/**
 * Every page claimed: the helper lanes no worker has started are removed, which BullMQ counts as
 * their parent's children done, so that the document is finished at once rather than when a worker
 * is free to take them; one that claimed pages on a worker that died, and waits to be taken over,
 * goes to the head of the queue instead (its pages are to be read again). A helper taken meanwhile
 * is left to end: it finds no page.
 */
async function dismissHelpers(pages: Queue<PagesJobData, PagesJobResult>, claims: PageClaims, key: string, sha256: string, pageCount: number, lanes: number): Promise<void> {
  for (let lane = 2; lane <= lanes; lane++) {
    const helper = await Job.fromId(pages, pagesJobId(sha256, 1, pageCount, lane));
    if (helper === undefined) continue;
    // Both refuse a job a worker holds (its lock), and move only a job that waits.
    if ((await claims.claimedBy(key, lane)).length === 0) await helper.remove().catch(() => undefined);
    else await helper.changePriority({ priority: 0, lifo: true }).catch(() => undefined);
  }
}
