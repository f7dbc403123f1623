/**
 * Mean OCR confidence to one decimal, or null without OCR'd lines: one rounding for the records'
 * confidence (structure) and the pages to check (publish), so the two never disagree.
 */
export const meanConfidence = (scores: readonly number[]): number | null =>
  scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
