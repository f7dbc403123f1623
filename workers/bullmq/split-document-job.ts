import { UnrecoverableError, WaitingChildrenError, type Job, type Queue } from 'bullmq';
import { SourceError } from '../../pipeline/errors.ts';
import type { ProcessingLimits } from '../../pipeline/limits.ts';
import { pagesJobs } from './enqueue-documents.ts';
import { encodeSourceFailure, type FinishJobData, type FinishJobResult, type PagesJobData, type PagesJobResult } from './job-types.ts';
import { countPages } from '../thread-pages.ts';
import type { SourceStore } from './source-store.ts';

/**
 * The first step of a document's job (BullMQ's parent/children pattern): the worker that takes a
 * document queued without its page count counts the pages, adds the pages jobs (a lane per live
 * worker, process-pages-job.ts) as the job's children and records the count in the job, so that a retry (this worker lost) does not
 * count again; then, while any child is unfinished, the job waits for them (`WaitingChildrenError`)
 * and BullMQ hands it to a worker again once they are done. Returns once every child has
 * finished: the job's data, with its page count. A PDF that cannot be opened (not a PDF,
 * encrypted, over `--max-pages` …) fails the job for good with its `SourceError`.
 */
export async function splitDocumentJob(
  job: Job<FinishJobData, FinishJobResult>,
  token: string | undefined,
  store: SourceStore,
  pages: Queue<PagesJobData, PagesJobResult>,
  limits?: ProcessingLimits,
): Promise<FinishJobData & { pageCount: number }> {
  const { fileName, sha256, plan } = job.data;
  let { pageCount } = job.data;
  if (pageCount === undefined) {
    if (plan === undefined) throw new Error(`Cannot split ${fileName}: its job has neither a page count nor a plan`);
    try {
      // Opened in a page thread, as a page is read: a PDF that hangs pdf.js as it opens is abandoned at the page's time limit.
      const bytes = await store.read(sha256, fileName);
      pageCount = await countPages({ path: fileName, fileName, sha256, bytes }, { ...limits, maxPages: plan.maxPages });
    } catch (error) {
      if (error instanceof SourceError) throw new UnrecoverableError(encodeSourceFailure(error));
      throw error;
    }
    const parent = { id: job.id!, queue: job.queueQualifiedName };
    // A lane per live worker, so that each can help with the document's end when it has nothing else.
    const lanes = await pages.getWorkersCount();
    // This run of the document: queued again (after a failure), it claims its pages afresh.
    const run = String(job.timestamp);
    // Job ids come from the content: a retry adds none twice.
    await pages.addBulk(pagesJobs(job.data, pageCount, plan, job.prefix, lanes, run).map(({ name, data, opts }) => ({ name, data: data as PagesJobData, opts: { ...opts, parent } })));
    await job.updateData({ ...job.data, pageCount, run });
  }
  if (token !== undefined && (await job.moveToWaitingChildren(token))) throw new WaitingChildrenError();
  return { ...job.data, pageCount };
}
