import type { OcrLayerMode } from '../extract/ocr-layer-check.ts';
import { documentId } from '../ingest/document-id.ts';
import { findUpToDateDataset } from '../publish/document-dataset.ts';
import { codeVersion } from './code-version.ts';
import type { FinishedDocument } from './document.ts';

/**
 * The document as already published from the same bytes by this tool version (and schema
 * versions), its pages read with the same `--ocr-layers` mode (`ocrLayers`, null when OCR is off),
 * read back from its provenance, or undefined when it has to be processed: an unchanged re-run
 * opens no PDF.
 */
export async function findUnchangedDocument(
  source: { fileName: string; sha256: string },
  outDir: string,
  ocrLayers: OcrLayerMode | null,
): Promise<FinishedDocument | undefined> {
  const id = documentId(source.fileName, source.sha256);
  const published = await findUpToDateDataset(outDir, id, source.sha256, codeVersion, ocrLayers);
  if (published === undefined) return undefined;
  const { page_count: pages, profile, records, quarantined, quarantined_pages: quarantinedPages } = published;
  return { documentId: id, pages, profile, records, quarantined, quarantinedPages, recordsWarning: null, pagesToCheck: 0, status: 'unchanged' };
}
