import type { DocumentText, QuarantinedPage } from '../../schemas/types.ts';
import { SourceError, type SourceErrorCode } from '../errors.ts';
import { documentId } from '../ingest/document-id.ts';
import { normaliseCharacters, readPrivateUse } from '../normalise/normalise-text.ts';
import { searchableLine } from '../normalise/searchable-line.ts';
import type { ExtractedPages, SourceSummary } from './types.ts';

const PAGE_FAULTS: ReadonlySet<SourceErrorCode> = new Set<QuarantinedPage['code']>(['damaged', 'page-too-large', 'page-timeout', 'no-text-read']);

/**
 * The page a `SourceError` met while reading page `pageNumber`, when the fault is the page's own
 * (broken content, too large, too slow): the rest of the document can still be read. Undefined for
 * faults of the whole file.
 */
export function quarantinedPage(error: unknown, pageNumber: number): QuarantinedPage | undefined {
  if (!(error instanceof SourceError) || !PAGE_FAULTS.has(error.code)) return undefined;
  return { number: pageNumber, code: error.code as QuarantinedPage['code'], message: error.message };
}

const byNumber = (a: { number: number }, b: { number: number }): number => a.number - b.number;

/**
 * The generic text dataset of a document from all its pages, in page order whatever order they
 * came in, its lines normalised for search (`searchableLine`). Pages that could not be read are listed, not published; a document none of whose pages
 * could be read is not a document: it fails with its first page's reason.
 */
export function assembleDocument(source: SourceSummary, extracted: ExtractedPages): DocumentText {
  const quarantined = [...extracted.quarantined].sort(byNumber);
  if (extracted.layouts.length === 0 && quarantined.length > 0) throw new SourceError(quarantined[0]!.code, quarantined[0]!.message);
  // Published for search: each line normalised, its printed text kept as raw. The record stages read the layouts, as printed.
  const pages = extracted.layouts
    .map(({ page }) => ({ ...page, lines: page.lines.map(searchableLine), ...(page.hidden_text === undefined ? {} : { hidden_text: page.hidden_text.map((text) => readPrivateUse(normaliseCharacters(text))) }) }))
    .sort(byNumber);
  return {
    schema_version: '1.2.0',
    id: documentId(source.fileName, source.sha256),
    source: { file_name: source.fileName, sha256: source.sha256, bytes: source.bytes, page_count: pages.length + quarantined.length },
    pages,
    quarantined_pages: quarantined,
  };
}
