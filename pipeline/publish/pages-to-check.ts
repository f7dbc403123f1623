import type { DocumentText, Page, PageToCheck } from '../../schemas/types.ts';
import { meanConfidence } from '../mean-confidence.ts';

export interface PagesToCheckOptions {
  /**
   * Mean OCR confidence (0–100) under which a page read by OCR is one to check: the samples' scans
   * read at 85 and up, a reading under 80 misses about a character in ten.
   * @defaultValue 80
   */
  minConfidence?: number;
}

const countChars = (lines: Page['lines']): number => lines.reduce((n, line) => n + line.text.replace(/\s+/gu, '').length, 0);
const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part * 10_000) / whole) / 10_000);

/** Why a published page needs a person's eyes, if it does: no text, a text layer kept unbelieved, an unsure OCR reading, hidden text. */
function reasonsToCheck(page: Page, confidence: number | null, minConfidence: number): string[] {
  const reasons: string[] = [];
  if (page.lines.length === 0) reasons.push(page.method_reason === null ? 'no text on the page' : `no text on the page (${page.method_reason})`);
  // A text layer with a reason is one judged garbled or incomplete but kept (OCR off): no one can believe it.
  else if (page.method === 'text' && page.method_reason !== null) reasons.push(page.method_reason);
  if (confidence !== null && confidence < minConfidence) reasons.push(`OCR confidence ${confidence} under ${minConfidence} (${page.method_reason ?? 'OCR'})`);
  // Text a shape hides is often a stale contact or a template's placeholder the source's makers should remove.
  if (page.hidden_text !== undefined) reasons.push(`text the page hides (under a shape painted over it, or in the colour under it), left out of its lines: ${page.hidden_text.map((text) => `「${text}」`).join('')}`);
  return reasons;
}

/**
 * The pages of a document a person should look at, each with its method, the share of its
 * characters read by OCR, the OCR's mean confidence and why: quarantined pages, pages with no text,
 * text layers kept although they cannot be believed, OCR readings under `minConfidence`, text the
 * page hides from its readers. Pages
 * whose text layer is trusted, or whose OCR is sure, are not listed.
 */
export function pagesToCheck(fileName: string, document: DocumentText, options: PagesToCheckOptions = {}): PageToCheck[] {
  const { minConfidence = 80 } = options;
  const published = document.pages.flatMap((page): PageToCheck[] => {
    const ocrLines = page.lines.filter((line) => line.confidence !== undefined);
    const confidence = meanConfidence(ocrLines.map((line) => line.confidence!));
    const [first, ...rest] = reasonsToCheck(page, confidence, minConfidence);
    if (first === undefined) return [];
    const ocrShare = share(countChars(ocrLines), countChars(page.lines));
    return [{ file_name: fileName, page: page.number, method: page.method, ocr_share: ocrShare, confidence, reasons: [first, ...rest] }];
  });
  const quarantined = document.quarantined_pages.map(
    (page): PageToCheck => ({ file_name: fileName, page: page.number, method: null, ocr_share: null, confidence: null, reasons: [`quarantined: ${page.message}`] }),
  );
  return [...published, ...quarantined].sort((a, b) => a.page - b.page);
}
