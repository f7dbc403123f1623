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
  /** A release page: the PDF links it had. */
  links?: string[];
}

/** The memory of a cache folder, in `<cache>/state.json`: internal, not a published shape. */
export interface SourcesState {
  urls: Record<string, UrlState>;
  /** Contents already handed on (queued or processed), by sha256: never handed on again. */
  known: string[];
}

const statePath = (cacheDir: string): string => join(cacheDir, 'state.json');

export async function readSourcesState(cacheDir: string): Promise<SourcesState> {
  const text = await readFile(statePath(cacheDir), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? { urls: {}, known: [] } : (JSON.parse(text) as SourcesState);
}

/** Written whole and renamed into place, so a crash leaves the previous state, never half of one. */
export async function writeSourcesState(cacheDir: string, state: SourcesState): Promise<void> {
  const sorted: SourcesState = {
    urls: Object.fromEntries(Object.entries(state.urls).sort(([a], [b]) => a.localeCompare(b))),
    known: [...new Set(state.known)].sort(),
  };
  await writeFileAtomic(statePath(cacheDir), `${JSON.stringify(sorted, null, 2)}\n`);
}
