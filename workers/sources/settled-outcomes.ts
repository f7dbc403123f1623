import type { SourceErrorCode } from '../../pipeline/errors.ts';
import type { FileOutcome } from '../../schemas/types.ts';
import type { UnsettledFile } from './check-sources.ts';

/**
 * Failures of the bytes themselves: another try of the same file fails the same way. Every other
 * failure (a limit, a page timeout, an I/O error, a worker's folder not found) may pass next time.
 */
const settledCodes: ReadonlySet<string> = new Set<SourceErrorCode>(['not-a-pdf', 'empty-file', 'truncated', 'encrypted', 'no-pages', 'damaged']);

/** Whether an outcome is a failure that another try of the same bytes may not meet. */
export const isUnsettledFailure = (outcome: Pick<FileOutcome, 'status' | 'error'>): boolean =>
  outcome.status === 'failed' && !settledCodes.has(outcome.error?.code ?? '');

/** The files of a run or an enqueue that failed for a reason another try may not meet. */
export function unsettledFiles(outcomes: readonly FileOutcome[]): UnsettledFile[] {
  return outcomes.flatMap((f) => (isUnsettledFailure(f) && f.sha256 !== null ? [{ sha256: f.sha256, reason: f.error?.message ?? 'failed' }] : []));
}
