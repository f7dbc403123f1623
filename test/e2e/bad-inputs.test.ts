import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../schemas/types.ts';
import { runCli, type CliResult } from '../support/cli.ts';
import { readReport } from '../support/cli-process.ts';
import { filesUnder, publishedIds } from '../support/output-files.ts';

// samples/bad-but-readable/ and the processing limits are in bad-but-readable.test.ts.

/** What each file of samples/bad/ must be reported as (see samples/bad/README.md): codes, and the start of the line. */
const EXPECTED: Record<string, [codes: readonly string[], message: string]> = {
  'not-a-pdf.pdf': [['not-a-pdf'], 'not a PDF: the file starts with "<!DOCTYPE html>" (an HTML page'],
  'html-503-error.pdf': [['not-a-pdf'], 'not a PDF: the file starts with "<html><head><title>503 S" (an HTML page'],
  'png-saved-as-pdf.pdf': [['not-a-pdf'], 'not a PDF: the file is a PNG image'],
  'gzip-compressed-download.pdf': [['not-a-pdf'], 'not a PDF: the file is gzip-compressed (a download saved before it was unpacked)'],
  'word-document-saved-as-pdf.pdf': [['not-a-pdf'], 'not a PDF: the file is a ZIP archive (Word and Excel documents are ZIP files)'],
  'empty.pdf': [['empty-file'], 'empty file: 0 bytes'],
  'header-only.pdf': [['truncated'], 'truncated: ends at byte 9 '],
  'truncated-10-percent.pdf': [['truncated'], 'truncated: ends at byte 17,029 '],
  'truncated.pdf': [['truncated'], 'truncated: ends at byte 312,682 '],
  'truncated-90-percent.pdf': [['truncated'], 'truncated: ends at byte 153,261 '],
  'encrypted-user-password.pdf': [['encrypted'], 'encrypted: a password is needed'],
  'unknown-encryption.pdf': [['unreadable'], 'cannot read the PDF: unknown encryption method'],
  'zero-pages.pdf': [['no-pages'], 'no pages: the PDF is valid but its page tree is empty'],
  'no-catalog.pdf': [['damaged'], 'damaged PDF: Invalid Root reference'],
  'page-tree-loop.pdf': [['damaged'], 'damaged PDF: cannot read page 1: Pages tree contains circular reference'],
  'deeply-nested-arrays.pdf': [['damaged'], 'damaged PDF: cannot read page 1: Maximum call stack size exceeded'],
  'huge-page-20000pt.pdf': [['page-too-large'], 'page too large: page 1 is 20,000 × 20,000 pt (400 MP at 72 dpi), more than the 50 MP limit'],
  'gigapixel-image.pdf': [['page-too-large'], 'page too large: page 1 has an image of 100,000 × 100,000 pixels'],
  // Which limit the bomb hits first depends on the machine's speed: time (5 s here) or memory (384 MB).
  'decompression-bomb.pdf': [['page-timeout', 'page-too-large'], 'page '],
  'too-many-pages.pdf': [['too-many-pages'], 'too many pages: 3,001 pages, more than the 3,000 limit'],
};

const lineFor = (result: CliResult, file: string): string | undefined => result.stderr.split('\n').find((l) => l.startsWith(`${file}: `));

describe('pdf-opendata run samples/bad/', () => {
  let outDir: string;
  let result: CliResult;
  let report: RunReport;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'run-bad-'));
    result = await runCli(['run', 'samples/bad/', '--out', outDir, '--log', 'bar', '--page-timeout', '5']);
    report = await readReport(outDir);
  });

  it('has at least 20 files, each with an expectation', async () => {
    const files = (await readdir('samples/bad')).filter((f) => f.endsWith('.pdf')).sort();
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it('finishes with the "some failed" status and says how many', () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`finished with ${Object.keys(EXPECTED).length} files failed`);
  });

  it.each(Object.entries(EXPECTED))('reports %s with its cause on one line and in the run report', (file, [codes, message]) => {
    expect(lineFor(result, `samples/bad/${file}`)).toContain(`samples/bad/${file}: ${message}`);
    const outcome = report.files.find((f) => f.file === `samples/bad/${file}`);
    expect(outcome?.status).toBe('failed');
    expect(codes).toContain(outcome?.error?.code);
    expect(outcome?.error?.message).toBe(lineFor(result, `samples/bad/${file}`)!.slice(`samples/bad/${file}: `.length));
  });

  it('publishes nothing for them', async () => {
    expect(await publishedIds(outDir)).toEqual([]);
  });
});


describe('a batch of good and bad files', () => {
  const good = ['samples/kangxi-radicals.pdf', 'samples/calc-list-local5g-jisshou.pdf'];

  it('publishes the good documents byte-identical to a run without the bad files', async () => {
    const alone = await mkdtemp(join(tmpdir(), 'run-good-'));
    const mixed = await mkdtemp(join(tmpdir(), 'run-mixed-'));
    const [aloneRun, mixedRun] = [
      await runCli(['run', ...good, '--out', alone, '--log', 'json']),
      await runCli(['run', good[0]!, 'samples/bad/', good[1]!, '--out', mixed, '--log', 'json', '--page-timeout', '5']),
    ];
    expect(aloneRun.code).toBe(0);
    expect(mixedRun.code).toBe(1);
    expect(mixedRun.stderr).toContain(`finished with ${Object.keys(EXPECTED).length} files failed`);
    const ids = await publishedIds(alone);
    expect(ids).toHaveLength(2);
    expect(await publishedIds(mixed)).toEqual(ids);
    for (const id of ids) {
      for (const file of await filesUnder(join(alone, 'documents', id))) {
        expect(await readFile(join(mixed, 'documents', id, file)), `${id}/${file}`).toEqual(await readFile(join(alone, 'documents', id, file)));
      }
    }
  }, 240_000);
});
