import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * A cheap fingerprint of a folder's state: the SHA-256 of every file's relative path, size and
 * modification time (as make and git's index tell a file changed without reading it), plus
 * `salt` (e.g. the tool version). Files in `exclude` (relative paths, or folders ending in `/`) are left out.
 */
export async function folderFingerprint(folder: string, options: { exclude?: readonly string[]; salt?: string } = {}): Promise<string> {
  const { exclude = [], salt = '' } = options;
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const lines: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(folder, path).split('\\').join('/');
    if (exclude.some((left) => (left.endsWith('/') ? name.startsWith(left) : name === left))) continue;
    // A file swapped out while the folder is walked (a document published meanwhile) is not part of it.
    const stats = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (stats === undefined) continue;
    const { size, mtimeMs } = stats;
    lines.push(`${name}\t${size}\t${mtimeMs}`);
  }
  return createHash('sha256').update(salt).update('\n').update(lines.sort().join('\n')).digest('hex');
}
