import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { SourceError } from '../errors.ts';
import { describePathError, findSourcePaths, notARegularFile, type UnreadablePath } from './source-paths.ts';

/** One source file, read once: everything later works on these bytes. */
export interface SourceDocument {
  /** Path as given or found on disk. */
  path: string;
  fileName: string;
  sha256: string;
  bytes: Uint8Array;
}

export interface IngestResult {
  documents: SourceDocument[];
  /** Files whose content equals an earlier file's: skipped, with the file they repeat. */
  duplicates: { path: string; sha256: string; duplicateOf: string }[];
  /** Paths that could not be read (missing, not a regular file, …), each with its reason. */
  unreadable: UnreadablePath[];
}

/**
 * The source files among `paths` (folders: their `*.pdf`). A path given that cannot be read throws
 * its reason; the entries of a folder that cannot be are left out.
 */
export async function listSourcePaths(paths: readonly string[]): Promise<string[]> {
  const { files, unreadable } = await findSourcePaths(paths);
  const given = unreadable.find((u) => paths.includes(u.path));
  if (given !== undefined) throw given.error;
  return files;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The bytes of a regular file. Looked at before it is opened, and opened without waiting: a FIFO
 * put in its place meanwhile would otherwise block the run for ever.
 */
async function readRegularFile(path: string): Promise<Uint8Array> {
  try {
    const before = await stat(path);
    if (!before.isFile()) throw notARegularFile(before);
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const opened = await handle.stat();
      if (!opened.isFile()) throw notARegularFile(opened);
      return new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw describePathError(error) ?? error;
  }
}

/** Reads each source, hashes it and drops files whose content was already seen; paths that cannot be read are listed apart. */
export async function ingestSources(paths: readonly string[]): Promise<IngestResult> {
  const documents: SourceDocument[] = [];
  const duplicates: IngestResult['duplicates'] = [];
  const { files, unreadable } = await findSourcePaths(paths);
  const seen = new Map<string, string>();
  for (const path of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readRegularFile(path);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      unreadable.push({ path, error });
      continue;
    }
    const sha256 = sha256Hex(bytes);
    const first = seen.get(sha256);
    if (first !== undefined) {
      duplicates.push({ path, sha256, duplicateOf: first });
      continue;
    }
    seen.set(sha256, path);
    documents.push({ path, fileName: basename(path), sha256, bytes });
  }
  return { documents, duplicates, unreadable };
}
