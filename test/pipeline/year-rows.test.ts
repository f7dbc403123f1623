import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';

const line = (text: string, x: number, y: number, size = 10): Line => ({ text, bbox: [x, y, x + size * [...text].length, y + size], font_size: size });
const source = { fileName: 'catalogue.pdf', sha256: 'f'.repeat(64), bytes: 1 };

/** A record's page: its title, its office, a table of its budget year by year, and its purpose. */
function recordPage(number: number, name: string, amounts: readonly [string, string][]): PageLayout {
  const lines = [
    line(name, 57, 65, 16),
    line('担当：自治行政局地域情報化企画室（TEL 03-5253-5521）', 57, 97),
    line('年度', 63, 127),
    line('予算額', 206, 127),
    ...amounts.flatMap(([year, amount], k) => [line(year, 63, 149 + 22 * k), line(amount, 257, 149 + 22 * k)]),
    line('■ 目的', 57, 240),
    line('中山間地域で見守りに要する人手を減らす。', 57, 255),
  ];
  return { page: { number, width: 595, height: 842, method: 'text', method_reason: null, lines }, rules: [] };
}

describe('a table of budgets year by year inside a record', () => {
  it('gives each row its own budget line, its year from the row', () => {
    const layouts = [
      recordPage(1, '地域見守りデジタル基盤整備事業', [['令和4年度', '200百万円'], ['令和5年度', '240百万円'], ['令和6年度要求', '295百万円']]),
      recordPage(2, '公共交通オンデマンド化推進事業', [['令和5年度', '1.2億円'], ['令和6年度予算(案)', '1.5億円']]),
      recordPage(3, '地方公共団体の窓口業務デジタル転換支援', [['令和5年度補正', '3,000百万円の内数'], ['令和6年度', '800百万円']]),
    ];
    const set = readRecords(source, layouts, layouts.map((l) => l.page))!;
    const budgets = set.records.map((record) => record.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy, b.part_of]));
    expect(budgets).toEqual([
      [[2022, 'initial', 200_000_000, false], [2023, 'initial', 240_000_000, false], [2024, 'request', 295_000_000, false]],
      [[2023, 'initial', 120_000_000, false], [2024, 'draft', 150_000_000, false]],
      [[2023, 'supplementary', 3_000_000_000, true], [2024, 'initial', 800_000_000, false]],
    ]);
    expect(set.records[0]!.sections['目的']).toBe('中山間地域で見守りに要する人手を減らす。');
    expect(set.issues.filter((issue) => issue.type === 'missing-value')).toEqual([]);
  });

  it('reads a grid of budgets, years across and stages down (a 行政事業レビューシート), in the unit it names, a dash for none', () => {
    const sheet = (number: number, name: string, [first, second, request, supplementary]: [string, string, string, string]): PageLayout => {
      const lines = [
        line('事業名', 49, 80), line(name, 134, 80, 12),
        line('事業の目的', 49, 168), line(`${name}の目的。`, 134, 168),
        line('予算の状況', 49, 239), line('（単位：百万', 49, 254), line('円）', 49, 268),
        line('令和4年度', 266, 244), line('令和5年度', 363, 244), line('令和6年度要求', 474, 244),
        line('当初予算', 140, 268), line(first, 312 - 10 * first.length, 268), line(second, 409 - 10 * second.length, 268), line(request, 540 - 10 * request.length, 268),
        line('補正予算', 140, 291), line('－', 302, 291), line(supplementary, 409 - 10 * supplementary.length, 291), line('－', 530, 291),
      ];
      return { page: { number, width: 595, height: 842, method: 'text', method_reason: null, lines }, rules: [] };
    };
    const layouts = [sheet(1, '半導体人材育成事業', ['200', '230', '260', '90']), sheet(2, 'サプライチェーン強靱化事業', ['240', '265', '310', '－']), sheet(3, '省エネルギー設備更新事業', ['1,200', '1,350', '1,500', '400'])];
    const set = readRecords(source, layouts, layouts.map((l) => l.page))!;
    const budgets = set.records.map((record) => record.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy]));
    expect(budgets).toEqual([
      [[2022, 'initial', 200_000_000], [2023, 'initial', 230_000_000], [2024, 'request', 260_000_000], [2023, 'supplementary', 90_000_000]],
      [[2022, 'initial', 240_000_000], [2023, 'initial', 265_000_000], [2024, 'request', 310_000_000]],
      [[2022, 'initial', 1_200_000_000], [2023, 'initial', 1_350_000_000], [2024, 'request', 1_500_000_000], [2023, 'supplementary', 400_000_000]],
    ]);
    expect(set.records[0]!.sections['目的']).toBe('半導体人材育成事業の目的。');
  });

  it("reads a scan's row of budget heads over their figures where OCR ran the first head into its label and read the cells' rules as 」 (「予算額:」令和5年度予算(案)」, 「」令和3年度補正予算」), a dash under a head as its year's figure, none", () => {
    // Three scanned records as OCR read them, [text, x0, y0, x1, y1, size]: the heads (第二次 spelt in kanji) on one row, the figures under them.
    const ocr = ([text, x0, y0, x1, y1, size]: [string, number, number, number, number, number]): Line => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 });
    const record = (number: number, name: string, heads: [string, number, number][], figures: [string, number, number][]): PageLayout => {
      const lines = [
        ocr([name, 54, 291, 201, 310, 19.2]), ocr(['総合通信基盤局電気通信事業部事業政策課', 631, 296, 924, 309, 13.7]),
        ocr(['区分: ①予算', 41, 315, 102, 325, 9.8]),
        ...heads.map(([text, x0, x1]) => ocr([text, x0, 348, x1, 364, 15.6])),
        ...figures.map(([text, x0, x1]) => ocr([text, x0, 369, x1, 378, 9.1])),
        ocr(['目的', 65, 432, 83, 441, 9.1]), ocr([`${name}を進める。`, 113, 423, 420, 438, 14.2]),
      ];
      return { page: { number, width: 970, height: 558, method: 'ocr', method_reason: null, lines }, rules: [] };
    };
    const layouts = [
      record(1, '高度無線環境整備推進事業', [['予算額:」令和5年度予算(案)', 40, 174], ['令和4年度第二次補正予算', 187, 303], ['令和4年度予算額', 316, 387]], [['4,196百万円', 113, 169], ['2,842百万円', 242, 298], ['3,683百万円', 330, 386]]),
      record(2, '情報信託機能活用促進事業', [['予算額:', 40, 80], ['令和4年度第二次補正', 120, 210], ['」令和3年度補正予算', 219, 305]], [['214百万円', 165, 210], ['115百万円', 259, 304]]),
      record(3, 'ICT基盤高度化事業', [['予算額:', 41, 80], ['令和5年度予算(案)', 93, 182], ['令和4年度予算', 200, 262]], [['50百万円', 142, 183], ['50百万円', 221, 261]]),
      record(4, '自治体マイナポイントの全国展開', [['予算額', 41, 80], ['令和5年度予算(案)', 93, 182], ['令和4年度第二次補正予算', 200, 316]], [['－', 150, 158], ['994百万円', 260, 305]]),
    ];
    const set = readRecords(source, layouts, layouts.map((l) => l.page))!;
    expect(set.records.map((record) => [record.name, record.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['高度無線環境整備推進事業', [[2023, 'draft', 4_196_000_000], [2022, 'supplementary', 2_842_000_000], [2022, 'initial', 3_683_000_000]]],
      ['情報信託機能活用促進事業', [[2022, 'supplementary', 214_000_000], [2021, 'supplementary', 115_000_000]]],
      ['ICT基盤高度化事業', [[2023, 'draft', 50_000_000], [2022, 'initial', 50_000_000]]],
      // A dash under a year is that year's figure, none.
      ['自治体マイナポイントの全国展開', [[2023, 'draft', null], [2022, 'supplementary', 994_000_000]]],
    ]);
    expect(set.issues.filter((issue) => /budget/u.test(issue.type))).toEqual([]);
  });
});
