import { SourceError } from '../pipeline/errors.ts';
import { extractPage, type PageLayout } from '../pipeline/extract/extract-page.ts';
import { withPdfDocument } from '../pipeline/extract/pdf-document.ts';
import { assembleDocument, type SourceSummary } from '../pipeline/extract/assemble-document.ts';
import type { SourceDocument } from '../pipeline/ingest/ingest-sources.ts';
import type { OcrPool } from '../pipeline/ocr/ocr-pool.ts';
import { publishDocumentDataset, type PublishOutcome } from '../pipeline/publish/document-dataset.ts';
import { validateAgainst } from '../pipeline/validate/schema-validator.ts';

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
  status: PublishOutcome;
}

/** Assembles a document from all its pages (in page order), validates it and publishes it under `outDir`. */
export async function finishDocument(source: SourceSummary, layouts: readonly PageLayout[], outDir: string): Promise<FinishedDocument> {
  const document = assembleDocument(source, layouts);
  const issues = validateAgainst('document-text.schema.json', document);
  if (issues.length > 0) throw new Error(`The extracted text breaks its schema: ${issues[0]!.message}`);
  return { documentId: document.id, pages: document.pages.length, status: await publishDocumentDataset(outDir, document) };
}
