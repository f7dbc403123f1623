import { describe, expect, it } from 'vitest';
import { cellText, linesInBoxes } from '../../pipeline/tables/cell-text.ts';
import type { Line } from '../../schemas/types.ts';

const line = (text: string, x: number, y: number): Line => ({ text, bbox: [x, y, x + 40, y + 9], font_size: 9 });

describe('cellText', () => {
  it('joins wraps with nothing between Japanese characters and one space between Latin words', () => {
    expect(cellText([line('自動トラクター等の農機の', 0, 0), line('遠隔監視制御による', 0, 10)]).text).toBe('自動トラクター等の農機の遠隔監視制御による');
    expect(cellText([line('Sub6', 0, 0), line('(4.7GHz帯)', 0, 10)]).text).toBe('Sub6 (4.7GHz帯)');
  });

  it('reads lines top to bottom, left to right, and normalises look-alike characters but keeps the raw', () => {
    const cell = cellText([line('⾼度', 0, 10), line('令和7年度', 0, 0), line('以降', 45, 0)]);
    expect(cell.text).toBe('令和7年度以降高度');
    expect(cell.raw).toBe('令和7年度\n以降\n⾼度');
  });

  it('keeps a list one item a line, but joins a wrap that happens to fall before a middle dot', () => {
    expect(cellText([line('・電子証明書', 0, 0), line('・カードアプリ等', 0, 10)]).text).toBe('・電子証明書\n・カードアプリ等');
    expect(cellText([line('株式会社エヌ・ティ・ティ', 0, 0), line('・データ経営研究所', 0, 10)]).text).toBe('株式会社エヌ・ティ・ティ・データ経営研究所');
  });
});

describe('cellText of hours printed day by day', () => {
  /** 「木」 over 「土」 at the cell's left, each before its hours: text extraction reads the two glyphs as one vertical line. */
  const stacked: Line = { text: '木土', bbox: [0, 0, 9, 19], font_size: 9 };
  const hours = (text: string, y: number): Line => ({ text, bbox: [30, y, 90, y + 9], font_size: 9 });

  it('reads each day with its hours, line by line, top to bottom', () => {
    const cell = cellText([stacked, hours('8:30〜12:00', 0), hours('8:30〜15:00', 10)]);
    expect(cell.text).toBe('木 8:30〜12:00土 8:30〜15:00');
    expect(cell.raw).toBe('木\n8:30〜12:00\n土\n8:30〜15:00');
  });

  it('keeps a cell of vertical text as it is', () => {
    expect(cellText([{ text: '合計額', bbox: [0, 0, 9, 28], font_size: 9 }]).text).toBe('合計額');
  });
});

describe('linesInBoxes', () => {
  it('puts each line in the box holding its centre', () => {
    const boxes: Line['bbox'][] = [
      [0, 0, 50, 20],
      [50, 0, 100, 20],
    ];
    const [left, right] = linesInBoxes([line('a', 2, 2), line('b', 52, 2), line('c', 200, 2)], boxes);
    expect(left!.map((l) => l.text)).toEqual(['a']);
    expect(right!.map((l) => l.text)).toEqual(['b']);
  });
});
