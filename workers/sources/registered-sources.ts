import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '../../pipeline/ingest/ingest-sources.ts';
import { writeFileAtomic } from '../../pipeline/publish/atomic-folder.ts';
import type { SourcesFile } from '../../schemas/types.ts';
import { parseSourcesFile } from './sources-file.ts';

/**
 * What a release check job carries: which registered sources file to check, never the sources
 * themselves. Job data can be written by anyone who reaches Redis (or a dashboard); a sources file
 * names folders to read and hosts to fetch from, so workers take it only from their own disk.
 */
export interface RegisteredSources {
  /** The sources file it was registered from, for people to read (logs, dashboard). */
  sourcesId: string;
  /** sha256 of the registered file's bytes, and its name in `<cache>/registered/`. */
  sha256: string;
}

/** A release check that names no registered sources file: retrying cannot change that. */
export class UnregisteredSourcesError extends Error {
  override readonly name = 'UnregisteredSourcesError';
}

const registeredDir = (cacheDir: string): string => join(cacheDir, 'registered');

/**
 * Stores a sources file, as read (folders absolute), under `<cache>/registered/<sha256>.json`,
 * where workers sharing that output folder load it from.
 */
export async function registerSources(cacheDir: string, sources: SourcesFile, sourcesId: string): Promise<RegisteredSources> {
  const bytes = new TextEncoder().encode(`${JSON.stringify(sources, null, 2)}\n`);
  const sha256 = sha256Hex(bytes);
  await writeFileAtomic(join(registeredDir(cacheDir), `${sha256}.json`), bytes);
  return { sourcesId, sha256 };
}

/** The registered sources file a check job names, once its bytes hash to the name it was given. */
export async function loadRegisteredSources(cacheDir: string, data: unknown): Promise<SourcesFile> {
  const { sha256 } = (data ?? {}) as Partial<RegisteredSources>;
  const refuse = (why: string): never => {
    throw new UnregisteredSourcesError(`Cannot check the releases: ${why}; register the sources file with \`schedule --sources FILE --out DIR\``);
  };
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return refuse('the job names no registered sources file (a sha256)');
  const path = join(registeredDir(cacheDir), `${sha256}.json`);
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return refuse(`no sources file ${sha256} is registered in ${registeredDir(cacheDir)}`);
    throw error;
  });
  if (sha256Hex(bytes) !== sha256) return refuse(`the registered sources file ${path} has changed since it was registered`);
  return parseSourcesFile(new TextDecoder().decode(bytes), path);
}
