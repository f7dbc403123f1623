import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readReport } from '../support/cli-process.ts';
import { runCli } from '../support/cli.ts';
import { bombPdf } from '../support/pdf-bombs.ts';

/**
 * Decompression bombs (issue 22 item 7): page 2 of each inflates to gigabytes, of path operators
 * (pdf.js builds about 1 KB of operators for each 14 bytes) or of one run of zeros (one buffer,
 * decoded whole). Each is stopped by the page memory budget, not by the time limit, the page
 * quarantined with its reason and the rest of the run published. Peak memory is measured by hand
 * (`/usr/bin/time -f %M`, in the commit), not here.
 */

let dir: string;
afterAll(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

test('a page that inflates to gigabytes is quarantined as too large; its other pages and the other files are published', async () => {
  dir = await mkdtemp(join(tmpdir(), 'pdf-opendata-bombs-'));
  const operators = join(dir, 'operators-1gb.pdf');
  const zeros = join(dir, 'zeros-2gb.pdf');
  await writeFile(operators, bombPdf('operators', 1024));
  await writeFile(zeros, bombPdf('zeros', 2048));
  const outDir = join(dir, 'out');
  const good = 'samples/borderless-table.pdf';

  // The page timeout is raised far past any machine's pace: the memory budget has to stop them.
  const result = await runCli(['run', operators, zeros, good, '--out', outDir, '--log', 'json', '--no-ocr', '--page-timeout', '600']);
  expect(result.code, result.stderr).toBe(0);
  const report = await readReport(outDir);
  for (const file of [operators, zeros]) {
    const outcome = report.files.find((f) => f.file === file);
    expect(outcome).toMatchObject({
      status: 'published',
      pages: 3,
      quarantined_pages: [{ number: 2, code: 'page-too-large', message: 'page too large: reading page 2 took more than 384 MB of memory' }],
    });
    expect(result.stderr).toContain(`${file}: page 2 quarantined: page too large: reading page 2 took more than 384 MB of memory`);
    const text = await readFile(join(outDir, 'documents', outcome!.document_id!, 'text.txt'), 'utf8');
    expect(text).toContain('Page 1 reads fine');
    expect(text).toContain('Page 3 reads fine');
  }
  expect(report.files.find((f) => f.file === good)).toMatchObject({ status: 'published', error: null });
});
