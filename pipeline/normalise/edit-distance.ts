/**
 * Levenshtein distance over code points, in O(min(n, m)) memory: the OCR bench's character error
 * rate, the eval's matching of names that OCR misread, and the check of an invisible OCR layer
 * against a fresh reading.
 */
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
