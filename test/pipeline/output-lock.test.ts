import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentText } from '../../schemas/types.ts';
import { publishDocumentDataset } from '../../pipeline/publish/document-dataset.ts';
import { withOutputLock, type LockHolder } from '../../pipeline/publish/output-lock.ts';
import { holdOutputLock } from '../support/cli-process.ts';

const document: DocumentText = {
  schema_version: '1.2.0',
  id: 'sample-0123456789ab',
  source: { file_name: 'sample.pdf', sha256: '0123456789ab'.padEnd(64, '0'), bytes: 1000, page_count: 1 },
  pages: [{ number: 1, width: 595, height: 842, method: 'text', method_reason: null, lines: [{ text: '施策名:テスト', bbox: [50, 60, 300, 72], font_size: 12 }] }],
  quarantined_pages: [],
};

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

describe('the output folder lock', () => {
  it('lets one writer publish at a time: a document waits while a run holds the folder, then is published', async () => {
    const out = await mkdtemp(join(tmpdir(), 'lock-'));
    const folder = join(out, 'documents', document.id);
    let release = (): void => undefined;
    const held = withOutputLock(out, () => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const publishing = publishDocumentDataset(out, { document, tables: [], records: null, toolVersion: '0.1.0+test' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await exists(folder)).toBe(false);
    release();
    await held;
    expect(await publishing).toBe('published');
    expect((await readdir(folder)).sort()).toEqual(['document.json', 'provenance.json', 'tables.json', 'text.txt']);
    // The lock is gone with its last holder.
    expect((await readdir(out)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('says once which process holds the lock, on which host and for how long, while it waits for it', async () => {
    const out = await mkdtemp(join(tmpdir(), 'lock-'));
    const holder = await holdOutputLock(out, 2500);
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    const waits: LockHolder[] = [];
    const started = Date.now();
    const published = await withOutputLock(out, async () => 'published', { onWait: (h) => waits.push(h) });
    expect(published).toBe('published');
    // It waited for the holder to let go, and said so once.
    expect(Date.now() - started).toBeGreaterThan(1000);
    expect(waits).toEqual([{ lock: join(out, '.publish.lock'), pid: holder.pid, host: hostname(), heldSeconds: expect.any(Number), silentSeconds: expect.any(Number) }]);
    expect(waits[0]!.heldSeconds).toBeLessThan(3);
    await exited;
    expect((await readdir(out)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('says nothing when the lock is free', async () => {
    const out = await mkdtemp(join(tmpdir(), 'lock-'));
    const waits: LockHolder[] = [];
    await withOutputLock(out, async () => undefined, { onWait: (h) => waits.push(h) });
    expect(waits).toEqual([]);
  });
});
