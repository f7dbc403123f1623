import type { DocumentText } from '../../schemas/types.ts';
import { documentId } from '../ingest/document-id.ts';
import type { PageLayout } from './extract-page.ts';

/** What assembly needs of the source file (not its bytes: pages may have been read elsewhere). */
export interface SourceSummary {
  fileName: string;
  sha256: string;
  bytes: number;
}

/** The generic text dataset of a document from all its pages, in page order whatever order they came in. */
export function assembleDocument(source: SourceSummary, layouts: readonly PageLayout[]): DocumentText {
  const pages = [...layouts].sort((a, b) => a.page.number - b.page.number).map((layout) => layout.page);
  return {
    schema_version: '1.0.0',
    id: documentId(source.fileName, source.sha256),
    source: { file_name: source.fileName, sha256: source.sha256, bytes: source.bytes, page_count: pages.length },
    pages,
  };
}
