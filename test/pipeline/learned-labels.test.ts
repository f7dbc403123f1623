import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';

type Row = [string, number, number, number, number, number];
const layout = (number: number, rows: Row[]): PageLayout => ({
  page: { number, width: 842, height: 595, method: 'text', method_reason: null, lines: rows.map(([text, x0, y0, x1, y1, size]): Line => ({ text, bbox: [x0, y0, x1, y1], font_size: size })) },
  rules: [],
});
const source = { fileName: 'a.pdf', sha256: 'd'.repeat(64), bytes: 1 };

/** 文科省's way: undecorated headings at one left edge, one of them (事業内容) in the vocabulary, the others not. */
const outcomesPage = (name: string, aim: string, output: string): Row[] => [
  [name, 40, 37, 316, 52, 15], ['令和6年度予算額（案） 8億円', 630, 35, 790, 46, 11],
  ['背景・課題', 45, 108, 95, 118, 10], [`○${aim}`, 40, 124, 400, 134, 10],
  ['事業内容', 45, 148, 85, 158, 10], ['○都道府県を中心とした広域の運営支援センターの立ち上げを支援する。', 40, 164, 370, 174, 10],
  ['アウトプット（活動目標）', 45, 188, 165, 198, 10], [`○${output}`, 40, 204, 230, 214, 10],
  ['（担当：初等中等教育局修学支援・教材課）', 622, 556, 802, 565, 9],
];

/** 農水省's way: ＜＞ around every heading, 事業の内容 the only one the vocabulary has; ＜関連データ＞ over one record's note only. */
const pointsPage = (name: string, point: string, extra: Row[] = []): Row[] => [
  [name, 162, 61, 434, 77, 16],
  ['＜対策のポイント＞', 34, 124, 124, 134, 10], [point, 34, 138, 264, 148, 10],
  ['＜政策目標＞', 34, 176, 94, 186, 10], ['スマート農業技術の活用割合を令和14年までに5割とする。', 34, 190, 273, 200, 10],
  ['＜事業の内容＞', 34, 227, 104, 237, 10], ['1. 現場ニーズに基づく技術の開発を委託します。', 34, 242, 256, 252, 10],
  ...extra,
  ['＜補助対象＞', 34, 300, 104, 310, 10], ['地方公共団体', 34, 315, 100, 325, 10],
];

describe('section labels learned from the document', () => {
  it('reads headings printed where the known labels stand, repeated in every record, as sections of their own', () => {
    const set = readRecords(source, [
      layout(1, outcomesPage('学校施設の脱炭素化推進事業', '学校施設は地域の防災拠点でもある。', '改修に着手した学校数を毎年100校とする。')),
      layout(2, outcomesPage('GIGAスクール運営支援センター整備事業', '端末管理の負担が増えている。', '運営支援センターを全都道府県に置く。')),
    ], [])!;
    expect(set.records.map((r) => [r.name, r.sections['背景・課題'], r.sections['概要'], r.sections['アウトプット(活動目標)']])).toEqual([
      ['学校施設の脱炭素化推進事業', '学校施設は地域の防災拠点でもある。', '都道府県を中心とした広域の運営支援センターの立ち上げを支援する。', '改修に着手した学校数を毎年100校とする。'],
      ['GIGAスクール運営支援センター整備事業', '端末管理の負担が増えている。', '都道府県を中心とした広域の運営支援センターの立ち上げを支援する。', '運営支援センターを全都道府県に置く。'],
    ]);
  });

  it('learns headings in the marks the known labels wear, but not a value repeated under a label nor a heading printed once', () => {
    const set = readRecords(source, [
      layout(1, pointsPage('農業支援サービス事業育成対策', '農業支援サービス事業体の育成を支援します。', [['＜関連データ＞', 34, 270, 100, 280, 10], ['令和4年の調査による。', 34, 284, 150, 294, 10]])),
      layout(2, pointsPage('スマート農業技術の開発・供給加速化', 'スマート農業技術の開発を進めます。')),
    ], [])!;
    const [first, second] = set.records;
    expect([first!.sections['対策のポイント'], second!.sections['対策のポイント']]).toEqual(['農業支援サービス事業体の育成を支援します。', 'スマート農業技術の開発を進めます。']);
    expect(second!.sections['政策目標']).toBe('スマート農業技術の活用割合を令和14年までに5割とする。');
    expect(second!.sections['補助対象']).toBe('地方公共団体');
    expect(Object.keys(first!.sections).sort()).toEqual(['対策のポイント', '政策目標', '概要', '補助対象'].sort());
    expect(first!.sections['概要']).toContain('令和4年の調査による。');
    expect(set.issues.filter((issue) => issue.type === 'labels-learned').map((issue) => issue.message)).toEqual(['headings no spelling of the vocabulary names, read as sections of their own: 「対策のポイント」, 「政策目標」']);
  });

  it("learns headings from a scan whose OCR read the angle brackets differently on each line (「ぐ事業の内容用」, 「<対策のポイント」, 「く政策目標」)", () => {
    const ocrLayout = (number: number, rows: Row[]): PageLayout => {
      const page = layout(number, rows);
      return { ...page, page: { ...page.page, method: 'ocr', lines: page.page.lines.map((line) => ({ ...line, confidence: 90 })) } };
    };
    const page = (name: string, point: string, open: string, close: string): Row[] => [
      [name, 162, 61, 434, 77, 16],
      [`${open}対策のポイント${close}`, 34, 124, 124, 134, 10], [point, 34, 138, 264, 148, 10],
      [`${open === '<' ? 'く' : '<'}政策目標${close}`, 34, 176, 94, 186, 10], ['スマート農業技術の活用割合を令和14年までに5割とする。', 34, 190, 273, 200, 10],
      ['ぐ事業の内容用', 34, 227, 104, 237, 10], ['1. 現場ニーズに基づく技術の開発を委託します。', 34, 242, 256, 252, 10],
    ];
    const set = readRecords(source, [
      ocrLayout(1, page('農業支援サービス事業育成対策', '農業支援サービス事業体の育成を支援します。', '<', '')),
      ocrLayout(2, page('スマート農業技術の開発・供給加速化', 'スマート農業技術の開発を進めます。', 'ぐ', '用')),
    ], [])!;
    expect(set.records.map((r) => [r.name, r.sections['対策のポイント'], r.sections['政策目標']])).toEqual([
      ['農業支援サービス事業育成対策', '農業支援サービス事業体の育成を支援します。', 'スマート農業技術の活用割合を令和14年までに5割とする。'],
      ['スマート農業技術の開発・供給加速化', 'スマート農業技術の開発を進めます。', 'スマート農業技術の活用割合を令和14年までに5割とする。'],
    ]);
  });
});

describe('a grid of labelled cells', () => {
  /** A city's sheet: two projects a page, each a name over three columns of cells, a small label over each value; a row of labels holds known and new ones. */
  const sheet = (ocr: boolean): PageLayout[] => {
    const record = (y: number, name: string, source: string, law: string): Row[] => [
      [name, 48, y, 230, y + 13, 13],
      // OCR gives a label's box the height of its glyphs: 「財源内訳」 is smaller than 「事業内容」 beside it.
      ['担当課', 46, y + 33, 70, y + 41, 8], ['総務部デジタル推進課', 46, y + 49, 136, y + 58, 9],
      ['予算額', 302, y + 33, 326, y + 41, 8], ['令和6年度 48,620千円', 302, y + 49, 447, y + 58, 9],
      ['事業の目的', 558, y + 33, 598, y + 41, 8], ['市役所に来なくても手続ができるようにする。', 558, y + 49, 747, y + 58, 9],
      ['事業内容', 46, y + 90, 78, y + 98, 8], ['手続をオンラインで受け付ける仕組みを整える。', 46, y + 106, 280, y + 115, 9],
      ['財源内訳', 302, y + 90, 334, y + 96, ocr ? 6 : 8], [source, 302, y + 106, 494, y + 115, 9],
      ['根拠法令', 558, y + 90, 590, y + 98, ocr ? 10 : 8], [law, 558, y + 106, 621, y + 115, 9],
    ];
    const page = (number: number, rows: Row[]): PageLayout => {
      const read = layout(number, rows);
      return ocr ? { ...read, page: { ...read.page, method: 'ocr', lines: read.page.lines.map((line) => ({ ...line, confidence: 90 })) } } : read;
    };
    return [
      page(1, [...record(43, '行政手続オンライン化推進事業', '国庫支出金 20,000千円', 'デジタル手続法'), ...record(255, '地域公共交通確保維持事業', '県支出金 30,000千円', '地域公共交通活性化再生法')]),
      page(2, [...record(43, '子育て支援拠点整備事業', '地方債 20,000千円', '児童福祉法'), ...record(255, '防災行政無線デジタル化事業', '地方債 200,000千円', '災害対策基本法')]),
    ];
  };

  it.each([false, true])('learns labels printed in a row beside known ones, OCR %s', (ocr) => {
    const set = readRecords(source, sheet(ocr), [])!;
    expect(set.records.map((r) => [r.name, r.sections['概要'], r.sections['財源内訳'], r.sections['根拠法令']])).toEqual([
      ['行政手続オンライン化推進事業', '手続をオンラインで受け付ける仕組みを整える。', '国庫支出金 20,000千円', 'デジタル手続法'],
      ['地域公共交通確保維持事業', '手続をオンラインで受け付ける仕組みを整える。', '県支出金 30,000千円', '地域公共交通活性化再生法'],
      ['子育て支援拠点整備事業', '手続をオンラインで受け付ける仕組みを整える。', '地方債 20,000千円', '児童福祉法'],
      ['防災行政無線デジタル化事業', '手続をオンラインで受け付ける仕組みを整える。', '地方債 200,000千円', '災害対策基本法'],
    ]);
  });
});

describe('an unruled label column', () => {
  it('reads an unruled label column read before the values beside it, each value on its label\'s row, labels the vocabulary lacks among them (財源内訳, 根拠法令)', () => {
    const form = (name: string, office: string, budget: string, sources: string): Row[] => [
      [`■ ${name}`, 51, 43, 249, 56, 13],
      ['担当課', 51, 66, 81, 76, 10], ['予算額', 51, 83, 81, 93, 10], ['事業の目的', 51, 99, 101, 109, 10], ['事業内容', 51, 116, 91, 126, 10], ['財源内訳', 51, 150, 91, 160, 10], ['根拠法令', 51, 167, 91, 177, 10],
      [office, 142, 66, 332, 76, 10], [budget, 142, 83, 303, 93, 10], ['市役所に来なくても手続ができるようにする。', 142, 99, 352, 109, 10],
      ['子育てと介護の手続をオンラインで受け付ける仕組みを整える。', 142, 116, 432, 126, 10], ['窓口の予約も受け付ける。', 142, 129, 300, 139, 10],
      [sources, 142, 150, 355, 160, 10], ['デジタル手続法', 142, 167, 212, 177, 10],
      // A label read after the values (as OCR orders the last row), its value beside it.
      ['成果指標', 51, 184, 91, 194, 10], ['オンラインで受け付けた申請の割合を5割とする。', 142, 184, 368, 194, 10],
    ];
    const set = readRecords(source, [
      layout(1, form('行政手続オンライン化推進事業', '総務部デジタル推進課（0263-34-3001）', '令和6年度 48,620千円', '国庫支出金 20,000千円 一般財源 28,620千円')),
      layout(2, form('地域公共交通確保維持事業', '都市整備部交通政策課（0263-34-3102）', '令和6年度 125,300千円', '県支出金 30,000千円 一般財源 95,300千円')),
    ], [])!;
    expect(set.records.map((r) => r.sections['成果目標'])).toEqual(['オンラインで受け付けた申請の割合を5割とする。', 'オンラインで受け付けた申請の割合を5割とする。']);
    expect(set.records.map((r) => [r.name, r.offices.map((o) => o.phones), r.budget.map((b) => [b.fiscal_year, b.amount_jpy]), r.sections['概要'], r.sections['財源内訳'], r.sections['根拠法令']])).toEqual([
      ['行政手続オンライン化推進事業', [['0263-34-3001']], [[2024, 48_620_000]], '子育てと介護の手続をオンラインで受け付ける仕組みを整える。\n窓口の予約も受け付ける。', '国庫支出金 20,000千円 一般財源 28,620千円', 'デジタル手続法'],
      ['地域公共交通確保維持事業', [['0263-34-3102']], [[2024, 125_300_000]], '子育てと介護の手続をオンラインで受け付ける仕組みを整える。\n窓口の予約も受け付ける。', '県支出金 30,000千円 一般財源 95,300千円', 'デジタル手続法'],
    ]);
  });
});
