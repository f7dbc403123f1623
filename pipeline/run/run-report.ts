import type { FileOutcome, RunReport } from '../../schemas/types.ts';
import { documentId } from '../ingest/document-id.ts';
import type { IngestResult } from '../ingest/ingest-sources.ts';
import type { UnreadablePath } from '../ingest/source-paths.ts';
import type { FinishedDocument } from './document.ts';
import { toolVersion } from './tool-version.ts';

/**
 * The run report's lines, built here only: whichever runner processed a file (embedded, BullMQ),
 * its line has the same keys in the same order, so reports of both read and diff alike.
 */

/** What a line says besides its file: its status, and whatever else is known (the rest is null). */
export type OutcomeFields = Pick<FileOutcome, 'status'> & Partial<Omit<FileOutcome, 'file' | 'status'>>;

/** A report line, its keys in the one order of every line. */
export function fileOutcome(file: string, fields: OutcomeFields): FileOutcome {
  return {
    file,
    sha256: fields.sha256 ?? null,
    status: fields.status,
    document_id: fields.document_id ?? null,
    pages: fields.pages ?? null,
    profile: fields.profile ?? null,
    records: fields.records ?? null,
    quarantined: fields.quarantined ?? null,
    quarantined_pages: fields.quarantined_pages ?? null,
    duplicate_of: fields.duplicate_of ?? null,
    error: fields.error ?? null,
    ...(fields.pages_to_check === undefined ? {} : { pages_to_check: fields.pages_to_check }),
    ...(fields.records_warning === undefined ? {} : { records_warning: fields.records_warning }),
  };
}

/** The report line of a document that could not be processed (`status`: failed, or unknown when its outcome was not seen). */
export function failedOutcome(
  file: string,
  source: { fileName: string; sha256: string },
  error: { code: string; message: string },
  status: 'failed' | 'unknown' = 'failed',
): FileOutcome {
  return fileOutcome(file, { status, sha256: source.sha256, document_id: documentId(source.fileName, source.sha256), error });
}

/** The report line of a document published (or found unchanged). */
export function finishedOutcome(file: string, source: { sha256: string }, finished: FinishedDocument): FileOutcome {
  return fileOutcome(file, {
    status: finished.status,
    sha256: source.sha256,
    document_id: finished.documentId,
    pages: finished.pages,
    profile: finished.profile,
    records: finished.records,
    quarantined: finished.quarantined,
    quarantined_pages: finished.quarantinedPages,
    ...(finished.pagesToCheck === 0 ? {} : { pages_to_check: finished.pagesToCheck }),
    ...(finished.recordsWarning === null ? {} : { records_warning: finished.recordsWarning }),
  });
}

/** The report line of a path that could not be read at all (missing, not a regular file, …): no content, no document. */
export function unreadablePathOutcome({ path, error }: UnreadablePath): FileOutcome {
  return fileOutcome(path, { status: 'failed', error: { code: error.code, message: error.message } });
}

/** The report line of a file skipped because another file of the run has the same content. */
export function duplicateOutcome(duplicate: IngestResult['duplicates'][number]): FileOutcome {
  return fileOutcome(duplicate.path, { status: 'duplicate', sha256: duplicate.sha256, duplicate_of: duplicate.duplicateOf });
}

const totalsOf = (files: readonly FileOutcome[]): RunReport['totals'] => ({
  files: files.length,
  pages: files.reduce((sum, f) => sum + (f.pages ?? 0), 0),
  failed: files.filter((f) => f.status === 'failed').length,
});

/** A run report's common part, in the one key order of every report. */
export const runReport = (files: FileOutcome[], startedAt: string, editions: RunReport['editions']): RunReport => ({
  schema_version: '1.0.0',
  tool_version: toolVersion,
  started_at: startedAt,
  finished_at: new Date().toISOString(),
  files,
  editions,
  totals: totalsOf(files),
});
