import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { OcrPool } from '../../pipeline/ocr/ocr-pool.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { compact, samplesDir } from '../support/samples.ts';

// Real tesseract.js on the four pages of the FY2021 施策集 scan (samples/make/make-scans.ts), apart
// from the other scans of ocr-scans.test.ts so that two forks share them.
const pool = new OcrPool({ workers: 1 });
afterAll(() => pool.close());

describe('OCR of the scanned FY2021 施策集 pages (skewed up to 1.2°, a table of labelled cells on each)', () => {
  let layouts: PageLayout[];
  beforeAll(async () => {
    const { documents } = await ingestSources([join(samplesDir, 'scanned-shisaku-fy2021-pages.pdf')]);
    layouts = (await readPdfPages(documents[0]!, { ocr: pool })).layouts;
  }, 240_000);
  const linesOf = (page: number): string[] => layouts.find((l) => l.page.number === page)!.page.lines.map((l) => compact(l.text));

  it('keeps a line whole where tesseract boxed two touching words apart (page 4)', () => {
    expect(linesOf(4)).toContain(compact('医療・健康データを連携・利活用するための基盤を構築・高度化し、医療等サービスの飛躍的な向上・効率化を図ることにより、国民ひとりひ'));
  });

  it('reads the small labels on gray cells (分野, 予算 / 額, 総合戦 / 略該当 / 箇所) on every page', () => {
    for (const page of [1, 2, 3, 4]) expect(linesOf(page)).toEqual(expect.arrayContaining(['分野', '予算', '額', '総合戦', '略該当', '箇所']));
  });

  it('reads each line of the budget cell once, beside a label spaced over two lines (page 2): no overlapping second reading', () => {
    const budget = linesOf(2).filter((line) => line.includes('年度'));
    expect(budget).toEqual([compact('令和2年度3次補正一般会計1,100百万円'), compact('令和3年度当初一般会計1,100百万円')]);
  });

  it('gives every record its field, strategy reference, budget lines and bulleted items', () => {
    const { records } = readRecords({ fileName: 'scanned-shisaku-fy2021-pages.pdf', sha256: '0'.repeat(64), bytes: 1 }, layouts, layouts.map((l) => l.page))!;
    // One page each: the running header 「総務省」, repeated at the head of every page, joins no record.
    expect(records.map((r) => r.source.pages)).toEqual([[1], [2], [3], [4]]);
    expect(records.map((r) => [r.field, r.strategy_refs])).toEqual([
      ['5Gなどの情報通信基盤の早期整備', ['横2-1-(1)-i']],
      ['地域における情報通信基盤等の環境整備', ['その他']],
      ['5Gなどの情報通信基盤の早期整備', ['横2-1-(1)-i']],
      ['医療・教育分野での未来技術の活用', ['横2-1-(2)-vi']],
    ]);
    expect(records.map((r) => r.budget.map((b) => [b.fiscal_year, b.stage, b.supplementary_no, b.amount_jpy, b.part_of]))).toEqual([
      [[2021, 'initial', null, 1_514_000_000, false]],
      [
        [2020, 'supplementary', 3, 1_100_000_000, false],
        [2021, 'initial', null, 1_100_000_000, false],
      ],
      [[2021, 'initial', null, 11_433_000_000, true]],
      [[2021, 'initial', null, 85_000_000, true]],
    ]);
    // The ✓ bullets, which tesseract reads as 「ソン」「ン」, open the items of 特徴・ポイント.
    expect(records[3]!.sections['特徴・ポイント']?.split('\n')).toEqual([
      '近時の遠隔医療の取組みを調査し、遠隔医療モデルに関する参考書等をとりまとめる。',
      '民間PHR事業者においてルールが遵守される仕組みの検討等に向けた調査を行う。',
    ]);
  });
});
