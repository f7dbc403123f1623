/** Several measurements of one quantity: the median and the range, with every value kept. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  values: number[];
}

const round = (n: number, digits = 4): number => Number(n.toPrecision(digits));

export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('Cannot summarise no measurements');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!), values: values.map((v) => round(v)) };
}

/**
 * Ratios of paired measurements (a[i] / b[i]): each run of the pipeline against the reference
 * run next to it, so that a noisy neighbour slows both sides of a pair, not one side of the median.
 */
export function pairedRatios(a: readonly number[], b: readonly number[]): Summary {
  if (a.length !== b.length) throw new Error(`Cannot pair ${a.length} measurements with ${b.length}`);
  return summarise(a.map((value, i) => value / b[i]!));
}

/** `12.3 (11.8–13.0)`: a median with its range. */
export function formatSummary(summary: Summary, digits = 3): string {
  const f = (n: number): string => formatNumber(n, digits);
  return summary.values.length === 1 ? f(summary.median) : `${f(summary.median)} (${f(summary.min)}–${f(summary.max)})`;
}

export function formatNumber(n: number, digits = 3): string {
  if (n === 0 || !Number.isFinite(n)) return String(n);
  const magnitude = Math.floor(Math.log10(Math.abs(n)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return n.toFixed(Math.min(decimals, 4));
}
