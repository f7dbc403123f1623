import { describe, expect, it } from 'vitest';
import { joinWrappedPartOf } from '../../pipeline/structure/record-fields.ts';

describe('joinWrappedPartOf', () => {
  it('joins the parts of a figure wrapped in a narrow cell: its 内数, the rest of its amount, what closes a bracket left open', () => {
    expect(joinWrappedPartOf(['令和5年度補正予算：580百万円の', '内数'])).toEqual(['令和5年度補正予算：580百万円の内数']);
    expect(joinWrappedPartOf(['令和6年度概算要求額：3,000', '百万円'])).toEqual(['令和6年度概算要求額：3,000百万円']);
    expect(joinWrappedPartOf(['125,300千円（前年', '度 98,000千円）'])).toEqual(['125,300千円（前年度 98,000千円）']);
    // Two whole figures stay two.
    expect(joinWrappedPartOf(['国費 4.0億円', '事業費 8.0億円'])).toEqual(['国費 4.0億円', '事業費 8.0億円']);
  });
});
