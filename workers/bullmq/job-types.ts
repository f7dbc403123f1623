import type { ExtractedPages } from '../../pipeline/extract/types.ts';
import type { SourceErrorCode } from '../../pipeline/errors.ts';
import { INTERNAL_ERROR, internalFailure, SourceError } from '../../pipeline/errors.ts';
import type { FileOutcome } from '../../schemas/types.ts';

/** Data of a pages job: which pages of which stored PDF to extract. */
export interface PagesJobData {
  sha256: string;
  fileName: string;
  /** 1-based page numbers, ascending. */
  pages: number[];
}

export type PagesJobResult = ExtractedPages;

/** Data of a document's finishing job (the flow's parent). */
export interface FinishJobData {
  fileName: string;
  sha256: string;
  bytes: number;
  pageCount: number;
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
