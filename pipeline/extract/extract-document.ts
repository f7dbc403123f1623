import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentText, Page } from '../../schemas/types.ts';
import { documentId } from '../ingest/document-id.ts';
import type { SourceDocument } from '../ingest/ingest-sources.ts';
import { layoutTextLines, type LineLayoutOptions, type TextRun } from './text-lines.ts';
import { withPdfDocument } from './pdf-document.ts';

export interface ExtractOptions {
  layout?: LineLayoutOptions;
  /** Called after each page, for progress reporting. */
  onPage?: (pageNumber: number, pageCount: number) => void;
}

/** Extracts one page's text layer as positioned lines in reading order. */
export async function extractPage(pdf: PDFDocumentProxy, pageNumber: number, options: ExtractOptions = {}): Promise<Page> {
  const page = await pdf.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: 1 });
    // Keep the text exactly as printed: normalisation (Kangxi radicals, NFKC) is a later stage that keeps the raw.
    const content = await page.getTextContent({ disableNormalization: true });
    const runs = content.items.filter((item): item is TextRun & typeof item => 'str' in item);
    return {
      number: pageNumber,
      width: Math.round(viewport.width * 100) / 100,
      height: Math.round(viewport.height * 100) / 100,
      method: 'text',
      method_reason: null,
      lines: layoutTextLines(runs, viewport.transform, options.layout),
    };
  } finally {
    page.cleanup();
  }
}

/** Extracts the generic text dataset of one source PDF: every page, in order. */
export async function extractDocument(source: SourceDocument, options: ExtractOptions = {}): Promise<DocumentText> {
  return withPdfDocument(source.bytes, async (pdf) => {
    const pages: Page[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      pages.push(await extractPage(pdf, n, options));
      options.onPage?.(n, pdf.numPages);
    }
    return {
      schema_version: '1.0.0',
      id: documentId(source.fileName, source.sha256),
      source: { file_name: source.fileName, sha256: source.sha256, bytes: source.bytes.length, page_count: pdf.numPages },
      pages,
    };
  });
}
