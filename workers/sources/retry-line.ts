import type { RetryingSource } from './check-sources.ts';

/** `https://…/a.pdf: timed out (failed 2 checks in a row; tried again at the next)`, the line a user reads. */
export const retryLine = (r: RetryingSource): string =>
  `${r.source}: ${r.reason} (failed ${r.attempts === 1 ? 'this check' : `${r.attempts} checks in a row`}; tried again at the next)`;
