import { SourceError } from '../pipeline/errors.ts';
import { extractPage, type PageLayout } from '../pipeline/extract/extract-page.ts';
import { withPdfDocument } from '../pipeline/extract/pdf-document.ts';
import { assembleDocument, type SourceSummary } from '../pipeline/extract/assemble-document.ts';
import type { SourceDocument } from '../pipeline/ingest/ingest-sources.ts';
import type { OcrPool } from '../pipeline/ocr/ocr-pool.ts';
import { publishDocumentDataset, type PublishOutcome } from '../pipeline/publish/document-dataset.ts';
import { extractPolicies } from '../pipeline/structure/extract-policies.ts';
import { findTables } from '../pipeline/tables/find-tables.ts';
import { detectProfile } from '../pipeline/structure/profiles/index.ts';
import { validatePolicies } from '../pipeline/validate/quarantine.ts';
import { validateAgainst } from '../pipeline/validate/schema-validator.ts';
import type { Page, RecordSet } from '../schemas/types.ts';

/**
 * The two halves of processing one document, shared by every runner so that the embedded mode and
 * BullMQ publish byte-identical files: `extractPages` (any subset of pages, anywhere) and
 * `finishDocument` (everything after extraction, once all pages are in).
 */

export interface ExtractPagesOptions {
  ocr?: OcrPool;
  onPage?: (pageNumber: number, pageCount: number) => void;
}

/** Page count of a PDF, with the file's problems (not a PDF, encrypted, no pages …) as `SourceError`s. */
export async function countPages(source: SourceDocument): Promise<number> {
  return withPdfDocument(source.bytes, async (pdf) => requirePages(pdf.numPages));
}

function requirePages(count: number): number {
  if (count === 0) throw new SourceError('no-pages', 'no pages: the PDF is valid but its page tree is empty');
  return count;
}

/** Extracts the given pages (1-based) of one PDF in the order given, or all of them. */
export async function extractPages(
  source: SourceDocument,
  pageNumbers: readonly number[] | 'all',
  options: ExtractPagesOptions = {},
): Promise<PageLayout[]> {
  return withPdfDocument(source.bytes, async (pdf) => {
    const count = requirePages(pdf.numPages);
    const wanted = pageNumbers === 'all' ? Array.from({ length: count }, (_, i) => i + 1) : pageNumbers;
    const layouts: PageLayout[] = [];
    for (const n of wanted) {
      layouts.push(await extractPage(pdf, n, { ocr: options.ocr }));
      options.onPage?.(n, count);
    }
    return layouts;
  });
}

export interface FinishedDocument {
  documentId: string;
  pages: number;
  /** The family that read the records, or null when none recognised the document. */
  profile: string | null;
  records: number | null;
  quarantined: number | null;
  status: PublishOutcome;
}

/** The records of a document when a profile recognises it, validated: failures quarantined with their reasons. */
function readRecords(source: SourceSummary, layouts: readonly PageLayout[], pages: readonly Page[]): RecordSet | null {
  const profile = detectProfile(pages);
  if (profile === undefined) return null;
  const { records, issues } = extractPolicies(layouts, profile, source);
  const validated = validatePolicies(records);
  return { schema_version: '1.0.0', profile: profile.id, records: validated.records, quarantine: validated.quarantine, issues };
}

/** Assembles a document from all its pages (in any order), reads its records, validates and publishes it under `outDir`. */
export async function finishDocument(source: SourceSummary, layouts: readonly PageLayout[], outDir: string): Promise<FinishedDocument> {
  const document = assembleDocument(source, layouts);
  const problems = validateAgainst('document-text.schema.json', document);
  if (problems.length > 0) throw new Error(`The extracted text breaks its schema: ${problems[0]!.message}`);
  const ordered = [...layouts].sort((a, b) => a.page.number - b.page.number);
  const tables = findTables(ordered);
  const records = readRecords(source, ordered, document.pages);
  return {
    documentId: document.id,
    pages: document.pages.length,
    profile: records?.profile ?? null,
    records: records?.records.length ?? null,
    quarantined: records?.quarantine.length ?? null,
    status: await publishDocumentDataset(outDir, { document, tables, records }),
  };
}
