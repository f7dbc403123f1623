import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentProvenance, DocumentText, RunReport } from '../../schemas/types.ts';
import { runCli } from '../support/cli.ts';
import { samplesDir } from '../support/samples.ts';

/**
 * A re-run reuses a published document only when it would read it the same way: the
 * `--ocr-layers` mode decides what an invisible OCR layer's page says, so another mode reads the
 * scan again (samples/invisible-ocr-layer.pdf: one scanned page under a scanner's OCR layer).
 */
describe('pdf-opendata run with another --ocr-layers mode', () => {
  const file = join(samplesDir, 'invisible-ocr-layer.pdf');
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'ocr-layers-reuse-'));
  });
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  /** Runs `run` with the mode; the document's status, its page's method, and the mode its provenance records. */
  const runWith = async (mode: string): Promise<{ status: string; method: string | undefined; recorded: string | null | undefined }> => {
    const result = await runCli(['run', file, '--out', outDir, '--log', 'json', '--ocr-layers', mode]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(await readFile(join(outDir, 'run-report.json'), 'utf8')) as RunReport;
    const [entry] = report.files;
    const folder = join(outDir, 'documents', String(entry?.document_id));
    const document = JSON.parse(await readFile(join(folder, 'document.json'), 'utf8')) as DocumentText;
    const provenance = JSON.parse(await readFile(join(folder, 'provenance.json'), 'utf8')) as DocumentProvenance;
    return { status: String(entry?.status), method: document.pages[0]?.method, recorded: provenance.ocr_layers };
  };

  it('reads the document again when the mode changes, and reuses it when the mode is the same', async () => {
    expect(await runWith('keep')).toEqual({ status: 'published', method: 'text', recorded: 'keep' });
    expect(await runWith('keep')).toEqual({ status: 'unchanged', method: 'text', recorded: 'keep' });
    // Reused under `keep`, the scanner's layer would stand where `replace` asks for a fresh reading.
    expect(await runWith('replace')).toEqual({ status: 'published', method: 'ocr', recorded: 'replace' });
    expect(await runWith('replace')).toEqual({ status: 'unchanged', method: 'ocr', recorded: 'replace' });
  }, 600_000);
});
