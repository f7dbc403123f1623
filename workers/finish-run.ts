import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { documentId } from '../pipeline/ingest/document-id.ts';
import type { OutputError } from '../pipeline/errors.ts';
import type { IngestResult } from '../pipeline/ingest/ingest-sources.ts';
import type { UnreadablePath } from '../pipeline/ingest/source-paths.ts';
import { writeFileAtomic } from '../pipeline/publish/atomic-folder.ts';
import { toPublishedJson, writeDocumentIndex } from '../pipeline/publish/document-dataset.ts';
import { schemaVersions } from '../pipeline/publish/edition/manifest.ts';
import type { CkanOptions } from '../pipeline/publish/edition/portal-metadata.ts';
import { folderFingerprint } from '../pipeline/publish/folder-fingerprint.ts';
import { withOutputLock, type OutputLockOptions } from '../pipeline/publish/output-lock.ts';
import type { FileOutcome, RunReport } from '../schemas/types.ts';
import { codeVersion } from './code-version.ts';
import { readCoverlessDates, recordCoverlessDates } from './coverless-dates.ts';
import type { FinishedDocument } from './document-job.ts';
import { toolVersion } from './tool-version.ts';

/** A report line with no document behind it (keys in the one order of every line). */
const withoutDocument = (file: string, sha256: string | null, status: FileOutcome['status']): FileOutcome => ({
  file,
  sha256,
  status,
  document_id: null,
  pages: null,
  profile: null,
  records: null,
  quarantined: null,
  quarantined_pages: null,
  duplicate_of: null,
  error: null,
});

/** The report line of a document that could not be processed. */
export function failedOutcome(file: string, source: { fileName: string; sha256: string }, error: { code: string; message: string }): FileOutcome {
  return { ...withoutDocument(file, source.sha256, 'failed'), document_id: documentId(source.fileName, source.sha256), error };
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
    quarantined_pages: finished.quarantinedPages,
    error: null,
    ...(finished.pagesToCheck === 0 ? {} : { pages_to_check: finished.pagesToCheck }),
    ...(finished.recordsWarning === null ? {} : { records_warning: finished.recordsWarning }),
  };
}

/** The report line of a path that could not be read at all (missing, not a regular file, …): no content, no document. */
export function unreadablePathOutcome({ path, error }: UnreadablePath): FileOutcome {
  return { ...withoutDocument(path, null, 'failed'), error: { code: error.code, message: error.message } };
}

/** The report line of a file skipped because another file of the run has the same content. */
export function duplicateOutcome(duplicate: IngestResult['duplicates'][number]): FileOutcome {
  return { ...withoutDocument(duplicate.path, duplicate.sha256, 'duplicate'), duplicate_of: duplicate.duplicateOf };
}

const REPORT = 'run-report.json';

/** How a run publishes its editions. */
export interface PublishingOptions {
  /** The address the output folder is served at, for absolute links in ckan.json and dcat.jsonld. @defaultValue none */
  baseUrl?: string;
  /** The edition date (YYYY-MM-DD) of the run's documents whose cover prints none (`--edition-date`). @defaultValue none */
  editionDate?: string;
  /** The publisher as a CKAN portal knows it (`--ckan-org`, `--maintainer`, `--maintainer-email`). @defaultValue none */
  ckan?: CkanOptions;
}

/** The output folder's state and the run's publishing options, for telling whether anything changed since the last run. */
const outputFingerprint = (outDir: string, publishing: PublishingOptions, editionsPublished = true): Promise<string> =>
  folderFingerprint(outDir, {
    exclude: [REPORT],
    salt: JSON.stringify({ codeVersion, schemas: schemaVersions(), baseUrl: publishing.baseUrl ?? null, ckan: publishing.ckan ?? null, ...(editionsPublished ? {} : { editionsPublished }) }),
  });

async function readPreviousReport(outDir: string): Promise<RunReport | undefined> {
  const text = await readFile(join(outDir, REPORT), 'utf8').catch(() => undefined);
  try {
    return text === undefined ? undefined : (JSON.parse(text) as RunReport);
  } catch {
    return undefined;
  }
}

/**
 * The dataset editions: published from every document in `outDir`, or, when the output folder is
 * exactly as the last run left it (same files, sizes and times, same tool and schema versions),
 * that run's editions again, all unchanged: publishing would compute the same files and write none.
 */
async function publishOrReuseEditions(outDir: string, files: readonly FileOutcome[], publishing: PublishingOptions): Promise<{ editions: RunReport['editions']; fingerprint: string }> {
  // Recorded first: a date given anew changes the folder, so its editions are published.
  const { editionDate, ...linking } = publishing;
  if (editionDate !== undefined) await recordCoverlessDates(outDir, files.flatMap((f) => (f.sha256 === null ? [] : [f.sha256])), editionDate);
  const previous = await readPreviousReport(outDir);
  const before = await outputFingerprint(outDir, publishing);
  if (previous?.output_fingerprint === before) {
    const editions = previous.editions.map((e) => (e.status === 'published' ? { ...e, status: 'unchanged' as const } : e));
    return { editions, fingerprint: before };
  }
  // Loaded only to publish: the diff, CSV and HTML writers are half of an unchanged re-run's start-up.
  const [{ publishEditions }, { sourcesCacheDir }, { readEditionDates }] = await Promise.all([
    import('../pipeline/publish/edition/publish-editions.ts'),
    import('./sources/check-sources.ts'),
    import('./sources/edition-dates.ts'),
  ]);
  const outcomes = await publishEditions(outDir, { toolVersion, editionDates: await readEditionDates(sourcesCacheDir(outDir)), coverlessDates: await readCoverlessDates(outDir), ...linking });
  const editions = outcomes.map((e) => ({ dataset: e.dataset, edition: e.edition, status: e.status, path: e.path, previous: e.previous, reason: e.reason }));
  return { editions, fingerprint: await outputFingerprint(outDir, publishing) };
}

const totalsOf = (files: readonly FileOutcome[]): RunReport['totals'] => ({
  files: files.length,
  pages: files.reduce((sum, f) => sum + (f.pages ?? 0), 0),
  failed: files.filter((f) => f.status === 'failed').length,
});

/**
 * What every runner does once its documents are published: the documents index, the dataset
 * editions (with their diffs and quality reports), and the run report — the same files whichever
 * runner processed the documents. One run at a time per output folder. While a document's outcome
 * is `unknown` (its job may still publish it), no edition is published: one would lack it.
 */
export interface FinishRunOptions {
  /** How the output folder's lock is waited for. */
  lock?: OutputLockOptions;
  /** How the editions are published (`--base-url`). @defaultValue `{}` */
  publishing?: PublishingOptions;
}

/** A run report's common part, in the one key order of every report. */
const runReport = (files: FileOutcome[], startedAt: string, editions: RunReport['editions']): RunReport => ({
  schema_version: '1.0.0',
  tool_version: toolVersion,
  started_at: startedAt,
  finished_at: new Date().toISOString(),
  files,
  editions,
  totals: totalsOf(files),
});

export function finishRun(outDir: string, files: FileOutcome[], startedAt: string, { lock, publishing = {} }: FinishRunOptions = {}): Promise<RunReport> {
  return withOutputLock(
    outDir,
    async () => {
      await writeDocumentIndex(outDir);
      // The fingerprint of a folder whose editions were not published never matches one whose were,
      // so the next run publishes them rather than reusing this report's none.
      const { editions, fingerprint } = files.some((f) => f.status === 'unknown')
        ? { editions: [], fingerprint: await outputFingerprint(outDir, publishing, false) }
        : await publishOrReuseEditions(outDir, files, publishing);
      const report: RunReport = { ...runReport(files, startedAt, editions), output_fingerprint: fingerprint };
      await writeFileAtomic(join(outDir, REPORT), toPublishedJson(report));
      return report;
    },
    lock,
  );
}

/**
 * The run report of a run stopped because the output folder could not be written: the files done
 * until then and why it stopped, no editions. Written if the folder still takes it (a full disk
 * may not); returns whether it was.
 */
export async function writeStoppedRunReport(outDir: string, files: FileOutcome[], startedAt: string, error: OutputError): Promise<boolean> {
  const report: RunReport = { ...runReport(files, startedAt, []), output_error: { code: error.code, path: error.path, message: error.message } };
  return writeFileAtomic(join(outDir, REPORT), toPublishedJson(report)).then(
    () => true,
    () => false,
  );
}
