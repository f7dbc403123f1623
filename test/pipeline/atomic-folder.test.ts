import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishFolder } from '../../pipeline/publish/atomic-folder.ts';

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

  it('keeps the previous folder when writing the new one fails', async () => {
    const root = await mkdtemp(join(tmpdir(), 'publish-'));
    const target = join(root, 'doc');
    await publishFolder(target, new Map([['a.txt', 'one']]));
    // A file path that is also a folder path cannot be written: the write fails mid-way.
    await expect(publishFolder(target, new Map([['x', 'file'], ['x/y.txt', 'nested']]))).rejects.toThrow();
    expect(await readFile(join(target, 'a.txt'), 'utf8')).toBe('one');
    expect(await readdir(root)).toEqual(['doc']);
  });
});
