import { mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishFolder, removeUnfinishedFolders } from '../../pipeline/publish/atomic-folder.ts';

describe('publishFolder', () => {
  it('replaces a folder whole and leaves no staging behind', async () => {
    const root = await mkdtemp(join(tmpdir(), 'publish-'));
    const target = join(root, 'doc');
    await publishFolder(target, new Map([['a.txt', 'one'], ['sub/b.txt', 'two']]));
    await publishFolder(target, new Map([['a.txt', 'three']]));
    expect(await readFile(join(target, 'a.txt'), 'utf8')).toBe('three');
    expect(await readdir(target)).toEqual(['a.txt']);
    expect(await readdir(root)).toEqual(['doc']);
  });

  it('writes every file of a folder of many, in subfolders at several depths, as given', async () => {
    const root = await mkdtemp(join(tmpdir(), 'publish-'));
    const target = join(root, 'doc');
    const contents = new Map<string, string | Uint8Array>(
      Array.from({ length: 40 }, (_, i) => [i % 3 === 0 ? `f${i}.txt` : i % 3 === 1 ? `tables/t${i}.csv` : `cp932/tables/t${i}.csv`, i % 2 === 0 ? `file ${i}` : Buffer.from(`bytes ${i}`)]),
    );
    await publishFolder(target, contents);
    const written = (await readdir(target, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(written).toHaveLength(40);
    for (const [path, data] of contents) expect(await readFile(join(target, path), 'utf8')).toBe(data.toString());
    expect(await readdir(root)).toEqual(['doc']);
  });

  it('keeps the previous folder when writing the new one fails', async () => {
    const root = await mkdtemp(join(tmpdir(), 'publish-'));
    const target = join(root, 'doc');
    await publishFolder(target, new Map([['a.txt', 'one']]));
    // A file path that is also a folder path cannot be written: the write fails mid-way.
    await expect(publishFolder(target, new Map([['x', 'file'], ['x/y.txt', 'nested']]))).rejects.toThrow();
    expect(await readFile(join(target, 'a.txt'), 'utf8')).toBe('one');
    expect(await readdir(root)).toEqual(['doc']);
  });

  it('removes the staging and retired folders (and staging links) a crash left beside documents and editions, and nothing else', async () => {
    const root = await mkdtemp(join(tmpdir(), 'publish-'));
    const left = ['documents/.staging-1', 'documents/.retired-2', 'set/2022-12-23/.staging-3', 'set/2022-12-23/.retired-4'];
    const kept = ['documents/a-123/tables/t1.csv', 'set/2022-12-23/r1/policies.json', '.sources/fam/.staging-5/x.pdf', 'documents/.versions/.staging-6/x.json'];
    for (const path of left) await mkdir(join(root, path, 'sub'), { recursive: true });
    for (const path of kept) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), 'kept');
    }
    await symlink('.versions/a-123.0123456789abcdef', join(root, 'documents', '.staging-7'));
    expect(await removeUnfinishedFolders(root)).toEqual([...left, 'documents/.staging-7'].sort());
    // Hidden folders are not entered: downloads, and document versions (their own clean-up: removeUnlinkedVersions).
    expect((await readdir(root, { recursive: true })).filter((p) => p.includes('.staging-') || p.includes('.retired-')).sort()).toEqual(
      ['.sources/fam/.staging-5', '.sources/fam/.staging-5/x.pdf', 'documents/.versions/.staging-6', 'documents/.versions/.staging-6/x.json'],
    );
    for (const path of kept) expect(await readFile(join(root, path), 'utf8')).toBe('kept');
  });
});
