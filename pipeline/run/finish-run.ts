import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileOutcome, RunReport } from '../../schemas/types.ts';
import type { OutputError } from '../errors.ts';
import { writeFileAtomic } from '../publish/atomic-folder.ts';
import { toPublishedJson, writeDocumentIndex } from '../publish/document-dataset.ts';
import { schemaVersions } from '../publish/edition/manifest.ts';
import type { CkanOptions } from '../publish/edition/portal-metadata.ts';
import { folderFingerprint } from '../publish/folder-fingerprint.ts';
import { LOCK_FOLDER, withOutputLock, type OutputLockOptions } from '../publish/output-lock.ts';
import { codeVersion } from './code-version.ts';
import { readCoverlessDates, recordCoverlessDates } from './coverless-dates.ts';
import { runReport } from './run-report.ts';
import { toolVersion } from './tool-version.ts';

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

/**
 * The output folder's state and the run's publishing options, for telling whether anything changed
 * since the last run. The lock's holder file is written anew by every run: counted, no run ever
 * found its folder as the last one left it.
 */
const outputFingerprint = (outDir: string, publishing: PublishingOptions, editionsPublished = true): Promise<string> =>
  folderFingerprint(outDir, {
    exclude: [REPORT, `${LOCK_FOLDER}/`],
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
async function publishOrReuseEditions(outDir: string, files: readonly FileOutcome[], options: FinishRunOptions): Promise<{ editions: RunReport['editions']; fingerprint: string }> {
  const { publishing = {}, editionDates = async () => ({}) } = options;
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
  const { publishEditions } = await import('../publish/edition/publish-editions.ts');
  const outcomes = await publishEditions(outDir, { toolVersion, editionDates: await editionDates(), coverlessDates: await readCoverlessDates(outDir), ...linking });
  const editions = outcomes.map((e) => ({ dataset: e.dataset, edition: e.edition, status: e.status, path: e.path, previous: e.previous, reason: e.reason }));
  return { editions, fingerprint: await outputFingerprint(outDir, publishing) };
}

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
  /**
   * Edition dates by PDF file name (a sources file's `editions`, which take the place of the
   * cover's date), read only when the editions are published. @defaultValue none
   */
  editionDates?: () => Promise<Readonly<Record<string, string>>>;
}

export function finishRun(outDir: string, files: FileOutcome[], startedAt: string, options: FinishRunOptions = {}): Promise<RunReport> {
  const { lock, publishing = {} } = options;
  return withOutputLock(
    outDir,
    async () => {
      await writeDocumentIndex(outDir);
      // The fingerprint of a folder whose editions were not published never matches one whose were,
      // so the next run publishes them rather than reusing this report's none.
      const { editions, fingerprint } = files.some((f) => f.status === 'unknown')
        ? { editions: [], fingerprint: await outputFingerprint(outDir, publishing, false) }
        : await publishOrReuseEditions(outDir, files, options);
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
