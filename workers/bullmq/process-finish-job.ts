import type { ProfileRegistry } from '../../pipeline/structure/profiles/index.ts';
import type { Job } from 'bullmq';
import { SourceError } from '../../pipeline/errors.ts';
import { documentId } from '../../pipeline/ingest/document-id.ts';
import { writeDocumentIndex } from '../../pipeline/publish/document-dataset.ts';
import { finishDocument } from '../document-job.ts';
import { sourcesCacheDir } from '../sources/check-sources.ts';
import { isUnsettledFailure } from '../sources/settled-outcomes.ts';
import { markUnsettled } from '../sources/unsettled-marks.ts';
import { decodeFailure, type FinishJobData, type FinishJobResult, type PagesJobResult } from './job-types.ts';
import { pagesOfJobKey } from './queue-names.ts';
import type { SourceStore } from './source-store.ts';

const pageRange = (key: string): string => {
  const pages = pagesOfJobKey(key);
  if (pages === null) return 'some pages';
  return pages.first === pages.last ? `page ${pages.first}` : `pages ${pages.first}-${pages.last}`;
};

/**
 * The processor of the `documents` queue, the parent of a flow: runs once all its pages jobs
 * have finished, whether or not they succeeded (they are added with `ignoreDependencyOnFailure`).
 * With every page in, it calls the same `finishDocument` as the embedded run; with a page missing,
 * the document is reported failed, naming the pages and why, and nothing partial is published.
 */
export function processFinishJob(outDir: string, store: SourceStore, profiles?: ProfileRegistry) {
  return async (job: Job<FinishJobData, FinishJobResult>): Promise<FinishJobResult> => {
    const { fileName, sha256, bytes, pageCount } = job.data;
    const outcome: FinishJobResult = {
      sha256,
      status: 'failed',
      document_id: documentId(fileName, sha256),
      pages: null,
      profile: null,
      records: null,
      quarantined: null,
      quarantined_pages: null,
      error: null,
    };
    const failures = Object.entries(await job.getIgnoredChildrenFailures()).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
    if (failures.length > 0) {
      const [, reason] = failures[0]!;
      const { code, message } = decodeFailure(String(reason));
      const where = failures.map(([k]) => pageRange(k)).join(', ');
      outcome.error = { code, message: `${message} (${where} of ${pageCount})` };
    } else {
      const chunks = Object.values(await job.getChildrenValues<PagesJobResult>());
      const extracted = { layouts: chunks.flatMap((c) => c.layouts), quarantined: chunks.flatMap((c) => c.quarantined) };
      const returned = extracted.layouts.length + extracted.quarantined.length;
      if (returned !== pageCount) throw new Error(`Cannot finish ${fileName}: ${returned} of its ${pageCount} pages came back`);
      try {
        const finished = await finishDocument({ fileName, sha256, bytes }, extracted, outDir, { profiles });
        await writeDocumentIndex(outDir);
        Object.assign(outcome, {
          pages: finished.pages,
          profile: finished.profile,
          records: finished.records,
          quarantined: finished.quarantined,
          quarantined_pages: finished.quarantinedPages,
          status: finished.status,
          ...(finished.pagesToCheck === 0 ? {} : { pages_to_check: finished.pagesToCheck }),
          ...(finished.recordsWarning === null ? {} : { records_warning: finished.recordsWarning }),
        });
      } catch (error) {
        // Every page quarantined: the document fails with its first page's reason, as in the embedded run.
        if (!(error instanceof SourceError)) throw error;
        outcome.error = { code: error.code, message: error.message };
      }
    }
    if (job.data.origin !== undefined && isUnsettledFailure(outcome)) {
      const { family, source } = job.data.origin;
      await markUnsettled(sourcesCacheDir(outDir), { sha256, family, source, reason: outcome.error?.message ?? 'failed' });
    }
    await store.delete(sha256);
    return outcome;
  };
}
