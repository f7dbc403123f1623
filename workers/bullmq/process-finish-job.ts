import type { Job, Queue } from 'bullmq';
import { SourceError } from '../../pipeline/errors.ts';
import { writeDocumentIndex } from '../../pipeline/publish/document-dataset.ts';
import { finishDocument, type FinishDocumentOptions } from '../../pipeline/run/document.ts';
import { failedOutcome, finishedOutcome } from '../../pipeline/run/run-report.ts';
import type { FileOutcome } from '../../schemas/types.ts';
import { sourcesCacheDir } from '../sources/check-sources.ts';
import { isUnsettledFailure } from '../sources/settled-outcomes.ts';
import { markUnsettled } from '../sources/unsettled-marks.ts';
import type { ProcessingLimits } from '../../pipeline/limits.ts';
import { decodeFailure, finishJobResult, type FinishJobData, type FinishJobResult, type PagesJobData, type PagesJobResult } from './job-types.ts';
import { splitDocumentJob } from './split-document-job.ts';
import { pageClaimsKey, type PageClaims } from './page-claims.ts';
import { pagesOfJobKey } from './queue-names.ts';
import type { SourceStore } from './source-store.ts';

/** Where a failed lane stopped: the last pages it claimed (the lane's whole range if it claimed none). */
async function failedPages(key: string, claims: PageClaims, claimsKey: string | undefined): Promise<string> {
  const lane = Number(/-lane-(\d+)$/.exec(key)?.[1] ?? 1);
  const pages = (claimsKey === undefined ? undefined : (await claims.claimedBy(claimsKey, lane)).at(-1)) ?? pagesOfJobKey(key);
  if (pages === null) return 'some pages';
  return pages.first === pages.last ? `page ${pages.first}` : `pages ${pages.first}-${pages.last}`;
}

/**
 * The processor of the `documents` queue, the parent of a flow: splits the document into pages
 * jobs (`splitDocumentJob`), then finishes it once they all have, whether or not they succeeded
 * (they are added with `ignoreDependencyOnFailure`). With every page in, it calls the same `finishDocument` (pipeline/run/document.ts) as the
 * embedded run; with a page missing, the document is reported failed, naming the pages and why,
 * and nothing partial is published. `options.ocrLayers` is the mode this worker's pages workers
 * read with, recorded in the provenance as the embedded run records it.
 */
export function processFinishJob(
  outDir: string,
  store: SourceStore,
  pages: Queue<PagesJobData, PagesJobResult>,
  claims: PageClaims,
  options: Pick<FinishDocumentOptions, 'profiles' | 'ocrLayers'> & { limits?: ProcessingLimits } = {},
) {
  const { limits, ...finishOptions } = options;
  return async (job: Job<FinishJobData, FinishJobResult>, token?: string): Promise<FinishJobResult> => {
    const { fileName, sha256, bytes, pageCount } = await splitDocumentJob(job, token, store, pages, limits);
    const source = { fileName, sha256, bytes };
    const claimsKey = job.data.run === undefined ? undefined : pageClaimsKey(job.prefix, sha256, job.data.run);
    let outcome: FileOutcome;
    const failures = Object.entries(await job.getIgnoredChildrenFailures()).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
    if (failures.length > 0) {
      const [, reason] = failures[0]!;
      const { code, message } = decodeFailure(String(reason));
      const where = (await Promise.all(failures.map(([k]) => failedPages(k, claims, claimsKey)))).join(', ');
      outcome = failedOutcome(fileName, source, { code, message: `${message} (${where} of ${pageCount})` });
    } else {
      const chunks = Object.values(await job.getChildrenValues<PagesJobResult>());
      const extracted = { layouts: chunks.flatMap((c) => c.layouts), quarantined: chunks.flatMap((c) => c.quarantined) };
      const returned = extracted.layouts.length + extracted.quarantined.length;
      if (returned !== pageCount) throw new Error(`Cannot finish ${fileName}: ${returned} of its ${pageCount} pages came back`);
      try {
        const finished = await finishDocument(source, extracted, outDir, finishOptions);
        await writeDocumentIndex(outDir);
        outcome = finishedOutcome(fileName, source, finished);
      } catch (error) {
        // Every page quarantined: the document fails with its first page's reason, as in the embedded run.
        if (!(error instanceof SourceError)) throw error;
        outcome = failedOutcome(fileName, source, { code: error.code, message: error.message });
      }
    }
    if (job.data.origin !== undefined && isUnsettledFailure(outcome)) {
      const { family, source } = job.data.origin;
      await markUnsettled(sourcesCacheDir(outDir), { sha256, family, source, reason: outcome.error?.message ?? 'failed' });
    }
    await Promise.all([store.delete(sha256), claimsKey === undefined ? undefined : claims.delete(claimsKey)]);
    return finishJobResult(outcome);
  };
}
