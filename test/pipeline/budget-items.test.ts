import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';

const line = (text: string, x: number, y: number, size = 10): Line => ({ text, bbox: [x, y, x + size * [...text].length, y + size], font_size: size });
const layout = (number: number, lines: Line[]): PageLayout => ({ page: { number, width: 595, height: 842, method: 'text', method_reason: null, lines }, rules: [] });
const source = { fileName: 'setsumei.pdf', sha256: 'e'.repeat(64), bytes: 1 };

/** An item's heading, its amount row as pdf.js reads it (「追」 「加」 「N（百万円）」 apart), and the sentence under it. */
const item = (heading: string, amount: string, y: number, sentence?: string): Line[] => [
  line(heading, 70, y),
  line('追', 79, y + 16, 9), line('加', 133, y + 16, 9), line(`${amount}（百万円）`, 206, y + 16, 9),
  ...(sentence === undefined ? [] : [line(sentence, 90, y + 32)]),
];

const cover = layout(1, [line('令和2年度補正予算（第1号）等の説明', 100, 220, 25)]);
/** The first items of a page: the account, a chapter, a section, and an item with its sentence. */
const opening = (): Line[] => [
  line('第2 一般会計', 200, 40, 18),
  ...item('1 感染拡大防止策', '1,809,653', 80),
  ...item('（1） マスク・消毒液等の確保', '172,997', 130),
  ...item('① マスク等生産設備導入経費', '2,910', 180, '上記の追加額は、生産設備の導入を支援するために必要な経費である。'),
];

describe('a budget explanation: numbered items with amount rows and no labels', () => {
  it('reads the items not divided further as records, with their number path, amount in yen and what the money is for', () => {
    const page = layout(2, [
      ...opening(),
      ...item('② 布製マスク等の配布', '96,054', 250, '上記の追加額は、布製マスク等を配布するために必要な経費である。'),
      ...item('（2） 治療薬の開発加速', '51,600', 320, '上記の追加額は、治療薬の開発に必要な経費である。'),
      ...item('2 雇用の維持', '690,000', 390, '上記の追加額は、雇用調整助成金の特例措置に必要な経費である。'),
    ]);
    const set = readRecords(source, [cover, page], [cover.page, page.page])!;
    expect(set.profile).toMatch(/^budget-items-/u);
    // No profile said what this is: the quality report says so for a person to check.
    expect(set.issues.map((issue) => issue.type)).toEqual(['read-without-profile']);
    expect(set.records.map((r) => [r.number, r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.supplementary_no, b.account, b.amount_jpy]), r.sections['概要']])).toEqual([
      ['1-(1)-①', 'マスク等生産設備導入経費', [[2020, 'supplementary', 1, '一般会計', 2_910_000_000]], '上記の追加額は、生産設備の導入を支援するために必要な経費である。'],
      ['1-(1)-②', '布製マスク等の配布', [[2020, 'supplementary', 1, '一般会計', 96_054_000_000]], '上記の追加額は、布製マスク等を配布するために必要な経費である。'],
      ['1-(2)', '治療薬の開発加速', [[2020, 'supplementary', 1, '一般会計', 51_600_000_000]], '上記の追加額は、治療薬の開発に必要な経費である。'],
      ['2', '雇用の維持', [[2020, 'supplementary', 1, '一般会計', 690_000_000_000]], '上記の追加額は、雇用調整助成金の特例措置に必要な経費である。'],
    ]);
  });

  it("numbers the items under a chapter whose number pdf.js read apart from its text, a table's lines in between (「2」 … 「雇用の維持と事業の継続」)", () => {
    const table = ['放課後児童クラブ支援事業費', '保育所等利用料減免等支援', '補習等指導員等派遣事業費', '看護職員派遣調整事業費', '計'].map((text, k) => line(text, 103, 300 + 20 * k, 9));
    const page = layout(2, [
      ...opening(),
      ...item('② 布製マスク等の配布', '96,054', 230, '上記の追加額は、布製マスク等を配布するために必要な経費である。'),
      // The chapter's number, then the table printed above its text, then its text: the order pdf.js reads them in.
      line('2', 62, 420),
      ...table,
      ...item('雇用の維持と事業の継続', '19,490,481', 420).map((l) => ({ ...l, bbox: [l.bbox[0] + 10, l.bbox[1], l.bbox[2] + 10, l.bbox[3]] as Line['bbox'] })),
      ...item('（1） 雇用の維持', '70,893', 470),
      ...item('① 雇用調整助成金の特例', '690,000', 520, '上記の追加額は、雇用調整助成金の特例措置に必要な経費である。'),
    ]);
    const set = readRecords(source, [cover, page], [cover.page, page.page])!;
    expect(set.records.map((r) => [r.number, r.name])).toEqual([
      ['1-(1)-①', 'マスク等生産設備導入経費'],
      ['1-(1)-②', '布製マスク等の配布'],
      ['2-(1)-①', '雇用調整助成金の特例'],
    ]);
  });

  it('reads a two-column page column by column, though its reading order runs across the rows (amount rows printed level in both columns)', () => {
    const right = (lines: Line[]): Line[] => lines.map((l) => ({ ...l, bbox: [l.bbox[0] + 300, l.bbox[1], l.bbox[2] + 300, l.bbox[3]] as Line['bbox'] }));
    const printed = [
      line('第2 一般会計', 70, 40, 18),
      ...item('1 感染拡大防止策', '1,809,653', 80),
      ...item('（1） 医療提供体制の強化', '1,331,359', 130),
      ...item('① 地方創生臨時交付金', '1,000,000', 180, '上記の追加額は、地方公共団体に対する'),
      // The right column goes on with the left's sentence, then its own items.
      ...right([line('交付金の交付に必要な経費である。', 80, 80)]),
      ...right(item('② 緊急包括支援交付金', '149,030', 130, '上記の追加額は、都道府県に対する交付金に必要な経費である。')),
      ...right(item('③ 医療資材の確保等', '128,125', 200, '上記の追加額は、医療資材の確保に必要な経費である。')),
    ];
    // A reading order that follows rows across the page: by row, left to right.
    const page = layout(2, [...printed].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]));
    const set = readRecords(source, [cover, page], [cover.page, page.page])!;
    expect(set.records.map((r) => [r.number, r.name, r.budget.map((b) => b.amount_jpy), r.sections['概要']])).toEqual([
      ['1-(1)-①', '地方創生臨時交付金', [1_000_000_000_000], '上記の追加額は、地方公共団体に対する交付金の交付に必要な経費である。'],
      ['1-(1)-②', '緊急包括支援交付金', [149_030_000_000], '上記の追加額は、都道府県に対する交付金に必要な経費である。'],
      ['1-(1)-③', '医療資材の確保等', [128_125_000_000], '上記の追加額は、医療資材の確保に必要な経費である。'],
    ]);
  });

  it("starts an item's paragraph after its amount row, a figure of the table above read between the row's pieces", () => {
    const page = layout(2, [
      ...opening(),
      line('（ロ） 医療用マスク等の優先配布', 70, 250),
      // pdf.js reads 「加」, then the table's total printed above, then 「追」 and the figure.
      line('加', 133, 266, 9), line('26,942', 300, 230, 9), line('追', 79, 266, 9), line('95,269（百万円）', 206, 266, 9),
      line('上記の追加額は、医療用マスク等を優先配布するために必要な経費である。', 90, 282),
      ...item('（2） 治療薬の開発加速', '51,600', 320, '上記の追加額は、治療薬の開発に必要な経費である。'),
    ]);
    const set = readRecords(source, [cover, page], [cover.page, page.page])!;
    expect(set.records.find((r) => r.name === '医療用マスク等の優先配布')?.sections['概要']).toBe('上記の追加額は、医療用マスク等を優先配布するために必要な経費である。');
  });

  it('reads no records from a document with a few amounts: it is no budget explanation', () => {
    const page = layout(1, [...item('1 感染拡大防止策', '1,809,653', 80), ...item('2 雇用の維持', '690,000', 150, '上記の追加額は、必要な経費である。')]);
    expect(readRecords(source, [page], [page.page])).toBeNull();
  });
});
