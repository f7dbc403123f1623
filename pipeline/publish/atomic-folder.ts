import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { asOutputError } from './output-errors.ts';

/** Folders being written or swapped out, beside their target: left behind only by a crash. */
export const STAGING = '.staging-';
export const RETIRED = '.retired-';

/** Files of one publishable unit, by path relative to its folder. */
export type FolderContents = ReadonlyMap<string, string | Uint8Array>;

/**
 * Files written at once while a folder is staged: a document's folder holds a CSV and its CP932
 * copy per table (1,386 files for a 612-page budget book), and written one after the other each
 * waits for its own open, write and close in libuv's thread pool (4 threads).
 */
const WRITES_AT_ONCE = 8;

/** Writes `contents` under `folder`, each subfolder made once; on a failure, starts no other write and throws it once those under way have ended. */
async function writeFiles(folder: string, contents: FolderContents): Promise<void> {
  const subfolders = new Set([...contents.keys()].map((relativePath) => dirname(join(folder, relativePath))));
  subfolders.delete(folder);
  for (const subfolder of subfolders) await mkdir(subfolder, { recursive: true });
  const files = [...contents];
  let next = 0;
  let failure: { error: unknown } | undefined;
  const writer = async (): Promise<void> => {
    while (failure === undefined && next < files.length) {
      const [relativePath, data] = files[next++]!;
      await writeFile(join(folder, relativePath), data).catch((error: unknown) => {
        failure ??= { error };
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, files.length) }, writer));
  if (failure !== undefined) throw failure.error;
}

/**
 * Writes a whole folder under a temporary name beside its target, then renames it into place,
 * so readers (and a crash) only ever see the previous folder or the complete new one.
 * An existing target is swapped out the same way and removed afterwards. A failed write leaves the
 * previous folder and throws an `OutputError`.
 */
export async function publishFolder(target: string, contents: FolderContents): Promise<void> {
  const parent = dirname(target);
  const staging = join(parent, `${STAGING}${randomUUID()}`);
  try {
    await mkdir(staging, { recursive: true });
    await writeFiles(staging, contents);
    const retired = join(parent, `${RETIRED}${randomUUID()}`);
    const hadTarget = await rename(target, retired).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    await rename(staging, target);
    if (hadTarget) await rm(retired, { recursive: true, force: true });
  } catch (error) {
    // Best effort: on a full or broken disk the clean-up can fail too, and the first error is the news.
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw asOutputError(error, target);
  }
}

/** Writes one file by writing a sibling and renaming it over the target; a failed write leaves the previous file and throws an `OutputError`. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw asOutputError(error, path);
  }
}

/**
 * Removes the staging and retired folders (and staging symlinks) a crashed writer left under
 * `root`, down to `depth` levels (documents/<id> and <dataset>/<date>/r<n> are published two and
 * three levels down). Hidden folders (the lock, downloads in .sources, document versions) are not
 * entered. Only for a holder of the output folder's lock: every writer of those folders holds it,
 * so none is in use. Returns what was removed, relative to `root`.
 */
export async function removeUnfinishedFolders(root: string, depth = 3): Promise<string[]> {
  const removed: string[] = [];
  const visit = async (folder: string, relative: string, level: number): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
      const path = join(folder, entry.name);
      const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.name.startsWith(STAGING) || entry.name.startsWith(RETIRED)) {
        await rm(path, { recursive: true, force: true }).catch((error: unknown) => {
          throw asOutputError(error, path);
        });
        removed.push(name);
      } else if (entry.isDirectory() && !entry.name.startsWith('.') && level < depth) {
        await visit(path, name, level + 1);
      }
    }
  };
  await visit(root, '', 1);
  return removed.sort();
}
