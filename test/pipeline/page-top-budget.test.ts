import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';

type Row = [string, number, number, number, number, number];
const layout = (number: number, rows: Row[]): PageLayout => ({
  page: { number, width: 595, height: 842, method: 'text', method_reason: null, lines: rows.map(([text, x0, y0, x1, y1, size]): Line => ({ text, bbox: [x0, y0, x1, y1], font_size: size })) },
  rules: [],
});
const source = { fileName: 'a.pdf', sha256: 'e'.repeat(64), bytes: 1 };

/** 農林水産省's PR sheet: the budget in 【】 opening the page over the name, the office in ［お問い合わせ先］ at its foot. */
const sheet = (budget: string, name: string, office: string): Row[] => [
  [budget, 317, 30, 561, 40, 10], [name, 186, 61, 410, 77, 16],
  ['＜事業の目的＞', 34, 124, 124, 134, 10], ['農業者の減少に対応するため、作業の受託を行う事業体の育成を支援します。', 34, 138, 274, 148, 10],
  ['＜事業の内容＞', 34, 242, 104, 252, 10], ['1. 事業体の立ち上げに必要な機械の導入を支援します。', 34, 257, 266, 267, 10],
  [`［お問い合わせ先］${office}`, 318, 793, 552, 802, 9],
];

describe("a PR sheet's page-top budget and page-foot office", () => {
  it('reads the budget line opening each page over its name, and the bracketed enquiries line at each foot, as that page\'s record\'s, though both stand at one place on every page', () => {
    const set = readRecords(source, [
      layout(1, sheet('【令和6年度予算概算決定額 1,230（1,000）百万円】', '農業支援サービス事業育成対策', '農産局技術普及課（03-6744-2107）')),
      layout(2, sheet('【令和5年度補正予算額 3,500百万円】', 'スマート農業技術の開発・供給加速化', '農林水産技術会議事務局研究推進課（03-3502-7437）')),
      layout(3, sheet('【令和6年度予算概算決定額 680（700）百万円】', 'みどりの食料システム戦略推進交付金', '大臣官房みどりの食料システム戦略グループ（03-6744-7186）')),
    ], [])!;
    expect(set.records.map((r) => [r.name, r.offices.map((o) => [o.name, o.phones]), r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['農業支援サービス事業育成対策', [['農産局技術普及課', ['03-6744-2107']]], [[2024, 'draft', 1_230_000_000], [2023, 'initial', 1_000_000_000]]],
      ['スマート農業技術の開発・供給加速化', [['農林水産技術会議事務局研究推進課', ['03-3502-7437']]], [[2023, 'supplementary', 3_500_000_000]]],
      ['みどりの食料システム戦略推進交付金', [['大臣官房みどりの食料システム戦略グループ', ['03-6744-7186']]], [[2024, 'draft', 680_000_000], [2023, 'initial', 700_000_000]]],
    ]);
  });
});
