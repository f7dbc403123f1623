import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../pipeline/publish/atomic-folder.ts';

/** What the last check learnt about one URL. */
export interface UrlState {
  etag: string | null;
  last_modified: string | null;
  /** A PDF: its content and where it is cached, relative to the cache folder. */
  sha256?: string;
  file?: string;
  /** A release page: the PDF links it had (at most the check's cap), and how many more it had. */
  links?: string[];
  links_over_cap?: number;
}

/** A source (page, PDF URL, folder or file) the last check could not finish with: tried again at the next one. */
export interface RetryState {
  family: string;
  /** Checks in a row that failed on it. */
  attempts: number;
  last_reason: string;
  /** ISO 8601 time of the last failed check. */
  last_tried: string;
}

/** The memory of a cache folder, in `<cache>/state.json`: internal, not a published shape. */
export interface SourcesState {
  urls: Record<string, UrlState>;
  /**
   * Contents settled, by sha256: published (or unchanged, or queued) or failed for a reason
   * another try of the same bytes cannot change. Never handed on again.
   */
  known: string[];
  /** By URL or path: the sources to try again, with why they failed. */
  retrying: Record<string, RetryState>;
}

const statePath = (cacheDir: string): string => join(cacheDir, 'state.json');

export async function readSourcesState(cacheDir: string): Promise<SourcesState> {
  const text = await readFile(statePath(cacheDir), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return { urls: {}, known: [], retrying: {} };
  const state = JSON.parse(text) as Partial<SourcesState>;
  // A state written before retries were remembered has none.
  return { urls: state.urls ?? {}, known: state.known ?? [], retrying: state.retrying ?? {} };
}

const sortedByKey = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

/** Written whole and renamed into place, so a crash leaves the previous state, never half of one. */
export async function writeSourcesState(cacheDir: string, state: SourcesState): Promise<void> {
  const sorted: SourcesState = {
    urls: sortedByKey(state.urls),
    known: [...new Set(state.known)].sort(),
    retrying: sortedByKey(state.retrying),
  };
  await writeFileAtomic(statePath(cacheDir), `${JSON.stringify(sorted, null, 2)}\n`);
}
