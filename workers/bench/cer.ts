/** Text as the CER compares it: NFKC (so radical look-alikes and full-width forms meet their usual forms), no whitespace. */
export const normaliseForCer = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '');

/** Levenshtein distance over code points, in O(min(n, m)) memory. */
export function editDistance(a: string, b: string): number {
  let [long, short] = [Array.from(a), Array.from(b)];
  if (short.length > long.length) [long, short] = [short, long];
  let previous = Array.from({ length: short.length + 1 }, (_, i) => i);
  let current = new Array<number>(short.length + 1);
  for (let i = 1; i <= long.length; i++) {
    current[0] = i;
    const char = long[i - 1];
    for (let j = 1; j <= short.length; j++) {
      const substitution = previous[j - 1]! + (short[j - 1] === char ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[short.length]!;
}

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
