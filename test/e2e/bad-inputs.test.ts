import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../schemas/types.ts';
import { runCli, type CliResult } from '../support/cli.ts';

/** What each file of samples/bad/ must be reported as (see samples/bad/README.md). */
const EXPECTED = {
  'empty.pdf': ['empty-file', 'empty file: 0 bytes'],
  'encrypted-user-password.pdf': ['encrypted', 'encrypted: a password is needed'],
  'not-a-pdf.pdf': ['not-a-pdf', 'not a PDF: the file starts with "<!DOCTYPE html>" (an HTML page'],
  'truncated.pdf': ['truncated', 'truncated: ends at byte'],
  'zero-pages.pdf': ['no-pages', 'no pages:'],
} as const;

describe('pdf-opendata run samples/bad/', () => {
  let outDir: string;
  let result: CliResult;
  let report: RunReport;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'run-bad-'));
    result = await runCli(['run', 'samples/bad/', '--out', outDir, '--log', 'bar']);
    report = JSON.parse(await readFile(join(outDir, 'run-report.json'), 'utf8')) as RunReport;
  });

  it('finishes with the "some failed" status and says how many', () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`finished with ${Object.keys(EXPECTED).length} files failed`);
  });

  it.each(Object.entries(EXPECTED))('reports %s with its cause on one line and in the run report', (file, [code, message]) => {
    const line = result.stderr.split('\n').find((l) => l.startsWith(`samples/bad/${file}: `));
    expect(line).toContain(message);
    const outcome = report.files.find((f) => f.file === `samples/bad/${file}`);
    expect(outcome).toMatchObject({ status: 'failed', error: { code } });
  });

  it('publishes nothing for them', async () => {
    const documents = await readdir(join(outDir, 'documents')).catch(() => []);
    expect(documents.filter((d) => d !== 'index.json')).toEqual([]);
  });
});
