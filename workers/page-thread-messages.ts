import type { SourceErrorCode } from '../pipeline/errors.ts';
import type { PageLayout } from '../pipeline/extract/types.ts';
import type { ResolvedLimits } from '../pipeline/limits.ts';
import type { OcrLayerMode } from '../pipeline/extract/ocr-layer-check.ts';
import type { GrayImage, OcrLanguage, OcrPage } from '../pipeline/ocr/types.ts';
import type { QuarantinedPage } from '../schemas/types.ts';

/** One document for a page thread: its bytes, the pages wanted (none: only open and count them). */
export interface PageThreadJob {
  /** The document's sha256: a thread keeps the last document open for the next job with the same key. */
  documentKey: string;
  bytes: Uint8Array;
  pages: readonly number[] | 'all';
  limits: ResolvedLimits;
  /** Whether pages without a usable text layer are sent back for OCR. */
  ocr: boolean;
  /** What OCR does with an invisible OCR layer over a scan. */
  ocrLayers: OcrLayerMode;
}

/** Parent → thread. */
export type ToPageThread =
  | { type: 'job'; job: PageThreadJob }
  | { type: 'ocr-result'; id: number; page?: OcrPage; error?: string };

/** Thread → parent, in this order per job: opened, (page-start, ocr*, page | page-failed)*, done | failed. */
export type FromPageThread =
  | { type: 'ready' }
  | { type: 'opened'; pageCount: number }
  | { type: 'page-start'; pageNumber: number }
  | { type: 'ocr'; id: number; image: GrayImage; language: OcrLanguage }
  | { type: 'page'; pageNumber: number; pageCount: number; layout: PageLayout }
  | { type: 'page-failed'; pageNumber: number; pageCount: number; quarantined: QuarantinedPage }
  | { type: 'done' }
  | { type: 'failed'; error: { code?: SourceErrorCode; message: string; stack?: string | undefined } };
