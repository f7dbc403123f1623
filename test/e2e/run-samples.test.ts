import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../schemas/types.ts';
import { runCli } from '../support/cli.ts';
import { describeSamplesRun, readMethods } from '../support/samples-run.ts';

// The samples but the scans (run-samples-scans.test.ts has those): text layers, and the pages of
// mixed, garbled, stamped or invisible-layer samples that OCR reads.
const run = describeSamplesRun('on the samples but the scans', (fileName) => !fileName.startsWith('scanned-'));

describe('a run of the samples again', () => {
  it('says the born-digital policies were read from the text layer', async () => {
    expect(new Set((await readMethods(run, 'soumu-shisaku-fy2021.pdf')).map(([method, confidence]) => `${method} ${confidence}`))).toEqual(new Set(['text null']));
  });

  it('publishes nothing new when run again on the same files', async () => {
    const again = await runCli(['run', ...run.args]);
    expect(again.code).toBe(0);
    const second = JSON.parse(await readFile(join(run.outDir, 'run-report.json'), 'utf8')) as RunReport;
    expect(second.files.filter((f) => f.status === 'published')).toEqual([]);
    expect(second.files.filter((f) => f.status === 'unchanged').length).toBe(run.report.files.filter((f) => f.status === 'published').length);
    // Read back from each document's provenance, the counts are those of the run that read it.
    const counts = (r: RunReport) => r.files.map((f) => [f.file, f.pages, f.profile, f.records, f.quarantined]);
    expect(counts(second)).toEqual(counts(run.report));
  }, 600_000);

  it('reads a document again when an older build published it', async () => {
    const entry = run.report.files.find((f) => f.file.endsWith('/borderless-table.pdf'));
    const provenancePath = join(run.outDir, 'documents', String(entry?.document_id), 'provenance.json');
    const provenance = JSON.parse(await readFile(provenancePath, 'utf8')) as { tool_version: string };
    expect(provenance.tool_version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/u);
    await writeFile(provenancePath, JSON.stringify({ ...provenance, tool_version: '0.0.1+000000000000' }));
    const again = await runCli(['run', ...run.args]);
    expect(again.code).toBe(0);
    const third = JSON.parse(await readFile(join(run.outDir, 'run-report.json'), 'utf8')) as RunReport;
    expect(third.files.filter((f) => f.status === 'published').map((f) => f.file)).toEqual([entry?.file]);
    expect(JSON.parse(await readFile(provenancePath, 'utf8'))).toEqual(provenance);
  }, 600_000);
});
