/**
 * Where the distributed mode keeps its state in Redis. Every key starts with the prefix, so several
 * pipelines (or test runs) share one Redis without seeing each other's jobs.
 */

/** @defaultValue prefix of every key when none is given */
export const defaultPrefix = 'pdf-opendata';

/**
 * The two queues of a document's flow: its pages (children) and the job that finishes it (parent);
 * and the release checks the scheduler adds (`schedule-releases.ts`).
 */
export const queueNames = {
  pages: 'pages',
  documents: 'documents',
  releases: 'releases',
} as const;

/**
 * Job ids come from the content, never from a counter: the same PDF enqueued twice (or by two
 * enqueuers at once) maps to the same jobs, which BullMQ adds only once.
 */
export const documentJobId = (sha256: string): string => `document-${sha256}`;

export const pagesJobId = (sha256: string, firstPage: number, lastPage: number): string =>
  `pages-${sha256}-${firstPage}-${lastPage}`;

/** The pages a pages job covers, from its id or its Redis key (`…:pages:pages-<sha>-3-4`). */
export function pagesOfJobKey(key: string): { first: number; last: number } | null {
  const match = /pages-[0-9a-f]{64}-(\d+)-(\d+)$/.exec(key);
  return match === null ? null : { first: Number(match[1]), last: Number(match[2]) };
}

/** The Redis key of a PDF's bytes, stored once for all its pages jobs. */
export const sourceBytesKey = (prefix: string, sha256: string): string => `${prefix}:sources:${sha256}`;
