import { describe, expect, it } from 'vitest';
import type { Rule } from '../../pipeline/extract/types.ts';
import { orderForReading } from '../../pipeline/lines/reading-order.ts';
import type { Line } from '../../schemas/types.ts';

const line = (text: string, x0: number, y0: number, x1: number, size = 10): Line => ({ text, bbox: [x0, y0, x1, y0 + size], font_size: size });
const texts = (lines: Line[]): string[] => lines.map((l) => l.text);

describe('orderForReading', () => {
  it('reads two columns column by column, not line by line', () => {
    const lines = [
      line('目的 地域の課題解決に', 40, 100, 380),
      line('概要 条件不利地域において', 420, 100, 780),
      line('資することを目的とする。', 80, 112, 300),
      line('整備を支援する。', 460, 112, 600),
    ];
    expect(texts(orderForReading(lines, []))).toEqual(['目的 地域の課題解決に', '資することを目的とする。', '概要 条件不利地域において', '整備を支援する。']);
  });

  it('keeps a wrapped title together before the office printed beside its first line', () => {
    const lines = [
      line('施策名:データセンター、海底ケーブル等の地方分散によるデジタルインフラ強靱化事', 36, 60, 582, 14),
      line('総合通信基盤局電気通信事業部データ通信課', 615, 63, 795, 9),
      line('業', 36, 80, 50, 14),
    ];
    expect(texts(orderForReading(lines, []))).toEqual([
      '施策名:データセンター、海底ケーブル等の地方分散によるデジタルインフラ強靱化事',
      '業',
      '総合通信基盤局電気通信事業部データ通信課',
    ]);
  });

  it('reads a ruled table row by row, a wrapped label cell as one cell', () => {
    const rules: Rule[] = [
      { orientation: 'horizontal', from: 30, to: 800, at: 95 },
      { orientation: 'horizontal', from: 30, to: 800, at: 125 },
      { orientation: 'horizontal', from: 30, to: 800, at: 140 },
    ];
    const lines = [
      line('予算', 40, 100, 60),
      line('令和3年度当初一般会計 3,682百万円', 80, 106, 300),
      line('額', 40, 112, 50),
      line('分野', 40, 128, 60),
      line('5Gなどの情報通信基盤の早期整備', 80, 128, 300),
    ];
    expect(texts(orderForReading(lines, rules))).toEqual(['予算', '額', '令和3年度当初一般会計 3,682百万円', '分野', '5Gなどの情報通信基盤の早期整備']);
  });
});
