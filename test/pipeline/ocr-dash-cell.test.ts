import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import { OcrPool } from '../../pipeline/ocr/ocr-pool.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { samplesDir } from '../support/samples.ts';

/**
 * Real tesseract.js on the first page of a seen scan whose table gives a policy's budget as 「-」
 * (none) in a cell of its own: tesseract reads that cell as nothing, or as 「門」 with no confidence.
 */
const scan = join(samplesDir, 'layouts', 'seen', 'digiden-shisaku-2022-slides-cells-scan.pdf');
const pool = new OcrPool({ workers: 1 });
let lines: Line[];

beforeAll(async () => {
  lines = (await readPdfPages({ bytes: new Uint8Array(readFileSync(scan)) }, { ocr: pool, pages: [1] })).layouts[0]!.page.lines;
}, 120_000);

afterAll(() => pool.close());

describe('a scanned table cell holding a dash alone', () => {
  it('reads the dash in the budget cell, beside the row\'s other values', () => {
    const strategy = lines.find((line) => line.text.startsWith('①デジタル実装'))!;
    const beside = lines.filter((line) => line.bbox[0] >= strategy.bbox[2] && line.bbox[1] < strategy.bbox[3] && line.bbox[3] > strategy.bbox[1]);
    expect(beside.map((line) => line.text)).toEqual(['-']);
  });
});
