import { createRequire } from 'node:module';
import { join } from 'node:path';
import { documentId } from '../pipeline/ingest/document-id.ts';
import type { IngestResult } from '../pipeline/ingest/ingest-sources.ts';
import { writeFileAtomic } from '../pipeline/publish/atomic-folder.ts';
import { toPublishedJson, writeDocumentIndex } from '../pipeline/publish/document-dataset.ts';
import { publishEditions } from '../pipeline/publish/edition/publish-editions.ts';
import type { FileOutcome, RunReport } from '../schemas/types.ts';
import type { FinishedDocument } from './document-job.ts';

export const toolVersion: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/** The report line of a document that could not be processed (keys in one order for every runner). */
export function failedOutcome(file: string, source: { fileName: string; sha256: string }, error: { code: string; message: string }): FileOutcome {
  return {
    file,
    sha256: source.sha256,
    status: 'failed',
    document_id: documentId(source.fileName, source.sha256),
    pages: null,
    profile: null,
    records: null,
    quarantined: null,
    duplicate_of: null,
    error,
  };
}

/** The report line of a document published (or found unchanged). */
export function finishedOutcome(file: string, source: { fileName: string; sha256: string }, finished: FinishedDocument): FileOutcome {
  return {
    ...failedOutcome(file, source, { code: '', message: '' }),
    status: finished.status,
    pages: finished.pages,
    profile: finished.profile,
    records: finished.records,
    quarantined: finished.quarantined,
    error: null,
  };
}

/** The report line of a file skipped because another file of the run has the same content. */
export function duplicateOutcome(duplicate: IngestResult['duplicates'][number]): FileOutcome {
  return {
    file: duplicate.path,
    sha256: duplicate.sha256,
    status: 'duplicate',
    document_id: null,
    pages: null,
    profile: null,
    records: null,
    quarantined: null,
    duplicate_of: duplicate.duplicateOf,
    error: null,
  };
}

/**
 * What every runner does once its documents are published: the documents index, the dataset
 * editions (with their diffs and quality reports), and the run report — the same files whichever
 * runner processed the documents.
 */
export async function finishRun(outDir: string, files: FileOutcome[], startedAt: string): Promise<RunReport> {
  await writeDocumentIndex(outDir);
  const editions = await publishEditions(outDir, { toolVersion });
  const report: RunReport = {
    schema_version: '1.0.0',
    tool_version: toolVersion,
    started_at: startedAt,
    finished_at: new Date().toISOString(),
    files,
    editions: editions.map((e) => ({ dataset: e.dataset, edition: e.edition, status: e.status, path: e.path, previous: e.previous, reason: e.reason })),
    totals: {
      files: files.length,
      pages: files.reduce((sum, f) => sum + (f.pages ?? 0), 0),
      failed: files.filter((f) => f.status === 'failed').length,
    },
  };
  await writeFileAtomic(join(outDir, 'run-report.json'), toPublishedJson(report));
  return report;
}
