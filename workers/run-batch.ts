import type { ProfileRegistry } from '../pipeline/structure/profiles/index.ts';
import { internalFailure, OutputError, SourceError } from '../pipeline/errors.ts';
import type { ExtractedPages } from '../pipeline/extract/types.ts';
import { ingestSources, type SourceDocument } from '../pipeline/ingest/ingest-sources.ts';
import type { ProcessingLimits } from '../pipeline/limits.ts';
import { ocrLayersRead, type OcrLayerMode } from '../pipeline/extract/ocr-layer-check.ts';
import type { OcrEngine } from '../pipeline/ocr/engine.ts';
import type { OcrEngineOptions } from '../pipeline/ocr/engines.ts';
import { removeUnfinishedFolders } from '../pipeline/publish/atomic-folder.ts';
import { removeUnusedDocumentVersions } from '../pipeline/publish/document-dataset.ts';
import { withOutputLock, type LockHolder } from '../pipeline/publish/output-lock.ts';
import type { FileOutcome, RunReport } from '../schemas/types.ts';
import { finishRun, writeStoppedRunReport, type PublishingOptions } from '../pipeline/run/finish-run.ts';
import { duplicateOutcome, failedOutcome, finishedOutcome, unreadablePathOutcome } from '../pipeline/run/run-report.ts';
import { findUnchangedDocument } from '../pipeline/run/unchanged-document.ts';
import { sourcesEditionDates } from './sources/edition-dates.ts';
import type { RunProgress } from './progress.ts';

export interface RunBatchOptions {
  /** Folder the datasets are published into. */
  outDir: string;
  progress?: RunProgress;
  /**
   * OCR workers for pages without a usable text layer; `false` keeps every page's text layer.
   * @defaultValue `{}` (one worker per core, started only when a page needs OCR)
   */
  ocr?: OcrEngineOptions | false;
  /** What OCR does with an invisible OCR layer over a scan. @defaultValue 'check' */
  ocrLayers?: OcrLayerMode;
  /** File size, page count, page size and time per page; a file over a limit fails, the batch goes on. */
  limits?: ProcessingLimits;
  /** Page threads reading one document's pages at once. @defaultValue `DEFAULT_PAGE_THREADS` (1) */
  threads?: number;
  /** The user's profiles before the built-in ones (`profileRegistry`). @defaultValue the built-in profiles */
  profiles?: ProfileRegistry;
  /** Called once per path or file that could not be processed, with the one-line reason. */
  onFailure?: (file: string, error: SourceError) => void;
  /** Called once per document a bug stopped (reported `internal-error`; the batch goes on), with what was thrown. */
  onInternalError?: (file: string, error: unknown) => void;
  /** Called when another process holds the output folder's lock and the run waits for it. */
  onLockWait?: (holder: LockHolder) => void;
  /** Called with the staging and retired folders a crashed writer left, removed at the start. */
  onUnfinishedRemoved?: (folders: string[]) => void;
  /** How the editions are published (`--base-url`). @defaultValue `{}` */
  publishing?: PublishingOptions;
}

/** A document after its pages were read: its pages to finish, or already its outcome (unchanged) or what stopped it. */
type ReadDocument = { pages: ExtractedPages } | { outcome: FileOutcome } | { failure: unknown };

/**
 * The page-thread half of a document: its pages, unless it is published already or cannot be read
 * (a fault of the file, or a bug: either is the document's failure). Only an output error, which
 * every later document would meet too, is thrown on.
 */
async function readDocument(source: SourceDocument, ocrPool: () => Promise<OcrEngine | undefined>, options: RunBatchOptions): Promise<ReadDocument> {
  try {
    const unchanged = await findUnchangedDocument(source, options.outDir, ocrLayersRead(options.ocr !== false, options.ocrLayers));
    if (unchanged !== undefined) return { outcome: finishedOutcome(source.path, source, unchanged) };
    // Loaded by the first document to read: an unchanged re-run does without pdf.js and the records stage.
    const { extractPages } = await import('./thread-pages.ts');
    const pages = await extractPages(source, 'all', {
      ocr: await ocrPool(),
      ...(options.ocrLayers === undefined ? {} : { ocrLayers: options.ocrLayers }),
      limits: options.limits,
      threads: options.threads,
      onPage: (page, pageCount) => options.progress?.pageDone(source.fileName, page, pageCount),
    });
    return { pages };
  } catch (error) {
    if (error instanceof OutputError) throw error;
    return { failure: error };
  }
}

/**
 * The main-thread half: validates and publishes the pages read. A fault of the file is reported in
 * the outcome with its code, a bug as `internal-error`; neither is thrown, an output error is.
 */
async function finishReadDocument(source: SourceDocument, read: ReadDocument, options: RunBatchOptions): Promise<FileOutcome> {
  let outcome: FileOutcome;
  try {
    if ('failure' in read) throw read.failure;
    if ('outcome' in read) {
      outcome = read.outcome;
    } else {
      const { finishDocument, summaryOf } = await import('../pipeline/run/document.ts');
      const finished = await finishDocument(summaryOf(source), read.pages, options.outDir, { profiles: options.profiles, lock: { onWait: options.onLockWait }, ocrLayers: ocrLayersRead(options.ocr !== false, options.ocrLayers) });
      outcome = finishedOutcome(source.path, source, finished);
    }
  } catch (error) {
    if (error instanceof OutputError) throw error;
    if (error instanceof SourceError) {
      outcome = failedOutcome(source.path, source, { code: error.code, message: error.message });
      options.onFailure?.(source.path, error);
    } else {
      outcome = failedOutcome(source.path, source, internalFailure(error));
      options.onInternalError?.(source.path, error);
    }
  }
  options.progress?.fileDone(source.fileName);
  return outcome;
}

/**
 * The embedded mode: runs every stage in this process, file after file, the page thread reading
 * one document while this thread finishes the one before (at most two in memory). Outcomes and
 * failures are reported in the order of the files; a path or file that cannot be read is reported
 * and the batch goes on; the run report is written last. At the start, under the output folder's
 * lock, the folders a crashed writer left half written are removed. When the output folder cannot
 * be written the run stops: its report (the files done, the reason) is written if it can be, and
 * the `OutputError` is thrown. A bug met on a document fails that document (`internal-error`); one
 met outside any document is thrown as it is.
 */
export async function runBatch(paths: readonly string[], options: RunBatchOptions): Promise<RunReport> {
  const { outDir, progress, onLockWait } = options;
  const startedAt = new Date().toISOString();
  const files: FileOutcome[] = [];
  try {
    const removed = await withOutputLock(outDir, async () => [...(await removeUnfinishedFolders(outDir)), ...(await removeUnusedDocumentVersions(outDir))], {
      onWait: onLockWait,
    });
    if (removed.length > 0) options.onUnfinishedRemoved?.(removed);
    const { documents, duplicates, unreadable } = await ingestSources(paths);
    for (const path of unreadable) {
      options.onFailure?.(path.path, path.error);
      files.push(unreadablePathOutcome(path));
    }
    progress?.start(documents.length);
    await processDocuments(documents, options, files);
    progress?.stop();
    files.push(...duplicates.map(duplicateOutcome));
    return await finishRun(outDir, files, startedAt, { lock: { onWait: onLockWait }, publishing: options.publishing, editionDates: sourcesEditionDates(outDir) });
  } catch (error) {
    progress?.stop();
    if (error instanceof OutputError) await writeStoppedRunReport(outDir, files, startedAt, error);
    throw error;
  }
}

/** Reads and publishes each document, adding its outcome to `files` in their order. */
async function processDocuments(documents: readonly SourceDocument[], options: RunBatchOptions, files: FileOutcome[]): Promise<void> {
  const { ocr = {} } = options;
  // OCR workers start only when a page needs them, and serve every document of the run; the pool
  // itself (and tesseract.js) loads with the first document to read.
  let pool: Promise<OcrEngine> | undefined;
  const ocrPool = (): Promise<OcrEngine | undefined> =>
    ocr === false ? Promise.resolve(undefined) : (pool ??= import('../pipeline/ocr/engines.ts').then(({ createOcrEngine }) => createOcrEngine(ocr)));
  try {
    let finishing = Promise.resolve();
    for (const source of documents) {
      const read = await readDocument(source, ocrPool, options);
      await finishing;
      finishing = finishReadDocument(source, read, options).then((outcome) => void files.push(outcome));
      // Awaited on the next turn or after the loop; until then it must not count as an unhandled rejection.
      finishing.catch(() => undefined);
    }
    await finishing;
  } finally {
    await (await pool)?.close();
  }
}
