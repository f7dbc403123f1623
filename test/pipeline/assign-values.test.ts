import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import { assignValues } from '../../pipeline/structure/assign-values.ts';
import { findLabels } from '../../pipeline/structure/find-labels.ts';
import type { LabelSpec } from '../../pipeline/structure/profile.ts';
import type { PlacedLine } from '../../pipeline/structure/record-lines.ts';

const actions: LabelSpec = { target: { kind: 'section', key: '具体的取組' }, variants: ['【具体的取組】'] };

/** The 【具体的取組】 excerpt of the デジ田 scan's page 2 as OCR read it: boxes and sizes vary by a point. */
const excerpt: [string, Line['bbox'], number][] = [
  ['【具体的取組】', [58, 333, 112, 346], 13.44],
  ['(c)ローカル10,000プロジェクトの推進', [52, 346, 222, 359], 12.48],
  ['・産学官金の連携により、地域の資源と資金を活用して、雇用吸収力の大きい地域密着型', [55, 360, 798, 373], 13.44],
  ['として、国費による補助率を嵩(かさ)上げし、脱炭素に向けた取組を資金面から強力に後押しする。', [62, 387, 483, 400], 13.68],
];

const placed = (confidence?: number): PlacedLine[] =>
  excerpt.map(([text, bbox, size], index) => ({ line: { text, bbox, font_size: size, ...(confidence === undefined ? {} : { confidence }) }, page: 2, index }));

const valueOf = (lines: PlacedLine[]): string[] => {
  const { values } = assignValues(lines, findLabels(lines, [actions]), () => [], () => false);
  return values[0]!.lines.map((l) => l.line.text.slice(0, 8));
};

describe('assignValues', () => {
  it("reads OCR'd lines on under a label whatever their box heights: an OCR box the label's height is no heading", () => {
    expect(valueOf(placed(91))).toEqual(['(c)ローカル1', '・産学官金の連携', 'として、国費によ']);
  });

  it("stops a text-layer value at a line in the label's own size, larger than the value's text (another block's heading)", () => {
    expect(valueOf(placed())).toEqual(['(c)ローカル1']);
  });
});
