import { describe, expect, it } from 'vitest';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { extractPolicies } from '../../pipeline/structure/extract-policies.ts';
import { profileRegistry } from '../../pipeline/structure/profiles/index.ts';
import { documentLines } from '../../pipeline/structure/record-lines.ts';

const soumuJutenShisaku = profileRegistry().byId('soumu-juten-shisaku')!;
// The 2020 edition's figures without a year are the FY2020 request (its cover says so).
const REQUEST_2020 = { defaultFiscalYear: 2020, defaultStage: 'request' } as const;

/** A born-digital page of the 2020 重点施策 built from the seed's text (003, pp. 26 and 45): headings, bullets, 【予算】. */
function page(number: number, texts: readonly [string, number][]): PageLayout {
  let y = 50;
  const lines = texts.map(([text, size]) => {
    const x = text.startsWith('・') ? 41 : text.startsWith('【') ? 66 : 54;
    const line = { text, bbox: [x, y, x + size * text.length, y + size] as [number, number, number, number], font_size: size };
    y += size * 1.6;
    return line;
  });
  return { page: { number, width: 842, height: 595, method: 'text', method_reason: null, lines }, rules: [] };
}

const source = { fileName: 'juten.pdf', sha256: '0'.repeat(64) };

const original = page(1, [
  ['4 産業の高度化・新規産業の創出', 11],
  ['③ 多言語翻訳の普及推進', 17],
  ['(1) 多言語翻訳の普及推進', 13.5],
  ['・ 言葉の壁がない世界の実現を目指し、日常生活やビジネスでの活用が可能な多言語翻訳の普及を推進', 12],
  ['【予算】 多言語翻訳の普及推進 1.2億円【新規】', 12],
]);
const repeat = page(2, [
  ['6 豊かなライフスタイルに資する生活支援', 11],
  ['③ 多言語翻訳の普及推進（再掲）', 17],
  ['(1) 多言語翻訳の普及推進（再掲）', 13.5],
  ['・ 言葉の壁がない世界の実現を目指し、日常生活やビジネスでの活用が可能な多言語翻訳の普及を推進', 12],
  ['【予算】 多言語翻訳の普及推進 1.2億円【新規】', 12],
]);

describe('policies printed again (再掲)', () => {
  it('links the repeat to its original instead of counting a second policy', () => {
    const { records, issues } = extractPolicies([original, repeat], documentLines([original, repeat], new Set()), soumuJutenShisaku, source, { budget: REQUEST_2020 });
    expect(records).toHaveLength(2);
    const [first, second] = records;
    expect(first).toMatchObject({ name: '多言語翻訳の普及推進', number: '4-③-(1)', repeat_of: null });
    expect(second).toMatchObject({ name: '多言語翻訳の普及推進', number: '6-③-(1)', repeat_of: first!.id });
    expect(second!.name_raw).toContain('多言語翻訳の普及推進（再掲）');
    expect(second!.id).not.toBe(first!.id);
    expect(records.filter((r) => r.repeat_of === null)).toHaveLength(1);
    expect(issues).toEqual([]);
  });

  it('reports a repeat whose original is not in the document', () => {
    const { records, issues } = extractPolicies([repeat], documentLines([repeat], new Set()), soumuJutenShisaku, source, { budget: REQUEST_2020 });
    expect(records[0]!.repeat_of).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ type: 'repeat-without-original', record: '多言語翻訳の普及推進', page: 2 })]);
  });
});
