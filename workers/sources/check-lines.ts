import type { RetryingSource, SourcesCheck } from './check-sources.ts';

/** `https://…/a.pdf: timed out (failed 2 checks in a row; tried again at the next)`, the line a user reads. */
export const retryLine = (r: RetryingSource): string =>
  `${r.source}: ${r.reason} (failed ${r.attempts === 1 ? 'this check' : `${r.attempts} checks in a row`}; tried again at the next)`;

/** `3 links refused (2 to hosts not allowed, 1 past the link cap)` for a summary line, or `null` when none was. */
export function refusedLinksNote(check: Pick<SourcesCheck, 'ignoredLinks' | 'linksOverCap'>): string | null {
  const hosts = check.ignoredLinks.length;
  const total = hosts + check.linksOverCap;
  return total === 0 ? null : `${total} links refused (${hosts} to hosts not allowed, ${check.linksOverCap} past the link cap)`;
}
