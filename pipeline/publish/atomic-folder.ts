import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Files of one publishable unit, by path relative to its folder. */
export type FolderContents = ReadonlyMap<string, string | Uint8Array>;

/**
 * Writes a whole folder under a temporary name beside its target, then renames it into place,
 * so readers (and a crash) only ever see the previous folder or the complete new one.
 * An existing target is swapped out the same way and removed afterwards.
 */
export async function publishFolder(target: string, contents: FolderContents): Promise<void> {
  const parent = dirname(target);
  const staging = join(parent, `.staging-${randomUUID()}`);
  await mkdir(staging, { recursive: true });
  try {
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
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Writes one file by writing a sibling and renaming it over the target. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomUUID()}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}
