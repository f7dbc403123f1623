import { assembleDocument } from '../pipeline/extract/assemble-document.ts';
import type { ExtractedPages, SourceSummary } from '../pipeline/extract/types.ts';
import type { OcrLayerMode } from '../pipeline/extract/ocr-layer-check.ts';
import type { SourceDocument } from '../pipeline/ingest/ingest-sources.ts';
import type { OcrEngine } from '../pipeline/ocr/engine.ts';
import { pagesToCheck } from '../pipeline/publish/pages-to-check.ts';
import { publishDocumentDataset, recordCount, type PublishOutcome } from '../pipeline/publish/document-dataset.ts';
import { readRecordsLoadingWords } from '../pipeline/structure/read-records.ts';
import type { ProfileRegistry } from '../pipeline/structure/profiles/index.ts';
import { findTables } from '../pipeline/tables/find-tables.ts';
import { validateAgainst } from '../pipeline/validate/schema-validator.ts';
import { resolveLimits, type ProcessingLimits } from '../pipeline/limits.ts';
import type { OutputLockOptions } from '../pipeline/publish/output-lock.ts';
import type { QuarantinedPage } from '../schemas/types.ts';
import { codeVersion } from './code-version.ts';
import { extractInPageThread } from './page-threads.ts';

/**
 * The two halves of processing one document, shared by every runner so that the embedded mode and
 * BullMQ publish byte-identical files: `extractPages` (any subset of pages, anywhere) and
 * `finishDocument` (everything after extraction, once all pages are in).
 */

export interface ExtractPagesOptions {
  ocr?: OcrEngine;
  /**
   * What OCR does with an invisible OCR layer over a scan: keep it, check it against a fresh reading, replace it.
   * @defaultValue 'check'
   */
  ocrLayers?: OcrLayerMode;
  onPage?: (pageNumber: number, pageCount: number) => void;
  /** File size, page count, page size and time per page; see `ProcessingLimits` for the defaults. */
  limits?: ProcessingLimits;
}

/**
 * Page count of a PDF, with the file's problems (not a PDF, encrypted, no pages, a limit …) as
 * `SourceError`s. Opens the file in a page thread too: opening can hang like a page.
 */
export async function countPages(source: SourceDocument, limits?: ProcessingLimits): Promise<number> {
  const { pageCount } = await extractInPageThread(source, [], { limits: resolveLimits(limits) });
  return pageCount;
}

/**
 * Extracts the given pages (1-based) of one PDF in the order given, or all of them. The parsing
 * runs in a worker thread (workers/page-threads.ts) that is abandoned when a page takes longer
 * than `limits.pageSeconds`; OCR runs on this thread's pool. A page that cannot be read is
 * quarantined with its reason; a fault of the whole file is thrown.
 */
export async function extractPages(
  source: SourceDocument,
  pageNumbers: readonly number[] | 'all',
  options: ExtractPagesOptions = {},
): Promise<ExtractedPages> {
  const { layouts, quarantined } = await extractInPageThread(source, pageNumbers, { ...options, limits: resolveLimits(options.limits) });
  return { layouts, quarantined };
}

export interface FinishedDocument {
  documentId: string;
  pages: number;
  /** The family that read the records, or null when none recognised the document. */
  profile: string | null;
  records: number | null;
  quarantined: number | null;
  quarantinedPages: QuarantinedPage[];
  /** Fewer records than the document's structure promises (`fewer-records` in records.json), or null. */
  recordsWarning: string | null;
  /** Pages a person should look at (`pagesToCheck`), 0 when the document was not read in this run. */
  pagesToCheck: number;
  status: PublishOutcome;
}

export interface FinishDocumentOptions {
  /** The families known to the run. @defaultValue the built-in profiles */
  profiles?: ProfileRegistry;
  /** How the output folder's lock is waited for (who holds it is reported there). */
  lock?: OutputLockOptions;
}

/**
 * Assembles a document from all its pages (in any order), reads its records, validates and
 * publishes it under `outDir`, with the pages that could not be read listed as quarantined.
 */
export async function finishDocument(source: SourceSummary, extracted: ExtractedPages, outDir: string, options: FinishDocumentOptions = {}): Promise<FinishedDocument> {
  const document = assembleDocument(source, extracted);
  const problems = validateAgainst('document-text.schema.json', document);
  if (problems.length > 0) throw new Error(`The extracted text breaks its schema: ${problems[0]!.message}`);
  const ordered = [...extracted.layouts].sort((a, b) => a.page.number - b.page.number);
  const tables = findTables(ordered);
  const records = await readRecordsLoadingWords(source, ordered, ordered.map((layout) => layout.page), { profiles: options.profiles });
  return {
    documentId: document.id,
    pages: document.source.page_count,
    profile: records?.profile ?? null,
    records: recordCount(records),
    quarantined: records?.quarantine.length ?? null,
    quarantinedPages: document.quarantined_pages,
    recordsWarning: records?.issues.find((issue) => issue.type === 'fewer-records')?.message ?? null,
    pagesToCheck: pagesToCheck(source.fileName, document).length,
    status: await publishDocumentDataset(outDir, { document, tables, records, toolVersion: codeVersion }, options.lock),
  };
}
