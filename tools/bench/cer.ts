import { editDistance } from '../../pipeline/normalise/edit-distance.ts';

/** Text as the CER compares it: NFKC (so radical look-alikes and full-width forms meet their usual forms), no whitespace. */
export const normaliseForCer = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '');

/** Edits and reference length of one page, so that pages can be pooled into one CER. */
export interface CerCount {
  edits: number;
  referenceChars: number;
}

export function countErrors(hypothesis: string, reference: string): CerCount {
  const ref = normaliseForCer(reference);
  return { edits: editDistance(normaliseForCer(hypothesis), ref), referenceChars: Array.from(ref).length };
}

/** Character error rate over several pages: all edits over all reference characters. */
export function pooledCer(counts: readonly CerCount[]): number {
  const chars = counts.reduce((sum, c) => sum + c.referenceChars, 0);
  return chars === 0 ? 0 : counts.reduce((sum, c) => sum + c.edits, 0) / chars;
}
