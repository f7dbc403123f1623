import { describe, expect, it } from 'vitest';
import { readCaseFields } from '../../pipeline/structure/case-fields.ts';
import type { LabelSpec } from '../../pipeline/structure/profile.ts';
import type { PlacedLine } from '../../pipeline/structure/record-lines.ts';

const STAR = /^[☆★]\s*/u;
const LABELS: LabelSpec[] = [{ target: { kind: 'section', key: '具体的な取組内容' }, variants: ['具体的な取組内容', '具体的な取り組み内容'] }];

/** A printed line at (x, y) of `size` points, as wide as its characters. */
const line = (text: string, x: number, y: number, size = 11): PlacedLine => ({
  line: { text, bbox: [x, y, x + size * text.length, y + size], font_size: size },
  page: 1,
  index: 0,
});

describe('readCaseFields', () => {
  it('reads two boxes side by side whatever the reading order, each item with its wrapped lines', () => {
    // Interleaved as a text dump would give them: row by row across both boxes.
    const lines = [
      line('ポイント', 55, 149, 12),
      line('具体的な取り組み内容', 437, 149, 12),
      line('☆ 学習系・校務系ネットワーク', 55, 169),
      line('☆ 校務支援システムをパブ', 437, 169),
      line('の統合', 69, 185),
      line('リッククラウド化する。', 451, 185),
      line('☆ データの相互運用', 55, 202),
    ];
    const { fields } = readCaseFields(lines, LABELS, STAR);
    expect(fields.map((f) => [f.label, f.label_raw, f.text])).toEqual([
      ['ポイント', 'ポイント', '学習系・校務系ネットワークの統合\nデータの相互運用'],
      ['具体的な取組内容', '具体的な取り組み内容', '校務支援システムをパブリッククラウド化する。'],
    ]);
    expect(fields[1]!.raw).toBe('☆ 校務支援システムをパブ\nリッククラウド化する。');
  });

  it('ends a box at a caption, and does not take the list of a table under it', () => {
    const lines = [
      line('概要', 55, 94, 12),
      line('☆ システムを整備。', 55, 114),
      line('多機能型システムの導入による業務効率化', 45, 197),
      line('・児童基本情報', 62, 229, 9.5),
    ];
    expect(readCaseFields(lines, LABELS, STAR).fields.map((f) => [f.label, f.text])).toEqual([['概要', 'システムを整備。']]);
  });

  it('reads no field where no marked item sits under a line', () => {
    expect(readCaseFields([line('令和2年度開発実証', 45, 94), line('代表機関', 64, 133, 9.5)], LABELS, STAR).fields).toEqual([]);
  });
});
