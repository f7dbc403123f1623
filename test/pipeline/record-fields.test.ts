import { describe, expect, it } from 'vitest';
import { emptyPolicy, fillField, joinWrappedPartOf } from '../../pipeline/structure/record-fields.ts';
import type { DocumentProfile } from '../../pipeline/structure/profile.ts';

describe('joinWrappedPartOf', () => {
  it('joins the parts of a figure wrapped in a narrow cell: its 内数, the rest of its amount, what closes a bracket left open', () => {
    expect(joinWrappedPartOf(['令和5年度補正予算：580百万円の', '内数'])).toEqual(['令和5年度補正予算：580百万円の内数']);
    expect(joinWrappedPartOf(['令和6年度概算要求額：3,000', '百万円'])).toEqual(['令和6年度概算要求額：3,000百万円']);
    expect(joinWrappedPartOf(['125,300千円（前年', '度 98,000千円）'])).toEqual(['125,300千円（前年度 98,000千円）']);
    // Two whole figures stay two.
    expect(joinWrappedPartOf(['国費 4.0億円', '事業費 8.0億円'])).toEqual(['国費 4.0億円', '事業費 8.0億円']);
  });
});

describe('fillField', () => {
  const context = { profile: { id: 'catalogue-test', kind: 'policies', title: 't', series: 's', recognise: [], ministry: null, labels: [] } as DocumentProfile, budget: {}, issues: [], tidy: (text: string) => text };
  const rate = (texts: string[], ocr: boolean): string | undefined => {
    const record = emptyPolicy('r', { name: 'n', raw: 'n', number: null }, { sha256: '0'.repeat(64), file_name: 'a.pdf', pages: [1], method: ocr ? 'ocr' : 'text', ocr_confidence: null });
    fillField(record, { target: { kind: 'section', key: '補助率' }, label: '補助率', key: '補助率', page: 1, texts, items: texts, figures: [], underLabel: true, ocr }, context);
    return record.sections['補助率'];
  };

  it("reads a subsidy rate's fraction OCR read with its slash as a 7 (「172」) as the fraction, and a long vowel mark between two rates as 〜; text layers as printed", () => {
    expect(rate(['172 (小規模事業者は2/3)'], true)).toBe('1/2 (小規模事業者は2/3)');
    expect(rate(['1/2ー273'], true)).toBe('1/2〜2/3');
    // A larger number is no rate's fraction, and a text layer's 172 is what was printed.
    expect(rate(['定額、上限712万円'], true)).toBe('定額、上限712万円');
    expect(rate(['172'], false)).toBe('172');
  });

  it("reads an OCR'd figure with a speck beside its thousands comma (「1,)129百万円」, 「1,!129百万円」) as the amount printed", () => {
    const amounts = (figure: string, ocr: boolean): (number | null)[] => {
      const record = emptyPolicy('r', { name: 'n', raw: 'n', number: null }, { sha256: '0'.repeat(64), file_name: 'a.pdf', pages: [1], method: ocr ? 'ocr' : 'text', ocr_confidence: null });
      fillField(record, { target: { kind: 'budget' }, label: '予算額', key: '', page: 1, texts: [figure], items: [figure], figures: [figure], underLabel: true, ocr }, context);
      return record.budget.map((line) => line.amount_jpy);
    };
    expect(amounts('令和3年度補正：1,)129百万円', true)).toEqual([1_129_000_000]);
    expect(amounts('(令和3年度補正: 1,!129百万円)', true)).toEqual([1_129_000_000]);
    expect(amounts('令和3年度補正：1,129百万円', false)).toEqual([1_129_000_000]);
  });
});
