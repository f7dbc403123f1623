import type { ExtractedPages } from '../../pipeline/extract/types.ts';
import type { SourceErrorCode } from '../../pipeline/errors.ts';
import { INTERNAL_ERROR, internalFailure, SourceError } from '../../pipeline/errors.ts';
import type { FileOutcome } from '../../schemas/types.ts';

/**
 * Data of a pages job: one lane of a stored PDF's pages (process-pages-job.ts). Lane 1 reads the pages
 * from the front, `pagesPerClaim` at a time, while it finds any; lanes 2 and up are there for
 * workers with nothing else to do, and take the pages left from the back.
 */
export interface PagesJobData {
  sha256: string;
  fileName: string;
  pageCount: number;
  /** 1-based, of `lanes`. */
  lane: number;
  lanes: number;
  pagesPerClaim: number;
  /** Names this run of the document (its job's timestamp): a document queued again claims its pages afresh. */
  run: string;
}

export type PagesJobResult = ExtractedPages;

/** How a document's job splits it into pages jobs: the enqueuer's choices, carried to the worker that counts the pages. */
export interface PagesJobsPlan {
  /** Pages a lane claims at a time (`--pages-per-job`). */
  pagesPerJob: number;
  /** A document with more pages fails (`--max-pages` of `enqueue`). */
  maxPages: number;
  /** Tries per pages job, with exponential backoff from `backoffMs`. */
  attempts: number;
  backoffMs: number;
  /** How long finished pages jobs are kept. */
  keepSeconds: number;
}

/**
 * Data of a document's job (the flow's parent): queued without its page count; the worker that
 * takes it first counts the pages, adds the pages jobs as its children and records the count;
 * once they have finished, a worker takes it again and finishes the document.
 */
export interface FinishJobData {
  fileName: string;
  sha256: string;
  bytes: number;
  /** Set by the worker that split the document (or by the enqueuer of a flow made whole). */
  pageCount?: number;
  /** Set with `pageCount`: names the claims of this run of the document's pages (`PagesJobData.run`). */
  run?: string;
  /** Absent from a flow queued with its pages jobs. */
  plan?: PagesJobsPlan;
  /** Where a sources check found it: a worker tells the next check when it failed for a reason that may pass. */
  origin?: SourceOrigin;
}

/** A family of a sources file, and the URL or path of a PDF in it. */
export interface SourceOrigin {
  family: string;
  source: string;
}

/** What a finished document contributes to the run report, less the path it was enqueued under. */
export type FinishJobResult = Omit<FileOutcome, 'file' | 'duplicate_of'>;

/** A document's report line as its job returns it; `fileOutcome` puts it back under its path. */
export const finishJobResult = ({ file: _file, duplicate_of: _duplicateOf, ...result }: FileOutcome): FinishJobResult => result;

/**
 * A `SourceError` travels through Redis as a job's failed reason (a string): `[code] message`.
 * These two functions are the only ones that know that format. Any other reason (a bug thrown in
 * a processor, a job stalled too often) is not the input's fault: an internal error.
 */
export const encodeSourceFailure = (error: SourceError): string => `[${error.code}] ${error.message}`;

export function decodeFailure(reason: string): { code: SourceErrorCode | typeof INTERNAL_ERROR; message: string } {
  const match = /^\[([a-z-]+)\] ([\s\S]*)$/.exec(reason);
  if (match !== null) return { code: match[1] as SourceErrorCode, message: match[2]! };
  return internalFailure(reason);
}
