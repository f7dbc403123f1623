import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

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
}

const isPdfName = (name: string): boolean => name.toLowerCase().endsWith('.pdf');

/** Expands folders (their `*.pdf` files, not recursing) and keeps explicit file paths as given, in a stable order. */
export async function listSourcePaths(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true });
      const files = entries.filter((e) => e.isFile() && isPdfName(e.name)).map((e) => join(path, e.name));
      found.push(...files.sort());
    } else {
      found.push(path);
    }
  }
  return found;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Reads each source, hashes it and drops files whose content was already seen. */
export async function ingestSources(paths: readonly string[]): Promise<IngestResult> {
  const documents: SourceDocument[] = [];
  const duplicates: IngestResult['duplicates'] = [];
  const seen = new Map<string, string>();
  for (const path of await listSourcePaths(paths)) {
    const bytes = new Uint8Array(await readFile(path));
    const sha256 = sha256Hex(bytes);
    const first = seen.get(sha256);
    if (first !== undefined) {
      duplicates.push({ path, sha256, duplicateOf: first });
      continue;
    }
    seen.set(sha256, path);
    documents.push({ path, fileName: basename(path), sha256, bytes });
  }
  return { documents, duplicates };
}
