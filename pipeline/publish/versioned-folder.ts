import { createHash, randomUUID } from 'node:crypto';
import { readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { OutputError } from '../errors.ts';
import { publishFolder, RETIRED, STAGING, type FolderContents } from './atomic-folder.ts';
import { asOutputError } from './output-errors.ts';

/** The name of one version of a folder: its name and the start of the hash of its contents. */
function versionName(name: string, contents: FolderContents): string {
  const hash = createHash('sha256');
  for (const path of [...contents.keys()].sort()) hash.update(path).update('\0').update(contents.get(path)!).update('\0');
  return `${name}.${hash.digest('hex').slice(0, 16)}`;
}

/** Where the symlink at `path` points (resolved), or undefined when it is absent or no symlink. */
const linkTarget = (path: string): Promise<string | undefined> =>
  readlink(path).then(
    (target) => resolve(dirname(path), target),
    () => undefined,
  );

/**
 * Points the symlink `target` at `folder` in one step: rename(2) replaces a symlink atomically. A
 * folder published before versions existed (a real folder at `target`) is swapped once the old
 * way: moved aside, then replaced.
 */
async function switchLink(target: string, folder: string): Promise<void> {
  const link = join(dirname(target), `${STAGING}${randomUUID()}`);
  try {
    await symlink(relative(dirname(target), folder), link);
    await rename(link, target).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EISDIR') throw error;
      const retired = join(dirname(target), `${RETIRED}${randomUUID()}`);
      await rename(target, retired);
      await rename(link, target);
      await rm(retired, { recursive: true, force: true });
    });
  } catch (error) {
    await rm(link, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Publishes a folder that a later publication replaces (a document's, read again by a new build)
 * so that its path names a complete folder at every moment. Linux cannot rename a folder over a
 * non-empty one, and Node has no renameat2 with RENAME_EXCHANGE; a symlink, though, is replaced
 * by rename(2) in one step. So each version is written whole (publishFolder) as
 * `<versionsDir>/<name>.<hash of its contents>`, and `target` is a relative symlink switched from
 * the old version to the new. The version replaced stays until the next switch (a reader that
 * resolved the link just before reads on from a whole folder); older ones are removed. Names
 * follow the contents, so two runs that publish the same files write the same tree.
 */
export async function publishVersionedFolder(target: string, versionsDir: string, contents: FolderContents): Promise<void> {
  // Absolute, as linkTarget's answers are: a relative `--out` must not make a linked version look unlinked.
  const version = resolve(versionsDir, versionName(basename(target), contents));
  const previous = await linkTarget(target);
  try {
    let temporary: string | undefined;
    if ((await stat(version).catch(() => undefined)) !== undefined) {
      // A version of that name that is asked for again was edited in place, or is one the link
      // left: written anew, the link meanwhile on a temporary copy, never on nothing.
      temporary = join(versionsDir, `${STAGING}${randomUUID()}`);
      await publishFolder(temporary, contents);
      await switchLink(target, temporary);
      await rm(version, { recursive: true, force: true });
    }
    await publishFolder(version, contents);
    await switchLink(target, version);
    if (temporary !== undefined) await rm(temporary, { recursive: true, force: true });
    const keep = new Set([version, previous]);
    for (const name of await readdir(versionsDir)) {
      const path = resolve(versionsDir, name);
      if (name.startsWith(`${basename(target)}.`) && !keep.has(path)) await rm(path, { recursive: true, force: true });
    }
  } catch (error) {
    // Named after the document's folder, the one the user knows, not the version's.
    throw asOutputError(error instanceof OutputError ? error.cause : error, target);
  }
}

/**
 * Removes what a crash left in `versionsDir`: every entry no symlink in `linksDir` points to (a
 * version whose switch did not happen, or whose successor's did, and staging folders). For a
 * holder of the output folder's lock only. Returns the names removed.
 */
export async function removeUnlinkedVersions(linksDir: string, versionsDir: string): Promise<string[]> {
  const linked = new Set<string>();
  for (const name of await readdir(linksDir).catch(() => [] as string[])) {
    const target = await linkTarget(join(linksDir, name));
    if (target !== undefined) linked.add(target);
  }
  const removed: string[] = [];
  for (const name of await readdir(versionsDir).catch(() => [] as string[])) {
    const path = resolve(versionsDir, name);
    if (linked.has(path)) continue;
    await rm(path, { recursive: true, force: true }).catch((error: unknown) => {
      throw asOutputError(error, path);
    });
    removed.push(name);
  }
  return removed.sort();
}
