import { describe, expect, it } from 'vitest';
import type { Rule } from '../../pipeline/extract/types.ts';
import { orderForReading } from '../../pipeline/lines/reading-order.ts';
import type { Line } from '../../schemas/types.ts';

const line = (text: string, x0: number, y0: number, x1: number, size = 10): Line => ({ text, bbox: [x0, y0, x1, y0 + size], font_size: size });
const texts = (lines: Line[]): string[] => lines.map((l) => l.text);
/** A line as a scan's OCR boxes it: its size the box's height. */
const box = (text: string, x0: number, y0: number, x1: number, y1: number): Line => ({ text, bbox: [x0, y0, x1, y1], font_size: y1 - y0, confidence: 90 });

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

  it("reads a label a scan boxed smaller than its value, beside it on its row, before the value, though the next line runs under both", () => {
    const lines = [
      box('アラートからメディア等に発信される避難所情報の品質を底上げし、具体的な避難行動を促進できるものとする。', 86.9, 311.5, 543.4, 323),
      box('目的:', 49.7, 312.7, 77.3, 319.9),
      box('概要:地域住民等の具体的な避難行動を促進するため、Lアラート情報をG空間情報と併せて活用しやすいものとする。', 48.5, 324.2, 624, 336),
    ];
    expect(texts(orderForReading(lines, []))).toEqual([
      '目的:',
      'アラートからメディア等に発信される避難所情報の品質を底上げし、具体的な避難行動を促進できるものとする。',
      '概要:地域住民等の具体的な避難行動を促進するため、Lアラート情報をG空間情報と併せて活用しやすいものとする。',
    ]);
  });

  it('reads a heading between two paragraphs before the second, though a scan\'s OCR boxed their lines so tall that the gap left looks like a line\'s', () => {
    // As OCR read a scanned page: the 施策効果の詳細's last line, the 目的 heading, the 目的's two lines (boxes 20 pt high for 10.5 pt text).
    const lines = [
      box('設し、移住希望者のニーズに応じた相談支援を実施することにより、地方移住への機運を醸成し、地方への', 55, 192, 557, 212),
      box('人の流れを創出する。', 55, 207, 152, 227),
      box('地方から東京圏への人口流出に歯止めをかけ、「東京一極集中」を是正し、地方への新しい人の流れをつく', 55, 243, 550, 263),
      box('目的', 62, 233, 81, 242),
      box('る。', 56, 264, 68, 273),
    ];
    expect(texts(orderForReading(lines, []))).toEqual([
      '設し、移住希望者のニーズに応じた相談支援を実施することにより、地方移住への機運を醸成し、地方への',
      '人の流れを創出する。',
      '目的',
      '地方から東京圏への人口流出に歯止めをかけ、「東京一極集中」を是正し、地方への新しい人の流れをつく',
      'る。',
    ]);
  });

  it("reads an office under a title's right end before the budget line under its left, though a scan boxed them as large as the title", () => {
    // As OCR read a scanned 事業PR資料 page: the title, the office at the right, the budget line and the 目的・概要 (boxes 20 pt high for 10.5 pt text).
    const lines = [
      box('地域中核企業成長投資促進事業', 66, 44, 315, 69),
      box('地域経済産業グループ地域企業高度化推進課(電話:03-3580-0101)', 306, 72, 570, 84),
      box('令和5年度補正予算額: 42.5億円', 67, 83, 204, 104),
      box('【事業の目的・概要)】', 72, 102, 158, 122),
      box('〇地域経済を牽引する中核企業が、設備の更新や新製品の量産', 75, 117, 341, 138),
      box('体制の構築に踏み出せるよう、投資の初期負担を軽減しま', 86, 130, 331, 151),
    ];
    expect(texts(orderForReading(lines, []))).toEqual(lines.map((l) => l.text));
  });

  it('reads two records side by side column by column, though their paragraphs leave gaps at the same heights', () => {
    // Two records of a landscape page printed in lockstep: each band holds both columns' blocks.
    const column = (x: number, name: string): Line[] => [
      line(name, x + 10, 45, x + 220, 14),
      line('担当：自治行政局地域情報化企画室', x, 73, x + 320),
      line('■目的', x, 125, x + 30),
      line('・見守りに要する人手を減らしつつ、異変を早く捉える仕組みを整える。', x, 140, x + 350),
      line('■概要', x, 177, x + 30),
      line('・市町村が通報システムを一体で導入する経費を補助する。', x, 191, x + 330),
    ];
    const lines = [...column(40, '地域見守りデジタル基盤整備事業'), ...column(438, '公共交通オンデマンド化推進事業')];
    const order = texts(orderForReading(lines, []));
    expect(order.slice(0, 6)).toEqual(texts(column(40, '地域見守りデジタル基盤整備事業')));
    expect(order.slice(6)).toEqual(texts(column(438, '公共交通オンデマンド化推進事業')));
  });

  it('reads three records side by side under a heading across the page column by column, each number and title with its record', () => {
    const column = (x: number, number: string, name: string): Line[] => [
      line(number, x, 60, x + 15, 9),
      line(name, x, 71, x + 200, 12),
      line('〔予算〕', x, 91, x + 34, 8.6),
      line('令和5年度補正予算額：45.0億円', x, 103, x + 127, 8.6),
      line('〔事業目的〕', x, 156, x + 52, 8.6),
      line('半導体の製造と設計を担う技術者を育てる。', x, 168, x + 275, 8.6),
    ];
    const columns = [column(29, '(ア)', '半導体人材育成拠点形成事業'), column(340, '(イ)', 'サプライチェーン強靱化投資促進事業'), column(650, '(ウ)', '省エネルギー設備更新支援事業')];
    const heading = line('令和6年度予算(案)及び令和5年度補正予算 主要事業の概要', 23, 10, 397, 13);
    expect(texts(orderForReading([heading, ...columns.flat()], []))).toEqual([heading, ...columns.flat()].map((l) => l.text));
  });

  it('reads two records stacked on a page, each a name over a grid of three columns, record by record and each cell whole', () => {
    // A city's 主要事業: each project a name bar over bordered cells, a small label over each value.
    const record = (y: number, name: string, values: { office: string; work: string; aim: string; budget: string; source: string; purpose: string; law: string }): Line[] => [
      line(name, 48, y, 230, 13),
      line('担当課', 46, y + 33, 70, 8), line(values.office, 46, y + 49, 136, 9), line('TEL 0263-34-3001', 46, y + 62, 127, 9),
      line('事業内容', 46, y + 90, 78, 8), line(values.work, 46, y + 106, 280, 9),
      line('成果指標', 46, y + 147, 78, 8), line(values.aim, 46, y + 163, 250, 9),
      line('予算額', 302, y + 33, 326, 8), line(values.budget, 302, y + 49, 447, 9),
      line('財源内訳', 302, y + 90, 334, 8), line(values.source, 302, y + 106, 494, 9),
      line('事業の目的', 558, y + 33, 598, 8), line(values.purpose, 558, y + 49, 747, 9),
      line('根拠法令', 558, y + 90, 590, 8), line(values.law, 558, y + 106, 621, 9),
    ];
    const first = record(43, '行政手続オンライン化推進事業', { office: '総務部デジタル推進課', work: '子育てと介護の手続をオンラインで受け付ける。', aim: 'オンラインで受け付けた申請の割合を5割とする。', budget: '48,620千円（前年度 35,200千円）', source: '国庫支出金 20,000千円 一般財源 28,620千円', purpose: '市役所に来なくても手続ができるようにする。', law: 'デジタル手続法' });
    const second = record(255, '地域公共交通確保維持事業', { office: '都市整備部交通政策課', work: 'コミュニティバスの運行と、デマンド交通の実証を行う。', aim: 'コミュニティバスの年間利用者数を20万人とする。', budget: '125,300千円（前年度 118,000千円）', source: '県支出金 30,000千円 一般財源 95,300千円', purpose: '高齢者などの移動の手段を確保する。', law: '地域公共交通活性化再生法' });
    const order = texts(orderForReading([...first, ...second], []));
    // Each record's lines together, its first column (name, office, work, aim with its label) before the others.
    expect(order.slice(0, first.length)).toEqual(texts(first));
    expect(order.slice(first.length)).toEqual(texts(second));
  });

  it('reads text flowing in two columns column by column over a page number in the gutter, the second column short', () => {
    const paragraph = (x: number, y: number, texts: string[]): Line[] => texts.map((text, k) => line(text, x, y + 14 * k, x + 240, 9));
    const left = [
      ...paragraph(45, 58, ['地域見守りデジタル基盤整備事業']), ...paragraph(45, 78, ['◇予算額 令和6年度予算案：12.3億円']),
      ...paragraph(45, 125, ['◇目的 高齢者の単身世帯が増える中山間地域で、見守り', 'に要する人手を減らしつつ、異変を早く捉える。']),
      ...paragraph(45, 170, ['◇概要 市町村が見守りセンサーと通報システムを一体で', '導入する経費を補助する。']),
      ...paragraph(45, 280, ['公共交通オンデマンド化推進事業']), ...paragraph(45, 300, ['◇予算額 令和5年度補正予算：580百万円の内数']),
      ...paragraph(45, 348, ['◇目的 路線バスの廃止が続く地域で、住民の移動手段を', '予約型の乗合交通により確保する。']),
    ];
    const right = [
      ...paragraph(310, 58, ['中小企業サイバーセキュリティ相談窓口事業']), ...paragraph(310, 78, ['◇予算額 令和6年度予算案：4.2億円']),
      ...paragraph(310, 139, ['◇目的 地域の中小企業が被害を受けたときに、すぐ相談', 'できる窓口を各地に置く。']),
      ...paragraph(310, 170, ['◇概要 地域の商工団体と連携した相談窓口の運営と、専', '門家の派遣を行う。']),
    ];
    const folio = line('1', 295, 806, 300, 9);
    expect(texts(orderForReading([...left, ...right, folio], []))).toEqual([...left, ...right, folio].map((l) => l.text));
  });

  it('still reads a short figure beside a record after the band it stands in', () => {
    // An office and a figure's captions at the right of a record are not a column of text.
    const lines = [
      line('事業名：地域中核企業成長投資促進事業', 40, 42, 292, 14),
      line('地域企業高度化推進課（TEL:03-3580-0101）', 523, 68, 802, 9),
      line('予算額 42.5億円', 49, 87, 160),
      line('・地域経済を牽引する中核企業が、設備の更新に踏み出せるよう支援します。', 118, 126, 460),
      line('事業イメージ', 490, 135, 550),
      line('成果目標 付加価値額を15%以上増加させることを目指します。', 57, 195, 456),
      line('補助率 1/2', 62, 260, 244),
    ];
    expect(texts(orderForReading(lines, []))).toEqual(texts(lines));
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

  it('reads a value wrapped under its label from the row of both, label first (「◇担当　自治行政局…（TEL 03-5253-」 / 「5521 E-mail …）」)', () => {
    const lines = [
      line('◇予算額 令和6年度予算案:12.3億円', 45, 78, 205, 9),
      line('◇ 担 当', 45, 95, 74, 9),
      line('自治行政 局 地 域 情 報 化 企 画 室 ( TEL 03-5253-', 85, 95, 285, 9),
      line('5521 E-mail chiiki-mimamori@soumu.go.jp)', 45, 108, 245, 9),
      line('◇目的 高齢者の単身世帯が増える中山間地域で、見守り', 45, 125, 285, 9),
    ];
    expect(texts(orderForReading(lines, []))).toEqual(texts(lines));
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
