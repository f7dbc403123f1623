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
  it('keeps an invisible OCR layer as it is with --ocr-layers keep, and names the modes when given another', async () => {
    const file = join(samplesDir, 'invisible-ocr-layer.pdf');
    const kept = await runCli(['extract', file, '--format', 'text', '--ocr-layers', 'keep', '--profile', 'none']);
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stdout).toContain('3-5253-5894');
    const wrong = await runCli(['extract', file, '--ocr-layers', 'trust']);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr.trim()).toBe("error: option '--ocr-layers <mode>' argument 'trust' is invalid. Allowed choices are keep, check, replace.");
  });

  it('prints the pages and the one table of the five-page Calc list, every body cell as in its truth CSV', async () => {
    const result = await runCli(['extract', join(samplesDir, 'calc-list-local5g-jisshou.pdf'), '--format', 'json', '--no-ocr']);
    expect(result.code, result.stderr).toBe(0);
    const extracted = JSON.parse(result.stdout) as ExtractedPdf;
    expect(validateAgainst('extracted-pdf.schema.json', extracted)).toEqual([]);
    expect(extracted.records).toBeNull();
    expect(extracted.document.pages.map((p) => p.method)).toEqual(['text', 'text', 'text', 'text', 'text']);
    expect(extracted.tables).toHaveLength(1);
    const [table] = extracted.tables;
    expect(table!.pages).toEqual([1, 2, 3, 4, 5]);
    const truth = parse((await readFile(join(samplesDir, 'calc-list-local5g-jisshou.truth.csv'), 'utf8')).replace(/^\uFEFF/u, '')) as string[][];
    const body = truth.slice(1).map((row) => row.map((cell) => normaliseCharacters(cell)));
    expect(table!.rows.map((row) => row.map((cell) => cell.text))).toEqual(body);
  });

  it('prints the records a profile reads, recognised by content or named with --profile', async () => {
    const file = join(samplesDir, 'soumu-shisaku-fy2021.pdf');
    const auto = JSON.parse((await runCli(['extract', file, '--no-ocr'])).stdout) as ExtractedPdf;
    expect(auto.records?.profile).toBe('soumu-shisaku-fy2021');
    expect(auto.records?.records).toHaveLength(21);
    const local5g = auto.records!.records.find((r) => r.name === '課題解決型ローカル5G等の実現に向けた開発実証');
    expect(local5g?.offices.map((o) => [o.name, o.phones])).toEqual([
      ['総務省地域通信振興課', ['03-5253-5758']],
      ['総務省移動通信課', ['03-5253-5896']],
    ]);
    expect(local5g?.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])).toEqual([[2021, 'initial', 5_996_000_000]]);
    const none = JSON.parse((await runCli(['extract', file, '--no-ocr', '--profile', 'none'])).stdout) as ExtractedPdf;
    expect(none.records).toBeNull();
    expect(none.document.pages).toHaveLength(auto.document.pages.length);
  });

  it('names the file and the reason in one line when it is not a PDF', async () => {
    const file = join(samplesDir, 'bad', 'not-a-pdf.pdf');
    const result = await runCli(['extract', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: not a PDF`, 'u'))]);
  });
});
