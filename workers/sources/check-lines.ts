import type { RetryingSource, SourcesCheck } from './check-sources.ts';

/** `https://…/a.pdf: timed out (failed 2 checks in a row; tried again at the next)`, the line a user reads. */
export const retryLine = (r: RetryingSource): string =>
  `${r.source}: ${r.reason} (failed ${r.attempts === 1 ? 'this check' : `${r.attempts} checks in a row`}; tried again at the next)`;

type RefusedLinks = Pick<SourcesCheck, 'ignoredLinks' | 'linksOverCap'>;

/** Links on release pages a check did not follow: to hosts not allowed, or past the link cap. */
export const refusedLinkCount = (check: RefusedLinks): number => check.ignoredLinks.length + check.linksOverCap;

/** `3 links refused (2 to hosts not allowed, 1 past the link cap)` for a summary line, or `null` when none was. */
export function refusedLinksNote(check: RefusedLinks): string | null {
  const total = refusedLinkCount(check);
  return total === 0 ? null : `${total} links refused (${check.ignoredLinks.length} to hosts not allowed, ${check.linksOverCap} past the link cap)`;
}
