import { mkdir, mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { holdOutputLock } from '../support/cli-process.ts';
import { samplesDir } from '../support/samples.ts';

const sample = join(samplesDir, 'kangxi-radicals.pdf');
const hidden = async (dir: string): Promise<string[]> => (await readdir(dir)).filter((name) => name.startsWith('.')).sort();

describe('an output folder a crashed run left behind', () => {
  it('is cleaned at the start of the next run: the stale lock taken over, staging and retired folders removed, one line saying so', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'crashed-'));
    // A writer killed with -9 while it held the lock and was swapping folders.
    const holder = await holdOutputLock(outDir, 600_000);
    // Half-written folders, and a document version published but not yet linked (in the order the line lists them).
    const left = ['documents/.retired-7c2e', 'documents/.staging-0b1d', 'soumu-shisaku/2021-03-31/.staging-99aa', 'documents/.versions/old-0123456789ab.0123456789abcdef'];
    for (const folder of left) await mkdir(join(outDir, folder), { recursive: true });
    await writeFile(join(outDir, 'documents/.staging-0b1d', 'document.json'), '{"half": ');
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    // Two minutes ago: past the minute after which a silent holder's lock is taken over.
    const then = new Date(Date.now() - 120_000);
    await utimes(join(outDir, '.publish.lock'), then, then);

    const started = Date.now();
    const result = await runCli(['run', sample, '--out', outDir, '--log', 'bar', '--no-ocr']);
    expect(result.code, result.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.stderr.split('\n').filter((l) => l.startsWith('removed '))).toEqual([
      `removed 4 folders an interrupted run left half written in ${outDir}: ${left.join(', ')}`,
    ]);
    expect(await hidden(join(outDir, 'documents'))).toEqual(['.versions']);
    expect(await readdir(join(outDir, 'documents', '.versions'))).toEqual([expect.stringMatching(/^kangxi-radicals-ca66b324bcc4\.[0-9a-f]{16}$/)]);
    expect(await hidden(join(outDir, 'soumu-shisaku', '2021-03-31'))).toEqual([]);
    expect(await hidden(outDir)).toEqual([]);
    expect(await readdir(join(outDir, 'documents'))).toEqual(['.versions', 'index.json', 'kangxi-radicals-ca66b324bcc4']);
  });
});

describe('an output folder another process is writing', () => {
  it('makes the run say whom it waits for (pid, host, how long), then publish once the lock is free', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'busy-'));
    const holder = await holdOutputLock(outDir, 4000);
    const result = await runCli(['run', sample, '--out', outDir, '--log', 'json', '--no-ocr']);
    expect(result.code, result.stderr).toBe(0);
    const waits = result.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: number; msg: string; pid?: number; host?: string })
      .filter((l) => l.msg.startsWith('waiting for '));
    expect(waits).toHaveLength(1);
    expect(waits[0]).toMatchObject({ level: 40, pid: holder.pid, host: hostname() });
    expect(waits[0]!.msg).toMatch(
      new RegExp(`^waiting for ${join(outDir, '.publish.lock')}: held by process ${holder.pid} on ${hostname()} for \\d+ s, last refreshed \\d+ s ago \\(a holder silent for 60 s is taken over\\)$`),
    );
    expect(await readdir(join(outDir, 'documents'))).toEqual(['.versions', 'index.json', 'kangxi-radicals-ca66b324bcc4']);
  });
});
