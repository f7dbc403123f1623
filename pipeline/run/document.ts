import type { ExtractedPdf, QuarantinedPage } from '../../schemas/types.ts';
import { assembleDocument } from '../extract/assemble-document.ts';
import type { ExtractedPages, SourceSummary } from '../extract/types.ts';
import type { OcrLayerMode } from '../extract/ocr-layer-check.ts';
import type { SourceDocument } from '../ingest/ingest-sources.ts';
import type { OutputLockOptions } from '../publish/output-lock.ts';
import { pagesToCheck } from '../publish/pages-to-check.ts';
import { publishDocumentDataset, recordCount, type PublishOutcome } from '../publish/document-dataset.ts';
import type { DocumentProfile } from '../structure/profile.ts';
import type { ProfileRegistry } from '../structure/profiles/index.ts';
import { readRecordsLoadingWords } from '../structure/read-records.ts';
import { findTables } from '../tables/find-tables.ts';
import { validateAgainst } from '../validate/schema-validator.ts';
import { codeVersion } from './code-version.ts';
import { untimed, type StageHook } from './stage-hook.ts';

/**
 * One document from its pages to its published folder: the one stage sequence every runner, tool
 * and test calls, so that the embedded mode, BullMQ, `extract` and the eval read a document alike.
 * Where the pages are read is the caller's (a `PageReader`); from them on it is all here.
 */

/** Reads a document's pages: in page threads with the page clock (workers/thread-pages.ts), or in this thread (`readPdfPages`). */
export type PageReader = (source: SourceDocument) => Promise<ExtractedPages>;

export interface ReadContentOptions {
  /** The families known to the run. @defaultValue the built-in profiles */
  profiles?: ProfileRegistry;
  /** The family to read with: a profile, `null` for none, or undefined to recognise it. @defaultValue recognised */
  profile?: DocumentProfile | null;
  /** Wraps each stage, for timings. @defaultValue none */
  stage?: StageHook;
}

/**
 * A document's text (checked against its schema), tables and records (validated: a record that
 * breaks its schema is quarantined) from its pages, in any order. A document none of whose pages
 * could be read fails with its first page's reason.
 */
export async function readContent(source: SourceSummary, extracted: ExtractedPages, options: ReadContentOptions = {}): Promise<ExtractedPdf> {
  const { stage = untimed } = options;
  const document = await stage('assemble', () => {
    const assembled = assembleDocument(source, extracted);
    const problems = validateAgainst('document-text.schema.json', assembled);
    if (problems.length > 0) throw new Error(`The extracted text breaks its schema: ${problems[0]!.message}`);
    return assembled;
  });
  const ordered = [...extracted.layouts].sort((a, b) => a.page.number - b.page.number);
  const tables = await stage('tables', () => findTables(ordered));
  const records = await stage('records', () =>
    readRecordsLoadingWords(source, ordered, ordered.map((layout) => layout.page), {
      profiles: options.profiles,
      tables,
      ...(options.profile === undefined ? {} : { profile: options.profile }),
    }),
  );
  return { document, tables, records };
}

/** A document's pages read by `readPages`, then its content: what `extract` prints and the eval scores. */
export async function readDocument(source: SourceDocument, readPages: PageReader, options: ReadContentOptions = {}): Promise<ExtractedPdf> {
  return readContent(summaryOf(source), await readPages(source), options);
}

/** What assembly and publication need of a source (its bytes counted, not kept). */
export const summaryOf = (source: SourceDocument): SourceSummary => ({ fileName: source.fileName, sha256: source.sha256, bytes: source.bytes.length });

/** What a run reports of a document it published (or found unchanged). */
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

export interface FinishDocumentOptions extends Omit<ReadContentOptions, 'profile'> {
  /** How the output folder's lock is waited for (who holds it is reported there). */
  lock?: OutputLockOptions;
  /** The `--ocr-layers` mode the pages were read with (null: without OCR), recorded in the provenance so that a re-run with another reads them again; unrecorded when not given. */
  ocrLayers?: OcrLayerMode | null;
}

/**
 * Reads a document's content from all its pages (in any order) and publishes it under `outDir`,
 * with the pages that could not be read listed as quarantined: the second half of every runner,
 * once its pages are in (a runner may read them elsewhere, a BullMQ pages job).
 */
export async function finishDocument(source: SourceSummary, extracted: ExtractedPages, outDir: string, options: FinishDocumentOptions = {}): Promise<FinishedDocument> {
  const { stage = untimed } = options;
  const { document, tables, records } = await readContent(source, extracted, options);
  const status = await stage('publish', () => publishDocumentDataset(outDir, { document, tables, records, toolVersion: codeVersion, ocrLayers: options.ocrLayers }, options.lock));
  return {
    documentId: document.id,
    pages: document.source.page_count,
    profile: records?.profile ?? null,
    records: recordCount(records),
    quarantined: records?.quarantine.length ?? null,
    quarantinedPages: document.quarantined_pages,
    recordsWarning: records?.issues.find((issue) => issue.type === 'fewer-records')?.message ?? null,
    pagesToCheck: pagesToCheck(source.fileName, document).length,
    status,
  };
}

/** A document from its bytes to its published folder, its pages read by `readPages`. */
export async function processDocument(source: SourceDocument, readPages: PageReader, outDir: string, options: FinishDocumentOptions = {}): Promise<FinishedDocument> {
  return finishDocument(summaryOf(source), await readPages(source), outDir, options);
}
