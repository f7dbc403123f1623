import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';

const line = (text: string, x: number, y: number, size = 10.5): Line => ({ text, bbox: [x, y, x + size * [...text].length, y + size], font_size: size });
const source = { fileName: 'a.pdf', sha256: 'c'.repeat(64), bytes: 1 };

/** A page of one record: its name, then each section's label over its text. */
const recordPage = (number: number, name: string, sections: readonly string[]): PageLayout => ({
  page: {
    number,
    width: 595,
    height: 842,
    method: 'text',
    method_reason: null,
    lines: [line(`施策名：${name}`, 50, 60, 14), line('担当：自治行政局地域政策課', 50, 90), ...sections.flatMap((label, k) => [line(`【${label}】`, 50, 130 + 60 * k), line(`${name}の${label}を述べる文です。`, 60, 150 + 60 * k)])],
  },
  rules: [],
});
const read = (pages: PageLayout[]) => readRecords(source, pages, pages.map((p) => p.page))!;

describe("a catalogue's last record cut short", () => {
  it('is flagged when it ends on the last page without the sections the other records print after its own', () => {
    const set = read([
      recordPage(1, '光ファイバ整備', ['目的', '概要', '期待される効果']),
      recordPage(2, '地域おこし協力隊', ['目的', '概要', '期待される効果']),
      recordPage(3, 'テレワーク推進', ['目的']),
    ]);
    expect(set.records.map((r) => r.name)).toEqual(['光ファイバ整備', '地域おこし協力隊', 'テレワーク推進']);
    expect(set.issues.filter((issue) => issue.type === 'record-cut-short').map((issue) => [issue.record, issue.page, issue.message])).toEqual([
      ['テレワーク推進', 3, "the last record ends on the document's last page without 「概要」 (2 of 2 others), 「期待される効果」 (2 of 2 others), printed after its own sections: the document may stop inside it"],
    ]);
  });

  it("is flagged beside one other record only when it prints that record's first sections and stops two or more short", () => {
    const cut = (sections: readonly string[]): string[] =>
      read([recordPage(1, '光ファイバ整備', ['施策効果の詳細', '目的', '概要', '具体的取組']), recordPage(2, 'テレワーク推進', sections)])
        .issues.filter((issue) => issue.type === 'record-cut-short')
        .map((issue) => issue.record);
    expect(cut(['施策効果の詳細', '目的'])).toEqual(['テレワーク推進']);
    expect(cut(['施策効果の詳細', '目的', '概要'])).toEqual([]);
    expect(cut(['目的', '施策効果の詳細'])).toEqual([]);
  });

  it('is flagged one section short beside one other record that ran over a page break', () => {
    const page = recordPage(2, '放送コンテンツによる地域情報発信力強化事業', ['目的']);
    const rest: PageLayout = { page: { ...page.page, number: 3, lines: [line('【概要】', 50, 60), line('地域の魅力を海外へ発信する取組を支援する。', 60, 80), line('施策名：ICT基盤高度化事業', 50, 300, 14), line('担当：自治行政局地域政策課', 50, 330), line('【目的】', 50, 370), line('医療情報の安全管理を推進する。', 60, 390)] }, rules: [] };
    const set = read([page, rest]);
    expect(set.records.map((r) => [r.name, r.source.pages, Object.keys(r.sections)])).toEqual([
      ['放送コンテンツによる地域情報発信力強化事業', [2, 3], ['目的', '概要']],
      ['ICT基盤高度化事業', [3], ['目的']],
    ]);
    expect(set.issues.filter((issue) => issue.type === 'record-cut-short').map((issue) => issue.record)).toEqual(['ICT基盤高度化事業']);
    // On one page each, one section short is not enough.
    const apart = read([recordPage(1, '光ファイバ整備', ['目的', '概要']), recordPage(2, 'テレワーク推進', ['目的'])]);
    expect(apart.issues.filter((issue) => issue.type === 'record-cut-short')).toEqual([]);
  });

  it('is not flagged when it leaves out a section printed before its last one, or prints them all', () => {
    const skipped = read([
      recordPage(1, '光ファイバ整備', ['目的', '概要', '期待される効果']),
      recordPage(2, '地域おこし協力隊', ['目的', '概要', '期待される効果']),
      recordPage(3, 'テレワーク推進', ['目的', '期待される効果']),
    ]);
    expect(skipped.issues.filter((issue) => issue.type === 'record-cut-short')).toEqual([]);
    // Without one printed before its last as well (a label OCR lost), it lost more than an end.
    const lost = read([
      recordPage(1, '光ファイバ整備', ['目的', '概要', '期待される効果']),
      recordPage(2, '地域おこし協力隊', ['目的', '概要', '期待される効果']),
      recordPage(3, 'テレワーク推進', ['概要']),
    ]);
    expect(lost.issues.filter((issue) => issue.type === 'record-cut-short')).toEqual([]);
    const whole = read([1, 2, 3].map((n) => recordPage(n, ['光ファイバ整備', '地域おこし協力隊', 'テレワーク推進'][n - 1]!, ['目的', '概要'])));
    expect(whole.issues.filter((issue) => issue.type === 'record-cut-short')).toEqual([]);
  });
});
