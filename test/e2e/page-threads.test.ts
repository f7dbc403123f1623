import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readReport, readTree, withoutTimes } from '../support/cli-process.ts';
import { runCli } from '../support/cli.ts';
import { bombPdf } from '../support/pdf-bombs.ts';

/**
 * Issue 21 item 1: the pages of one document read by several page threads. What the user gets must
 * not depend on how many: the same published files, byte for byte, from one thread and from two;
 * OCR pages (read by the OCR pool while the other thread goes on) and a page over the memory
 * budget (whose growth the other thread's page shares: it is read again alone) included.
 */

let dir: string;
afterAll(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

test('a run with two page threads publishes the same files as with one, a bomb page quarantined in both', async () => {
  dir = await mkdtemp(join(tmpdir(), 'pdf-opendata-threads-'));
  const bomb = join(dir, 'zeros-bomb.pdf');
  await writeFile(bomb, bombPdf('zeros', 2048));
  const inputs = ['samples/mixed-text-and-scans.pdf', 'samples/calc-list-local5g-jisshou.pdf', bomb];
  const outputs: Map<string, Buffer>[] = [];
  const reports: unknown[] = [];
  for (const threads of ['1', '2']) {
    const outDir = join(dir, `out-${threads}`);
    const result = await runCli(['run', ...inputs, '--out', outDir, '--log', 'json', '--threads', threads, '--page-timeout', '600']);
    expect(result.code, result.stderr).toBe(0);
    const report = await readReport(outDir);
    expect(report.files.find((f) => f.file === bomb)).toMatchObject({
      status: 'published',
      quarantined_pages: [{ number: 2, code: 'page-too-large' }],
    });
    expect(report.files.filter((f) => f.status === 'published')).toHaveLength(inputs.length);
    outputs.push(await readTree(join(outDir, 'documents')));
    reports.push(withoutTimes(report));
  }
  const [one, two] = outputs as [Map<string, Buffer>, Map<string, Buffer>];
  expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
  // Documents with OCR pages and tables are there to compare.
  expect([...one.keys()].filter((path) => path.endsWith('document.json'))).toHaveLength(inputs.length);
  for (const [path, bytes] of one) expect(two.get(path)?.equals(bytes), path).toBe(true);
  expect(reports[1]).toEqual(reports[0]);
}, 300_000);
