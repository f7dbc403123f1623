import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SourceError } from '../errors.ts';

/** A path given or found that cannot be a source, with the one-line reason. */
export interface UnreadablePath {
  path: string;
  error: SourceError;
}

/** The files to read among the paths given, in a stable order, and every path that cannot be one. */
export interface SourcePaths {
  files: string[];
  unreadable: UnreadablePath[];
}

const isPdfName = (name: string): boolean => name.toLowerCase().endsWith('.pdf');

/**
 * What a file system error on an input path means to its owner, or undefined when no input
 * explains it (too many open files, a bug): those are not the file's fault and are thrown on.
 */
export function describePathError(error: unknown): SourceError | undefined {
  const words: Record<string, [SourceError['code'], string]> = {
    ENOENT: ['missing', 'no such file or folder'],
    EACCES: ['permission-denied', 'permission denied'],
    EPERM: ['permission-denied', 'permission denied'],
    ENOTDIR: ['not-a-folder', 'no such file or folder: a part of the path is a file'],
    ELOOP: ['symlink-loop', 'symlink loop: too many levels of symbolic links'],
    ENAMETOOLONG: ['missing', 'no such file or folder: the name is too long'],
    EIO: ['read-error', 'read error: the device reported an input/output error (EIO)'],
  };
  const known = words[(error as NodeJS.ErrnoException | undefined)?.code ?? ''];
  return known === undefined ? undefined : new SourceError(known[0], known[1], { cause: error });
}

/** Errors a path can have, as the reasons the run reports; anything else is thrown on. */
function asPathError(error: unknown): SourceError {
  if (error instanceof SourceError) return error;
  const described = describePathError(error);
  if (described === undefined) throw error;
  return described;
}

const KINDS: readonly [keyof Stats & keyof Dirent, string][] = [
  ['isDirectory', 'a folder'],
  ['isFIFO', 'a FIFO (named pipe)'],
  ['isCharacterDevice', 'a character device'],
  ['isBlockDevice', 'a block device'],
  ['isSocket', 'a socket'],
];

/** A path that exists but is no regular file: never opened, since a FIFO or a device would block or never end. */
export function notARegularFile(entry: Stats | Dirent): SourceError {
  const kind = KINDS.find(([is]) => (entry[is] as () => boolean).call(entry))?.[1] ?? 'something else';
  return new SourceError('not-a-file', `not a regular file: it is ${kind}`);
}

/**
 * Why a symlink found in a folder is not followed, or undefined when it leads to a regular file on
 * the folder's own device: a link out to another device (a mounted share, /dev) is not a file the
 * folder's owner put there.
 */
async function symlinkProblem(path: string, folderDevice: number): Promise<SourceError | undefined> {
  const target = await readlink(path);
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new SourceError('dangling-symlink', `dangling symlink: its target ${target} does not exist`, { cause: error });
    return asPathError(error);
  }
  if (stats.dev !== folderDevice) return new SourceError('symlink-elsewhere', `symlink to another device: ${target} is not on the folder's device, not followed`);
  return stats.isFile() ? undefined : notARegularFile(stats);
}

/** A folder's `*.pdf` entries, not recursing: regular files, and symlinks to regular files beside them. */
async function listFolder(folder: string, folderDevice: number, found: SourcePaths): Promise<void> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((e) => isPdfName(e.name));
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    const problem = entry.isFile()
      ? undefined
      : entry.isSymbolicLink()
        ? await symlinkProblem(path, folderDevice).catch(asPathError)
        : notARegularFile(entry);
    if (problem === undefined) found.files.push(path);
    else found.unreadable.push({ path, error: problem });
  }
}

/** A path that does not resolve: a dangling symlink says where it points. */
async function missingPathError(path: string, error: unknown): Promise<SourceError> {
  const described = asPathError(error);
  if (described.code !== 'missing') return described;
  const link = await lstat(path).catch(() => undefined);
  if (link?.isSymbolicLink() !== true) return described;
  return new SourceError('dangling-symlink', `dangling symlink: its target ${await readlink(path)} does not exist`, { cause: error });
}

/**
 * Expands folders (their `*.pdf`, not recursing) and keeps file paths as given, in a stable order.
 * Every path that is missing, unreadable, a symlink loop or not a regular file is listed with its
 * reason instead, and the others go on.
 */
export async function findSourcePaths(paths: readonly string[]): Promise<SourcePaths> {
  const found: SourcePaths = { files: [], unreadable: [] };
  for (const path of paths) {
    try {
      const stats = await stat(path).catch(async (error: unknown) => {
        throw await missingPathError(path, error);
      });
      if (stats.isDirectory()) await listFolder(path, stats.dev, found);
      else if (stats.isFile()) found.files.push(path);
      else throw notARegularFile(stats);
    } catch (error) {
      found.unreadable.push({ path, error: asPathError(error) });
    }
  }
  return found;
}
