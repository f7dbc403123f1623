import { escapeControls } from '../escape-controls.ts';

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

/** What the dashboard shows for each queue (Bull Board's display name and description), in Japanese. */
export const queueTitles: Readonly<Record<keyof typeof queueNames, { displayName: string; description: string }>> = {
  pages: { displayName: 'pages: ページの読み取り', description: 'PDFのページをまとめて読むジョブ (テキスト層、OCR、表)。' },
  documents: { displayName: 'documents: 文書の仕上げ', description: 'PDFごとに、読んだページからレコードを組み立てて公開するジョブ。' },
  releases: { displayName: 'releases: 公開ページの確認', description: 'ソースファイルの公開ページを確認し、新しいPDFを登録するジョブ。' },
};

/**
 * A job's name is what the dashboard lists it by: its file (control characters escaped, as on every
 * log line). Its id, not its name, makes it unique, so two files of one name are still two jobs.
 */
export const documentJobName = (fileName: string): string => escapeControls(fileName);

/** A pages job's name: its file and pages, and its lane past the first (`file.pdf p.1-40 lane 2`). */
export const pagesJobName = (fileName: string, firstPage: number, lastPage: number, lane = 1): string =>
  `${escapeControls(fileName)} p.${firstPage}${lastPage === firstPage ? '' : `-${lastPage}`}${lane === 1 ? '' : ` lane ${lane}`}`;

/**
 * Job ids come from the content, never from a counter: the same PDF enqueued twice (or by two
 * enqueuers at once) maps to the same jobs, which BullMQ adds only once.
 */
export const documentJobId = (sha256: string): string => `document-${sha256}`;

export const pagesJobId = (sha256: string, firstPage: number, lastPage: number, lane = 1): string =>
  `pages-${sha256}-${firstPage}-${lastPage}${lane === 1 ? '' : `-lane-${lane}`}`;

/** The pages a pages job covers, from its id or its Redis key (`…:pages:pages-<sha>-1-40`, `…-1-40-lane-2`). */
export function pagesOfJobKey(key: string): { first: number; last: number } | null {
  const match = /pages-[0-9a-f]{64}-(\d+)-(\d+)(?:-lane-\d+)?$/.exec(key);
  return match === null ? null : { first: Number(match[1]), last: Number(match[2]) };
}

/** The Redis key of a PDF's bytes, stored once for all its pages jobs. */
export const sourceBytesKey = (prefix: string, sha256: string): string => `${prefix}:sources:${sha256}`;
