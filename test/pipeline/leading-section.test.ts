import { describe, expect, it } from 'vitest';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { extractPolicies } from '../../pipeline/structure/extract-policies.ts';
import { profileRegistry } from '../../pipeline/structure/profiles/index.ts';
import { documentLines } from '../../pipeline/structure/record-lines.ts';

const soumuJutenShisaku = profileRegistry().byId('soumu-juten-shisaku')!;
const source = { fileName: 'juten.pdf', sha256: '0'.repeat(64) };

/** A text-layer page of lines [text, x0, y0, x1, size]. */
const page = (number: number, rows: readonly (readonly [string, number, number, number, number])[]): PageLayout => ({
  page: { number, width: 960, height: 540, method: 'text', method_reason: null, lines: rows.map(([text, x0, y0, x1, size]) => ({ text, bbox: [x0, y0, x1, y0 + size], font_size: size })) },
  rules: [],
});

describe("a measure's text with no label of its own (the 重点施策's bullets)", () => {
  // The 2020 重点施策 rendered with a 「事業の内容」 cell beside the bullets (rand52 r5252-1, page 4), a target under the cell.
  const labelled = page(4, [
    ['(1) 地方の一般財源総額の確保と地方財政の健全化等', 45, 53, 351, 11.75],
    ['事業', 53, 77, 72, 9.24], ['の内', 53, 90, 72, 9.24], ['容', 58, 104, 67, 9.24],
    ['・「新経済・財政再生計画」を踏まえ、歳出の重点化・効率化に取り組むとともに、一般財源の総額について、元年', 83, 77, 907, 9.24],
    ['度地方財政計画の水準を下回らないよう実質的に同水準を確保。', 94, 90, 362, 9.24],
    ['・地方法人課税における新たな偏在是正措置により生じる財源については、その全額を地方のために活用。', 83, 104, 888, 9.24],
    ['特に地方交付税については、本来の役割である財源調整機能と財源保障機能が適切に発揮されるよう、総額を適切に確保。', 50, 121, 733, 9.24],
    ['【予算】', 45, 140, 84, 9.65], ['地方交付税(地方公共団体交付ベース) 16.8兆円(元年度 16.2兆円)', 52, 155, 347, 9.24],
  ]);

  it("is the labelled section's where a label heads it, and prose under the label's cell after it is a note, not the section", () => {
    const { records, issues } = extractPolicies([labelled], documentLines([labelled], new Set()), soumuJutenShisaku, source);
    expect(records.map((r) => [r.sections['概要'], r.sections['注記']])).toEqual([
      [
        '「新経済・財政再生計画」を踏まえ、歳出の重点化・効率化に取り組むとともに、一般財源の総額について、元年度地方財政計画の水準を下回らないよう実質的に同水準を確保。\n地方法人課税における新たな偏在是正措置により生じる財源については、その全額を地方のために活用。',
        '特に地方交付税については、本来の役割である財源調整機能と財源保障機能が適切に発揮されるよう、総額を適切に確保。',
      ],
    ]);
    expect(issues.map((issue) => issue.type)).toContain('text-unlabelled');
  });

  it('is the measure\'s 概要 where no label heads it', () => {
    const bare = page(4, [
      ['(1) 地方の一般財源総額の確保と地方財政の健全化等', 45, 53, 351, 11.75],
      ['・地方法人課税における新たな偏在是正措置により生じる財源については、その全額を地方のために活用。', 50, 77, 888, 9.24],
      ['【予算】', 45, 95, 84, 9.65], ['地方交付税(地方公共団体交付ベース) 16.8兆円(元年度 16.2兆円)', 52, 110, 347, 9.24],
    ]);
    const { records } = extractPolicies([bare], documentLines([bare], new Set()), soumuJutenShisaku, source);
    expect(records.map((r) => r.sections['概要'])).toEqual(['地方法人課税における新たな偏在是正措置により生じる財源については、その全額を地方のために活用。']);
  });
});
