import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import type { Rule } from '../../pipeline/extract/types.ts';
import { joinItems } from '../../pipeline/structure/join-text.ts';
import type { PlacedLine } from '../../pipeline/structure/record-lines.ts';
import { columnRightEdge } from '../../pipeline/structure/text-edge.ts';

const placedOn = (rows: readonly [string, Line['bbox']][]): PlacedLine[] => rows.map(([text, bbox], index) => ({ line: { text, bbox, font_size: 10 }, page: 4, index }));

// A 施策集 page with 【目的】 over three short aims, one a line each, the first the widest; the 【概要】 under
// them wraps at the column's right edge (549).
const page = placedOn([
  ['【目的】', [43, 607, 85, 617]],
  ['多様なサービス要求に応じた高信頼な高度5Gネットワーク制御技術', [51, 623, 330, 633]],
  ['ミリ波帯における高エネルギー効率な無線技術', [51, 638, 243, 648]],
  ['モバイルトラヒックの急増に対応した技術', [51, 652, 220, 662]],
  ['【概要】', [43, 670, 85, 680]],
  ['新型コロナウイルス感染症対策の観点から、我が国全体として感染防止につながる新しい生活様式の早期実現は喫緊', [51, 686, 549, 696]],
  ['の課題である。', [51, 700, 120, 710]],
]);
const aims = page.slice(1, 4);
const items = aims.map((l) => ({ text: l.line.text, x0: l.line.bbox[0], x1: l.line.bbox[2] }));

describe('columnRightEdge', () => {
  it("reads a block's right edge from its column on the page: the aims' widest line is 219 points short of it", () => {
    expect(columnRightEdge(aims, page, () => [])).toBe(549);
    expect(joinItems(items, 549)).toEqual(['多様なサービス要求に応じた高信頼な高度5Gネットワーク制御技術', 'ミリ波帯における高エネルギー効率な無線技術', 'モバイルトラヒックの急増に対応した技術']);
    // By its own widest line alone, that line looks wrapped.
    expect(joinItems(items)).toHaveLength(2);
  });

  it('stops where text printed beside the block starts: the next of two columns, no rule between them, and a full-width paragraph under both', () => {
    const columns = placedOn([
      ['施策効果の詳細', [136, 173, 203, 183]],
      ['自治体における標準準拠システムへの移行作業を支援することに', [27.7, 192, 302.9, 201]],
      ['財政的負担の軽減や行政サービス・住民の利便性の向上に資す', [27.7, 219, 293.4, 228]],
      ['自治体における標準化基準に適合した情報システム', [320.8, 192, 539.1, 201]],
      ['概要の本文は二つの列の下に頁の幅いっぱいに印刷される。', [27.7, 275, 540.3, 285]],
    ]);
    expect(columnRightEdge(columns.slice(1, 3), columns, () => [])).toBe(302.9);
  });

  it("reads no title set larger from the column's left edge into its width: a value wrapped a character short of the column's edge is one line", () => {
    const sheet: PlacedLine[] = [
      ['事業名:中小企業省エネ診断・設備更新支援事業', [42.5, 44.4, 339.5, 57.9], 13.5],
      ['事業目的・概要:省エネルギー診断を受けた中小企業が、診断', [42.5, 109.7, 322.4, 119.7], 10],
      ['成果目標:診断から設備更新に至る企業の割合を、現状の2割', [42.5, 168.2, 318.7, 178.2], 10],
      ['から4割に高めることを目指します。', [92.5, 182.4, 258.7, 192.4], 10],
      ['事業スキーム:国 →(補助)→ 民間団体 →(補助)→ 中小企', [42.5, 198.2, 323.2, 208.2], 10],
    ].map(([text, bbox, size], index) => ({ line: { text: text as string, bbox: bbox as Line['bbox'], font_size: size as number }, page: 3, index }));
    const edge = columnRightEdge(sheet.slice(2, 4), sheet, () => []);
    expect(edge).toBe(323.2);
    expect(joinItems([{ text: '診断から設備更新に至る企業の割合を、現状の2割', x1: 318.7 }, { text: 'から4割に高めることを目指します。', x0: 92.5, x1: 258.7 }], edge)).toEqual([
      '診断から設備更新に至る企業の割合を、現状の2割から4割に高めることを目指します。',
    ]);
  });

  it("stops at a ruled cell's right border: a wider line under the cell, in a row spanning more columns, is not its column", () => {
    const cellBorder: Rule = { orientation: 'vertical', from: 600, to: 665, at: 335 };
    expect(columnRightEdge(aims, page, () => [cellBorder])).toBe(330);
  });
});
