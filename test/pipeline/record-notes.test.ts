import { describe, expect, it } from 'vitest';
import { findNotes } from '../../pipeline/structure/record-notes.ts';
import type { PlacedLine } from '../../pipeline/structure/record-lines.ts';

const notes = { start: /^※/u, key: '注記' };
/** Lines of a record's prose, 9 pt, one under the other, each at its x and as wide as its text (up to the column's edge at 540). */
const prose = (rows: readonly [number, string][]): PlacedLine[] =>
  rows.map(([x, text], index) => ({ line: { text, bbox: [x, 100 + 13 * index, Math.min(540, x + 9 * [...text].length), 109 + 13 * index], font_size: 9 }, page: 1, index }));
const notesOf = (lines: readonly PlacedLine[]): string[] => [...findNotes(lines, () => true, notes)].map((l) => l.line.text);
/** The notes among lines whose first is a label with its value on its line (「事業概要：…」): the label's line no prose. */
const notesUnderLabel = (lines: readonly PlacedLine[]): string[] => [...findNotes(lines, (line) => line !== lines[0], notes, new Set([lines[0]!]))].map((l) => l.line.text);

describe('findNotes', () => {
  it("takes no wrap's last character a scan's OCR sized small for fine print", () => {
    const at = (text: string, y: number, size: number): PlacedLine => ({ line: { text, bbox: [64, y, 64 + size * [...text].length, y + size], font_size: size, confidence: 90 }, page: 1, index: y });
    const lines = [
      at('・ICTを活用した医療・介護・健康分野のネットワーク化を推進するため、遠隔医療モデルの構築等を実', 145, 15.4), at('施', 180, 10.8),
      at('・医療等分野における先導的なICT利活用(8K等高精細技術の医療応用)を実施', 215, 16.1), at('※ AMED(国立研究開発法人日本医療研究開発機構)の事業として実施', 252, 13.4),
    ];
    expect([...findNotes(lines, () => true, { ...notes, finePrint: true })].map((l) => l.line.text)).toEqual(['※ AMED(国立研究開発法人日本医療研究開発機構)の事業として実施']);
  });

  it('takes a paragraph with no bullet set apart from a list by a wider gap than its items\' as a note, though no item hangs', () => {
    const at = (x: number, y: number, text: string): PlacedLine => ({ line: { text, bbox: [x, y, x + 10 * [...text].length, y + 10], font_size: 10 }, page: 1, index: y });
    const items = [at(31, 120, '・放送局等と自治体が協力して、放送コンテンツを海外と共同制作し、海外発信等する取組を支援'), at(31, 134, '・放送コンテンツの高い発信力を活用して、地域活性化と我が国産業の国際競争力強化に貢献')];
    const target = at(31, 152, '2020年度までに放送コンテンツ関連海外売上高を500億円に増加させることを目標');
    expect(notesOf([...items, target])).toEqual([target.line.text]);
    // At the items' own spacing, the line carries on the item above.
    expect(notesOf([...items, at(31, 148, target.line.text)])).toEqual([]);
  });

  it("continues a note on a scan into a line OCR sized by its glyphs a little larger", () => {
    const at = (text: string, y: number, size: number): PlacedLine => ({ line: { text, bbox: [620, y, 620 + size * [...text].length, y + size], font_size: size, confidence: 90 }, page: 1, index: y });
    const lines = [at('地域の課題解決のための住民による取組体制の確立を支援', 270, 12.96), at('※自治会・町内会、婦人会、ボランティア、NPO、消防団、経済団', 285, 12.72), at('体、郵便局など', 299, 13.44)];
    expect(notesOf(lines)).toEqual(['※自治会・町内会、婦人会、ボランティア、NPO、消防団、経済団', '体、郵便局など']);
  });

  it("takes a paragraph back at an inline label's edge, after the label's list set in under its value, as a note", () => {
    const lines = prose([
      [28, '事業概要:・放送局等と自治体、地場産業、観光業等の関係者が幅広く協力して、海外発信等する取組を支援'],
      [83, '・放送コンテンツの高い発信力を活用して、地域活性化と我が国産業の国際競争力'],
      [96, '強化に貢献'],
      [28, '2020年度までに放送コンテンツ関連海外売上高を500億円に増加させることを目標'],
    ]);
    expect(notesUnderLabel(lines)).toEqual(['2020年度までに放送コンテンツ関連海外売上高を500億円に増加させることを目標']);
  });

  it("continues a note on a scan into its wrap's last character, however small OCR sized it", () => {
    const at = (text: string, x: number, y: number, size: number): PlacedLine => ({ line: { text, bbox: [x, y, x + size * [...text].length, y + size], font_size: size, confidence: 92 }, page: 1, index: y });
    const note = at('※情報提供ネットワークシステムの設置・管理等に係る経費については、内閣官房の下で一括要求・一括計', 46, 154, 14.9);
    expect(notesOf([at('必要となる情報システムの整備についての支援等を実施', 102, 133, 14.6), note, at('上', 45, 172, 8.4)])).toEqual([note.line.text, '上']);
    // Standing apart from it, the character is no part of it.
    expect(notesOf([note, at('上', 45, 200, 8.4)])).toEqual([note.line.text]);
  });

  it('takes a paragraph with no bullet after a list whose items hang as a note, though it has no ※', () => {
    const lines = prose([
      [54, '・放送局等と自治体、地場産業、観光業等の関係者が幅広く協力して、我が国の魅力を紹介する放送コンテンツを海外と'],
      [65, '共同制作し、海外発信等する取組を支援'],
      [54, '・放送コンテンツの高い発信力を活用して、地域への外国人観光客の増加に寄与'],
      [54, '2020年度までに放送コンテンツ関連海外売上高を500億円に増加させることを目標（成長戦略フォローアップ（令和元年6'],
      [54, '月21日閣議決定））'],
    ]);
    expect(notesOf(lines)).toEqual(['2020年度までに放送コンテンツ関連海外売上高を500億円に増加させることを目標（成長戦略フォローアップ（令和元年6', '月21日閣議決定））']);
  });

  it("takes a paragraph back at an inline label's edge, after the label's value hung under itself, as a note", () => {
    const lines = prose([
      [43, '施策の概要:放送局等と自治体、地場産業、観光業等の関係者が幅広く協力して、海外発信等する取組を支援'],
      [102, '放送コンテンツの高い発信力を活用して、地域活性化と我が国産業の国際競争力強化に貢献'],
      [43, '2020年度までに放送コンテンツ関連海外売上高を500億円に増加させることを目標'],
    ]);
    expect(notesUnderLabel(lines)).toEqual(['2020年度までに放送コンテンツ関連海外売上高を500億円に増加させることを目標']);
    // Where the value wraps back to the label's edge, a line there carries it on.
    const flush = prose([[43, lines[0]!.line.text], [43, lines[1]!.line.text], [43, lines[2]!.line.text]]);
    expect(notesUnderLabel(flush)).toEqual([]);
  });

  it("keeps a line set in from its item's bullet as that item's, though another list's bullets stand at its x", () => {
    const lines = prose([
      [26, '特徴・ポイント:・Lアラートは、災害関連情報を多様なメディアを通じて地域住民へ迅速かつ効率的に伝達'],
      [117, 'する共通基盤であり、平成31年4月から全都道府県で運用を開始。'],
      [105, '・地方公共団体職員等を対象とした研修やセミナーを通じた普及啓発や支援を実施することで、'],
      [117, '正確かつ迅速な災害関連情報の伝達の実現を図る。'],
      [26, '期待する効果:・近年、各地で大規模災害が多発し、災害関連情報の正確かつ迅速な発信が'],
      [107, '求められている。'],
      [95, '・Lアラートへ情報を発信する地方公共団体職員等を対象とした研修を実施することによって、地域住'],
      [107, '民に対して、正確かつ迅速な災害関連情報の伝達を実現する。'],
    ]);
    // The label lines are the record's labels, no prose (as the record stage reads them).
    expect([...findNotes(lines, (line) => !line.line.text.includes(':'), notes)]).toEqual([]);
  });

  it('takes the same paragraph as a note after hyphen bullets, their items hanging', () => {
    const lines = prose([
      [54, '- 放送局等と自治体、地場産業、観光業等の関係者が幅広く協力して、我が国の魅力を紹介する放送コンテンツを海外と'],
      [67, '共同制作し、海外発信等する取組を支援'],
      [54, '- 放送コンテンツの高い発信力を活用して、地域への外国人観光客の増加に寄与'],
      [54, '2020年度までに放送コンテンツ関連海外売上高を500億円に増加させることを目標'],
    ]);
    expect(notesOf(lines)).toEqual(['2020年度までに放送コンテンツ関連海外売上高を500億円に増加させることを目標']);
  });

  it('takes the same paragraph as a note after 「➢」 bullets, as it does after 「・」', () => {
    const lines = prose([
      [48, '➢ 「新経済・財政再生計画」を踏まえ、国の取組と基調を合わせて歳出の重点化・効率化に取り組むとともに、交付団体を'],
      [59, 'はじめ地方の安定的な財政運営に必要となる一般財源の総額を確保。'],
      [48, '➢ 地方法人課税における新たな偏在是正措置により生じる財源は、その全額を地方のために活用。'],
      [48, '特に地方交付税については、総額を適切に確保。'],
    ]);
    expect(notesOf(lines)).toEqual(['特に地方交付税については、総額を適切に確保。']);
  });

  it('takes no note where items wrap flush to their bullet, or before any item', () => {
    const flush = prose([
      [54, '・現状、5Gの展開は、都市部を中心に限定的なエリアに留まっているが、5Gは今後の経済社会や国民生活にとって、重'],
      [54, '要なインフラ基盤であり、その整備を加速化し早期に全国展開を実現することは喫緊の課題。'],
      [54, '・5Gネットワークの整備が地方において加速されるよう、基地局整備の促進が必要。'],
    ]);
    expect(notesOf(flush)).toEqual([]);
    expect(notesOf(prose([[54, '地方における住民の利便性向上のため、統一コードの普及を推進する。'], [54, '・自治体マイナポイントの活用']]))).toEqual([]);
  });
});
