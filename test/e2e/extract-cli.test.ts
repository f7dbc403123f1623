import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { normaliseCharacters } from '../../pipeline/normalise/normalise-text.ts';
import { validateAgainst } from '../../pipeline/validate/schema-validator.ts';
import type { ExtractedPdf } from '../../schemas/types.ts';
import { runCli } from '../support/cli.ts';
import { samplesDir } from '../support/samples.ts';

describe('pdf-opendata extract', () => {
  it('prints the pages and the one table of the five-page Calc list, every body cell as in its truth CSV', async () => {
    const result = await runCli(['extract', join(samplesDir, 'calc-list-local5g-jisshou.pdf'), '--format', 'json', '--no-ocr']);
    expect(result.code, result.stderr).toBe(0);
    const extracted = JSON.parse(result.stdout) as ExtractedPdf;
    expect(validateAgainst('extracted-pdf.schema.json', extracted)).toEqual([]);
    expect(extracted.document.pages.map((p) => p.method)).toEqual(['text', 'text', 'text', 'text', 'text']);
    expect(extracted.tables).toHaveLength(1);
    const [table] = extracted.tables;
    expect(table!.pages).toEqual([1, 2, 3, 4, 5]);
    const truth = parse((await readFile(join(samplesDir, 'calc-list-local5g-jisshou.truth.csv'), 'utf8')).replace(/^\uFEFF/u, '')) as string[][];
    const body = truth.slice(1).map((row) => row.map((cell) => normaliseCharacters(cell)));
    expect(table!.rows.map((row) => row.map((cell) => cell.text))).toEqual(body);
  });

  it('names the file and the reason in one line when it is not a PDF', async () => {
    const file = join(samplesDir, 'bad', 'not-a-pdf.pdf');
    const result = await runCli(['extract', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: not a PDF`, 'u'))]);
  });
});
