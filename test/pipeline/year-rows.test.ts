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
});
