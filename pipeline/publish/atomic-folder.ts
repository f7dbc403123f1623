import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { asOutputError } from './output-errors.ts';

/** Files of one publishable unit, by path relative to its folder. */
export type FolderContents = ReadonlyMap<string, string | Uint8Array>;

/**
 * Writes a whole folder under a temporary name beside its target, then renames it into place,
 * so readers (and a crash) only ever see the previous folder or the complete new one.
 * An existing target is swapped out the same way and removed afterwards. A failed write leaves the
 * previous folder and throws an `OutputError`.
 */
export async function publishFolder(target: string, contents: FolderContents): Promise<void> {
  const parent = dirname(target);
  const staging = join(parent, `.staging-${randomUUID()}`);
  try {
    await mkdir(staging, { recursive: true });
    for (const [relativePath, data] of contents) {
      const path = join(staging, relativePath);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data);
    }
    const retired = join(parent, `.retired-${randomUUID()}`);
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

