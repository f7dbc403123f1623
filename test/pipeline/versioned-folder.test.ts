import { spawn } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readFile, readdir, readlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishVersionedFolder, removeUnlinkedVersions } from '../../pipeline/publish/versioned-folder.ts';

interface Reads {
  reads: number;
  /** A file or the folder not found through the path. */
  missing: number;
  /** A reader that resolved the path once found its files gone or from two versions. */
  torn: number;
}

/**
 * Another process reading `folder` over and over for `ms`: its files through the path (each open
 * resolves it again), and, after resolving the path once, both files from the folder it names.
 */
function readWhile(folder: string, ms: number): Promise<Reads> {
  const script = `
    const fs = require('node:fs');
    const [folder, ms] = process.argv.slice(1);
    let reads = 0, missing = 0, torn = 0;
    const end = Date.now() + Number(ms);
    while (Date.now() < end) {
      reads++;
      try {
        fs.readFileSync(folder + '/a.txt');
        if (fs.readdirSync(folder).length !== 3) missing++;
      } catch { missing++; }
      try {
        const pinned = fs.realpathSync(folder);
        if (fs.readFileSync(pinned + '/a.txt', 'utf8') !== fs.readFileSync(pinned + '/b.txt', 'utf8')) torn++;
      } catch { torn++; }
    }
    process.stdout.write(JSON.stringify({ reads, missing, torn }));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script, folder, String(ms)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => resolve(JSON.parse(out) as Reads));
  });
}

const version = (n: number): Map<string, string> => new Map([['a.txt', `version ${n}`], ['b.txt', `version ${n}`], ['sub/c.txt', 'c']]);

describe('publishVersionedFolder', () => {
  it('leaves the old or the new folder, whole, at its path at every moment while it is republished', async () => {
    const root = await mkdtemp(join(tmpdir(), 'versioned-'));
    const target = join(root, 'documents', 'doc');
    const versions = join(root, 'documents', '.versions');
    await mkdir(join(root, 'documents'));
    await publishVersionedFolder(target, versions, version(0));
    const reading = readWhile(target, 3000);
    let published = 0;
    const end = Date.now() + 3000;
    // A pause between publications: a reader that resolved the path keeps its version until the switch
    // after next. It is long enough for a reader stalled by a loaded machine (two forks, other jobs).
    while (Date.now() < end) {
      await publishVersionedFolder(target, versions, version(++published));
      await sleep(250);
    }
    const { reads, missing, torn } = await reading;
    expect(published).toBeGreaterThan(5);
    expect(reads).toBeGreaterThan(100);
    expect({ missing, torn }).toEqual({ missing: 0, torn: 0 });
    // Two versions left, the last and the one before; the path is a relative symlink to the last.
    expect(await readFile(join(target, 'a.txt'), 'utf8')).toBe(`version ${published}`);
    expect(await readdir(versions)).toHaveLength(2);
    expect(await readlink(target)).toMatch(/^\.versions\/doc\.[0-9a-f]{16}$/);
    expect(await readdir(join(root, 'documents'))).toEqual(['.versions', 'doc']);
  });

  it('writes a version edited in place anew, under the same name', async () => {
    const root = await mkdtemp(join(tmpdir(), 'versioned-'));
    const target = join(root, 'documents', 'doc');
    const versions = join(root, 'documents', '.versions');
    await mkdir(join(root, 'documents'));
    await publishVersionedFolder(target, versions, version(1));
    const name = await readlink(target);
    await writeFile(join(target, 'a.txt'), 'edited in place');
    await publishVersionedFolder(target, versions, version(1));
    expect(await readlink(target)).toBe(name);
    expect(await readFile(join(target, 'a.txt'), 'utf8')).toBe('version 1');
    expect(await readdir(versions)).toEqual([name.replace('.versions/', '')]);
  });

  it('replaces a folder published before versions existed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'versioned-'));
    const target = join(root, 'documents', 'doc');
    await mkdir(target, { recursive: true });
    await writeFile(join(target, 'old.txt'), 'old');
    await publishVersionedFolder(target, join(root, 'documents', '.versions'), version(1));
    expect((await lstat(target)).isSymbolicLink()).toBe(true);
    expect((await readdir(target)).sort()).toEqual(['a.txt', 'b.txt', 'sub']);
    expect(await readdir(join(root, 'documents'))).toEqual(['.versions', 'doc']);
  });
});

describe('removeUnlinkedVersions', () => {
  it('removes the versions and staging folders no link points to, and keeps the linked ones', async () => {
    const root = await mkdtemp(join(tmpdir(), 'versioned-'));
    const links = join(root, 'documents');
    const versions = join(root, 'documents', '.versions');
    await mkdir(links);
    await publishVersionedFolder(join(links, 'a'), versions, version(1));
    await publishVersionedFolder(join(links, 'b'), versions, version(2));
    const [linkedA, linkedB] = [await readlink(join(links, 'a')), await readlink(join(links, 'b'))];
    // What a crash leaves: a version published but never linked, a staging folder.
    await mkdir(join(versions, 'a.0123456789abcdef'));
    await mkdir(join(versions, '.staging-1234'));
    expect(await removeUnlinkedVersions(links, versions)).toEqual(['.staging-1234', 'a.0123456789abcdef']);
    expect((await readdir(versions)).sort()).toEqual([linkedA, linkedB].map((l) => l.replace('.versions/', '')).sort());
    expect(await readFile(join(links, 'b', 'a.txt'), 'utf8')).toBe('version 2');
  });

  it('keeps the linked versions when given paths relative to the working folder (`--out output/`)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'versioned-'));
    const cwd = process.cwd();
    process.chdir(root);
    try {
      await mkdir('documents');
      await publishVersionedFolder(join('documents', 'a'), join('documents', '.versions'), version(1));
      const first = await readlink(join('documents', 'a'));
      await publishVersionedFolder(join('documents', 'a'), join('documents', '.versions'), version(2));
      expect(await removeUnlinkedVersions('documents', join('documents', '.versions'))).toEqual([first.replace('.versions/', '')]);
      expect(await readFile(join('documents', 'a', 'a.txt'), 'utf8')).toBe('version 2');
    } finally {
      process.chdir(cwd);
    }
  });
});
