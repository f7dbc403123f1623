import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import { assignValues } from '../../pipeline/structure/assign-values.ts';
import { findLabels } from '../../pipeline/structure/find-labels.ts';
import { labelVocabulary } from '../../pipeline/structure/load-profiles.ts';
import type { LabelSpec } from '../../pipeline/structure/profile.ts';
import type { PlacedLine } from '../../pipeline/structure/record-lines.ts';
import type { Rule } from '../../pipeline/extract/types.ts';
import { profileRegistry } from '../../pipeline/structure/profiles/index.ts';

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

/** Text-layer lines of one page in one size, in the order given (reading order). */
const placedOn = (page: number, size: number, rows: readonly [string, Line['bbox']][]): PlacedLine[] =>
  rows.map(([text, bbox], index) => ({ line: { text, bbox, font_size: size }, page, index }));

/** A ruled line across (`h`) or down (`v`) a page, from and to, at. */
const h = (from: number, to: number, at: number): Rule => ({ orientation: 'horizontal', from, to, at });
const v = (from: number, to: number, at: number): Rule => ({ orientation: 'vertical', from, to, at });

/** Lines as a scan's OCR read them (a confidence each): [text, box, size, page], in reading order. */
const ocrLines = (rows: readonly (readonly [string, Line['bbox'], number, number])[]): PlacedLine[] =>
  rows.map(([text, bbox, size, page], index) => ({ line: { text, bbox: [...bbox], font_size: size, confidence: 90 }, page, index }));

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

describe('assignValues on a page of two columns read across', () => {
  // 経産省's 事業PR資料 page 9 as pdf.js reads it: a paragraph of the left column, then the figure's text in the right column, then the left column again.
  const page: [string, Line['bbox']][] = [
    ['事業目的・概要', [22, 117, 106, 130]],
    ['新型コロナウイルス感染症の見えない脅威は誤った情報等が', [19, 144, 390, 159]],
    ['が懸念されます。', [33, 180, 134, 195]],
    ['【国内実態調査】', [430, 143, 536, 158]],
    ['1. 国内の新型コロナウイルス感染症の事例をもとに、', [430, 161, 753, 177]],
    ['また、デジタル技術の変化や、ウェブメディア、SNS等の出現に', [19, 216, 394, 231]],
    ['【調査項目例】', [459, 216, 550, 231]],
    ['・多様な情報発信手段の活用', [459, 234, 643, 249]],
    ['成果目標', [22, 420, 80, 433]],
    ['令和2年度末までに、経済活動が元の水準に戻ることを目指します。', [19, 440, 390, 455]],
  ];
  const purpose: LabelSpec = { target: { kind: 'section', key: '目的・概要' }, variants: ['事業目的・概要'] };
  const goal: LabelSpec = { target: { kind: 'section', key: '成果目標' }, variants: ['成果目標'] };

  it("keeps to the value's own column: the other column's lines, read in between, are skipped, and the value goes on below them", () => {
    const lines = placedOn(9, 15, page);
    const { values } = assignValues(lines, findLabels(lines, [purpose, goal]), () => [], () => false);
    expect(values.map((v) => v.lines.map((l) => l.line.text.slice(0, 6)))).toEqual([['新型コロナウ', 'が懸念されま', 'また、デジタ'], ['令和2年度末']]);
  });

  it("leaves out the figure's text read on the value's own rows, in the column beyond it (経産省 page 14: 給付額 beside 成果目標's last line)", () => {
    const rows: [string, Line['bbox']][] = [
      ['成果目標', [25, 329, 86, 344]],
      ['新型コロナウイルス感染症の拡大による影響が大きい者の事', [25, 349, 400, 367]],
      ['業の継続を目指します。', [41, 371, 185, 386]],
      ['給付額：', [427, 369, 488, 384]],
      ['法人は200万円、個人事業者は100万円', [437, 396, 730, 411]],
      ['条件（対象者、対象行為、補助率等）', [27, 426, 238, 439]],
    ];
    const lines = placedOn(14, 15, rows);
    const { values } = assignValues(lines, findLabels(lines, [goal]), () => [], (l) => l.line.text.startsWith('条件'));
    expect(values[0]!.lines.map((l) => l.line.text.slice(0, 6))).toEqual(['新型コロナウ', '業の継続を目']);
  });

  it("skips the next column's lines read between its heading and its text, however their left edges wander by an em (経産省 page 26)", () => {
    const rows: [string, Line['bbox']][] = [
      ['成果目標', [26, 336, 87, 351]],
      ['ASEAN等サプライチェーンの強靱化', [442, 117, 685, 132]],
      ['製品を海外から輸入する工場', [437, 254, 694, 266]],
      ['サプライチェーンの多元化等を図る企業の設備導入等を支援', [26, 364, 401, 379]],
      ['することで、生産拠点の集中度が高い製品の供給途絶リスク', [35, 386, 393, 401]],
      ['②サプライチェーン多元化型：自動車、電機、医療機器', [441, 378, 814, 391]],
      ['部素材を海外から輸入する工場', [437, 400, 701, 412]],
    ];
    const lines = placedOn(26, 15, rows);
    const { values } = assignValues(lines, findLabels(lines, [goal]), () => [], () => false);
    expect(values[0]!.lines.map((l) => l.line.text.slice(0, 6))).toEqual(['サプライチェ', 'することで、']);
  });

  it("ends a section where a figure drawn under it begins: words set apart on one row within its column (経産省 page 12's scheme under 成果目標)", () => {
    const rows: [string, Line['bbox']][] = [
      ['条件（対象者、対象行為、補助率等）', [31, 356, 243, 369]],
      ['貸付対象者は、新型コロナウイルス感染症の影響により最近１か月の売上', [31, 371, 406, 385]],
      ['成果目標', [29, 422, 77, 434]],
      ['本融資を通じて小規模事業者の経営改善の促進を目指します。', [29, 441, 349, 455]],
      ['出資金', [106, 481, 139, 492]],
      ['融資', [242, 481, 264, 492]],
      ['国', [73, 508, 87, 522]],
      ['株式会社日本', [157, 498, 229, 510]],
      ['政策金融公庫', [157, 512, 229, 524]],
    ];
    const conditions: LabelSpec = { target: { kind: 'section', key: '条件' }, variants: ['条件（対象者、対象行為、補助率等）'] };
    const lines = placedOn(12, 12, rows);
    const { values } = assignValues(lines, findLabels(lines, [conditions, goal]), () => [], () => false);
    expect(values.map((v) => v.lines.map((l) => l.line.text.slice(0, 6)))).toEqual([['貸付対象者は'], ['本融資を通じ']]);
  });

  it("ends an entry printed on its label's line where it wraps no more: a figure's words a blank line below, well right of the label, are not its (環境省's ■実施期間：… over its scheme)", () => {
    const rows: [string, Line['bbox']][] = [
      ['■事業形態：補助事業（補助率：1/2）', [484, 122, 661, 132]],
      ['■実施期間：令和5年度〜令和9年度', [484, 136, 646, 146]],
      ['（延長を検討）', [484, 150, 560, 160]],
      ['環境省 → 地方公共団体', [590, 200, 695, 210]],
    ];
    const form: LabelSpec = { target: { kind: 'section', key: '事業形態' }, variants: ['■事業形態'] };
    const period: LabelSpec = { target: { kind: 'section', key: '事業期間' }, variants: ['■実施期間'] };
    const lines = placedOn(2, 10, rows);
    const { values } = assignValues(lines, findLabels(lines, [form, period]), () => [], () => false);
    expect(values.map((v) => v.lines.map((l) => l.line.text))).toEqual([[], ['（延長を検討）']]);
  });

  it("starts a section printed under its heading below it: the next column's heading on the heading's row, far right, is not its first line (経産省 page 36)", () => {
    const rows: [string, Line['bbox']][] = [
      ['事業目的・概要', [30, 131, 115, 144]],
      ['（１）越境EC等利活用促進事業', [438, 126, 624, 138]],
      ['新型コロナウィルス感染症拡大により、人の移動を伴う販路開拓が困難', [28, 158, 405, 171]],
      ['新型コロナウイルス感染症の影響を', [444, 153, 624, 166]],
      ['となり、中堅・中小企業の独力での海外展開がより困難になっています。', [43, 181, 406, 194]],
      ['受け、各国の消費は「外食」から', [444, 180, 608, 193]],
      ['成果目標', [30, 220, 80, 233]],
    ];
    const lines = placedOn(36, 13, rows);
    const { values } = assignValues(lines, findLabels(lines, [purpose, goal]), () => [], () => false);
    expect(values[0]!.lines.map((l) => l.line.text.slice(0, 6))).toEqual(['新型コロナウ', 'となり、中堅']);
  });
});

describe('assignValues with ruled label cells beside a figure column', () => {
  // A 事業PR資料 sheet with its labels in ruled cells on the left and its 事業イメージ figure on the right, beside two cells.
  const page: [string, Line['bbox']][] = [
    ['事業目的・概要', [47, 126, 107, 136]],
    ['伝統的工芸品の産地で、原材料の確保や道具の製作を担う事業者が減ってい', [118, 126, 458, 136]],
    ['ることを踏まえ、産地の生産基盤を維持するための取組を支援します。', [118, 140, 438, 150]],
    ['事業イメージ', [490, 135, 550, 145]],
    ['成果目標', [57, 167, 97, 177]],
    ['支援した産地の従事者数の減少率を、過去5年平均の半分以下に抑えることを', [118, 160, 465, 170]],
    ['目指します。', [118, 174, 178, 184]],
    ['原材料確保', [499, 156, 544, 165]],
    ['後継者育成', [658, 156, 703, 165]],
  ];
  // Rules around the label column's two cells: rows at 120, 155, 190; columns at 40 and 112.
  const rules: Rule[] = [
    ...[120, 155, 190].map((at) => ({ orientation: 'horizontal' as const, from: 40, to: 800, at })),
    ...[40, 112].map((at) => ({ orientation: 'vertical' as const, from: 120, to: 190, at })),
  ];
  const purpose: LabelSpec = { target: { kind: 'section', key: '目的・概要' }, variants: ['事業目的・概要'] };
  const goal: LabelSpec = { target: { kind: 'section', key: '成果目標' }, variants: ['成果目標'] };

  it("leaves the figure's caption and boxes out of the values of the cells it stands beside", () => {
    const lines = placedOn(3, 10, page);
    const { values } = assignValues(lines, findLabels(lines, [purpose, goal]), () => rules, (line) => line.line.text === '事業イメージ');
    expect(values.map((v) => v.lines.map((l) => l.line.text.slice(0, 6)))).toEqual([['伝統的工芸品', 'ることを踏ま'], ['支援した産地', '目指します。']]);
  });

  it('reads the text in a ruled box as the value of the label printed on a tab over it', () => {
    const page: [string, Line['bbox']][] = [
      ['目的', [54, 170, 71, 179]],
      ['住民が窓口で同じ事項を何度も書かずに済むよう、', [58, 188, 453, 198]],
      ['申請の手続を一つの画面にまとめる。', [58, 201, 300, 211]],
      ['概要', [54, 225, 71, 233]],
      ['書かない窓口の導入を支援する。', [58, 243, 373, 253]],
    ];
    // Each label's box: its top rule just under the tab, its sides at 50 and 545.
    const box = (top: number, bottom: number): Rule[] => [
      ...[top, bottom].map((at) => ({ orientation: 'horizontal' as const, from: 50, to: 545, at })),
      ...[50, 545].map((at) => ({ orientation: 'vertical' as const, from: top, to: bottom, at })),
    ];
    const overview: LabelSpec = { target: { kind: 'section', key: '概要' }, variants: ['概要'] };
    const aim: LabelSpec = { target: { kind: 'section', key: '目的' }, variants: ['目的'] };
    const lines = placedOn(2, 10, page);
    const { values } = assignValues(lines, findLabels(lines, [aim, overview]), () => [...box(181, 216), ...box(236, 260)], () => false);
    expect(values.map((v) => v.lines.map((l) => l.line.text.slice(0, 6)))).toEqual([['住民が窓口で', '申請の手続を'], ['書かない窓口']]);
  });
});

describe('assignValues for a label in a ruled cell with nothing right of it', () => {
  // A 未来技術関連施策集 page: a ruled meta table (予算 in the label column, its figures under a year
  // head in the next cell), then ◆ sections with no rule under the table's last row.
  const budget: LabelSpec = { target: { kind: 'budget' }, variants: ['予算', '令和3年度当初'] };
  const purpose: LabelSpec = { target: { kind: 'section', key: '目的' }, variants: ['◆事業目的'] };
  const lines = placedOn(2, 6.5, [
    ['令和3年度当初', [113, 132.6, 153.6, 138.7]],
    ['予算', [43.4, 138.3, 56.4, 144.8]],
    ['一般会計 本省:120百万円/地方:30百万円', [76.5, 143.9, 190.1, 150]],
    ['◆事業目的', [31, 200, 65, 207]],
    ['IoT、ビッグデータ、AI等は、社会的課題の効率的、効果的な解決手段であり、', [37, 211, 564, 218]],
    ['依然として人材不足等の課題があることから、それらの課題を解決する', [37, 220, 559, 227]],
    ['取組を進める。', [37, 230, 83, 236]],
  ]);
  // The 予算 cell (x 32–69, y 129–155) and the value's cell right of it, holding a small table of a year
  // head over its figures (x 72–195); no rule under the table: the sections run on unruled.
  const rules: Rule[] = [
    h(31.5, 69, 128.6), h(69, 564, 128.6), h(31.5, 69, 154.9), h(69, 564, 154.9), v(129, 155.3, 31.9), v(129, 155.3, 68.6), v(129, 155.3, 563.6),
    h(72, 195, 130.9), h(72, 195, 142.1), h(72, 195, 152.6), v(130.5, 142.5, 72.4), v(130.5, 142.5, 194.6), v(142.5, 153, 72.4), v(142.5, 153, 194.6),
  ];

  it("reads no line below the cell past the next label: a paragraph's short last line centred under the label column stays the paragraph's", () => {
    const { values } = assignValues(lines, findLabels(lines, [budget, purpose]), () => rules, () => false);
    const valueOf = (label: string): string[] => values.find((v) => v.hit.label === label)!.lines.map((l) => l.line.text);
    expect(valueOf('予算')).toEqual([]);
    expect(valueOf('◆事業目的').at(-1)).toBe('取組を進める。');
  });
});

describe('assignValues with two labels at the left margin, OCR reading them apart from their values', () => {
  // A 重点施策 scan whose 「概要：」 and 「予算：」 stand at the margin, each beside its text: OCR reads the two labels
  // first, then the text right of them; or the text first, then the label on its row, its box at the same top.
  const summary: LabelSpec = { target: { kind: 'section', key: '概要' }, variants: ['概要'] };
  const budget: LabelSpec = { target: { kind: 'budget' }, variants: ['予算'] };
  const ocrLines = (rows: readonly [string, Line['bbox']][]): PlacedLine[] =>
    rows.map(([text, bbox], index) => ({ line: { text, bbox, font_size: 13.2, confidence: 90 }, page: 3, index }));
  const read = (lines: PlacedLine[]): string[][] =>
    assignValues(lines, findLabels(lines, [summary, budget]), () => [], () => false).values.map((v) => v.lines.map((l) => l.line.text.slice(0, 8)));

  it('gives each label of the two read one after the other the text beside it', () => {
    const lines = ocrLines([
      ['概要:', [45, 264, 68, 284]],
      ['予算:', [45, 298, 69, 311]],
      ['Society 5.0時代の技術を活用した取組のほか、基幹集落における定住促進団地の造成', [73, 269, 786, 282]],
      ['興施設の整備等を支援', [73, 283, 167, 296]],
      ['過疎地域等自立活性化推進交付金 5.8億円(元年度2.9億円)', [73, 298, 494, 311]],
    ]);
    expect(read(lines)).toEqual([['Society ', '興施設の整備等を'], ['過疎地域等自立活']]);
  });

  it('does not read two labels as a column where the text is under them, not beside them', () => {
    const lines = ocrLines([
      ['概要:', [45, 264, 68, 284]],
      ['予算:', [45, 298, 69, 311]],
      ['過疎地域等自立活性化推進交付金 5.8億円(元年度2.9億円)', [45, 318, 494, 331]],
    ]);
    expect(read(lines)).toEqual([[], ['過疎地域等自立活']]);
  });

  it('takes the text read just before a label, on its row at the same top, as its value', () => {
    const lines = ocrLines([
      ['地域経済の好循環の更なる拡大に向け、シェアリングエコノミーを活用して', [74, 178, 793, 191]],
      ['方公共団体等による取組を支援', [74, 191, 205, 204]],
      ['シェアリングエコノミー活用推進事業1.0億円(元年度0.5億円)', [73.92, 206.16, 346.56, 219.36]],
      ['予算:', [45.36, 206.16, 68.88, 219.6]],
    ]);
    expect(read(lines)).toEqual([['シェアリングエコ']]);
  });
});

describe('assignValues under a header row whose budget cell holds year heads over their figures, on a scan', () => {
  // The デジ田 header-row rendering's scan, OCR's reading order and boxes: the rules between the header row and its
  // values, and between the year heads, were not found (the cells they close run down to the figures' row).
  const lines: PlacedLine[] = (
    [
      ['施策の区分', [66, 327, 114, 340], 13.44],
      ['①予算', [62, 347, 90, 355], 8.64],
      ['総合戦略該当箇所', [161, 327, 236, 340], 13.44],
      ['③デジタル人材の育成・確保', [127, 345, 251, 359], 13.44],
      ['令和5年度予算(案)', [322, 347, 396, 360], 12.96],
      ['予算額', [516, 327, 545, 340], 13.44],
      ['令和4年度第二次補正予算', [445, 347, 551, 360], 12.72],
      ['令和4年度予算', [607, 347, 666, 360], 12.96],
      ['79百万円(ほかデジタル庁16百万円)', [286, 364, 432, 374], 9.6],
      ['28百万円', [513, 365, 550, 372], 7.92],
      ['86百万円(ほかデジタル庁35百万円)', [565, 364, 709, 374], 9.6],
      ['施策効果の詳細', [237, 388, 303, 401], 13.44],
    ] as const
  ).map(([text, bbox, size], index) => ({ line: { text, bbox: [...bbox], font_size: size, confidence: 90 }, page: 3, index }));
  const rules: Rule[] = [h(58, 784, 319), h(58, 784, 323), v(324, 379, 57), v(324, 379, 122), v(324, 379, 275), v(324, 379, 785), h(280, 716, 361), h(280, 716, 377), h(58, 784, 380), h(58, 784, 384)];

  it('gives each header its value under it, and each year head the figure under it', () => {
    const { values } = assignValues(lines, findLabels(lines, labelVocabulary()), () => rules, () => false);
    expect(values.map((value) => [value.hit.label, value.lines.map((l) => l.line.text)])).toEqual([
      ['施策の区分', ['①予算']],
      ['総合戦略該当箇所', ['③デジタル人材の育成・確保']],
      ['令和5年度予算(案)', ['79百万円(ほかデジタル庁16百万円)']],
      ['予算額', []],
      ['令和4年度第二次補正予算', ['28百万円']],
      ['令和4年度予算', ['86百万円(ほかデジタル庁35百万円)']],
      ['施策効果の詳細', []],
    ]);
  });
});

describe('assignValues under a header cell whose value cell opens with a label of its own', () => {
  // The 2020 重点施策 header-cell rendering's page 8 (rand26 r2626-13): 【予算】 heads a cell whose entry is
  // printed on its own label's line and wraps inside its prior year's brackets.
  const lines = placedOn(8, 10, [
    ['【予算】', [404, 182, 444, 192]],
    ['【予算(財投等)】株式会社海外通信・放送・郵便事業支援機構(JICT)を通じた日本企業の海外インフラ展開支援 産業投資450億円、政府保証270億円(元年度:', [56, 202, 791, 212]],
    ['産業投資267億円、政府保証85億円)', [56, 216, 227, 226]],
  ]);
  const rules: Rule[] = [h(50, 828, 178), h(50, 828, 197), h(50, 828, 236), v(178, 236, 50), v(178, 236, 828)];

  it("gives the inner label its line and the line that wraps it, in order, not the header the wrapped line", () => {
    const labels = profileRegistry().byId('soumu-juten-shisaku')!.labels;
    const { values } = assignValues(lines, findLabels(lines, labels), () => rules, () => false);
    expect(values.map((value) => [value.hit.label, value.hit.inlineValue?.slice(0, 6) ?? null, value.lines.map((l) => l.line.text.slice(0, 7))])).toEqual([
      ['【予算】', null, []],
      ['【予算(財投等)】', '株式会社海外', ['産業投資267']],
    ]);
  });
});

describe('assignValues under a row of year heads whose figures a scan boxed into the heads', () => {
  // The デジ田 inline rendering's scan (rand31 r3131-5-scan, page 3): OCR read each head and then its figure, and boxed
  // 「244百万円」 from a point and a half above its head's bottom.
  const lines = ocrLines([
    ['予算額', [48, 98, 82, 117.36], 19.2, 3],
    ['令和5年度予算(案)', [97, 98, 182, 117.36], 19.2, 3],
    ['208百万円', [128, 117, 185, 133], 16.08, 3],
    ['令和4年度予算', [197, 98, 259, 117.36], 19.2, 3],
    ['244百万円', [209, 115.6, 261, 134], 18.72, 3],
    ['るぐ施策効果の詳細用', [39, 150, 141, 165], 15.12, 3],
  ]);

  it('gives each year head the figure under it', () => {
    const { values } = assignValues(lines, findLabels(lines, labelVocabulary()), () => [], () => false);
    expect(values.filter((value) => value.hit.label.startsWith('令和')).map((value) => [value.hit.label, value.lines.map((l) => l.line.text)])).toEqual([
      ['令和5年度予算(案)', ['208百万円']],
      ['令和4年度予算', ['244百万円']],
    ]);
  });
});

describe('assignValues over a page break after a budget', () => {
  const budget: LabelSpec = { target: { kind: 'budget' }, variants: ['予算'] };
  const valueOfBudget = (lines: PlacedLine[]): string[] => assignValues(lines, findLabels(lines, [budget]), () => [], () => false).values[0]!.lines.map((l) => l.line.text.slice(0, 8));

  it("ends a budget's value at a page whose first line prints no figure: the next record's title and text, its name not found (rand31 r3131-3-scan)", () => {
    const lines = ocrLines([
      ['予算:地方への人の流れの創出に向けた効果的広報0.4億円【新規】', [64, 90, 376, 109], 18.72, 2],
      ['5G等の携帯電話基地局の整備促進', [76, 64, 236, 73], 9.36, 3],
      ['過疎地等の地理的に条件不利な地域において、地方公共団体が携帯電話等を利用可能とするために基', [72, 92, 543, 113], 20.64, 3],
      ['その事業費の一部を補助', [73, 127, 186, 137], 9.6, 3],
    ]);
    expect(valueOfBudget(lines)).toEqual([]);
  });

  it("carries a budget's value over a page whose first line goes on with a figure or a remark's bracket", () => {
    const lines = ocrLines([
      ['予算:携帯電話等エリア整備事業35.6億円', [66, 760, 358, 778], 14, 2],
      ['(元年度31.6億円)', [95, 60, 227, 76], 14, 3],
      ['電波遮へい対策事業32.5億円', [95, 78, 327, 94], 14, 3],
    ]);
    expect(valueOfBudget(lines)).toEqual(['(元年度31.6', '電波遮へい対策事']);
  });
});

describe('assignValues on an entry printed on its label\'s line, then prose flush with the label', () => {
  // The 2020 重点施策 slide rendering with no bullets (rand51 r5151-10, pages 5 and 7): 【予算】 entries, then the measure's text.
  const labels = labelVocabulary();
  const entryOf = (lines: PlacedLine[]): string[] => assignValues(lines, findLabels(lines, labels), () => [], () => false).values.flatMap((value) => value.lines.map((l) => l.line.text.slice(0, 8)));

  it('ends an entry that closed on a figure at a line back at the label without one', () => {
    const lines = placedOn(7, 9, [
      ['【予算】地域課題解決型ローカル5G等の実現に向けた開発実証 70.1億円【新規】', [26, 99, 357, 108]],
      ['地域の企業や自治体をはじめ、様々な主体が個別のニーズに応じて独自の5Gシステムを柔軟に構築でき', [30, 116, 893, 125]],
    ]);
    expect(entryOf(lines)).toEqual([]);
  });

  it('ends an entry whose wrapped lines hang under its value at a line back at the label, and goes on with one that does not', () => {
    const lines = placedOn(3, 9, [
      ['【予算】地域おこし協力隊の推進に要する経費 2.1億円(元年度 1.5億円)', [26, 99, 327, 108]],
      ['「移住・交流情報ガーデン」の運営等に要する経費 0.9億円(元年度 0.9億円)', [62, 111, 381, 120]],
      ['地域おこし協力隊の更なる拡充のため、全国サミットの開催等により広く制度の周知を行う', [30, 141, 842, 150]],
    ]);
    expect(entryOf(lines)).toEqual(['「移住・交流情報']);
    // Wrapped back to the label's edge inside a bracket the figure opened, the entry goes on.
    const wrapped = placedOn(3, 9, [
      ['【予算】地域おこし協力隊の推進に要する経費 2.1億円(元年度 1.5億円の', [26, 99, 327, 108]],
      ['うち移住・交流の推進分)', [27, 111, 381, 120]],
    ]);
    expect(entryOf(wrapped)).toEqual(['うち移住・交流の']);
  });
});
