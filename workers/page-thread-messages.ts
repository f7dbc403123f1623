import type { SourceErrorCode } from '../pipeline/errors.ts';
import type { ResolvedLimits } from '../pipeline/limits.ts';
import type { OcrLayerMode } from '../pipeline/extract/ocr-layer-check.ts';
import type { GrayImage, OcrLanguage, OcrPage } from '../pipeline/ocr/types.ts';
import type { PageEvent } from '../pipeline/run/read-pages.ts';

/** One document for a page thread: its bytes and how to read it; the pages come one at a time (`next`, `next-page`) from the pages the document's threads share. */
export interface PageThreadJob {
  /** The document's sha256: a thread keeps the last document open for the next job with the same key. */
  documentKey: string;
  bytes: Uint8Array;
  limits: ResolvedLimits;
  /** Whether pages without a usable text layer are sent back for OCR. */
  ocr: boolean;
  /** What OCR does with an invisible OCR layer over a scan. */
  ocrLayers: OcrLayerMode;
}

/** Parent → thread. */
export type ToPageThread =
  | { type: 'job'; job: PageThreadJob }
  /** The page to read next, or none: the job is done. */
  | { type: 'next-page'; pageNumber: number | undefined }
  | { type: 'ocr-result'; id: number; page?: OcrPage; error?: string };

/** Thread → parent, in this order per job: opened, (next, page-start, ocr*, page | page-failed)*, next, done | failed (the page loop's events, the next page and OCR asked of the parent, the end). */
export type FromPageThread =
  | { type: 'ready' }
  | PageEvent
  | { type: 'next' }
  | { type: 'ocr'; id: number; image: GrayImage; language: OcrLanguage }
  | { type: 'done' }
  | { type: 'failed'; error: { code?: SourceErrorCode; message: string; stack?: string | undefined } };
