import { describe, expect, it } from 'vitest';
import type { Rule } from '../../pipeline/extract/types.ts';
import { mergeRules } from '../../pipeline/tables/merge-rules.ts';

const h = (from: number, to: number, at: number): Rule => ({ orientation: 'horizontal', from, to, at });
const v = (from: number, to: number, at: number): Rule => ({ orientation: 'vertical', from, to, at });

describe('mergeRules', () => {
  it('joins collinear pieces that touch or overlap end to end', () => {
    expect(mergeRules([h(10, 50, 100), h(50.5, 90, 100), h(89, 120, 100)])).toEqual([h(10, 120, 100)]);
  });

  it('makes one border of two strokes drawn a fraction of a point apart, between them', () => {
    const [rule, ...rest] = mergeRules([v(0, 40, 200), v(0, 40, 200.6)]);
    expect(rest).toEqual([]);
    expect(rule!.at).toBeCloseTo(200.3, 1);
    expect([rule!.from, rule!.to]).toEqual([0, 40]);
  });

  it('keeps a gap in a border (a merged cell) and keeps separate rules apart', () => {
    const merged = mergeRules([h(10, 50, 100), h(80, 120, 100), h(10, 120, 130), v(100, 130, 10)]);
    expect(merged).toEqual([h(10, 50, 100), h(80, 120, 100), h(10, 120, 130), v(100, 130, 10)]);
  });
});
