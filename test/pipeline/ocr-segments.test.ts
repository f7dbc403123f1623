import { describe, expect, it } from 'vitest';
import { joinTouchingSegments, segmentOcrLine } from '../../pipeline/ocr/ocr-segments.ts';
import type { OcrWord } from '../../pipeline/ocr/types.ts';

const word = (text: string, x0: number, x1: number): OcrWord => ({ text, bbox: { x0, y0: 100, x1, y1: 130 }, confidence: 90 });

describe('segmentOcrLine', () => {
  it('splits a line where words stand far apart, as table cells do', () => {
    const segments = segmentOcrLine([word('施策', 0, 60), word('分類', 62, 120), word('デジ田総合戦略', 400, 600)]);
    expect(segments.map((s) => [s.text, s.bbox[0], s.bbox[2]])).toEqual([
      ['施策分類', 0, 120],
      ['デジ田総合戦略', 400, 600],
    ]);
  });

  it('splits at a border stroke read as 「|」 and drops it', () => {
    const segments = segmentOcrLine([word('施策効果の|ふるさと', 0, 300), word('や', 302, 330)]);
    expect(segments.map((s) => s.text)).toEqual(['施策効果の', 'ふるさとや']);
  });

  it('reads a line\'s first word as a ✓ bullet when it is one of tesseract\'s readings of ✓ (ソン, ン, ゾ) with a blank after it', () => {
    const blank = (from: number, to: number): number => to - from;
    expect(segmentOcrLine([word('ソン', 0, 40), word('道路や観光地', 52, 220)], { blankBetween: blank }).map((s) => s.text)).toEqual(['✓道路や観光地']);
    expect(segmentOcrLine([word('ン', 0, 25), word('民間PHR事業者', 37, 300)], { blankBetween: blank }).map((s) => s.text)).toEqual(['✓民間PHR事業者']);
    // A word of running text: no blank after its 「ソ」; a numbered item 「ア」 is no check mark.
    expect(segmentOcrLine([word('ソ', 0, 30), word('フトウェア', 31, 180)], { blankBetween: blank }).map((s) => s.text)).toEqual(['ソフトウェア']);
    expect(segmentOcrLine([word('ア', 0, 30), word('地域の課題', 45, 200)], { blankBetween: blank }).map((s) => s.text)).toEqual(['ア地域の課題']);
  });

  it('keeps a space between Latin words only', () => {
    expect(segmentOcrLine([word('Society', 0, 90), word('5.0', 100, 140), word('の実現', 142, 220)]).map((s) => s.text)).toEqual(['Society 5.0の実現']);
  });

  it('cuts at a vertical rule erased before OCR, even inside a word, using the characters\' own boxes', () => {
    const joined: OcrWord = {
      text: '目的地域',
      bbox: { x0: 0, y0: 100, x1: 400, y1: 130 },
      confidence: 90,
      symbols: [
        { text: '目', bbox: { x0: 0, y0: 100, x1: 30, y1: 130 } },
        { text: '的', bbox: { x0: 32, y0: 100, x1: 62, y1: 130 } },
        { text: '地', bbox: { x0: 300, y0: 100, x1: 330, y1: 130 } },
        { text: '域', bbox: { x0: 332, y0: 100, x1: 362, y1: 130 } },
      ],
    };
    const segments = segmentOcrLine([joined], { columnBreaks: [100] });
    expect(segments.map((s) => [s.text, s.bbox[0], s.bbox[2]])).toEqual([
      ['目的', 0, 62],
      ['地域', 300, 362],
    ]);
  });

  it('keeps words whose boxes stand apart together when the image between them is not blank', () => {
    // 「を」 and 「連携」 as tesseract boxed them on a scanned page, printed touching.
    const words = [word('健康データを', 400, 816), word('連携・利活用', 933, 1137)];
    expect(segmentOcrLine(words).map((s) => s.text)).toEqual(['健康データを', '連携・利活用']);
    expect(segmentOcrLine(words, { blankBetween: () => 12 }).map((s) => s.text)).toEqual(['健康データを連携・利活用']);
    expect(segmentOcrLine(words, { blankBetween: () => 110 }).map((s) => s.text)).toEqual(['健康データを', '連携・利活用']);
  });

  it('cuts between two words at a rule though their gap is narrow', () => {
    const segments = segmentOcrLine([word('分野', 0, 60), word('情報通信', 75, 200)], { columnBreaks: [68] });
    expect(segments.map((s) => s.text)).toEqual(['分野', '情報通信']);
  });
});

describe('joinTouchingSegments', () => {
  // Boxes (in points) as tesseract gave them on page 1 of the scanned FY2021 施策集: the letter-spaced
  // labels 「分野」 and 「総合戦」 came as pieces of different lines, one with a box of almost nothing.
  const segment = (text: string, bbox: [number, number, number, number]) => ({ text, bbox, confidence: 90 });
  const pieces = [
    segment('野', [62.64, 95.76, 74.16, 118.56]),
    segment('分', [45.12, 102.96, 64.32, 111.6]),
    segment('5Gなどの情報通信基盤の早期整備', [81.12, 95.76, 260.88, 118.56]),
    segment('総合', [272.64, 84.72, 303.84, 98.88]),
    segment('略該当', [280.56, 95.76, 310.8, 118.56]),
    segment('戦', [310.8, 84.72, 311.52, 85.44]),
  ];

  it('joins the pieces of a spaced-out label, left to right, and leaves a value beside its label alone', () => {
    expect(joinTouchingSegments(pieces, []).map((s) => s.text).sort()).toEqual(['5Gなどの情報通信基盤の早期整備', '分野', '略該当', '総合戦'].sort());
  });

  it('never joins across a ruled cell border', () => {
    const border = { orientation: 'vertical' as const, from: 80, to: 120, at: 307, thickness: 2 };
    expect(joinTouchingSegments([pieces[3]!, pieces[5]!], [border]).map((s) => s.text)).toEqual(['総合', '戦']);
  });
});
