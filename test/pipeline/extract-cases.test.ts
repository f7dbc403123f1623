import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { extractCases } from '../../pipeline/structure/extract-cases.ts';
import { profileRegistry } from '../../pipeline/structure/profiles/index.ts';
import { documentLines } from '../../pipeline/structure/record-lines.ts';

const digidenKoufukinJireishu = profileRegistry().byId('digiden-koufukin-jireishu')!;
const read = (layouts: PageLayout[]) => extractCases(layouts, documentLines(layouts, new Set()), digidenKoufukinJireishu, SOURCE);

const SOURCE = { fileName: 'jireishu.pdf', sha256: 'b'.repeat(64) };

/** A printed line at (x, y) of `size` points, as wide as its characters. */
const line = (text: string, x: number, y: number, size = 11): Line => ({ text, bbox: [x, y, x + size * text.length, y + size], font_size: size });
const page = (number: number, lines: Line[]): PageLayout => ({
  page: { number, width: 842, height: 595, method: 'text', method_reason: null, lines },
  rules: [],
});

const chapterPage = page(1, [line('2', 102, 147, 60), line('準公共分野', 102, 208, 28)]);
const casePage = page(2, [
  line('事例1：兵庫県佐用町', 57, 48, 12),
  line('校務支援システムのクラウド化', 45, 69, 17),
  line('ポイント', 55, 149, 12),
  line('☆ ゼロトラスト型セキュリティ', 55, 169),
]);
const nextPage = page(3, [
  line('ポイント', 55, 60, 12),
  line('☆ 学習系ネットワークの統合', 55, 80),
  line('効果', 437, 60, 12),
  line('☆ 負荷を軽減', 437, 80),
]);

describe('extractCases', () => {
  it('reads a case under the chapter of the chapter page before it', () => {
    const { cases } = read([chapterPage, casePage]);
    expect(cases.map((c) => [c.number, c.chapter, c.prefecture, c.municipality, c.title])).toEqual([['事例1', '準公共分野', '兵庫県', '佐用町', '校務支援システムのクラウド化']]);
  });

  it('continues a case on the next page when that page has boxes but no heading', () => {
    const { cases } = read([chapterPage, casePage, nextPage]);
    expect(cases).toHaveLength(1);
    expect(cases[0]!.source.pages).toEqual([2, 3]);
    expect(cases[0]!.fields.map((f) => [f.label, f.text])).toEqual([
      ['ポイント', 'ゼロトラスト型セキュリティ\n学習系ネットワークの統合'],
      ['効果', '負荷を軽減'],
    ]);
  });

  it('does not run a case on across a chapter page', () => {
    const { cases } = read([casePage, { ...chapterPage, page: { ...chapterPage.page, number: 3 } }, { ...nextPage, page: { ...nextPage.page, number: 4 } }]);
    expect(cases.map((c) => c.source.pages)).toEqual([[2]]);
  });

  it('tells two cases side by side apart, each with the box under it', () => {
    const pair = page(5, [
      line('茨城県 境町', 57, 71, 12),
      line('北海道 更別村', 444, 71, 12),
      line('TYPE2 茨城県境町', 45, 92, 17),
      line('TYPE3 北海道更別村', 432, 92, 17),
      line('事業概要', 55, 118, 12),
      line('☆ 自動運転バス', 55, 137),
      line('事業概要', 442, 118, 12),
      line('☆ 生活サービス', 442, 137),
    ]);
    const { cases } = read([pair]);
    expect(cases.map((c) => [c.title, c.municipality, c.fields[0]?.text])).toEqual([
      ['TYPE2 茨城県境町', '境町', '自動運転バス'],
      ['TYPE3 北海道更別村', '更別村', '生活サービス'],
    ]);
    expect(new Set(cases.map((c) => c.id)).size).toBe(2);
  });
});
