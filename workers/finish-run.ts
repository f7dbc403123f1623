import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { documentId } from '../pipeline/ingest/document-id.ts';
import type { IngestResult } from '../pipeline/ingest/ingest-sources.ts';
import { writeFileAtomic } from '../pipeline/publish/atomic-folder.ts';
import { toPublishedJson, writeDocumentIndex } from '../pipeline/publish/document-dataset.ts';
import { schemaVersions } from '../pipeline/publish/edition/manifest.ts';
import { folderFingerprint } from '../pipeline/publish/folder-fingerprint.ts';
import { withOutputLock } from '../pipeline/publish/output-lock.ts';
import type { FileOutcome, RunReport } from '../schemas/types.ts';
import { codeVersion } from './code-version.ts';
import type { FinishedDocument } from './document-job.ts';
import { toolVersion } from './tool-version.ts';

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
    quarantined_pages: null,
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
    quarantined_pages: finished.quarantinedPages,
    error: null,
    ...(finished.recordsWarning === null ? {} : { records_warning: finished.recordsWarning }),
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
    quarantined_pages: null,
    duplicate_of: duplicate.duplicateOf,
    error: null,
  };
}

const REPORT = 'run-report.json';

/** How a run publishes its editions. */
export interface PublishingOptions {
  /** The address the output folder is served at, for absolute links in ckan.json and dcat.jsonld. @defaultValue none */
  baseUrl?: string;
}

/** The output folder's state and the run's publishing options, for telling whether anything changed since the last run. */
const outputFingerprint = (outDir: string, publishing: PublishingOptions): Promise<string> =>
  folderFingerprint(outDir, { exclude: [REPORT], salt: JSON.stringify({ codeVersion, schemas: schemaVersions(), baseUrl: publishing.baseUrl ?? null }) });

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
async function publishOrReuseEditions(outDir: string, publishing: PublishingOptions): Promise<{ editions: RunReport['editions']; fingerprint: string }> {
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
  const outcomes = await publishEditions(outDir, { toolVersion, editionDates: await readEditionDates(sourcesCacheDir(outDir)), ...publishing });
  const editions = outcomes.map((e) => ({ dataset: e.dataset, edition: e.edition, status: e.status, path: e.path, previous: e.previous, reason: e.reason }));
  return { editions, fingerprint: await outputFingerprint(outDir, publishing) };
}

/**
 * What every runner does once its documents are published: the documents index, the dataset
 * editions (with their diffs and quality reports), and the run report — the same files whichever
 * runner processed the documents. One run at a time per output folder.
 */
export function finishRun(outDir: string, files: FileOutcome[], startedAt: string, publishing: PublishingOptions = {}): Promise<RunReport> {
  return withOutputLock(outDir, async () => {
    await writeDocumentIndex(outDir);
    const { editions, fingerprint } = await publishOrReuseEditions(outDir, publishing);
    const report: RunReport = {
      schema_version: '1.0.0',
      tool_version: toolVersion,
      started_at: startedAt,
      finished_at: new Date().toISOString(),
      files,
      editions,
      totals: {
        files: files.length,
        pages: files.reduce((sum, f) => sum + (f.pages ?? 0), 0),
        failed: files.filter((f) => f.status === 'failed').length,
      },
      output_fingerprint: fingerprint,
    };
    await writeFileAtomic(join(outDir, REPORT), toPublishedJson(report));
    return report;
  });
}
