import { describe, expect, it } from 'vitest';
import { findLabels } from '../../pipeline/structure/find-labels.ts';
import type { LabelSpec } from '../../pipeline/structure/profile.ts';
import type { PlacedLine } from '../../pipeline/structure/record-lines.ts';

const budget: LabelSpec = { target: { kind: 'budget' }, variants: ['【予算】'] };
const purpose: LabelSpec = { target: { kind: 'section', key: '目的' }, variants: ['目的'] };

const placed = (texts: readonly string[]): PlacedLine[] =>
  texts.map((text, index) => ({ line: { text, bbox: [50, 100 + 20 * index, 500, 112 + 20 * index], font_size: 12 }, page: 1, index }));

describe('findLabels', () => {
  it('finds a bracketed label that OCR ran into its value, with no space between', () => {
    const [hit] = findLabels(placed(['【予算】高度無線環境整備推進事業64.8億円(元年度52.5億円)']), [budget]);
    expect(hit?.spec).toBe(budget);
    expect(hit?.inlineValue).toBe('高度無線環境整備推進事業64.8億円(元年度52.5億円)');
  });

  it('runs a label into its value only when the label closes itself: 目的 needs a space after it', () => {
    expect(findLabels(placed(['目的地までの移動を支援する']), [purpose])).toEqual([]);
    expect(findLabels(placed(['目的 地域の課題を解決する']), [purpose])[0]?.inlineValue).toBe('地域の課題を解決する');
  });
});
