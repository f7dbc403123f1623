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

  it("reads the enquiries line as OCR gives it, its closing bracket read as 」 (「[お問い合わせ先」…」), as the office of the page's record", () => {
    const scanned = (number: number, rows: Row[]): PageLayout => {
      const page = layout(number, rows);
      return { ...page, page: { ...page.page, method: 'ocr', lines: page.page.lines.map((line) => ({ ...line, confidence: 90 })) } };
    };
    const ocrSheet = (budget: string, name: string, office: string): Row[] => sheet(budget, name, office).map((row) => (row[0].startsWith('［') ? [`[お問い合わせ先」${office}`, ...row.slice(1)] as Row : row));
    const set = readRecords(source, [
      scanned(1, ocrSheet('【令和6年度予算概算決定額 1,230（1,000）百万円】', '農業支援サービス事業育成対策', '農産局技術普及課(03-6744-2107)')),
      scanned(2, ocrSheet('【令和5年度補正予算額 3,500百万円】', 'スマート農業技術の開発・供給加速化', '農林水産技術会議事務局研究推進課(03-3502-7437)')),
    ], [])!;
    expect(set.records.map((r) => [r.name, r.offices.map((o) => [o.name, o.phones])])).toEqual([
      ['農業支援サービス事業育成対策', [['農産局技術普及課', ['03-6744-2107']]]],
      ['スマート農業技術の開発・供給加速化', [['農林水産技術会議事務局研究推進課', ['03-3502-7437']]]],
    ]);
  });

  it("reads a budget box wrapped over two lines at a page's top (「令和6年度予算額」 over 「（案） 1億円（前年度予算額 1億円）」) as the title's, but not the record before's labelled figure run over to the page", () => {
    const boxed = (figure: string, name: string): Row[] => [
      ['令和6年度予算額', 363, 34, 439, 44, 10], [figure, 363, 48, 541, 58, 10], [name, 45, 87, 199, 101, 14],
      ['1. 背景・課題', 45, 143, 107, 153, 10], ['・学校図書館の図書の整備状況に地域差がある。', 45, 158, 265, 168, 10],
      ['2. 事業内容', 45, 184, 97, 194, 10], ['・学校図書館の図書の更新と司書の配置を支援する。', 45, 198, 285, 208, 10],
      ['（担当：総合教育政策局地域学習推進課）', 379, 797, 550, 806, 9],
    ];
    const set = readRecords(source, [layout(1, boxed('（案） 3億円（前年度予算額 2億円）', '理数系人材育成支援事業')), layout(2, boxed('（案） 1億円（前年度予算額 1億円）', '学校図書館整備推進事業'))], [])!;
    expect(set.records.map((r) => [r.name, r.source.pages, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['理数系人材育成支援事業', [1], [[2024, 'draft', 300_000_000], [2023, 'initial', 200_000_000]]],
      ['学校図書館整備推進事業', [2], [[2024, 'draft', 100_000_000], [2023, 'initial', 100_000_000]]],
    ]);
    // 重点施策: the budget cell of the record before, its label 「予算」 over it, runs over to the top of the next record's page.
    const measure = (name: string, budget: Row[]): Row[] => [
      ...budget, ['施策名', 407, 117, 438, 127, 10.5], [name, 42, 139, 466, 157, 18], ['概要', 412, 173, 433, 184, 10.5], ['地域の国際化を進める取組を支援する。', 42, 193, 400, 204, 10.5],
    ];
    const runOver = readRecords(source, [
      layout(1, measure('2-②-(3) JETプログラムによるグローバルな地域活性化の推進', [])),
      layout(2, measure('3-③-(1) マイナンバーカードの普及・利活用の促進', [['予算', 412, 55, 433, 66, 10.5], ['令和2年度 JET地域国際化塾の開催に要する経費 0.1億円', 42, 76, 350, 86, 10.5]])),
    ], [])!;
    expect(runOver.records.map((r) => [r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['JETプログラムによるグローバルな地域活性化の推進', [10_000_000]],
      ['マイナンバーカードの普及・利活用の促進', []],
    ]);
  });

  it("reads a budget line and division printed right of the title but read after the columns under it (厚生労働省's 施策名 sheet) as the record's, and a division block beside a title and its subtitle whole", () => {
    const sheet = (name: string, budget: string, division: string): Row[] => [
      [`施策名：${name}`, 43, 36, 295, 50, 14],
      ['① 施策の目的', 40, 93, 103, 103, 10], ['介護人材の不足に対応するため、介護ロボットの導入により職場環境を改善する。', 40, 114, 406, 124, 10],
      ['③ 施策の対象', 40, 340, 283, 350, 10], ['介護事業所', 40, 361, 208, 371, 10],
      [budget, 634, 28, 808, 40, 12], [division, 727, 45, 808, 54, 9],
      ['② 施策の概要', 433, 93, 496, 103, 10], ['介護事業所が行う介護ロボットの導入に要する費用を補助する。', 433, 114, 769, 124, 10],
    ];
    const set = readRecords(source, [
      layout(1, sheet('介護現場の生産性向上支援事業', '令和5年度補正予算案 120億円', '老健局高齢者支援課')),
      layout(2, sheet('医療機関等における賃上げ支援事業', '令和5年度補正予算案 350億円', '医政局医療経営支援課')),
    ], [])!;
    expect(set.records.map((r) => [r.name, r.offices.map((o) => o.name), r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy]), r.sections['目的']])).toEqual([
      ['介護現場の生産性向上支援事業', ['老健局高齢者支援課'], [[2023, 'supplementary', 12_000_000_000]], '介護人材の不足に対応するため、介護ロボットの導入により職場環境を改善する。'],
      ['医療機関等における賃上げ支援事業', ['医政局医療経営支援課'], [[2023, 'supplementary', 35_000_000_000]], '介護人材の不足に対応するため、介護ロボットの導入により職場環境を改善する。'],
    ]);
    // A subtitle under the title read before the division block beside them: the block stays whole, after the subtitle.
    const subtitled = (name: string): Row[] => [
      [`施策名：${name}`, 37, 60, 289, 74, 14], ['100GHz以上高周波数帯通信デバイスに関する研究開発', 37, 79, 298, 89, 10.5],
      ['総合通信基盤局電波部移動通信課', 661, 63, 796, 72, 9], ['新世代移動通信システム推進室', 661, 75, 787, 84, 9],
      ['目的', 43, 169, 85, 180, 10.5], ['周波数の有効利用を進める。', 43, 190, 300, 200, 10.5], ['概要', 43, 220, 85, 231, 10.5], ['研究開発を行う。', 43, 240, 300, 250, 10.5],
    ];
    const two = readRecords(source, [layout(1, subtitled('電波資源拡大のための研究開発')), layout(2, subtitled('周波数有効利用技術の研究開発'))], [])!;
    expect(two.records.map((r) => r.offices.map((o) => o.name))).toEqual([['総合通信基盤局電波部移動通信課新世代移動通信システム推進室'], ['総合通信基盤局電波部移動通信課新世代移動通信システム推進室']]);
  });
});
