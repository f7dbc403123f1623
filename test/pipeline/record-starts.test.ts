import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';

const line = (text: string, x: number, y: number, size = 10.5): Line => ({ text, bbox: [x, y, x + size * [...text].length, y + size], font_size: size });
/** A line as a scan's OCR reads it: with a confidence, its box as tall as the ink. */
const ocr = (text: string, x: number, y: number, size = 14): Line => ({ ...line(text, x, y, size), confidence: 90 });
const ocrPage = (number: number, width: number, height: number, lines: Line[]): PageLayout => ({ page: { number, width, height, method: 'ocr', method_reason: null, lines }, rules: [] });
const layout = (number: number, lines: Line[]): PageLayout => ({ page: { number, width: 842, height: 595, method: 'text', method_reason: null, lines }, rules: [] });
const source = { fileName: 'a.pdf', sha256: 'd'.repeat(64), bytes: 1 };
const read = (layouts: PageLayout[]) => readRecords(source, layouts, layouts.map((l) => l.page))!;

describe('where records start, in layouts no profile names', () => {
  it("reads one project's PR sheet printed alone (one page: a title over a block of labels) as its record, and a page of a heading or two as none", () => {
    const sheet = layout(1, [
      line('海外サプライチェーン多元化等支援事業', 17, 16, 26),
      line('貿易経済協力局 貿易振興課 03-3501-6759', 640, 20, 9.7),
      line('令和2年度補正予算額 235.0億円', 17, 56, 15),
      line('事業目的・概要', 26, 112, 15),
      line('日本・ASEANの強靱なサプライチェーンを構築するため、設備導入を支援します。', 26, 137, 15),
      line('成果目標', 26, 336, 15),
      line('生産拠点の集中度が高い製品の供給途絶リスクを解消します。', 26, 364, 15),
      line('条件（対象者、対象行為、補助率等）', 26, 440, 15),
      line('補助率：1/2', 26, 470, 15),
    ]);
    const set = read([sheet]);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy]), r.sections['成果目標']])).toEqual([
      ['海外サプライチェーン多元化等支援事業', [[2020, 'supplementary', 23_500_000_000]], '生産拠点の集中度が高い製品の供給途絶リスクを解消します。'],
    ]);
    // A notice with a title and two headings is no project's sheet.
    const notice = layout(1, [line('説明会の開催について', 17, 16, 26), line('目的', 26, 112, 15), line('説明会を開催します。', 26, 137, 15), line('概要', 26, 200, 15), line('日時は追って知らせます。', 26, 230, 15)]);
    expect(readRecords(source, [notice], [notice.page])).toBeNull();
  });

  it('reads a page of two records, each under its 施策名 cell with the same labels, as a catalogue however short', () => {
    const block = (name: string, amount: string, top: number): Line[] => [
      line('施策名', 56, top), line(name, 104, top - 2, 13),
      line('概要', 61, top + 33), line(`${name}に取り組む地方公共団体を支援`, 104, top + 33),
      line('予 算', 56, top + 65), line(`${name}事業 ${amount}`, 104, top + 65),
    ];
    const page = layout(1, [...block('遊休公共施設等の活用推進', '1.0億円【新規】', 50), ...block('光ファイバの整備', '64.8億円（元年度 52.5億円）', 158)]);
    // Their figures print no year and nothing on the page gives one: reported, not read with a guessed year.
    const set = read([page]);
    expect(set.issues.filter((issue) => issue.type === 'unreadable-budget').map((issue) => issue.record)).toEqual(['遊休公共施設等の活用推進', '光ファイバの整備']);
    expect(set.records.map((r) => [r.name, r.sections['概要']])).toEqual([
      ['遊休公共施設等の活用推進', '遊休公共施設等の活用推進に取り組む地方公共団体を支援'],
      ['光ファイバの整備', '光ファイバの整備に取り組む地方公共団体を支援'],
    ]);
  });

  it('starts a record at a title that opens the next column of text flowing in two columns, read after the foot of the first', () => {
    const record = (name: string, x: number, top: number): Line[] => [
      line(name, x, top, 10.5),
      line('◇予算額 令和6年度予算案：12.3億円', x, top + 20, 9),
      line('◇目的 高齢者の単身世帯が増える中山間地域で見守りを行う。', x, top + 37, 9),
      line('◇概要 市町村が見守りセンサーを導入する経費を補助する。', x, top + 54, 9),
      ...Array.from({ length: 30 }, (_, k) => line('複数の市町村による共同導入を優先して採択する。', x, top + 68 + 14 * k, 9)),
    ];
    const names = ['地域見守りデジタル基盤整備事業', '中小企業サイバーセキュリティ相談窓口事業', '観光地域づくりデータ連携実証事業'];
    const pages = [1, 2].map((n) => layout(n, [...record(`${names[0]}${n}`, 45, 58), ...record(`${names[1]}${n}`, 310, 58).slice(0, 20), ...record(`${names[2]}${n}`, 310, 400)]));
    expect(read(pages).records.map((r) => r.name)).toEqual([1, 2].flatMap((n) => names.map((name) => `${name}${n}`)));
  });

  it('reads the name from the row under a 施策名 header cell, not the next header', () => {
    // The cover's title gives the year of figures printed without one.
    const cover = layout(1, [line('令和6年度 施策集', 200, 250, 28)]);
    const pages = ['光ファイバ整備事業', '地域おこし協力隊', 'テレワーク推進事業'].map((name, k) =>
      layout(k + 2, [
        line('施策名', 40, 60), line('担当課', 300, 60), line('予算額', 600, 60),
        line(name, 40, 80), line('自治行政局地域政策課', 300, 80), line('10億円', 600, 80),
        line('目的', 40, 120), line(`${name}を進める。`, 120, 120),
      ]),
    );
    const set = read([cover, ...pages]);
    expect(set.records.map((r) => [r.name, r.offices.map((o) => o.name), r.budget.map((b) => [b.fiscal_year, b.amount_jpy]), r.sections['目的']])).toEqual([
      ['光ファイバ整備事業', ['自治行政局地域政策課'], [[2024, 1_000_000_000]], '光ファイバ整備事業を進める。'],
      ['地域おこし協力隊', ['自治行政局地域政策課'], [[2024, 1_000_000_000]], '地域おこし協力隊を進める。'],
      ['テレワーク推進事業', ['自治行政局地域政策課'], [[2024, 1_000_000_000]], 'テレワーク推進事業を進める。'],
    ]);
  });

  it('finds titles set in the text\'s own size on pages printed at scales of their own (shrunk to fit: 0.8, 0.92, 0.84)', () => {
    const names = [['光ファイバ整備事業', '地域情報化の推進'], ['テレワーク普及展開推進事業', '情報信託機能活用促進事業'], ['地域ICTクラブの普及促進', 'ICT基盤高度化事業']];
    const prose = '地域の情報通信基盤を整備し、災害時にも安定した情報伝達を確保するため、費用の一部を補助する。';
    const pages = [0.8, 0.92, 0.84].map((scale, p) => {
      const s = (size: number): number => size * scale;
      return layout(p + 1, names[p]!.flatMap((name, k) => {
        const top = 40 + k * 260 * scale;
        const at = (text: string, x: number, dy: number, size = 10.5): Line => line(text, x * scale, top + dy * scale, s(size));
        return [
          at(`${p * 2 + k + 1}．${name}`, 50, 0), at('総務省地域通信振興課（電話：03-5253-5756）', 300, 16, 9.5),
          at('対象分野', 45, 34), at('情報通信基盤の整備', 95, 34),
          ...[0, 1, 2, 3, 4, 5].map((row) => at(row === 0 ? '目的' : '', 45, 60 + 14 * row)).filter((l) => l.text !== ''),
          ...[0, 1, 2, 3, 4, 5].map((row) => at(prose, 95, 60 + 14 * row)),
        ];
      }));
    });
    expect(read(pages).records.map((r) => [r.name, r.source.pages])).toEqual(names.flatMap((pair, p) => pair.map((name) => [name, [p + 1]])));
  });

  it('reads a catalogue whose budget label is letter-spaced before its colon (「予 算：… 2.1億円」) as a catalogue, with its budgets', () => {
    // More pages than a short scan's, where a title over one label would be enough.
    const names = ['地域おこし協力隊の推進', '地域運営組織の形成促進', '光ファイバの整備', '放送用周波数の有効活用', '衛星放送用受信環境整備', '郵便分野の海外展開'];
    const pages = names.map((name, k) => [name, [2.1, 0.9, 53, 1.2, 4.4, 0.3][k]!] as const).map(([name, amount], k) =>
      layout(k + 1, [
        line('施策', 58, 55, 9), line(String(name), 99, 53, 12),
        line('〈取組の概要〉', 40, 77, 9.5), line(`• ${name}のため、全国で研修を行い、地域の取組を支援する。`, 48, 93, 9),
        line(`予 算：${name}に要する経費 ${amount}億円（元年度 0.4億円）`, 40, 147, 9),
      ]),
    );
    const set = read(pages);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['地域おこし協力隊の推進', [210_000_000, 40_000_000]],
      ['地域運営組織の形成促進', [90_000_000, 40_000_000]],
      ['光ファイバの整備', [5_300_000_000, 40_000_000]],
      ['放送用周波数の有効活用', [120_000_000, 40_000_000]],
      ['衛星放送用受信環境整備', [440_000_000, 40_000_000]],
      ['郵便分野の海外展開', [30_000_000, 40_000_000]],
    ]);
  });

  it('takes the 「施策」 cell printed over every title into its record, mid-page too, not into the end of the record above', () => {
    const names = [['地域おこし協力隊の拡充', '地域運営組織の形成促進', '光ファイバの整備'], ['消費活性化と決済基盤の構築', '放送用周波数の有効活用', '郵便分野の海外展開']];
    const pages = names.map((onPage, p) =>
      layout(p + 1, onPage.flatMap((name, k) => {
        const top = 60 + 180 * k;
        return [
          line('施策', 412, top, 9), line(`${'①②③④⑤⑥'[p * 3 + k]} ${name}`, 45, top + 17, 10.5),
          line('● 予算', 40, top + 39, 9.5), line(`${name}に要する経費 2.1億円（元年度 1.5億円）`, 48, top + 55, 9),
          line('● 取組の概要', 40, top + 71, 9.5), line(`${name}のため、全国で研修を行い、地域の取組を支援`, 48, top + 87, 9),
        ];
      })),
    );
    expect(read(pages).records.map((r) => [r.name, r.source.pages, r.sections['概要']])).toEqual(
      names.flatMap((onPage, p) => onPage.map((name) => [name, [p + 1], `${name}のため、全国で研修を行い、地域の取組を支援`])),
    );
  });

  it("starts a record at each 「施策名:」 of a scan whose only labels under it are a label split over its cell by OCR (概算要 / 求額) and a bracket misread (【概要)】)", () => {
    const scan = (page: number, name: string, summary: string): PageLayout => ({
      page: { number: page, width: 850, height: 606, method: 'ocr', method_reason: null, lines: [
        ocr(`施策名: ${name}`, 44, 65), ocr('概算要', 51, 90), ocr('求額', 62, 105), ocr(`${name}事業1.0億円(元年度0.5億円)`, 114, 90),
        ocr(page === 1 ? '【概要】' : '【概要)】', 51, 128), ocr(summary, 53, 144),
      ] },
      rules: [],
    });
    const set = read([scan(1, '地方への人の流れの創出', '広報を実施'), scan(2, 'シェアリングエコノミーの活用推進', '地域経済の好循環を拡大'), scan(3, '過疎地域の自立促進', '定住促進住宅を整備')]);
    expect(set.records.map((r) => [r.name, r.source.pages, r.sections['概要']])).toEqual([
      ['地方への人の流れの創出', [1], '広報を実施'],
      ['シェアリングエコノミーの活用推進', [2], '地域経済の好循環を拡大'],
      ['過疎地域の自立促進', [3], '定住促進住宅を整備'],
    ]);
  });

  it("reads a scan of PR sheets whose numbers OCR ran into their titles (「1地域中核…」), whose ◆ marks it read as 「金」, and whose last title it read no taller than the text", () => {
    const sheet = (page: number, title: string, size: number, amount: string, purpose: string): PageLayout => ({
      page: { number: page, width: 611, height: 853, method: 'ocr', method_reason: null, lines: [
        ocr('令和5年度補正予算 事業PR資料', 60, 30, 7.4), ocr('経済産業省', 60, 42, 7.4), ocr(title, 59, 58, size), ocr(`予算額”${amount}`, 69, 88, 13.9),
        ocr('金目的・概要', 60, 116, 14.2), ocr(purpose, 68, 133, 14.2), ocr('金成果目標', 60, 192, 14.4), ocr('支援先の付加価値額を15%以上増加させます。', 68, 209, 13.4),
        ocr('金補助率', 60, 295, 9.4), ocr('1/2', 69, 311, 13.9), ocr('担当', 67, 370, 7.9), ocr('製造産業局生活製品室(03-3580-0435)', 67, 382, 12.7),
      ] },
      rules: [],
    });
    const set = read([
      sheet(1, '1地域中核企業成長投資促進事業', 23.8, '42.5億円', '中核企業の設備投資を支援します。'),
      sheet(2, '2商店街にぎわい再生緊急支援事業', 24.5, '18.0億円', '商店街の拠点づくりを支援します。'),
      sheet(3, '3伝統的工芸品産地基盤強化事業', 12.5, '6.2億円', '産地の生産基盤の維持を支援します。'),
    ]);
    expect(set.records.map((r) => [r.number, r.name, r.sections['目的・概要'], r.sections['補助率'], r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['1', '地域中核企業成長投資促進事業', '中核企業の設備投資を支援します。', '1/2', [4_250_000_000]],
      ['2', '商店街にぎわい再生緊急支援事業', '商店街の拠点づくりを支援します。', '1/2', [1_800_000_000]],
      ['3', '伝統的工芸品産地基盤強化事業', '産地の生産基盤の維持を支援します。', '1/2', [620_000_000]],
    ]);
  });

  it("starts a record at a title opening with its number path (「1-②-(1)」) under a topic heading whose box OCR read tall, just over it", () => {
    const header = ocr('総務省重点施策2020', 55, 37, 12);
    const budget = (name: string, y: number): Line => ocr(`予算額:${name}事業1.0億円(元年度0.5億円)`, 55, y, 14.2);
    const pages = [
      ocrPage(1, 601, 847, [
        header, ocr('②地域との多様な関わりの創出(関係人口の創出・拡大等)', 60, 63, 16.8), ocr('1-②-(1)地域との多様な関わりの創出', 54, 85, 18.5),
        budget('関係人口創出・拡大', 108), ocr('「概要', 56, 155, 9.4), ocr('・関係人口の創出・拡大に取り組む地方公共団体を支援', 67, 171, 13.7),
      ]),
      ocrPage(2, 602, 848, [
        header, ocr('②地域資源を活かした地域の雇用創出と消費拡大の推進等', 61, 60, 21.1), ocr('2-②-(2)シェアリングエコノミーの活用推進', 55, 86, 17.3),
        budget('シェアリングエコノミー活用推進', 104), ocr('「概要', 56, 127, 9.4), ocr('地方公共団体等による取組を支援', 64, 142, 13.2),
        ocr('②地域資源を活かした地域の雇用創出と消費拡大の推進等', 61, 194, 16.1), ocr('2-②-(5)都市部企業と連携したIT人材育成の推進', 55, 216, 19),
        budget('IT人材育成', 239), ocr('「概要', 56, 258, 9.4), ocr('都市部のIT系企業と連携した職業訓練を実施', 64, 273, 14.2),
      ]),
    ];
    expect(read(pages).records.map((r) => [r.number, r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['1-②-(1)', '地域との多様な関わりの創出', [100_000_000, 50_000_000]],
      ['2-②-(2)', 'シェアリングエコノミーの活用推進', [100_000_000, 50_000_000]],
      ['2-②-(5)', '都市部企業と連携したIT人材育成の推進', [100_000_000, 50_000_000]],
    ]);
  });

  it("starts a record at a numbered title (「1.」) under a topic heading numbered in another form (「①」) whose box OCR read tall, just over it", () => {
    const record = (topic: string | null, title: string, office: string, y: number): Line[] => [
      ...(topic === null ? [] : [ocr(topic, 49, y - 24, 16.3)]), ocr(title, 48, y, 19.2), ocr(office, 474, y + 22, 11.5),
      ocr('施策分類: ①予算', 49, y + 38, 12.5), ocr('予算:令和5年度予算(案) : 580百万円の内数', 49, y + 52, 12.7),
      ocr('<目的>', 54, y + 70, 13), ocr(`${title.slice(2)}を推進する。`, 57, y + 85, 12.7),
    ];
    const pages = [
      ocrPage(1, 601, 847, [...record('①デジタル実装による地方の社会課題解決・魅力向上', '1.地域経済循環創造事業交付金', '自治行政局地域政策課', 58), ...record(null, '2.地域おこし協力隊', '自治行政局地域自立応援課', 279)]),
      ocrPage(2, 601, 847, [...record('②デジタル基盤の整備', '3.特定地域づくり事業の推進', '自治行政局地域自立応援課', 58), ...record(null, '4.地域防災のためのLアラート情報の連携推進', '情報流通行政局地域通信振興課', 279)]),
    ];
    expect(read(pages).records.map((r) => [r.number, r.name, r.offices.map((o) => o.name)])).toEqual([
      ['1', '地域経済循環創造事業交付金', ['自治行政局地域政策課']],
      ['2', '地域おこし協力隊', ['自治行政局地域自立応援課']],
      ['3', '特定地域づくり事業の推進', ['自治行政局地域自立応援課']],
      ['4', '地域防災のためのLアラート情報の連携推進', ['情報流通行政局地域通信振興課']],
    ]);
  });

  it("reads a profiled family's edition that numbers its records otherwise than the profile (「1-①-(1)」 for 「(1)」) by its layout", () => {
    const cover = layout(1, [line('令和2年度概算要求', 300, 200, 20), line('総務省重点施策2020', 300, 240, 28)]);
    const record = (path: string, name: string, amount: string, y: number): Line[] => [
      line(`${path} ${name}`, 49, y, 16), line('【予算】', 37, y + 25, 9.5), line(`${name}事業 ${amount}`, 45, y + 41, 9),
      line('【施策の概要】', 37, y + 56, 9.5), line(`${name}に取り組む地方公共団体を支援する。`, 45, y + 71, 9),
    ];
    const pages = [
      layout(2, [...record('1-①-(1)', '豊かなライフスタイルの提示', '0.4億円【新規】', 61), ...record('2-②-(6)', '遊休公共施設等の活用推進', '1.0億円（元年度 0.8億円）', 200)]),
      layout(3, [...record('3-②-(1)', 'ローカル5Gの制度整備', '2.5億円', 61), ...record('3-③-(1)', 'マイナンバーカードの普及', '841.1億円（元年度 150.0億円）', 200)]),
    ];
    const set = read([cover, ...pages]);
    expect(set.profile).toBe('soumu-juten-shisaku');
    expect(set.records.map((r) => [r.number, r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['1-①-(1)', '豊かなライフスタイルの提示', [[2020, 'request', 40_000_000]]],
      ['2-②-(6)', '遊休公共施設等の活用推進', [[2020, 'request', 100_000_000], [2019, 'initial', 80_000_000]]],
      ['3-②-(1)', 'ローカル5Gの制度整備', [[2020, 'request', 250_000_000]]],
      ['3-③-(1)', 'マイナンバーカードの普及', [[2020, 'request', 84_110_000_000], [2019, 'initial', 15_000_000_000]]],
    ]);
  });

  it("leaves out of a name the quote or bracket OCR read before it that nothing closes (「\"地域おこし協力隊」, 「「モバイル決済…」), a quote before its number (「”(4)…」), and a bracket before a circled number that nothing closes (「(②…」)", () => {
    const page = (number: number, title: string, office: string): PageLayout =>
      ocrPage(number, 607, 851, [
        ocr('総務省', 534, 34, 12), ocr(title, 49, 57, 19.2), ocr(`担当:${office}`, 432, 80, 12.2), ocr('施策分類', 67, 99, 13.7), ocr('①予算', 128, 99, 9.1),
        ocr('予算額', 72, 143, 13.4), ocr('令和5年度予算(案) : 208百万円', 128, 136, 13.7), ocr('施策効果の詳細', 62, 171, 13.9), ocr('地域の担い手となる人材を確保する', 58, 186, 13.2),
      ]);
    const set = read([
      page(1, '"地域おこし協力隊', '自治行政局地域自立応援課'), page(2, '「モバイル決済モデル推進事業', '情報流通行政局地域通信振興課'), page(3, '「ふるさと」納税の活用促進', '自治税務局市町村税課'),
      page(4, '”(4)地域情報化の推進', '情報流通行政局地域通信振興課'), page(5, '(②サテライトオフィスのマッチング支援', '自治行政局地域自立応援課'),
    ]);
    expect(set.records.map((r) => [r.number, r.name])).toEqual([
      [null, '地域おこし協力隊'], [null, 'モバイル決済モデル推進事業'], [null, '「ふるさと」納税の活用促進'], ['4', '地域情報化の推進'], ['②', 'サテライトオフィスのマッチング支援'],
    ]);
  });

  it('takes a numbered title OCR read no taller than the text when the line under it is the one under the other titles (施策の種別), though the vocabulary lacks it', () => {
    const record = (title: string, size: number, y: number): Line[] => [
      ocr(title, 55, y, size), ocr('施策の種別', 53, y + 21, 13), ocr('①予算', 115, y + 22, 8.6),
      ocr('予算額', 57, y + 79, 13.4), ocr('令和5年度予算(案) : 805百万円', 119, y + 72, 13.2),
      ocr(`施策効果の詳細:${title.slice(3)}により地域の課題解決につなげる。`, 46, y + 106, 13.4), ocr('担当', 54, y + 162, 7.4), ocr('自治行政局過疎対策室', 55, y + 174, 7.9),
    ];
    const pages = [
      ocrPage(1, 853, 611, [ocr('関連施策集', 47, 27, 7.4), ...record('(3)総務省統計局の移転', 16.6, 44), ...record('(4)医療・介護データ利活用基盤高度化事業', 16.6, 281)]),
      ocrPage(2, 853, 611, [ocr('関連施策集', 47, 27, 7.4), ...record('(5)過疎地域持続的発展支援交付金', 12.2, 50), ...record('(6)ブロードバンドサービスの維持', 16.1, 259)]),
    ];
    expect(read(pages).records.map((r) => [r.number, r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['3', '総務省統計局の移転', [805_000_000]],
      ['4', '医療・介護データ利活用基盤高度化事業', [805_000_000]],
      ['5', '過疎地域持続的発展支援交付金', [805_000_000]],
      ['6', 'ブロードバンドサービスの維持', [805_000_000]],
    ]);
  });

  it('takes a numbered title OCR read no taller than the text when its label, right under it, was read after the text beside it', () => {
    const record = (title: string, size: number, y: number, labelFirst: boolean): Line[] => {
      const [label, body] = [ocr('<事業の内容〉', 59, y + 23, 12.5), ocr(`${title.slice(3)}に取り組む地方公共団体を支援`, 64, y + 34, 17.3)];
      return [ocr(title, 53, y, size), ...(labelFirst ? [label, body] : [body]), ocr('予算:推進事業1.1億円(元年度0.5億円)', 54, y + 63, 17), ...(labelFirst ? [] : [label])];
    };
    const pages = [
      ocrPage(1, 611, 853, [...record('(1)地域におけるAI・IoTサービスの実装', 20.2, 55, true), ...record('(2)ICT基盤の復旧への支援', 20.2, 272, true)]),
      ocrPage(2, 611, 853, [...record('(1)ICT人材育成・教育基盤の構築', 17.2, 55, false), ...record('(2)情報銀行の活用推進', 20.2, 272, true)]),
    ];
    expect(read(pages).records.map((r) => [r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['地域におけるAI・IoTサービスの実装', [110_000_000, 50_000_000]],
      ['ICT基盤の復旧への支援', [110_000_000, 50_000_000]],
      ['ICT人材育成・教育基盤の構築', [110_000_000, 50_000_000]],
      ['情報銀行の活用推進', [110_000_000, 50_000_000]],
    ]);
  });

  it('finds titles a scan prints in the text\'s own size, though OCR\'s widths make one a little smaller than the text (10.2 pt against 10.5)', () => {
    // A scanned A4 page of two records as OCR read it, each line [text, x0, y0, x1, y1, size]: a title in the body's size over its office and labels.
    const lines: [string, number, number, number, number, number][] = [
      ['地域情報化の推進(本省・地方)', 67, 57, 210, 75, 18], ['総務省地域通信振興課(TEL 03-5253-5756 jinzai.ict@ml.soumu.gojjp)', 227, 75, 541, 90, 14.9], ['分野:デジタル人材の育成・確保', 55, 91, 211, 110, 19.0],
      ['総合戦略の該当箇所:横2-1-(1)-i', 55, 108, 213, 127, 19.0], ['予算額:令和3年度当初一般会計本省:120百万円/地方:30百万円', 55, 124, 360, 143, 19.0], ['特徴・ポイント:・地方公共団体等からの求めに応じて、ICTデータ活用を通じた地域課題解決に精通し', 55, 141, 544, 160, 19.0],
      ['た専門家である「地域情報化アドバイザー」を派遣。', 152, 156, 396, 175, 19.0], ['・自治体CIO等が最先端技術を複合的に活用し、業務の効率化や地域課題の解決に資', 143, 171, 537, 190, 19.0], ['するような研修教材の開発を行う。', 152, 186, 312, 205, 19.2],
      ['・各総合通信局等において、地域固有の実情を反映した地域情報化のための状況調', 143, 201, 528, 220, 19.0], ['査、普及・啓発等を実施。', 152, 216, 270, 235, 19.0], ['目的: IoT、ビッグデータ、AI等は、社会的課題の効率的、効果的な解決手段であり、人口減少・高齢化', 56, 232, 541, 251, 19.0],
      ['の進展及びそれに伴う経済の低迷といった課題が特に山積している地域においては、ICTの利活用', 87, 247, 543, 266, 19.2], ['による社会的課題の解決及び地域活性化が必要。しかしながら、地域情報化の推進に際しては、', 88, 263, 530, 282, 19.0], ['依然として人材不足等の課題があることから、それらの課題を解決する取組を進める。', 87, 277, 488, 296, 19.0],
      ['概要:・ICTに関する専門的な知見やノウハウを有する専門家である「地域情報化アドバイザー」を派遣', 55, 294, 546, 313, 19.0], ['し、和助言等を実施。', 102, 309, 187, 328, 19.0], ['・自治体CIO等が最先端技術(AI、RPA、IoT、5G等)を活用し、業務の効率化や地域課題の解決に', 91, 323, 540, 342, 19.2],
      ['資する教材の開発等を実施。', 100, 338, 228, 357, 19.0], ['・地方総合通信局が管内の地方公共団体等とも連携し、ウィズ・コロナ、ポスト・コロナ社会に', 91, 353, 539, 372, 19.0], ['対応した地域におけるきめ細かなICTの効果的・効率的な利活用を促進。', 100, 368, 434, 387, 19.0],
      ['期待される効果:地域情報化の推進に向けた普及啓発活動や、ICTに関する専門的な人材の派遣育成を', 55, 384, 543, 404, 19.2], ['通じ、社会的課題の解決や地域活性化を実現する。', 139, 400, 373, 419, 19.0], ['デジタル活用環境構築推進事業', 68, 439, 213, 453, 13.4],
      ['総務省情報流通振興課情報活用支援室(TEL 03-5253-5685 digital-katsuyo@ml.soumu.go.jp)', 132, 455, 542, 470, 14.9], ['分野:未来技術の活用に向けた社会ニーズの醸成', 55, 475, 285, 490, 14.4], ['総合戦略の該当箇所:横2-1-(1)-iv', 55, 492, 216, 506, 14.4],
      ['予算額:令和2年度第3次補正一般会計1!140百万円の内数', 56, 508, 331, 522, 14.2], ['特徴・ポイント:・携帯ショップや公民館などで、オンラインサービスの利用方法等を説明(令和3年度', 55, 525, 539, 539, 14.2], ['は全国1000箇所程度を想定)', 153, 540, 286, 554, 14.2],
      ['・教材や動画の作成、「デジタル活用支援員」を育成するための研修を実施', 143, 555, 492, 569, 14.4], ['・事業用webサイトの構築や、地方自治体との連携による周知広報等を実施', 143, 570, 497, 584, 14.4], ['目的:新型コロナウイルス感染症対策の観点から、我が国全体として感染防止につながる新しい生活様', 57, 586, 537, 600, 14.4],
      ['式の早期実現は喫緊の課題である。そのため、国民の誰もがオンラインによる行政手続やサービ', 87, 601, 538, 616, 14.4], ['スを利用できるようにすることが求められる状況であり、デジタル活用支援を全国規模で迅速か', 88, 616, 537, 630, 14.6], ['つ集中的に行う必要がある。よって、高齢者をはじめとした国民のデジタル活用を支援すること', 87, 631, 536, 645, 14.4],
      ['により、「デジタル格差」の解消を図り、誰もがデジタル化の恩恵を受けられる社会を実現する。', 88, 646, 536, 660, 14.2], ['概要:デジタル活用に関する理解やスキルが十分でない高齢者等に対して、オンラインによる行政手', 55, 663, 527, 677, 14.2], ['続・サービスの利用方法等に関する助言・相談等の対応支援を行う事業者に対して助成等を実施', 87, 678, 538, 692, 14.4],
      ['する。', 87, 693, 112, 707, 13.9], ['期待される効果:「誰一人取り残さない、人に優しいデジタル化」に向け、国民がデジタル社会の利便', 56, 709, 537, 723, 14.4], ['性を実感できるよう、「デジタル格差」の解消を図り、誰もがデジタル化の恩恵を受け', 139, 724, 542, 738, 14.6],
      ['られる社会を実現する。', 141, 739, 247, 753, 14.2],
    ];
    const set = read([ocrPage(3, 603, 848, lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 })))]);
    expect(set.records.map((r) => [r.name, r.offices.map((o) => o.name)])).toEqual([
      ['地域情報化の推進(本省・地方)', ['総務省地域通信振興課']],
      ['デジタル活用環境構築推進事業', ['総務省情報流通振興課情報活用支援室']],
    ]);
  });

  it('takes no paragraph for a title: a 概要 set beside its label, under a name in a 施策 head cell, is the record\'s text', () => {
    // Two pages of a 重点施策 printed with a 施策 head cell over each name and the 概要 beside its label, each line [text, x0, y0, x1, y1, size].
    const pages: [string, number, number, number, number, number][][] = [
      [
        ['施策', 287.6, 58.7, 307.6, 68.7, 10], ['公民連携による遊休公共施設等の活用推進', 44.7, 77.8, 244.2, 88.3, 10.5],
        ['概要', 69.7, 117.2, 89.7, 127.2, 10], ['地域経済の活性化や地域課題の解決に向け、公民連携による遊休公共施設等の一層の有効活用', 124.0, 103.0, 543.9, 113.0, 10],
        ['を図るため、民間(企業、NPO等)と連携組織を立ち上げて遊休公共施設等の情報収集・公開', 124.0, 117.2, 545.6, 127.2, 10], ['や活用可能性調査等を実施する地方公共団体を支援', 124.0, 131.4, 353.9, 141.4, 10],
        ['予算', 287.6, 156.2, 307.6, 166.2, 10], ['公民連携による遊休公共施設等活用推進事業 1.0億円【新規】', 44.7, 175.7, 322.5, 185.7, 10],
        ['施策', 287.6, 216.2, 307.6, 226.2, 10], ['ローカル5Gの周波数帯拡充に向けた制度整備', 44.7, 235.3, 258.7, 245.8, 10.5],
        ['概要', 69.7, 282.2, 89.7, 292.2, 10], ['ローカル5Gは、28.2〜28.3GHzの100MHz幅について、2019年12月に制度整備を予定してい', 124.0, 261.2, 548.5, 271.2, 10],
        ['る。さらなる利活用を推し進めるべく、使用する周波数帯を4.6〜4.8GHz及び28.3〜29.1GHz', 124.0, 275.4, 546.9, 285.4, 10], ['に拡充するため、情報通信審議会において技術的条件の検討を行い、2020年中に制度化を行', 124.0, 288.9, 539.1, 298.9, 10],
        ['う。', 124.0, 303.2, 144.0, 313.2, 10], ['総務省', 39.7, 811.5, 65.2, 820.0, 8.5],
        ['2 / 4', 287.3, 815.6, 308.0, 824.6, 9],
      ],
      [
        ['施策', 287.6, 58.7, 307.6, 68.7, 10], ['放送コンテンツの海外展開', 44.7, 77.8, 170.7, 88.3, 10.5],
        ['概要', 69.7, 124.7, 89.7, 134.7, 10], ['・放送局等と自治体、地場産業、観光業等の関係者が幅広く協力して、我が国の魅力を紹介す', 124.0, 103.0, 545.9, 113.0, 10],
        ['る放送コンテンツを海外と共同制作し、海外発信等する取組を支援', 136.0, 117.2, 435.9, 127.2, 10], ['・放送コンテンツの高い発信力を活用して、地域への外国人観光客の増加、地場産品や農産品', 124.0, 131.4, 545.9, 141.4, 10],
        ['の販路拡大、対日理解の向上に寄与し、地域活性化と我が国産業の国際競争力強化に貢献', 136.0, 145.7, 535.9, 155.7, 10], ['2020年度までに放送コンテンツ関連海外売上高を500億円に増加させることを目標(成長戦略フォローアップ', 44.7, 165.2, 538.6, 175.2, 10],
        ['(令和元年6月21日閣議決定))', 44.7, 179.4, 188.5, 189.4, 10], ['予算', 287.6, 204.2, 307.6, 214.2, 10],
        ['放送コンテンツの海外展開強化事業等 24.0億円(元年度 2.0億円 平成30年度補正 14.5億円)', 44.7, 223.7, 466.2, 233.7, 10], ['施策', 287.6, 264.2, 307.6, 274.2, 10],
        ['テレワーク・サテライトオフィスの推進', 44.7, 283.3, 233.7, 293.8, 10.5], ['概要', 69.7, 322.7, 89.7, 332.7, 10],
        ['ICTを利用し、時間や場所を有効に活用できる柔軟な働き方である「テレワーク」の全国的な普', 124.0, 308.4, 550, 318.4, 10], ['及展開を更に推進するとともに、地域のサテライトオフィス環境等の活性化により都市部から', 124.0, 322.7, 543.9, 332.7, 10],
        ['地域への人の流れを促進し、働き方改革を加速', 124.0, 336.9, 333.9, 346.9, 10], ['◆ 主な取組', 39.7, 358.7, 92.4, 368.7, 10],
        ['・地域や中小企業におけるテレワーク導入促進に向けて関係団体等と連携し「テレワークサポートデスク(仮称)」', 48.2, 373.7, 556.6, 383.7, 10], ['による普及展開', 60.2, 387.9, 130.2, 397.9, 10],
        ['・「テレワーク・デイズ」の実施による全国的な働き方改革の推進や2020年東京オリンピック・パラリンピック', 48.2, 402.2, 555.2, 412.2, 10], ['競技大会の交通混雑緩和に向けた集中的テレワーク実施の呼び掛け', 60.2, 416.4, 360.1, 426.4, 10],
        ['・専門家派遣、先進事例収集・表彰等を通じた普及啓発活動等', 48.2, 430.7, 330.1, 440.7, 10], ['・先駆的なテレワーク・サテライトオフィスのモデル構築のための調査研究', 48.2, 444.9, 390.1, 454.9, 10],
        ['・地域課題解決に資するテレワーク環境実現のためのサテライトオフィス整備等への支援', 48.2, 459.2, 450.0, 469.2, 10], ['予算', 287.6, 476.4, 307.6, 486.4, 10],
        ['テレワーク普及展開推進事業 4億円(元年度 1.8億円)', 44.7, 495.9, 291.5, 505.9, 10], ['※サテライトオフィス環境整備については「地域IoT実装・共同利用総合支援施策」 9.7億円の内数(元年度 3.5', 44.7, 510.2, 545.3, 520.2, 10],
        ['億円の内数)', 44.7, 524.5, 104.7, 534.5, 10], ['地方公務員の働き方改革・女性活躍の推進に向けた戦略的広報・情報発信 0.2億円(元年度 0.2億円)', 44.7, 538.0, 500.4, 548.0, 10],
        ['総務省', 39.7, 811.5, 65.2, 820.0, 8.5], ['3 / 4', 287.3, 815.6, 308.0, 824.6, 9],
      ],
    ];
    const set = read(pages.map((lines, k) => ({ page: { number: k + 2, width: 595, height: 842, method: 'text', method_reason: null, lines: lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size })) }, rules: [] })));
    expect(set.records.map((r) => r.name)).toEqual(['公民連携による遊休公共施設等の活用推進', 'ローカル5Gの周波数帯拡充に向けた制度整備', '放送コンテンツの海外展開', 'テレワーク・サテライトオフィスの推進']);
  });

  it('reads a budget label OCR ran into its figure (「予算額42.5億円」) as the label, its bare figure the supplementary budget the cover names', () => {
    // A cover and two PR pages of a scan as OCR read them, each line [text, x0, y0, x1, y1, size].
    const pages: [string, number, number, number, number, number][][] = [
      [
        ['令和5年度補正予算', 204, 281, 408, 312, 30.7], ['事業PR資料', 244, 316, 368, 346, 29.5], ['令和5年11月29日', 250, 564, 359, 582, 17.8],
        ['経済産業省', 240, 649, 361, 672, 23.8],
      ],
      [
        ['経済産業沖', 55, 33, 97, 50, 16.8], ['施策名', 74, 66, 104, 80, 14.2], ['地域中核企業成長投資促進事業', 128, 65, 308, 82, 17.5],
        ['予算額42.5億円', 65, 93, 144, 107, 13.7], ['目的・概要', 66, 141, 114, 155, 13.9], ['〇地域経済を牽引する中核企業が、設備の更新や新製品の量産体制の構築に踏み出せるよ', 128, 119, 528, 133, 13.9],
        ['う、投資の初期負担を軽減します。', 142, 134, 292, 148, 13.7], ['〇あわせて、地域の金融機関や支援機関と連携し、投資計画の策定から販路開拓までを一体', 128, 148, 539, 162, 13.9], ['的に支援します。', 140, 162, 213, 176, 13.7],
        ['成果目標', 69, 190, 108, 199, 9.1], ['本事業の支援先の付加価値額を、事業終了後3年以内に平均15%以上増加させることを目指', 128, 182, 533, 195, 13.7], ['します。', 130, 197, 160, 206, 9.1],
        ['事業スキー', 64, 215, 114, 229, 14.2], ['ム', 85, 231, 93, 238, 7.0], ['国(補助)つ民間事業者等', 128, 215, 263, 229, 14.2],
        ['補助対象', 69, 249, 108, 263, 14.2], ['地域未来投資促進法の承認を受けた中堅・中小企業', 128, 248, 357, 263, 14.2], ['補助率', 74, 268, 105, 282, 14.2],
        ['172 (小規模事業者は2/3)', 129, 268, 246, 282, 13.7], ['事業期間', 70, 288, 108, 298, 9.1], ['令和5年度〜令和7年度', 128, 288, 229, 301, 13.9],
        ['担当', 63, 316, 79, 324, 7.9], ['地域経済産業グルーブプ地域企業高度化推進課(03-3580-0101)', 63, 327, 316, 340, 12.5], ['2 7 10', 523, 815, 548, 823, 7.9],
      ],
      [
        ['経済産業各', 59, 34, 100, 51, 17.0], ['施策名', 78, 67, 107, 81, 14.2], ['事業承継・引継ぎ円滑化支援事業', 132, 66, 325, 84, 17.5],
        ['予算額25.6億円', 68, 95, 147, 108, 13.4], ['目的・概要', 69, 128, 118, 142, 13.9], ['後継者不在の中小企業が、親族内承継や第三者への引継ぎを円滑に進められるよう、専門家', 132, 121, 541, 135, 13.7],
        ['の活用や承継後の経営革新にかかる経費を補助します。', 132, 136, 374, 150, 13.9], ['成果目標', 73, 163, 112, 172, 8.9], ['〇事業承継・引継ぎの成約件数を年間2.000件以上とすることを目指します。', 132, 155, 473, 169, 13.9],
        ['〇承継後5年以内の廃業率を10%未満に抑えます。', 132, 169, 352, 183, 13.9], ['事業スキー', 68, 188, 117, 202, 13.9], ['ム', 88, 205, 96, 212, 6.7],
        ['国つ(定額補助)事務局(補助)つつ中小企業等', 132, 189, 372, 203, 13.9], ['補助対象', 73, 222, 111, 236, 14.2], ['事業承継を行う中小企業・小規模事業者', 132, 222, 310, 236, 13.9],
        ['補助率', 78, 241, 107, 255, 13.9], ['事業期間', 73, 262, 111, 271, 9.1], ['令和5年度〜令和8年度', 132, 261, 232, 275, 13.7],
        ['担当', 66, 289, 82, 297, 8.2], ['中小企業庁事業環境部財務課(03-3580-0322)', 67, 300, 258, 313, 12.7], ['3 / 10', 525, 817, 550, 825, 7.9],
      ],
    ];
    const set = read(pages.map((lines, k) => ocrPage(k + 1, 595, 842, lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 })))));
    expect(set.records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['地域中核企業成長投資促進事業', [[2023, 'supplementary', 4_250_000_000]]],
      ['事業承継・引継ぎ円滑化支援事業', [[2023, 'supplementary', 2_560_000_000]]],
    ]);
  });

  it("reads a PR slide's figure caption, beside the text and read tall by OCR, as no title though the record's last labels are read after it", () => {
    // Three scanned slides as OCR read them, each line [text, x0, y0, x1, y1, size]; the third has 「[教育機関連携」 beside its text.
    const slides: [string, number, number, number, number, number][][] = [
      [['。地域経済の底上げと中小企業の生産性向上', 753, 4, 920, 22, 18.5], ['地域中核企業成長投資促進事業', 50, 40, 328, 66, 25.9], ['地域経済産業グループ地域企業高度化推進課(TEL:03-3580-0101)', 650, 70, 923, 83, 12.7], ['令和5年度補正予算案額42.5億円', 47, 92, 312, 114, 22.1], ['【事業の目的・概要)】', 44, 121, 134, 141, 19.4], ['・地域経済を牽引する中核企業が、設備の更新や新製品の量産体制の構築に踏み出せるよう、投資の初期負担リークン', 49, 136, 620, 157, 21.4], ['(設備投資) 1 (量産体制の構築)区(販路開拓)', 562, 151, 792, 172, 20.9], ['~', 614, 137, 621, 140, 2.4], ['を軽減します。', 59, 157, 121, 170, 12.5], ['・あわせて、地域の金融機関や支援機関と連携し、投資計画の策定から販路開拓までを一体的に支援します。', 49, 167, 530, 186, 19.4], ['(成果目標】', 44, 184, 92, 203, 19.4], ['本事業の支援先の付加価値額を、事業終了後3年以内に平均15%以上増加させることを目指します。', 46, 200, 485, 219, 19.4], ['【事業スキーム】', 44, 217, 113, 236, 19.4], ['国つ(補助)一民間事業者等', 46, 234, 180, 253, 19.4], ['【補助対象', 44, 258, 92, 267, 9.4], ['地域未来投資促進法の承認を受けた中堅・中小企業', 46, 273, 274, 286, 13.0], ['【補助率】', 44, 291, 82, 301, 9.4], ['1/2 (小規模事業者は2/3)', 46, 302, 163, 322, 19.4], ['【事業期間)', 44, 319, 93, 339, 19.4], ['信和5年度～令和7年度', 46, 341, 147, 354, 13.0]],
      [['1 .地域経済の底上げと中小企業の生産性向上', 747, 11, 921, 23, 11.8], ['事業承継・引継ぎ円滑化支援事業', 38, 35, 349, 69, 34.1], ['中小企業庁事業環境部財務課(TEL:03-3580-0322)', 713, 73, 924, 86, 12.5], ['令和5年度補正予算案額25.6億円', 49, 95, 313, 117, 22.1], ['【事業の目的・概要】', 46, 130, 136, 144, 14.2], ['後継者不在の中小企業が、親族内承継や第三者への引継ぎを円滑に進められるよう、専門家の活用や承継後の', 47, 147, 536, 161, 13.9], ['下キイメーシ', 564, 140, 622, 149, 8.9], ['経営革新にかかる経費を補助します。(専門家活用】 < (経営革新】 < (veA )', 48, 153, 761, 177, 24.2], ['【成果目標】', 46, 179, 94, 188, 9.4], ['・事業承継・引継ぎの成約件数を年間2.000件以上とすることを目指します。', 51, 195, 390, 208, 13.4], ['・承継後5年以内の廃業率を10%未満に抑えます。', 51, 209, 269, 223, 13.9], ['【事業スキーム)】', 46, 226, 115, 240, 13.7], ['国ご(定額補助)ご事務局つ(補助)ご中小企業等', 48, 243, 288, 257, 14.2], ['【補助対象】', 46, 260, 94, 275, 14.2], ['事業承継を行う中小企業・小規模事業者', 47, 276, 226, 290, 13.9], ['【補助率】', 46, 295, 83, 305, 9.4], ['【事業期間】', 46, 328, 94, 342, 14.2], ['令和5年度～令和8年度', 48, 345, 148, 359, 14.2]],
      [['1 .地域経済の底上げと中小企業の生産性向上', 747, 5, 921, 22, 16.8], ['中小企業デジタル人材育成加速化事業', 53, 41, 389, 67, 25.4], ['商務情報政策局情報技術利用促進課(TEL:03-3580-0548)', 687, 72, 924, 85, 12.7], ['令和5年度補正予算案額12.8億円', 48, 93, 313, 115, 21.4], ['【事業の目的・概要】', 45, 128, 135, 142, 14.4], ['中小企業の従業員が、業務のデジタル化に必要な知識と技能を身につけられるよう、地域の教育機関と連携しリーリッご', 47, 138, 622, 159, 21.4], ['た実践的な講座を全国で実施します。', 47, 154, 209, 173, 18.7], ['【成果目標)', 45, 172, 94, 190, 18.7], ['講座の修了者を3年間で延べ3万人とすることを目指します。', 47, 188, 312, 207, 18.7], ['【事業スキーム】', 45, 205, 114, 224, 18.7], ['国つ(委託)っ民間事業者等', 47, 222, 181, 241, 18.7], ['【補助対象)', 45, 240, 94, 259, 18.7], ['民間事業者等(委託先)', 47, 256, 150, 275, 18.7], ['[教育機関連携', 638, 153, 710, 174, 20.6], ['[', 731, 153, 736, 174, 20.6], ['デジタル化', 744, 160, 784, 168, 8.2], ['【補助率)', 45, 279, 83, 288, 9.4], ['委託', 47, 296, 65, 305, 8.9], ['【事業期間】', 45, 307, 94, 326, 18.7], ['令和5年度～令和7年度', 47, 329, 148, 342, 13.9]],

    ];
    const set = read(slides.map((lines, k) => ocrPage(k + 1, 967, 552, lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 })))));
    expect(set.records.map((r) => [r.name, r.sections['補助率'], r.sections['事業期間']])).toEqual([
      ['地域中核企業成長投資促進事業', '1/2 (小規模事業者は2/3)', '信和5年度〜令和7年度'],
      ['事業承継・引継ぎ円滑化支援事業', undefined, '令和5年度〜令和8年度'],
      ['中小企業デジタル人材育成加速化事業', '委託', '令和5年度〜令和7年度'],
    ]);
  });

  it('takes a numbered title OCR read no taller than the text when its office line stands right under it', () => {
    const record = (title: string, size: number, office: string, y: number): Line[] => [
      ocr(title, 52, y, size), ocr(office, 430, y + 21, 12), ocr('施策分類: ①予算', 52, y + 37, 12.5),
      ocr('予算:令和5年度予算(案) : 500百万円', 52, y + 64, 12.7), ocr('<目的>', 57, y + 82, 13.2), ocr(`${title.slice(2)}を推進する。`, 60, y + 98, 12.5),
    ];
    const header = ocr('①デジタル実装による地方の社会課題解決・魅力向上', 52, 39, 12);
    const pages = [
      ocrPage(1, 607, 851, [header, ...record('1.ふるさと納税の活用促進', 13.7, '自治税務局市町村税課', 61), ...record('2.医療・介護・健康データ利活用基盤高度化事業', 19.2, '情報流通行政局デジタル経済推進室', 259)]),
      ocrPage(2, 607, 851, [header, ...record('3.過疎地域持続的発展支援交付金', 19.2, '自治行政局過疎対策室', 61), ...record('4.地域課題解決のためのスマートシティ推進事業', 19.2, '情報流通行政局地域通信振興課', 259)]),
    ];
    expect(read(pages).records.map((r) => [r.number, r.name, r.offices.map((o) => o.name)])).toEqual([
      ['1', 'ふるさと納税の活用促進', ['自治税務局市町村税課']],
      ['2', '医療・介護・健康データ利活用基盤高度化事業', ['情報流通行政局デジタル経済推進室']],
      ['3', '過疎地域持続的発展支援交付金', ['自治行政局過疎対策室']],
      ['4', '地域課題解決のためのスマートシティ推進事業', ['情報流通行政局地域通信振興課']],
    ]);
  });

  it("starts a record at a page's block whose title OCR read too small, under the 施策 cell over every title, not at the figures under the title", () => {
    const page = (number: number, name: string, size: number, figures: string): PageLayout =>
      ocrPage(number, 850, 606, [
        ocr('総務省重点施策2020', 44, 24, 12), ocr('施策', 415, 50, 9.1), ocr(name, 49, 69, size), ocr(figures, 49, 115, 13.9),
        ocr('概要', 415, 141, 9.1), ocr(`${name}に取り組む地方公共団体を支援する`, 49, 159, 13.9),
      ]);
    const set = read([
      page(1, '都市部企業と連携したIT人材育成の推進', 15.8, 'IT人材育成事業1.2億円【新規】'),
      page(2, '集落ネットワーク圏の推進', 15.4, '集落ネットワーク圏形成支援事業5.0億円(元年度4.0億円)'),
      page(3, 'マイナンバー制度における情報連携の円滑な実施', 15.6, '番号制度システム整備費補助金65.3億円(元年度46.1億円)'),
      page(4, 'モバイル決済データの活用推進', 16.3, 'モバイル決済モデル推進事業6.0億円【新規】'),
    ]);
    expect(set.records.map((r) => [r.name, r.source.pages, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['都市部企業と連携したIT人材育成の推進', [1], [120_000_000]],
      ['集落ネットワーク圏の推進', [2], [500_000_000, 400_000_000]],
      ['マイナンバー制度における情報連携の円滑な実施', [3], [6_530_000_000, 4_610_000_000]],
      ['モバイル決済データの活用推進', [4], [600_000_000]],
    ]);
  });

  it("starts a record at a page's block whose name OCR read before its 施策名 cell, under a running header it misread (「総務衝」)", () => {
    const page = (number: number, header: string, name: string, nameFirst: boolean, amount: string): PageLayout => {
      const [cell, title] = [ocr('施策名', 60, 58, 14.6), ocr(name, 113, 56, 19.5)];
      return ocrPage(number, 850, 606, [
        ocr(header, 44, 30, 7.4), ...(nameFirst ? [title, ocr('分野:デジタル人材の育成・確保', 45, 80, 14.6), cell] : [cell, title, ocr('分野:デジタル人材の育成・確保', 45, 83, 14.6)]),
        ocr(`予算額:令和3年度当初一般会計${amount}`, 45, 100, 14.6), ocr('特徴・ポイント', 154, 119, 14.4), ocr(`・${name}を実施`, 53, 139, 13.9),
        ocr('問い合わせ先', 52, 332, 11.8), ocr(`総務省地域通信振興課(03-5253-575${number})`, 52, 343, 14.2),
      ]);
    };
    const set = read([
      page(1, '総務省', 'インターネットトラヒック流通効率化等促進事業', false, '1,000百万円'),
      page(2, '総務衝', '地域情報化の推進(本省・地方)', true, '120百万円'),
      page(3, '総務和省', 'モバイル決済モデル推進事業', false, '60百万円'),
    ]);
    expect(set.records.map((r) => [r.name, r.source.pages, r.budget.map((b) => b.amount_jpy), r.offices.map((o) => o.phones)])).toEqual([
      ['インターネットトラヒック流通効率化等促進事業', [1], [1_000_000_000], [['03-5253-5751']]],
      ['地域情報化の推進(本省・地方)', [2], [120_000_000], [['03-5253-5752']]],
      ['モバイル決済モデル推進事業', [3], [60_000_000], [['03-5253-5753']]],
    ]);
  });

  it("keeps a record whose title OCR read where the next pages print a small label it misread (「し,概要」), and reads 「し!目的」 as that label", () => {
    const header = [ocr('①デジタル実装による地方の社会課題解決・魅力向上', 48, 27, 12), ocr('総務省', 780, 27, 12)];
    const page = (number: number, lines: Line[]): PageLayout => ({ page: { number, width: 851, height: 608, method: 'ocr', method_reason: null, lines: [...header, ...lines] }, rules: [] });
    const record = (y: number, title: string, size: number, office: string, purpose: string): Line[] => [
      ocr(title, size < 14 ? 60 : 47, y, size), ocr(`担当:${office}`, 48, y + 22, 13.7), ocr('施策の類型: ①予算', 48, y + 37, 13.7), ocr('し!目的', 48, y + 55, 8.9), ocr(purpose, 56, y + 70, 13.9),
    ];
    const set = read([
      page(1, record(51, '①ふるさと納税の活用促進', 13.2, '自治税務局市町村税課', '地方団体に感謝し、応援する気持ちを伝える。')),
      page(2, [ocr('し,概要', 48, 53, 9.4), ocr('寄附金控除の仕組みを活用する。', 55, 68, 13.9), ...record(180, '②地域おこし協力隊', 18.5, '自治行政局地域自立応援課', '地域力の維持・強化を図る。')]),
      page(3, [ocr('「,概要', 48, 54, 9.4), ocr('地方への新たな人の流れを創出する。', 56, 69, 13.9), ...record(103, '③ICT基盤高度化事業', 17.8, '情報流通行政局デジタル経済推進室', 'ICTの実装を促す。')]),
    ]);
    expect(set.records.map((r) => [r.number, r.name, r.sections['目的'], r.sections['概要'] ?? null])).toEqual([
      ['①', 'ふるさと納税の活用促進', '地方団体に感謝し、応援する気持ちを伝える。', '寄附金控除の仕組みを活用する。'],
      ['②', '地域おこし協力隊', '地域力の維持・強化を図る。', '地方への新たな人の流れを創出する。'],
      ['③', 'ICT基盤高度化事業', 'ICTの実装を促す。', null],
    ]);
  });

  it("starts a record at the line over a page's header row of labels when OCR read that title smaller than the text (and its ◆ as 「…」)", () => {
    const slide = (page: number, title: string, size: number, office: string, purpose: string): PageLayout => ({
      page: { number: page, width: 968, height: 555, method: 'ocr', method_reason: null, lines: [
        ocr(title, 44, 47, size), ocr('担当部局課室', 190, 71, 14.6), ocr('施策区分', 404, 71, 14.4), ocr('予算額', 816, 71, 14.4),
        ocr(office, 49, 91, 14.4), ocr('①予算', 402, 92, 9.8), ocr('令和5年度予算(案) : 52百万円', 742, 91, 14.9),
        ocr('目的', 72, 204, 9.4), ocr(purpose, 127, 196, 14.2), ocr('地域の活性化を実現する取組を進める。', 123, 211, 14.4),
      ] },
      rules: [],
    });
    const set = read([
      slide(1, '放送コンテンツによる地域情報発信力強化事業', 17.5, '情報流通行政局放送コンテンツ海外流通推進室', '日本各地の魅力を海外へ発信する。'),
      slide(2, '移住・交流情報ガーデン', 21.1, '自治行政局地域自立応援課', '地方への新しい人の流れをつくる。'),
      slide(3, '…ICT基盤高度化事業', 12.7, '情報流通行政局デジタル経済推進室', 'ICTの実装を促す。'),
    ]);
    expect(set.records.map((r) => [r.name, r.offices.map((o) => o.name), r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['放送コンテンツによる地域情報発信力強化事業', ['情報流通行政局放送コンテンツ海外流通推進室'], [52_000_000]],
      ['移住・交流情報ガーデン', ['自治行政局地域自立応援課'], [52_000_000]],
      ['ICT基盤高度化事業', ['情報流通行政局デジタル経済推進室'], [52_000_000]],
    ]);
  });

  it("keeps a title's name apart from the 「補正予算額: 6.2億円」 line under it that OCR read as tall as the title", () => {
    const sheet = (page: number, name: string, amount: string, tall: number): PageLayout => ({
      page: { number: page, width: 606, height: 850, method: 'ocr', method_reason: null, lines: [
        ocr(name, 43, 50, 18.7), ocr(`補正予算額: ${amount}`, 43, 70, tall), ocr('事業の目的・概要', 49, 98, 12.5), ocr(`${name}を支援します。`, 122, 98, 12.5), ocr('所管', 53, 300, 11.5), ocr('中小企業庁商業振興室', 54, 312, 11.5),
      ] },
      rules: [],
    });
    const set = read([sheet(1, '商店街にぎわい再生緊急支援事業', '18.0億円', 12.7), sheet(2, '事業承継・引継ぎ円滑化支援事業', '25.6億円', 12.7), sheet(3, '伝統的工芸品産地基盤強化事業', '6.2億円', 19.2)]);
    expect(set.records.map((r) => r.name)).toEqual(['商店街にぎわい再生緊急支援事業', '事業承継・引継ぎ円滑化支援事業', '伝統的工芸品産地基盤強化事業']);
  });

  it("reads the figures' own line of a scan whose budget label OCR lost as the record's budget, flagged, and leaves the same line of a text layer in its section", () => {
    const cells = (page: number, name: string, figures: string, confidence?: number): PageLayout => {
      const at = (text: string, x: number, y: number, size: number): Line => ({ ...line(text, x, y, size), ...(confidence === undefined ? {} : { confidence }) });
      return { page: { number: page, width: 853, height: 611, method: confidence === undefined ? 'text' : 'ocr', method_reason: null, lines: [
        at('施策名', 62, 57, 14), at(name, 111, 55, 17), at('概要', 67, 91, 9), at(`${name}を支援する。`, 111, 84, 13.7), at(figures, 111, 122, 13.9),
      ] }, rules: [] };
    };
    const pages = (confidence?: number): PageLayout[] => [
      layout(1, [line('令和2年度概算要求 総務省重点施策', 200, 250, 28)]),
      cells(2, '遊休公共施設等の活用推進', '遊休公共施設等活用推進事業1.0億円【新規】', confidence),
      cells(3, '光ファイバの整備', '高度無線環境整備推進事業64.8億円(元年度52.5億円)', confidence),
      cells(4, '携帯電話の基地局整備', '携帯電話等エリア整備事業35.6億円(元年度31.6億円)', confidence),
    ];
    const scanned = read(pages(92));
    expect(scanned.records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.amount_jpy]), r.sections['概要']])).toEqual([
      ['遊休公共施設等の活用推進', [[2020, 100_000_000]], '遊休公共施設等の活用推進を支援する。'],
      ['光ファイバの整備', [[2020, 6_480_000_000], [2019, 5_250_000_000]], '光ファイバの整備を支援する。'],
      ['携帯電話の基地局整備', [[2020, 3_560_000_000], [2019, 3_160_000_000]], '携帯電話の基地局整備を支援する。'],
    ]);
    expect(scanned.issues.filter((issue) => issue.type === 'budget-unlabelled').map((issue) => issue.record)).toEqual(['遊休公共施設等の活用推進', '光ファイバの整備', '携帯電話の基地局整備']);
    const printed = read(pages());
    expect(printed.records.map((r) => r.budget.length)).toEqual([0, 0, 0]);
    expect(printed.records[1]?.sections['概要']).toContain('64.8億円');
  });

  it('reads 「令和3年度予算額：令和2年度3次補正一般会計1,100百万円」 and the line under it as figures that name their own year, not the label\'s', () => {
    const cover = layout(1, [line('未来技術関連施策集（令和3年度）', 200, 250, 28)]);
    const pages = ['ケーブルテレビ光化事業', 'モバイル決済モデル推進事業', '地域ICTクラブの普及促進'].map((name, k) =>
      layout(k + 2, [
        line(`施策名：${name}`, 40, 60, 12), line('分野：地域における情報通信基盤等の環境整備', 40, 90, 9.5),
        line('令和3年度予算額：令和2年度3次補正一般会計1,100百万円', 40, 105, 9.5), line('令和3年度当初一般会計1,100百万円', 121, 119, 9.5),
        line('＜目的＞', 40, 140, 10), line(`${name}を進める。`, 48, 156, 9.5),
      ]),
    );
    expect(read([cover, ...pages]).records.map((r) => r.budget.map((b) => [b.fiscal_year, b.stage, b.supplementary_no, b.amount_jpy]))).toEqual(
      Array(3).fill([[2020, 'supplementary', 3, 1_100_000_000], [2021, 'initial', null, 1_100_000_000]]),
    );
  });

  it('keeps a 「令 和 5 年 度 補 正 予 算 額」 header printed at one place of every page as the label of the figure under it, not a running header', () => {
    const sheet = (page: number, name: string, amount: string): PageLayout =>
      ({ page: { number: page, width: 595, height: 842, method: 'text', method_reason: null, lines: [
        line('令和5年度補正予算 事業PR資料', 40, 38, 8.5), line(`(${page}) ${name}`, 52, 61, 16), line('令 和 5 年 度 補 正 予 算 額', 205, 107, 10), line(amount, 45, 126, 10),
        line('事業目的・概要', 45, 150, 10), line(`${name}を補助します。`, 116, 150, 10),
      ] }, rules: [] });
    const set = read([sheet(1, '事業承継・引継ぎ円滑化支援事業', '25.6億円'), sheet(2, '伝統的工芸品産地基盤強化事業', '6.2億円'), sheet(3, '商店街にぎわい再生緊急支援事業', '18.0億円'), sheet(4, '地域中核企業成長投資促進事業', '42.5億円')]);
    expect(set.records.map((r) => r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy]))).toEqual([
      [[2023, 'supplementary', 2_560_000_000]], [[2023, 'supplementary', 620_000_000]], [[2023, 'supplementary', 1_800_000_000]], [[2023, 'supplementary', 4_250_000_000]],
    ]);
  });

  it('takes a number path before a title for the record number, and ends a record at a divider page', () => {
    const record = (page: number, path: string, name: string): PageLayout =>
      layout(page, [line(`${path} ${name}`, 40, 60, 16), line('概要', 40, 100), line(`${name}の概要。`, 120, 100), line('予算', 40, 130), line('1.2億円', 120, 130)]);
    const pages = [record(1, '2-①-(1)', '地域経済の活性化'), layout(2, [line('3 ICTインフラ整備', 200, 250, 28)]), record(3, '3-①-(1)', '光ファイバの整備'), record(4, '3-①-(2)', '基地局の整備')];
    const set = read(pages);
    expect(set.records.map((r) => [r.number, r.name, r.source.pages])).toEqual([
      ['2-①-(1)', '地域経済の活性化', [1]],
      ['3-①-(1)', '光ファイバの整備', [3]],
      ['3-①-(2)', '基地局の整備', [4]],
    ]);
    // A circled number OCR read twice (③ as 「⑨③」) is still the path's, not the start of the name.
    const misread = read([record(1, '3-①-(1)', '光ファイバの整備'), record(2, '3-⑨③-(1)', 'マイナンバーカードの普及')]);
    expect(misread.records.map((r) => [r.number, r.name])).toEqual([['3-①-(1)', '光ファイバの整備'], ['3-⑨③-(1)', 'マイナンバーカードの普及']]);
  });

  it('leaves an index page at the back, listing the records\' names with their pages, out of the last record', () => {
    const names = ['地域経済の活性化', '光ファイバの整備', '基地局の整備'];
    const record = (page: number, name: string): PageLayout =>
      layout(page, [line(name, 40, 60, 16), line('概要', 40, 100), line(`${name}の概要。`, 120, 100), line('予算', 40, 130), line('1.2億円', 120, 130)]);
    const index = layout(4, [line('施策名索引', 253, 61, 18), ...[...names].reverse().flatMap((name, k) => [line(name, 74, 107 + 15 * k), line(String(3 - k), 538, 107 + 15 * k)])]);
    const set = read([...names.map((name, k) => record(k + 1, name)), index]);
    expect(set.records.map((r) => [r.name, r.source.pages, r.sections['概要']])).toEqual(names.map((name, k) => [name, [k + 1], `${name}の概要。`]));
  });

  it('drops a chapter tab printed small at the foot of every page from the records it runs under', () => {
    const pages = ['光ファイバ整備事業', '地域おこし協力隊', 'テレワーク推進事業', '統計局の移転'].map((name, k) =>
      layout(k + 1, [
        line(`施策名：${name}`, 40, 60, 14),
        line('目的', 40, 100), line(`${name}を進める。`, 120, 100),
        line('概要', 40, 130), line(`${name}の概要。`, 120, 130),
        line(k < 2 ? '情報通信基盤の整備' : '地域の活性化', 700, 560, 8),
      ]),
    );
    expect(read(pages).records.map((r) => r.sections['概要'])).toEqual(['光ファイバ整備事業の概要。', '地域おこし協力隊の概要。', 'テレワーク推進事業の概要。', '統計局の移転の概要。']);
  });

  it('reads a budget figure whose の内数 wrapped onto a line of its own as part of that figure, after の or after の内', () => {
    const pages = ['光ファイバ整備事業', '地域おこし協力隊', 'テレワーク推進事業'].map((name, k) =>
      layout(k + 1, [
        line(`施策名：${name}`, 40, 60, 14),
        line('予算額', 40, 100),
        ...(k === 2 ? [line('令和3年度当初一般会計 11,433百万円の内', 120, 100), line('数', 290, 114)] : [line('令和3年度当初一般会計 11,433百万円の', 120, 100), line('内数', 120, 114)]),
        line('目的', 40, 140), line(`${name}を進める。`, 120, 140),
      ]),
    );
    expect(read(pages).records.map((r) => r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy, b.part_of]))).toEqual(
      Array.from({ length: 3 }, () => [[2021, 'initial', 11_433_000_000, true]]),
    );
  });
  it('reads amounts wrapped in a narrow budget cell (「…205百」 over 「万円」, 「…255百万」 over 「円」) as whole figures', () => {
    const pages = ['テレワーク普及展開推進事業', '地域おこし協力隊', '光ファイバ整備事業'].map((name, k) =>
      layout(k + 1, [
        line(`施策名：${name}`, 40, 60, 14),
        line('予算', 40, 100), line('令和5年度予算(案)：255百万', 120, 100), line('円', 120, 113), line('令和4年度第二次補正：205百', 120, 127), line('万円', 120, 140), line('令和4年度予算：261百万円', 120, 154),
        line('目的', 40, 180), line(`${name}を進める。`, 120, 180),
      ]),
    );
    expect(read(pages).records.map((r) => r.budget.map((b) => [b.fiscal_year, b.stage, b.supplementary_no, b.amount_jpy]))).toEqual(
      Array.from({ length: 3 }, () => [[2023, 'draft', null, 255_000_000], [2022, 'supplementary', 2, 205_000_000], [2022, 'initial', null, 261_000_000]]),
    );
  });
  it('takes a title set in the text size only when it stands alone on its row, not a label the vocabulary lacks with its value beside it', () => {
    const record = (page: number, name: string): PageLayout =>
      layout(page, [
        line(name, 40, 60), line('自治行政局地域政策課（電話：03-5253-5111）', 300, 78),
        line('分野', 40, 100), line('地域の活性化', 120, 100),
        line('関連のKPI', 40, 130), line('移住者数', 120, 130),
        line('予算額', 40, 160), line('1.2億円', 120, 160),
        line('概要', 40, 200), line(`${name}の概要。`, 40, 215),
      ]);
    const cover = layout(1, [line('令和6年度 施策集', 200, 250, 28)]);
    const set = read([cover, record(2, '光ファイバ整備事業'), record(3, '地域おこし協力隊'), record(4, 'テレワーク推進事業')]);
    // The label no vocabulary has keeps its value under its own name, and the value above it stays whole.
    expect(set.records.map((r) => [r.name, r.field, r.sections['関連のKPI'], r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['光ファイバ整備事業', '地域の活性化', '移住者数', [120_000_000]],
      ['地域おこし協力隊', '地域の活性化', '移住者数', [120_000_000]],
      ['テレワーク推進事業', '地域の活性化', '移住者数', [120_000_000]],
    ]);
  });

  it('takes the number printed before a title as the record number: circled, or set apart by a space', () => {
    const record = (page: number, title: string): PageLayout =>
      layout(page, [line(title, 40, 60, 16), line('概要', 40, 100), line('概要の文。', 120, 100), line('予算', 40, 130), line('1.2億円', 120, 130)]);
    const set = read([record(1, '① 光ファイバの整備'), record(2, '② 基地局の整備'), record(3, '10　5Gの普及'), record(4, '(4) 統計局の移転')]);
    expect(set.records.map((r) => [r.number, r.name])).toEqual([
      ['①', '光ファイバの整備'], ['②', '基地局の整備'], ['10', '5Gの普及'], ['4', '統計局の移転'],
    ]);
  });

  it('takes a number badge printed before each title (「No.11」, counting up with the pages) as the record number, not as a page number', () => {
    const record = (page: number, badge: string, title: string): PageLayout =>
      layout(page, [line(badge, 125 - 11 * [...badge].length, 30, 11), line(title, 130, 28, 15), line('概要', 40, 100), line('概要の文。', 120, 100), line('予算', 40, 130), line('1.2億円', 120, 130)]);
    const set = read([record(1, 'No.11', '光ファイバの整備'), record(2, 'No.12', '基地局の整備'), record(3, 'No.13', '5Gの普及'), record(4, '事業番号 0014', '統計局の移転')]);
    expect(set.records.map((r) => [r.number, r.name])).toEqual([
      ['11', '光ファイバの整備'], ['12', '基地局の整備'], ['13', '5Gの普及'], ['0014', '統計局の移転'],
    ]);
  });

  it('takes Roman number paths (Ⅱ-3) and (ア) before a title as the number, drops a mark (★) before it, and reads a name repeated with 「（続き）」 as the same record', () => {
    const record = (page: number, title: string, more = '概要の文。'): PageLayout =>
      layout(page, [line(title, 40, 60, 16), line('概要', 40, 100), line(more, 120, 100), line('予算', 40, 130), line('1.2億円', 120, 130)]);
    const set = read([record(1, 'Ⅰ-1 半導体人材育成拠点形成事業'), record(2, 'Ⅱ-3 港湾脱炭素化推進事業'), record(3, '(ア) 河川情報高度化推進事業'), record(4, '★ 県産木材需要拡大推進事業')]);
    expect(set.records.map((r) => [r.number, r.name])).toEqual([
      ['I-1', '半導体人材育成拠点形成事業'], ['II-3', '港湾脱炭素化推進事業'], ['ア', '河川情報高度化推進事業'], [null, '県産木材需要拡大推進事業'],
    ]);
    const continued = read([record(1, '流域治水プロジェクト推進事業'), layout(2, [line('流域治水プロジェクト推進事業（続き）', 40, 60, 16), line('事業期間', 40, 100), line('令和6年度〜令和10年度', 120, 100)]), record(3, '空き家対策総合支援事業'), record(4, '中小企業DX伴走支援事業')]);
    expect(continued.records.map((r) => [r.name, r.source.pages])).toEqual([['流域治水プロジェクト推進事業', [1, 2]], ['空き家対策総合支援事業', [3]], ['中小企業DX伴走支援事業', [4]]]);
  });

  it('reads a past budget line whose figure a narrow cell wrapped under its label (「令和4年度第二次補正：」 / 「205百万円」) with its year and stage', () => {
    // As a header row of four labels prints it, the entries of the 予算額 cell wrapped as they fall (デジ田 施策集 on A4).
    const record = (page: number, name: string): PageLayout =>
      layout(page, [
        line(`${page}．${name}`, 58, 249, 14),
        line('担当', 96, 274), line('施策分', 173, 274), line('類', 183, 289), line('位置付け', 290, 274), line('予算額', 465, 274),
        line('情報流通行政局地域通', 50, 309), line('信振興課', 50, 324), line('①予算', 172, 309), line('①デジタル実装による地方の社会課題解', 215, 309), line('決・魅力向上', 215, 324),
        line('令和5年度予算(案)：255百', 417, 309), line('万円', 417, 324), line('令和4年度第二次補正：', 417, 339), line('205百万円', 417, 354), line('令和4年度予算：261百万', 417, 369), line('円', 417, 384),
        line(`施策効果の詳細:${name}を進める。`, 45, 406),
      ]);
    const set = read([record(1, 'テレワーク普及展開推進事業'), record(2, '地域情報化アドバイザー派遣事業')]);
    expect(set.records.map((r) => r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy]))).toEqual([
      [[2023, 'draft', 255_000_000], [2022, 'supplementary', 205_000_000], [2022, 'initial', 261_000_000]],
      [[2023, 'draft', 255_000_000], [2022, 'supplementary', 205_000_000], [2022, 'initial', 261_000_000]],
    ]);
  });

  it('reads a list run over to the next page under the name repeated alone (「…（続き）」, no label under it) as the rest of its section', () => {
    const record = (page: number, name: string): PageLayout[] => [
      layout(page, [line(name, 40, 40, 16), line('担当課：治水課（TEL 03-5253-8455）', 40, 70), line('予算額：令和6年度予算案：52.4億円', 40, 90), line('事業内容', 40, 120), line('・第1段階として現状を把握する。', 40, 140), line('・第2段階として協議の場を設ける。', 40, 160)]),
      layout(page + 1, [line(`${name}（続き）`, 40, 40, 16), line('・第3段階として計画を策定する。', 40, 80), line('・第4段階として試行する。', 40, 100)]),
      layout(page + 2, [line(`${name}（続き）`, 40, 40, 16), line('事業期間', 40, 80), line('令和6年度〜令和10年度', 40, 100)]),
    ];
    const set = read([...record(1, '流域治水プロジェクト推進事業'), ...record(4, '空き家対策総合支援事業')]);
    expect(set.records.map((r) => [r.name, r.sections['概要'], r.sections['事業期間'], r.source.pages])).toEqual(
      ['流域治水プロジェクト推進事業', '空き家対策総合支援事業'].map((name, k) => [
        name, '第1段階として現状を把握する。\n第2段階として協議の場を設ける。\n第3段階として計画を策定する。\n第4段階として試行する。', '令和6年度〜令和10年度', [3 * k + 1, 3 * k + 2, 3 * k + 3],
      ]),
    );
  });

  it('starts a record at a title with its number printed just over it (「(イ)」), in each column of a page', () => {
    const record = (x: number, number: string, name: string): Line[] => [line(number, x, 60, 9), line(name, x, 71, 12), line('〔予算〕', x, 91, 8.6), line('令和6年度予算案：12.3億円', x, 103, 8.6), line('〔事業目的〕', x, 156, 8.6), line(`${name}の目的。`, x, 168, 8.6)];
    const page = (n: number, names: string[]): PageLayout => layout(n, names.flatMap((name, k) => record(29 + 310 * k, `(${'アイウエオカ'[3 * (n - 1) + k]})`, name)));
    const set = read([page(1, ['半導体人材育成事業', 'サプライチェーン強靱化事業', '省エネルギー設備更新事業']), page(2, ['河川情報高度化事業', 'インフラ点検推進事業', '港湾脱炭素化事業'])]);
    expect(set.records.map((r) => [r.number, r.name, r.sections['目的']])).toEqual(
      ['半導体人材育成事業', 'サプライチェーン強靱化事業', '省エネルギー設備更新事業', '河川情報高度化事業', 'インフラ点検推進事業', '港湾脱炭素化事業'].map((name, k) => ['アイウエオカ'[k], name, `${name}の目的。`]),
    );
  });

  it('reads a number path alone over a wrapped title in a left band (「Ⅱ-1」) as the number, not a record, and the label grid at its right as its record\'s', () => {
    const record = (page: number, number: string, name: [string, string]): PageLayout =>
      layout(page, [
        line('担当課', 176, 40, 8), line('予算額', 389, 40, 8),
        line(number, 48, 47, 11), line(name[0], 48, 72, 14), line(name[1], 48, 90, 14),
        line('自治行政局地域情報化企画室', 176, 56, 9), line('令和6年度予算案：12.3億円', 389, 56, 9),
        line('事業内容', 176, 110, 8), line(`${name.join('')}の内容。`, 176, 126, 9),
      ]);
    const set = read([record(1, 'Ⅰ-1', ['地域見守りデジ', 'タル基盤整備事業']), record(2, 'Ⅰ-2', ['公共交通オンデ', 'マンド化推進事業']), record(3, 'Ⅱ-1', ['スマート農業通', '信環境整備事業'])]);
    expect(set.records.map((r) => [r.number, r.name, r.offices.map((o) => o.name), r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['I-1', '地域見守りデジタル基盤整備事業', ['自治行政局地域情報化企画室'], [1_230_000_000]],
      ['I-2', '公共交通オンデマンド化推進事業', ['自治行政局地域情報化企画室'], [1_230_000_000]],
      ['II-1', 'スマート農業通信環境整備事業', ['自治行政局地域情報化企画室'], [1_230_000_000]],
    ]);
  });

  it('reads 「○ name（office）」 titles printed large as the name with its office, and a budget label\'s year for each figure under it (国費 / 事業費)', () => {
    const record = (page: number, name: string, office: string, national: string, total: string): PageLayout =>
      layout(page, [
        line(`○ ${name}（${office}）`, 51, 53, 12), line('◇事業目的', 51, 76), line(`・${name}の目的。`, 51, 90),
        line('令和6年度予算案', 417, 58, 8.5), line(`国費 ${national}`, 470, 70), line(`事業費 ${total}`, 460, 84),
      ]);
    const set = read([record(1, '半導体人材育成拠点形成事業', '商務情報政策局情報産業課', '4.0億円', '8.0億円'), record(2, 'サプライチェーン強靱化事業', '製造産業局産業機械課', '5.7億円', '11.4億円'), record(3, '省エネルギー設備更新支援事業', '資源エネルギー庁省エネルギー課', '7.4億円', '14.8億円')]);
    expect(set.records.map((r) => [r.name, r.offices.map((o) => o.name), r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['半導体人材育成拠点形成事業', ['商務情報政策局情報産業課'], [[2024, 'draft', 400_000_000], [2024, 'draft', 800_000_000]]],
      ['サプライチェーン強靱化事業', ['製造産業局産業機械課'], [[2024, 'draft', 570_000_000], [2024, 'draft', 1_140_000_000]]],
      ['省エネルギー設備更新支援事業', ['資源エネルギー庁省エネルギー課'], [[2024, 'draft', 740_000_000], [2024, 'draft', 1_480_000_000]]],
    ]);
  });

  it('joins the contacts printed under a 連絡先 label of their own to the office named under 担当部局庁 beside it', () => {
    const record = (page: number, name: string, office: string, phone: string, email: string): PageLayout =>
      layout(page, [
        line('事業名', 49, 80, 10), line(name, 134, 80, 12),
        line('担当部局庁', 49, 106, 10), line(office, 134, 106, 10), line('連絡先', 297, 106, 10), line(phone, 382, 106, 10), line(email, 382, 120, 10),
        line('事業の目的', 49, 168, 10), line(`${name}の目的。`, 134, 168, 10),
      ]);
    const set = read([record(1, '半導体人材育成事業', '商務情報政策局情報産業課', '03-3501-6944', 'handotai@meti.go.jp'), record(2, 'サプライチェーン強靱化事業', '製造産業局産業機械課', '03-3501-1691', 'sc@meti.go.jp'), record(3, '省エネルギー設備更新事業', '資源エネルギー庁省エネルギー課', '03-3501-9726', 'shoene@meti.go.jp')]);
    expect(set.records.map((r) => r.offices.map((o) => [o.name, o.phones, o.emails]))).toEqual([
      [['商務情報政策局情報産業課', ['03-3501-6944'], ['handotai@meti.go.jp']]],
      [['製造産業局産業機械課', ['03-3501-1691'], ['sc@meti.go.jp']]],
      [['資源エネルギー庁省エネルギー課', ['03-3501-9726'], ['shoene@meti.go.jp']]],
    ]);
  });

  it('reads a bracketed label running into its value under the title (「《予算額》580百万円の内数」) as that field, not a subtitle', () => {
    const record = (page: number, name: string, budget: string): PageLayout =>
      layout(page, [line(name, 57, 102, 11.5), line(`《予算額》${budget}`, 57, 123, 10), line('《目的》', 57, 155, 10), line(`${name}の目的。`, 57, 170, 10)]);
    const set = read([record(1, '河川情報高度化推進事業', '580百万円の内数'), record(2, '港湾脱炭素化推進事業', '令和5年度補正予算額 6.5億円'), record(3, 'インフラ点検推進事業', '令和6年度予算案 3.2億円')]);
    expect(set.records.map((r) => [r.name, r.sections['副題'], r.budget.map((b) => [b.amount_jpy, b.part_of])])).toEqual([
      ['河川情報高度化推進事業', undefined, [[580_000_000, true]]],
      ['港湾脱炭素化推進事業', undefined, [[650_000_000, false]]],
      ['インフラ点検推進事業', undefined, [[320_000_000, false]]],
    ]);
  });

  it('keeps a heading cell printed over each title (施策) with the record it heads, not the one before', () => {
    const record = (page: number, name: string): PageLayout =>
      layout(page, [line('施策', 380, 40), line(name, 40, 60, 13), line('予算', 380, 90), line('1.2億円', 40, 108), line('概要', 380, 130), line(`${name}の概要。`, 40, 148)]);
    const set = read([record(1, '光ファイバ整備事業'), record(2, '地域おこし協力隊'), record(3, 'テレワーク推進事業')]);
    expect(set.records.map((r) => [r.name, r.source.pages])).toEqual([
      ['光ファイバ整備事業', [1]], ['地域おこし協力隊', [2]], ['テレワーク推進事業', [3]],
    ]);
  });
  it('reads a catalogue whose pages print a name label and one other label the vocabulary knows', () => {
    const cover = layout(1, [line('令和6年度 重点施策', 200, 250, 28)]);
    const pages = ['光ファイバ整備事業', '地域おこし協力隊', 'テレワーク推進事業'].map((name, k) =>
      layout(k + 2, [line(`施策名：${k + 1}．${name}`, 40, 60, 14), line('支援の中身', 40, 100), line(`${name}を支援する。`, 140, 100), line('予算額', 40, 130), line('1.2億円', 140, 130)]),
    );
    expect(read([cover, ...pages]).records.map((r) => [r.number, r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['1', '光ファイバ整備事業', [120_000_000]], ['2', '地域おこし協力隊', [120_000_000]], ['3', 'テレワーク推進事業', [120_000_000]],
    ]);
  });
  it('starts a record at a name whose offices, printed small at the top right, are read before it', () => {
    const cover = layout(1, [line('令和2年度補正予算の事業概要', 200, 250, 28)]);
    const record = (page: number, name: string, amount: string): PageLayout =>
      layout(page, [
        line(['産業創造課', '地域企業高度化推進課', '総務課'][page - 2]!, 690, 11, 9.7), line(['03-3501-1560', '03-3580-0101', '03-3501-8433'][page - 2]!, 696, 34, 9.7),
        line(name, 14, 22, 26), line(`令和2年度補正予算額 ${amount}`, 14, 63, 15),
        line('事業目的・概要', 22, 117, 13), line(`${name}を支援します。`, 22, 140, 13),
        line('成果目標', 22, 200, 13), line('事業者の売上を増やします。', 22, 220, 13),
      ]);
    const set = read([cover, record(2, '国内喫緊課題情報発信多様化支援事業', '2.0億円'), record(3, '地域企業再起支援事業', '100億円'), record(4, '持続化給付金', '2兆3,176億円')]);
    expect(set.records.map((r) => [r.name, r.offices.map((o) => o.phones), r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['国内喫緊課題情報発信多様化支援事業', [['03-3501-1560']], [200_000_000]],
      ['地域企業再起支援事業', [['03-3580-0101']], [10_000_000_000]],
      ['持続化給付金', [['03-3501-8433']], [2_317_600_000_000]],
    ]);
  });
  it('reads a few pages of a catalogue whose labels were partly lost (a short scan): a title on each page over the same label', () => {
    const cover = layout(1, [line('令和2年度概算要求 総務省重点施策', 200, 250, 28)]);
    const record = (page: number, name: string): PageLayout =>
      layout(page, [line(name, 51, 72, 15.6), line(`${name}に要する経費 2.1億円（元年度 1.5億円）`, 51, 118, 13.7), line('概要', 417, 172, 9.4), line(`・${name}を推進する。`, 55, 190, 13.9)]);
    const set = read([cover, record(2, '地域おこし協力隊の拡充'), record(3, '都市部企業と連携したIT人材育成の推進')]);
    expect(set.records.map((r) => [r.name, r.sections['概要']])).toEqual([
      ['地域おこし協力隊の拡充', '地域おこし協力隊の拡充を推進する。'],
      ['都市部企業と連携したIT人材育成の推進', '都市部企業と連携したIT人材育成の推進を推進する。'],
    ]);
  });
  it("flags figures printed without a year when the year came from the cover's date, not its title", () => {
    const cover = layout(1, [line('予算案 施策集', 200, 200, 28), line('令和5年12月23日', 200, 260, 14)]);
    const pages = ['光ファイバ整備事業', '地域おこし協力隊', 'テレワーク推進事業'].map((name, k) =>
      layout(k + 2, [line(`施策名：${name}`, 40, 60, 14), line('予算額', 40, 100), line('1.2億円', 140, 100), line('概要', 40, 130), line(`${name}の概要。`, 140, 130)]),
    );
    const set = read([cover, ...pages]);
    expect(set.records.map((r) => r.budget.map((b) => b.fiscal_year))).toEqual([[2024], [2024], [2024]]);
    expect(set.issues.map((issue) => [issue.type, issue.message])).toEqual([
      ['read-without-profile', expect.stringContaining('a catalogue, by the label vocabulary alone')],
      ['budget-year-assumed', "3 budget figures print no year: read as FY2024 (draft) from the cover's date"],
    ]);
  });
  it('keeps an inline 「label：value」 the vocabulary lacks apart from the value above it, under its printed name', () => {
    const cover = layout(1, [line('令和6年度 施策集', 200, 250, 28)]);
    const pages = ['光ファイバ整備事業', '地域おこし協力隊', 'テレワーク推進事業'].map((name, k) =>
      layout(k + 2, [
        line(`施策名：${name}`, 34, 40, 14),
        line('分野：地域の活性化', 34, 100), line('関連するKPI：移住者数', 34, 116), line('予算額：1.2億円', 34, 133),
        line('概要', 34, 170), line(`${name}の概要。`, 34, 186),
      ]),
    );
    expect(read([cover, ...pages]).records.map((r) => [r.field, r.sections['関連するKPI'], r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['地域の活性化', '移住者数', [120_000_000]], ['地域の活性化', '移住者数', [120_000_000]], ['地域の活性化', '移住者数', [120_000_000]],
    ]);
  });
  it('reads 「令和5年度補正予算額：25.6億円」 among inline labels as the budget, printed first or after the others, letter-spaced or not', () => {
    const cover = layout(1, [line('令和5年度補正予算 事業PR資料', 150, 250, 24)]);
    const budgetLines = ['令和5年度補正予算額：25.6億円', '令 和 5 年 度 補 正 予 算 額：6.2億円', '令和5年度補正予算額：1.5億円'];
    const pages = ['事業承継支援事業', '伝統的工芸品産地強化事業', 'デジタル人材育成事業'].map((name, k) => {
      const labelled = [line(`事業の目的・概要：${name}を支援します。`, 40, 0), line('成果目標：成約件数を年間2,000件とします。', 40, 0), line('事業期間：令和5年度〜令和7年度', 40, 0)];
      // The third record prints its budget after the other labels, the first two before them.
      const body = k === 2 ? [...labelled, line(budgetLines[k]!, 40, 0)] : [line(budgetLines[k]!, 40, 0), ...labelled];
      return layout(k + 2, [line(`(${k + 1}) ${name}`, 50, 44, 16), ...body.map((l, row) => ({ ...l, bbox: [l.bbox[0], 70 + row * 18, l.bbox[2], 80 + row * 18] as Line['bbox'] }))]);
    });
    const set = read([cover, ...pages]);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy]), Object.keys(r.sections)])).toEqual([
      ['事業承継支援事業', [[2023, 'supplementary', 2_560_000_000]], ['目的・概要', '成果目標', '事業期間']],
      ['伝統的工芸品産地強化事業', [[2023, 'supplementary', 620_000_000]], ['目的・概要', '成果目標', '事業期間']],
      ['デジタル人材育成事業', [[2023, 'supplementary', 150_000_000]], ['目的・概要', '成果目標', '事業期間']],
    ]);
  });

  it('reads 「令和6年度予算案：12.3億円」 under a 【予算額】 heading as its budget line, not as a field the vocabulary lacks', () => {
    const cover = layout(1, [line('地域デジタル化支援施策集', 200, 250, 28)]);
    const budgets = ['令和6年度予算案：12.3億円', '令和5年度補正予算：580百万円の内数', '令和6年度概算要求額：3,000百万円'];
    const pages = ['光ファイバ整備事業', '地域おこし協力隊', 'テレワーク推進事業'].map((name, k) =>
      layout(k + 2, [
        line(name, 40, 40, 15),
        line('【予算額】', 40, 80), line(budgets[k]!, 40, 96),
        line('【担当】', 40, 120), line('自治行政局地域政策課　TEL 03-5253-5523', 40, 136),
        line('【目的】', 40, 160), line(`${name}を進める。`, 40, 176),
      ]),
    );
    expect(read([cover, ...pages]).records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy, b.part_of]), Object.keys(r.sections)])).toEqual([
      ['光ファイバ整備事業', [[2024, 'draft', 1_230_000_000, false]], ['目的']],
      ['地域おこし協力隊', [[2023, 'supplementary', 580_000_000, true]], ['目的']],
      ['テレワーク推進事業', [[2024, 'request', 3_000_000_000, false]], ['目的']],
    ]);
  });

  it('takes titles OCR read no taller than the text when the labels promise more records than the few read tall', () => {
    // OCR reads one title tall for the bracket a speck made of its first mark (「「モバイル…」), the rest in the text's size.
    const cover = layout(1, [line('未来技術関連施策集', 200, 250, 28)]);
    const record = (name: string, size: number, y: number): Line[] => [
      line(name, 58, y, size), line('総務省地域通信振興課(TEL 03-5253-5758)', 200, y + 18, 14.4),
      line('分野：5Gなどの情報通信基盤の早期整備', 58, y + 36, 14.4), line('予算額：令和3年度当初一般会計 60百万円', 58, y + 54, 14.4),
      line(`目的：${name}を進める。`, 58, y + 72, 14.4),
    ];
    const pages = [
      layout(2, [...record('「高度無線環境整備推進事業', 19.2, 60), ...record('地域情報化の推進', 15.4, 400)]),
      layout(3, [...record('ローカル5Gの開発実証', 15.4, 60), ...record('モバイル決済モデル推進事業', 14.9, 400)]),
    ];
    expect(read([cover, ...pages]).records.map((r) => [r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['高度無線環境整備推進事業', [60_000_000]], ['地域情報化の推進', [60_000_000]], ['ローカル5Gの開発実証', [60_000_000]], ['モバイル決済モデル推進事業', [60_000_000]],
    ]);
  });

  it('takes a title numbered as the others are though OCR read it small, and a number that restarts under an unprinted heading as a new record', () => {
    const cover = layout(1, [line('令和2年度概算要求 総務省重点施策', 200, 250, 28)]);
    const record = (number: string, name: string, size: number, y: number): Line[] => [
      line(`${number}${name}`, 58, y, size), line('〈事業の内容〉', 45, y + 20, 9.5), line(`${name}を推進する。`, 54, y + 36, 9),
      line('予算：推進事業 1.5億円（元年度 1.0億円）', 54, y + 52, 9),
    ];
    const pages = [
      layout(2, [...record('… (1) ', '地域資源を活用した雇用創出', 11, 60), ...record('(4) ', '地域運営組織の形成促進', 11, 200)]),
      layout(3, [...record('(1) ', 'ローカル5Gの制度整備', 11, 60), ...record('(2) ', '情報銀行の活用推進', 9, 200)]),
    ];
    expect(read([cover, ...pages]).records.map((r) => [r.number, r.name, r.source.pages, r.sections['概要']])).toEqual([
      ['1', '地域資源を活用した雇用創出', [2], '地域資源を活用した雇用創出を推進する。'],
      ['4', '地域運営組織の形成促進', [2], '地域運営組織の形成促進を推進する。'],
      ['1', 'ローカル5Gの制度整備', [3], 'ローカル5Gの制度整備を推進する。'],
      ['2', '情報銀行の活用推進', [3], '情報銀行の活用推進を推進する。'],
    ]);
  });

  it('reads 事業の内容 over the columns of labeled sections as a heading, not an empty 概要 that takes the office', () => {
    const OFFICES = ['小規模企業振興課', '技術・経営革新課', '財務課'];
    const cover = layout(1, [line('令和2年度補正予算 事業PR資料', 200, 250, 28)]);
    const pages = ['小規模事業者経営改善資金の拡充', '中小企業生産性革命推進事業', '事業承継・引継ぎ支援事業'].map((name, k) =>
      layout(k + 2, [
        line(`中小企業庁${OFFICES[k]}`, 684, 16, 8.9), line(`03-3501-203${k}（${OFFICES[k]}）`, 684, 27, 8.9), line('※計上所管は財務省', 684, 38, 8.9),
        line(name, 15, 24, 25.9), line(`令和2年度補正予算額 ${[29, 12.5, 3.1][k]}億円`, 15, 65, 15.1),
        line('事業の内容', 182, 100, 11.9), line('事業イメージ', 601, 100, 11.9),
        line('事業目的・概要', 27, 124, 13), line(`${name}を行う。`, 27, 141, 11.9),
        line('成果目標', 29, 422, 11.9), line('経営改善を目指します。', 29, 441, 11.9),
      ]),
    );
    expect(read([cover, ...pages]).records.map((r) => [r.offices.map((o) => [o.name, o.phones]), r.sections['目的・概要'], r.sections['概要']])).toEqual(
      ['小規模事業者経営改善資金の拡充を行う。', '中小企業生産性革命推進事業を行う。', '事業承継・引継ぎ支援事業を行う。'].map((text, k) => [[[`中小企業庁${OFFICES[k]}`, [`03-3501-203${k}`]]], text, undefined]),
    );
  });

  it("starts a record at its numbered title, not at the running header over it that a scan's OCR read differently on each page", () => {
    const page = (number: number, header: string, headerSize: number, records: [string, string][]): PageLayout =>
      layout(number, [
        line(header, 53, 24, headerSize),
        ...records.flatMap(([title, name], k) => [
          line(title, 52, 49 + k * 240, 17.4), line(`総務省${name}推進室(TEL:03-5253-586${k})`, 225, 70 + k * 240, 10.6),
          line('政策の分野', 126, 89 + k * 240, 12.2), line('予算', 445, 89 + k * 240, 12.2),
          line('5Gなどの情報通信基盤の早期整備', 58, 107 + k * 240, 12.7), line('令和3年度当初一般会計 3,682百万円', 355, 107 + k * 240, 12.7),
          line(`目的：${name}を進める。`, 54, 127 + k * 240, 12.5),
        ]),
      ]);
    const pages = [
      page(1, '未来技術関連施策集(令和3年度)', 17, [['1.高度無線環境整備推進事業', 'ブロードバンド整備'], ['2.ケーブルテレビ光化事業', '地域放送']]),
      page(2, '木来技術関連施策集(令和3年度)', 12, [['… 3.第5世代移動通信システムの研究開発', '新世代移動通信システム']]),
    ];
    expect(read(pages).records.map((r) => [r.number, r.name, r.field])).toEqual([
      ['1', '高度無線環境整備推進事業', '5Gなどの情報通信基盤の早期整備'],
      ['2', 'ケーブルテレビ光化事業', '5Gなどの情報通信基盤の早期整備'],
      ['3', '第5世代移動通信システムの研究開発', '5Gなどの情報通信基盤の早期整備'],
    ]);
  });

  it('takes 「施策：」 before a name as its label, and leaves a topic heading printed over the next title out of the record before', () => {
    const cover = layout(1, [line('総務省重点施策2020', 200, 250, 28)]);
    const record = (topic: string | null, path: string, name: string, y: number): Line[] => [
      ...(topic === null ? [] : [line(topic, 40, y - 20, 11)]),
      line(`施策：${path} ${name}`, 40, y, 12), line(`予算額：${name}事業 1.5億円（元年度 1.0億円）`, 40, y + 18),
      line('■ 概要', 40, y + 36), line(`${name}を推進する。`, 52, y + 52),
    ];
    const pages = [
      layout(2, [...record(null, '1-①-(1)', '地域おこし協力隊の拡充', 60), ...record('② 地域資源を活かした雇用創出', '1-②-(1)', '地域経済循環の推進', 300)]),
      layout(3, [...record(null, '1-②-(2)', '過疎地域の自立促進', 60), ...record('③ 関係人口の創出', '1-③-(1)', 'ふるさと納税の活用', 300)]),
    ];
    expect(read([cover, ...pages]).records.map((r) => [r.number, r.name, r.sections['概要']])).toEqual([
      ['1-①-(1)', '地域おこし協力隊の拡充', '地域おこし協力隊の拡充を推進する。'],
      ['1-②-(1)', '地域経済循環の推進', '地域経済循環の推進を推進する。'],
      ['1-②-(2)', '過疎地域の自立促進', '過疎地域の自立促進を推進する。'],
      ['1-③-(1)', 'ふるさと納税の活用', 'ふるさと納税の活用を推進する。'],
    ]);
  });

  it('leaves a topic heading wrapped over two lines out of the record before, and keeps that record\'s own numbered last item wrapped in body size', () => {
    const cover = layout(1, [line('総務省重点施策2020', 200, 250, 28)]);
    const record = (topic: string[], name: string, last: string[], y: number): Line[] => [
      ...topic.map((text, k) => line(text, 40, y - 16 * (topic.length - k) - 4, 13)),
      line(`施策：${name}`, 40, y, 12), line('■ 概要', 40, y + 18), line(`${name}を推進する。`, 52, y + 34),
      ...last.map((text, k) => line(text, 52, y + 48 + 13 * k, 10)),
    ];
    const pages = [
      layout(2, [...record([], '地域おこし協力隊の拡充', ['(2) 地域の担い手の確保に', '取り組む'], 60), ...record(['① 住みたい地域で豊かに暮らし、多様な働き方ができる社会の実現に資するテレ', 'ワーク・サテライトオフィスの推進'], 'テレワークの推進', [], 300)]),
      layout(3, [...record([], '過疎地域の自立促進', [], 60), ...record(['② 地域の活性化'], 'ふるさと納税の活用', [], 300)]),
    ];
    expect(read([cover, ...pages]).records.map((r) => [r.name, r.sections['概要']])).toEqual([
      ['地域おこし協力隊の拡充', '地域おこし協力隊の拡充を推進する。\n(2) 地域の担い手の確保に\n取り組む'],
      ['テレワークの推進', 'テレワークの推進を推進する。'],
      ['過疎地域の自立促進', '過疎地域の自立促進を推進する。'],
      ['ふるさと納税の活用', 'ふるさと納税の活用を推進する。'],
    ]);
  });

  it('leaves a topic heading set smaller than the title but larger than the text out of the record before, when it wraps at the top of a page of its own', () => {
    const cover = layout(1, [line('総務省重点施策2020', 200, 250, 28)]);
    const topics = [['① 情報共有の推進'], ['② 地域の活性化'], ['① 住みたい地域で豊かに暮らし、多様な働き方ができる社会の実現に資するテレワーク・', 'サテライトオフィスの推進'], ['③ 過疎対策の推進']];
    const names = ['サイバーセキュリティの情報共有', 'ふるさと納税の活用', 'テレワークの推進', '過疎地域の自立促進'];
    const pages = names.map((name, k) =>
      layout(k + 2, [
        ...topics[k]!.map((text, t) => line(text, 45, 65 + 18 * t, 12.5)),
        line(`${k + 7}-①-(1) ${name}`, 52, 65 + 18 * topics[k]!.length + 5, 13),
        line('■ 概算要求額', 40, 140, 11), line(`${name}事業 3.6億円（元年度 3.4億円）`, 48, 157, 10.5),
        line('■ 取組の概要', 40, 180, 11), line(`${name}のため、所管事業者等との情報共有等を実施し、その結果を共有する。`, 48, 197, 10.5),
      ]),
    );
    expect(read([cover, ...pages]).records.map((r) => [r.name, r.source.pages])).toEqual(names.map((name, k) => [name, [k + 2]]));
  });

  it('leaves a topic heading set larger than the 施策名 header cell under it, a little further above it, out of the record before (a running header over both)', () => {
    const record = (topic: string, name: string, page: number): PageLayout =>
      layout(page, [
        line(`${page} ${['地方への人の流れ', '地域を支える人づくり', '豊かな暮らし'][page - 1]}`, 40, 30, 8.5), line(topic, 45, 56, 11.5), line('施策名', 466, 82, 9.5), line(name, 45, 101, 12),
        line('概要', 57, 127, 9.5), line(`${name}を支援する。`, 99, 127, 9.5), line('概算要求額', 48, 151, 9.5), line(`${name}事業 1.0億円`, 99, 151, 9.5),
      ]);
    const set = read([record('② 地域資源を活かした雇用創出', '地域経済の活性化', 1), record('③ 過疎対策の推進', '過疎地域の自立促進', 2), record('④ 関係人口の創出', 'ふるさと納税の活用', 3)]);
    expect(set.records.map((r) => [r.name, r.source.pages, r.sections['概要']])).toEqual([
      ['地域経済の活性化', [1], '地域経済の活性化を支援する。'],
      ['過疎地域の自立促進', [2], '過疎地域の自立促進を支援する。'],
      ['ふるさと納税の活用', [3], 'ふるさと納税の活用を支援する。'],
    ]);
  });

  it('keeps a short wrapped line of a value in its section though a line of the next column of text stands beside it', () => {
    const cover = layout(1, [line('未来技術関連施策集（令和3年度）', 200, 250, 28)]);
    const pages = ['トラヒック流通効率化事業', 'ケーブルテレビ光化事業', 'G空間情報の利活用推進'].map((name, k) =>
      layout(k + 2, [
        line(`施策名：${name}`, 34, 40, 13),
        line('対象分野', 48, 70, 10), line('5Gなどの情報通信基盤の早期整備', 107, 70, 10),
        line('総合戦略該当箇所', 43, 90, 10), line('横2-1-(1)-i', 107, 90, 10),
        line('予算額', 53, 110, 10), line('令和3年度当初一般会計 1,000百万円', 107, 110, 10),
        line('特徴・ポイント', 170, 140, 10), line('目的', 640, 140, 10),
        line('・地域のISP等が接続可能な地域IX等を設置することにより、集約拠点の地域', 39, 160, 10),
        line('への分散を促す実証を実施', 51, 174, 10),
        line('・混雑緩和や災害時のリスク回避のため、対策等を推進する。', 379, 160, 10),
        line('ーク利用の効率化を推進することを目的とする。', 391, 174, 10),
      ]),
    );
    expect(read([cover, ...pages]).records.map((r) => r.sections['特徴・ポイント'])).toEqual(
      Array(3).fill('地域のISP等が接続可能な地域IX等を設置することにより、集約拠点の地域への分散を促す実証を実施'),
    );
  });

  it('keeps a budget figure wrapped onto the line just over the next title (「0.2億円（元年度 0.1億円）」) in its record: a figure is no topic heading', () => {
    const cover = layout(1, [line('令和2年度概算要求 総務省重点施策', 200, 250, 28)]);
    const record = (n: number, name: string, amount: string, y: number): Line[] => [
      line(`(${n}) ${name}`, 40, y, 14), line(`・${name}を支援`, 40, y + 20),
      line(`【予算】 ${name}に要する経費`, 60, y + 50), line(`${amount}（元年度 0.1億円）`, 160, y + 64),
    ];
    const pages = [
      layout(2, [...record(1, '地域運営組織の形成促進', '0.2億円', 60), ...record(2, '都市部企業との連携', '1.2億円', 140)]),
      layout(3, [...record(3, '過疎地域の自立促進', '5.8億円', 60), ...record(4, '集落ネットワーク圏の推進', '7.1億円', 140)]),
    ];
    expect(read([cover, ...pages]).records.map((r) => r.budget.map((b) => b.amount_jpy))).toEqual([
      [20_000_000, 10_000_000], [120_000_000, 10_000_000], [580_000_000, 10_000_000], [710_000_000, 10_000_000],
    ]);
  });
});

describe('labels and values printed out of the usual order', () => {
  it('reads a name label wrapped in its narrow cell (施策の / 名称), with the name beside it', () => {
    const pages = ['光ファイバ整備事業', '地域おこし協力隊', 'テレワーク推進事業'].map((name, k) =>
      layout(k + 1, [
        line('施策の', 50, 170, 12), line('名称', 56, 187, 12), line(name, 101, 170, 13),
        line('担当', 56, 214, 12), line('自治行政局地域政策課（TEL:03-5253-5111）', 101, 214, 12),
        line('予算額', 50, 237, 12), line('1.2億円', 101, 237, 12),
        line('概要', 50, 260, 12), line(`${name}を進める。`, 101, 260, 12),
      ]),
    );
    expect(read(pages).records.map((r) => [r.name, r.offices.map((o) => o.name), r.sections['概要']])).toEqual([
      ['光ファイバ整備事業', ['自治行政局地域政策課'], '光ファイバ整備事業を進める。'],
      ['地域おこし協力隊', ['自治行政局地域政策課'], '地域おこし協力隊を進める。'],
      ['テレワーク推進事業', ['自治行政局地域政策課'], 'テレワーク推進事業を進める。'],
    ]);
  });

  it('gives each year heading a budget cell its amount, when the years sit in ruled cells of their own inside it', () => {
    const page = (number: number, name: string): PageLayout => {
      const rule = (orientation: 'horizontal' | 'vertical', at: number, from: number, to: number) => ({ orientation, at, from, to });
      return {
        page: { number, width: 595, height: 842, method: 'text', method_reason: null, lines: [
          line(`施策名：${name}`, 40, 60, 14),
          line('分野', 56, 120), line('地域の情報通信基盤', 101, 120),
          line('予算', 56, 154), line('令和2年度3次補正', 117, 144, 9), line('一般会計1,100百万円', 108, 163, 9), line('令和3年度当初', 250, 144, 9), line('一般会計900百万円', 232, 163, 9),
          line('概要', 56, 200), line(`${name}を補助する。`, 101, 200),
        ] },
        rules: [
          ...[115, 137.5, 182, 195, 215].map((at) => rule('horizontal', at, 40, 555)),
          ...[40, 96, 555].map((at) => rule('vertical', at, 115, 215)),
          // The years' own cells, inside the budget's value cell.
          rule('horizontal', 140.5, 101.5, 350.5), rule('horizontal', 160, 101.5, 350.5),
          ...[101.5, 226, 350.5].map((at) => rule('vertical', at, 140.5, 160)),
        ],
      };
    };
    const set = read([page(1, '光ファイバ整備事業'), page(2, '地域おこし協力隊'), page(3, 'テレワーク推進事業')]);
    expect(set.records.map((r) => r.budget.map((b) => [b.fiscal_year, b.stage, b.supplementary_no, b.amount_jpy]))).toEqual(
      Array.from({ length: 3 }, () => [[2020, 'supplementary', 3, 1_100_000_000], [2021, 'initial', null, 900_000_000]]),
    );
  });

  it('reads an amount set larger beside its budget label, read before it, and the offices printed beside the budget line', () => {
    // 「110.0億円」 stands higher than its label 「令和2年度補正予算額」, and the offices' block at the right shares their band.
    const page = (number: number, name: string, amount: string): PageLayout =>
      layout(number, [
        line(name, 23, 19, 25.9), line(amount, 191, 50, 25.9), line('令和2年度補正予算額', 23, 60, 15.1),
        line(`（１）商務・サービスG ${['生物化学', '医療機器', '生活製品'][number - 1]}産業課`, 616, 15, 9.7), line(`03-3501-862${number}`, 642, 27, 9.7),
        line(`（２）（３）製造産業局 ${['素材', '金属', '化学'][number - 1]}課`, 616, 43, 9.7), line(`03-3501-156${number}`, 642, 54, 9.7),
        line('事業目的・概要', 32, 128, 15.1), line(`${name}を支援します。`, 32, 149, 15.1),
        line('成果目標', 32, 200, 15.1), line('件数を倍にします。', 32, 220, 15.1),
      ]);
    const set = read([page(1, 'ウイルス等感染症対策技術の開発', '110.0億円'), page(2, '医療機器等の生産支援事業', '25.3億円'), page(3, '生活物資の需要抑制事業', '2.0億円')]);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy]), r.offices.map((o) => [o.name, o.phones])])).toEqual(
      ([['ウイルス等感染症対策技術の開発', 11_000_000_000], ['医療機器等の生産支援事業', 2_530_000_000], ['生活物資の需要抑制事業', 200_000_000]] as const).map(([name, yen], k) => [
        name, [[2020, 'supplementary', yen]], [[`商務・サービスG${['生物化学', '医療機器', '生活製品'][k]}産業課`, [`03-3501-862${k + 1}`]], [`製造産業局${['素材', '金属', '化学'][k]}課`, [`03-3501-156${k + 1}`]]],
      ]),
    );
  });

  it('keeps the first line under a label whose neighbour on its row is set lower (事業目的・概要 beside 事業スキーム)', () => {
    const pages = ['希少金属備蓄対策事業', '在庫情報共有基盤整備事業', '遠隔教育普及促進事業'].map((name, k) =>
      layout(k + 1, [
        line(name, 17, 24, 25.9), line(`資源エネルギー庁 ${['鉱物資源', '流通政策', '教育産業'][k]}課 03-3501-991${k}`, 600, 12, 9.7),
        line('事業目的・概要', 29, 122, 15.1), line(`${name}の目的の一行目。`, 29, 140, 18.1), line('二行目に続きます。', 45, 161, 15.1),
        line('事業スキーム', 460, 129, 13), line('国 → JOGMEC', 470, 190, 9.7),
        line('成果目標', 29, 390, 15.1), line('供給途絶を防ぎます。', 29, 410, 15.1),
      ]),
    );
    expect(read(pages).records.map((r) => r.sections['目的・概要'])).toEqual([
      '希少金属備蓄対策事業の目的の一行目。二行目に続きます。', '在庫情報共有基盤整備事業の目的の一行目。二行目に続きます。', '遠隔教育普及促進事業の目的の一行目。二行目に続きます。',
    ]);
  });

  it('leaves out of a value the caption printed beside its label in the next column (a figure\'s, right of all the text)', () => {
    const pages = ['JAPANブランド育成支援等事業', '生活物資の需要抑制事業', '遠隔教育普及促進事業'].map((name, k) =>
      layout(k + 1, [
        line(name, 7, 21, 25.9), line(`中小企業庁 ${['創業', '生活', '教育'][k]}課 03-3501-176${k}`, 653, 24, 9.7),
        line('事業目的・概要', 9, 132, 17.3), line(`${['地域産品', '生活物資', '遠隔教育'][k]}の磨き上げ支援`, 441, 132, 15.1),
        line(`${name}は、地域の中小企業を`, 9, 167, 13), line('支援します。', 25, 188, 13), line('販路開拓を後押しします。', 25, 206, 13),
        line('成果目標', 9, 400, 15.1), line('売上を伸ばします。', 9, 420, 13),
      ]),
    );
    expect(read(pages).records.map((r) => r.sections['目的・概要'])).toEqual(
      ['JAPANブランド育成支援等事業', '生活物資の需要抑制事業', '遠隔教育普及促進事業'].map((name) => `${name}は、地域の中小企業を支援します。販路開拓を後押しします。`),
    );
  });

  it('reads a letter-spaced name label with its value (施 策 名：(3) …), and a title with a 施策 cell beside it on its row', () => {
    const names = ['地域との多様な関わりの創出', 'JETプログラムによる地域活性化の推進', '集落ネットワーク圏の推進'];
    const spaced = names.map((name, k) =>
      layout(k + 1, [line(`施 策 名：(${k + 1}) ${name}`, 65, 35, 16), line('● 概 要', 65, 64, 8.5), line(`${name}を支援`, 74, 77, 8), line('予算', 473, 95, 8), line('関係経費 0.1億円（元年度 0.1億円）', 70, 111, 8)]),
    );
    const celled = names.map((name, k) =>
      layout(k + 1, [line(['1 地域への人の流れ', '2 地域を支える人づくり', '3 地域の情報化'][k]!, 692, 5, 8.5), line('施策', 61, 62, 10.5), line(name, 107, 62, 12), line('＜取組の概要＞', 40, 86, 11), line(`${name}を支援`, 48, 103, 10.5), line('予算', 470, 139, 10.5), line('関係経費 1.0億円（元年度 0.5億円）', 45, 159, 10.5)]),
    );
    for (const pages of [spaced, celled]) expect(read(pages).records.map((r) => [r.name, r.sections['概要']])).toEqual(names.map((name) => [name, `${name}を支援`]));
  });

  it('reads one named record alone in a short document (a scan of a divider, a record page and a divider) as a catalogue', () => {
    const pages = [
      layout(1, [line('1 地方への新しい人の流れの創出', 264, 272, 26), line('令和元年8月30日', 380, 500, 11.5)]),
      layout(2, [
        line('施策名: 1-②-(1)地域との多様な関わりの創出', 45, 55, 17.8), line('概算要求額', 60, 83, 8.9), line('関係人口創出・拡大事業8.1億円(元年度5.1億円)', 53, 97, 13),
        line('事業概要:関係人口の創出・拡大に取り組む地方公共団体を支援', 46, 140, 13),
      ]),
      layout(3, [line('2 地域を支える人づくり', 140, 270, 27)]),
    ];
    const set = read(pages);
    expect(set.records.map((r) => [r.name, r.number, r.budget.map((b) => [b.fiscal_year, b.amount_jpy]), r.sections['概要']])).toEqual([
      ['地域との多様な関わりの創出', '1-②-(1)', [[2020, 810_000_000], [2019, 510_000_000]], '関係人口の創出・拡大に取り組む地方公共団体を支援'],
    ]);
    // A page that prints a name with its label but no block of labels is no record's.
    expect(readRecords(source, pages.slice(0, 2).map((p) => (p.page.number === 2 ? layout(2, p.page.lines.slice(0, 1)) : p)), pages.slice(0, 2).map((p) => p.page))).toBeNull();
  });

  it('counts a label wrapped in its narrow cell (令和5年度補 / 正予算額) towards reading a document as a catalogue', () => {
    const names = ['商店街にぎわい再生緊急支援事業', '事業承継・引継ぎ円滑化支援事業', '伝統的工芸品産地基盤強化事業'];
    const pages = names.map((name, k) =>
      layout(k + 1, [
        line('事業名', 63, 63, 11), line(name, 106, 61, 14.6), line(`中小企業庁${['商業', '財務', '生活'][k]}課(電話: 03-3580-021${k})`, 413, 81, 9.6),
        line('令和5年度補', 53, 97, 11), line('正予算額', 59, 108, 11), line(`${k + 1}8.0億円`, 106, 98, 11),
        line('る⑳本業目的・概要', 46, 125, 11), line(`${name}を支援します。`, 52, 137, 11),
      ]),
    );
    expect(read(pages).records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual(
      names.map((name, k) => [name, [[2023, 'supplementary', (k + 1) * 1_000_000_000 + 800_000_000]]]),
    );
  });

  it('reads labels glossed in English, in headings (「■ 目的 Purpose」) and in cells (「目的」 over 「Purpose」, read after its value)', () => {
    const names = ['地域見守りデジタル基盤整備事業', '公共交通オンデマンド化推進事業', 'スマート農業通信環境整備事業'];
    const headings = names.map((name, k) =>
      layout(k + 1, [
        line(name, 57, 60, 15), line('■ 担当 Contact', 57, 103, 10), line(`自治行政局${['地域', '交通', '農業'][k]}課（TEL 03-5253-552${k}）`, 57, 118, 10),
        line('■ 目的 Purpose', 57, 185, 10), line(`${name}を進める。`, 57, 200, 10), line('■ 概要 Outline', 57, 241, 10), line('経費を補助する。', 57, 256, 10),
      ]),
    );
    const cells = names.map((name, k) =>
      layout(k + 1, [
        line('事業名', 52, 51, 10), line(name, 148, 52, 12.5), line('Project', 52, 68, 7.5),
        line('目的', 52, 161, 10), line('Purpose', 52, 177, 7.5), line(`${name}を進める。`, 148, 161, 10),
        line('期待される効果', 52, 233, 10), line('異変の発見を早める。', 148, 233, 10), line('Expected outcome', 52, 251, 7.5),
      ]),
    );
    expect(read(headings).records.map((r) => [r.name, r.sections['目的'], r.sections['概要']])).toEqual(names.map((name) => [name, `${name}を進める。`, '経費を補助する。']));
    expect(read(cells).records.map((r) => [r.name, r.sections['目的'], r.sections['期待される効果']])).toEqual(names.map((name) => [name, `${name}を進める。`, '異変の発見を早める。']));
  });

  it('reads labels glossed in English in cells as a scan reads them, each gloss before its value (「事業名」, 「Project」, then the name)', () => {
    // Two scanned pages of two records each, as OCR read them: [text, x0, y0, x1, y1, size].
    const scanned: [string, number, number, number, number, number][][] = [
      [['事業名', 58, 55, 87, 68, 13.4], ['Project', 58, 73, 82, 80, 7.0], ['地域見守りデジタル基盤整備事業', 155, 55, 341, 72, 16.8], ['担当', 58, 93, 76, 102, 9.1], ['Contact', 58, 110, 85, 115, 5.5], ['自治行政局地域情報化企画室', 156, 92, 283, 104, 12.5], ['TEL 03-5253-5521 _E-mail chiiki-mimamori@soumu.go.jp', 154, 103, 427, 118, 14.9], ['予算額', 58, 128, 88, 140, 12.7], ['Budget', 58, 146, 83, 153, 7.0], ['信和6年度予算案: 12.3億円', 155, 128, 281, 142, 13.9], ['目的', 59, 166, 77, 174, 8.9], ['Purpose', 58, 182, 86, 189, 7.0], ['高齢者の単身世帯が増える中山間地域で、見守りに要する人手を減らしつつ、異変を早', 155, 164, 544, 178, 13.9], ['く捉える仕組みを整える。', 156, 179, 267, 192, 13.7], ['概要', 58, 202, 77, 211, 9.4], ['Outline', 58, 219, 83, 225, 5.5], ['・市町村が見守りセンサーと通報システムを一体で導入する経費を補助する。', 158, 201, 497, 214, 13.2], ['・複数の市町村による共同導入を優先して採択する。', 158, 215, 387, 229, 13.9], ['期待される効果', 58, 237, 128, 250, 13.4], ['Expected outcome', 58, 256, 123, 263, 7.0], ['見守りの訪問回数を減らしながら、異変の発見までの時間を短くする。', 155, 237, 468, 251, 13.7], ['補助率', 58, 274, 88, 287, 13.4], ['Subsidy rate', 58, 292, 101, 299, 7.0], ['1/2 (財政力指数0.5未満の市町村は2/3)', 155, 274, 338, 288, 13.7], ['事業名', 58, 334, 87, 347, 13.4], ['Project', 58, 352, 82, 359, 7.0], ['公共交通オンデマンド化推進事業', 155, 334, 341, 351, 16.6], ['担当', 58, 372, 76, 381, 9.1], ['Contact', 58, 389, 85, 394, 5.5], ['自治行政局地域交通連携室', 156, 371, 273, 384, 13.2], ['TEL 03-5253-5532', 154, 387, 244, 394, 7.4], ['E-mail ondemand-kotsu@soumu.go.jp', 255, 387, 431, 396, 9.4], ['予算額', 58, 407, 88, 419, 12.7], ['Budget', 58, 426, 83, 432, 7.0], ['令和5年度補正予算: 580百万円の内数', 155, 407, 329, 420, 13.4], ['目的', 59, 444, 77, 453, 8.9], ['Purpose', 58, 462, 86, 468, 7.0], ['路線バスの廃止が続く地域で、住民の移動手段を予約型の乗合交通により確保する。', 155, 443, 528, 457, 13.7], ['概要', 58, 481, 77, 490, 9.4], ['Outline', 58, 498, 83, 504, 5.5], ['配車システムの導入と運行データの分析に要する経費を支援する。', 155, 480, 447, 493, 13.7], ['事業期間', 58, 517, 97, 526, 9.1], ['Period', 58, 535, 80, 540, 5.5], ['令和5年度～令和7年度', 155, 516, 256, 530, 13.7]],
      [['事業名', 55, 53, 84, 66, 13.4], ['Project', 55, 71, 79, 78, 7.0], ['地方公共団体の窓口業務デジタル転換支援', 152, 54, 388, 71, 17.3], ['担当', 55, 91, 73, 100, 9.1], ['Contact', 55, 108, 82, 114, 5.5], ['自治行政局行政経営支援室', 153, 90, 270, 104, 13.9], ['TEL 03-5253-5541', 151, 106, 239, 114, 7.7], ['E-mail madoguchi-dx@soumu.go.jp', 252, 106, 415, 115, 9.4], ['予算額', 55, 126, 84, 139, 12.7], ['Budget', 55, 145, 79, 152, 7.0], ['令和6年度概算要求額: 3.000百万円', 152, 126, 314, 140, 13.7], ['目的', 56, 164, 74, 173, 8.9], ['Purpose', 55, 181, 83, 188, 7.0], ['住民が窓口で同じ事項を何度も書かずに済むよう、申請の手続を一つの画面にまとめ', 151, 162, 530, 176, 13.7], ['る。', 153, 179, 164, 187, 7.9], ['概要', 55, 200, 74, 210, 9.1], ['Outline', 55, 217, 80, 223, 5.5], ['書かない窓口の導入に向けた業務の見直しとシステム改修を支援する。', 151, 199, 464, 212, 13.2], ['成果目標', 55, 236, 94, 246, 9.1], ['KPI', 55, 254, 66, 260, 5.5], ['令和8年度までに導入団体を300団体とする。', 152, 235, 349, 249, 13.7], ['事業名', 55, 295, 84, 309, 13.4], ['Project', 55, 314, 79, 321, 7.0], ['スマート農業通信環境整備事業', 153, 296, 325, 313, 17.0], ['担当', 55, 333, 73, 342, 9.1], ['Contact', 55, 350, 82, 356, 5.5], ['総合通信基盤局電波政策課', 152, 332, 270, 345, 13.0], ['TEL 03-5253-5873', 151, 348, 240, 356, 7.7], ['E-mail smart-nogyo@soumu.go.jp', 252, 348, 407, 357, 9.4], ['予算額', 55, 369, 85, 382, 12.7], ['Budget', 55, 387, 80, 394, 7.0], ['令和6年度予算案: 850百万円', 152, 369, 286, 383, 13.7], ['目的', 56, 406, 74, 415, 8.9], ['Purpose', 55, 424, 83, 431, 7.0], ['農地で自動走行の農機やセンサーを使えるよう、男場の通信環境を整える。', 152, 405, 484, 419, 13.9], ['概要', 55, 443, 74, 452, 9.4], ['Outline', 55, 460, 80, 465, 5.5], ['地域の協議会が行う基地局の整備に要する費用の一部を補助する。', 152, 441, 445, 455, 13.9], ['補助対象', 55, 478, 95, 491, 13.0], ['Eligible', 56, 497, 80, 504, 7.0], ['地方公共団体、農業協同組合及び地域の協議会', 152, 478, 360, 492, 14.2], ['補助率', 55, 514, 85, 528, 13.4], ['Subsidy rate', 55, 533, 98, 540, 7.0], ['173', 152, 516, 168, 525, 8.6]],

    ];
    const set = read(scanned.map((lines, k) => ocrPage(k + 2, 607, 851, lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 })))));
    expect(set.records.map((r) => [r.name, r.offices.map((o) => o.name), r.sections['目的']?.slice(0, 12)])).toEqual([
      ['地域見守りデジタル基盤整備事業', ['自治行政局地域情報化企画室'], '高齢者の単身世帯が増える'],
      ['公共交通オンデマンド化推進事業', ['自治行政局地域交通連携室'], '路線バスの廃止が続く地域'],
      ['地方公共団体の窓口業務デジタル転換支援', ['自治行政局行政経営支援室'], '住民が窓口で同じ事項を何'],
      ['スマート農業通信環境整備事業', ['総合通信基盤局電波政策課'], '農地で自動走行の農機やセ'],
    ]);
  });

  it('reads a 事業PR sheet: the figure caption in the next column does not end the text under its label, and the amount in the budget box is no title', () => {
    const names = ['地域見守りデジタル基盤整備事業', '公共交通オンデマンド化推進事業', 'スマート農業通信環境整備事業'];
    const pages = names.map((name, k) =>
      layout(k + 1, [
        line(name, 40, 37, 18), line('令和6年度予算案', 665, 43, 10), line(`自治行政局${['地域', '交通', '農業'][k]}課（03-5253-552${k}）`, 40, 62, 9), line(`約${k + 6}億円`, 661, 60, 20),
        line('事業の目的・概要', 45, 148, 10), line('事業イメージ', 485, 157, 10), line(`○${name}を進める。`, 40, 167, 10),
        line('期待される効果', 45, 234, 10), line('○異変の発見を早める。', 40, 253, 10), line('国 → 補助 → 地方公共団体', 561, 255, 9),
      ]),
    );
    const set = read(pages);
    expect(set.records.map((r) => [r.name, r.sections['目的・概要']])).toEqual(names.map((name) => [name, `${name}を進める。`]));
  });

  it('reads a 事業PR sheet\'s budget box (the same year heading over each page\'s amount) and the office under the title, read between them', () => {
    const names = ['地域見守りデジタル基盤整備事業', '公共交通オンデマンド化推進事業', 'スマート農業通信環境整備事業'];
    const pages = names.map((name, k) =>
      layout(k + 1, [
        line(name, 40, 37, 18), line('令和6年度予算案', 665, 43, 10), line(`自治行政局${['地域', '交通', '農業'][k]}課（03-5253-552${k}）`, 40, 62, 9), line(['12.3億円', '850百万円', '4.5億円'][k]!, 661, 60, 20),
        line('事業の目的・概要', 45, 148, 10), line(`${name}を進める。`, 40, 167, 10),
        line('期待される効果', 45, 234, 10), line('異変の発見を早める。', 40, 253, 10),
      ]),
    );
    expect(read(pages).records.map((r) => [r.name, r.offices.map((o) => [o.name, o.phones]), r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy]), r.sections['副題']])).toEqual(
      names.map((name, k) => [name, [[`自治行政局${['地域', '交通', '農業'][k]}課`, [`03-5253-552${k}`]]], [[2024, 'draft', [1_230_000_000, 850_000_000, 450_000_000][k]]], undefined]),
    );
  });

  it('reads a numbered title wrapped under its text, right of its number (「③ 地方公共団体の窓口」 / 「業務デジタル転換支援」)', () => {
    const record = (y: number, title: Line[], office: string): Line[] => [
      ...title, line('予算：令和6年度予算案：12.3億円', 48, y + 21, 10), line(`担当：自治行政局${office}（TEL 03-5253-5521）`, 48, y + 36, 10), line('目的：窓口の手続を一つにまとめる。', 48, y + 50, 10),
    ];
    const page = (number: number, names: [string, string, string]): PageLayout =>
      layout(number, [
        ...record(46, [line(`① ${names[0]}`, 48, 46, 13)], '地域課'),
        ...record(202, [line(`② ${names[1]}`, 48, 202, 13)], '交通課'),
        ...record(314, [line('③ 地方公共団体の窓口', 48, 314, 13), line(names[2], 72.7, 333, 13)], '経営室'),
      ]);
    const set = read([page(1, ['地域見守り基盤整備事業', '公共交通オンデマンド化事業', '業務デジタル転換支援']), page(2, ['スマート農業通信事業', '地域情報化推進事業', '業務改革モデル支援'])]);
    expect(set.records.map((r) => [r.number, r.name, r.offices.map((o) => o.division)])).toEqual([
      ['①', '地域見守り基盤整備事業', ['地域課']], ['②', '公共交通オンデマンド化事業', ['交通課']], ['③', '地方公共団体の窓口業務デジタル転換支援', ['経営室']],
      ['①', 'スマート農業通信事業', ['地域課']], ['②', '地域情報化推進事業', ['交通課']], ['③', '地方公共団体の窓口業務改革モデル支援', ['経営室']],
    ]);
  });

  it('takes a title in the text size over a letter-spaced budget label with its amount after a space (補 正 予 算 額 25.6億円)', () => {
    const cover = layout(1, [line('令和5年度補正予算 事業PR資料', 150, 250, 24)]);
    const pages = ['事業承継・引継ぎ円滑化支援事業', '伝統的工芸品産地基盤強化事業', 'デジタル人材育成加速化事業'].map((name, k) =>
      layout(k + 2, [
        line(`(${k + 1}) ${name}`, 66, 58, 12), line(`補 正 予 算 額 ${k + 2}5.6億円`, 63, 82, 9),
        line('成果目標', 70, 110, 12), line('成約件数を年間2,000件とします。', 138, 110, 12),
        line('補助対象', 70, 130, 12), line('中小企業・小規模事業者', 138, 130, 12),
      ]),
    );
    expect(read([cover, ...pages]).records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['事業承継・引継ぎ円滑化支援事業', [[2023, 'supplementary', 2_560_000_000]]],
      ['伝統的工芸品産地基盤強化事業', [[2023, 'supplementary', 3_560_000_000]]],
      ['デジタル人材育成加速化事業', [[2023, 'supplementary', 4_560_000_000]]],
    ]);
  });

  it("finds the titles of a scan whose OCR boxed every line of its crowded pages taller than its print, by the width its characters take", () => {
    // Three scanned pages as OCR read them, [text, x0, y0, x1, y1, size]: the titles' boxes (20.6, 18.5, 18.0) no taller than the text's (22.1).
    const pages: [string, number, number, number, number, number][][] = [
      [['携帯電話等エリア整備事業', 40, 55, 220, 76, 20.6], ['総務省移動通信課(TEL:03-5253-5894)', 618, 80, 801, 93, 13.4], ['<分野>', 46, 94, 80, 116, 22.1], ['5Gなどの情報通信基盤の早期整備', 49, 110, 216, 132, 22.1], ['<予算額>', 46, 168, 91, 190, 22.1], ['令和3年度当初一般会計1,514百万円', 49, 184, 230, 206, 22.3], ['<特徴・ポイント>', 46, 204, 138, 226, 22.1], ['〇道路や観光地等の非居住エリアの圏外解消のため、地方公共団体等が条件不利地域において携帯電話等の基地局整備等を行う場合に支援を行う。', 48, 226, 768, 240, 22.1], ['<目的>', 46, 277, 80, 291, 22.1], ['携帯電話サービスは国民生活に不可欠なサービスとなっているが、地理的条件や事業採算上の問題により、サービスを全く利用することができない地域や', 49, 294, 805, 309, 22.1]],
      [['デジタル活用環境構築推進事業', 51, 53, 244, 72, 18.5], ['総務省情報流通振興課情報活用支援室(TEL:03-5253-5685)', 525, 75, 798, 89, 13.9], ['<分野>', 43, 89, 77, 111, 22.1], ['未来技術の活用に向けた社会ニーズの醸成', 46, 106, 253, 128, 22.1], ['<予算額>', 43, 163, 88, 185, 22.1], ['令和2年度第3次補正一般会計1,140百万円の内数', 46, 179, 290, 202, 22.3], ['<特徴・ポイント>', 43, 199, 135, 221, 22.1], ['〇携帯ショップや公民館などで、オンラインサービスの利用方法等を説明(令和3年度は全国1000箇所程度を想定)', 46, 216, 605, 238, 22.1], ['<目的>', 43, 272, 77, 287, 22.1], ['新型コロナウイルス感染症対策の観点から、我が国全体として感染防止につながる新しい生活様式の早期実現は喫緊の課題である。そのため、国民の誰も', 46, 284, 803, 306, 22.1]],
      [['地域でのサテライトオフィス整備の推進', 53, 56, 330, 74, 18.0], ['総務省情報流通高度化推進室(TEL:03-5253-5751)', 567, 78, 800, 92, 13.9], ['<分野>', 45, 92, 79, 114, 22.3], ['生活分野での未来技術の活用', 48, 109, 189, 131, 22.1], ['<予算額>', 45, 166, 90, 188, 22.1], ['令和3年度当初一般会計71百万円', 48, 189, 212, 198, 22.1], ['<特徴・ポイント>', 45, 199, 137, 221, 22.1], ['〇サテライトオフィスを整備する地方公共団体に対して、その経費の一部を補助する。', 46, 216, 520, 238, 22.1], ['<目的>', 45, 272, 79, 287, 22.1], ['地方への人の流れを創出するため、都市部の企業が地方にサテライトオフィスを設置する取組を推進する。', 46, 284, 620, 306, 22.1]],
    ];
    const set = read(pages.map((lines, k) => ocrPage(k + 1, 853, 611, lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 })))));
    expect(set.records.map((r) => [r.name, r.field, r.offices[0]?.phones])).toEqual([
      ['携帯電話等エリア整備事業', '5Gなどの情報通信基盤の早期整備', ['03-5253-5894']],
      ['デジタル活用環境構築推進事業', '未来技術の活用に向けた社会ニーズの醸成', ['03-5253-5685']],
      ['地域でのサテライトオフィス整備の推進', '生活分野での未来技術の活用', ['03-5253-5751']],
    ]);
  });

  it("finds every record of a scan whose OCR read half its titles no taller than the text, a bar before them read as 「 or 「_", () => {
    // Two scanned pages as OCR read them, [text, x0, y0, x1, y1, size]: the first title of each page boxed 16 high, the second 19, the text 14.
    const pages: [string, number, number, number, number, number][][] = [
      [['①デジタル実装による地方の社会課題解決・魅力向上', 716, 7, 919, 19, 12], ['「ふるさと納税の活用促進', 36, 37, 185, 54, 16.1], ['自治税務局市町村税課', 828, 41, 921, 54, 13.2], ['区分: ②税制', 37, 61, 98, 71, 9.8], ['総合戦略との関係: ①デジタル実装による地方の社会課題解決・魅力向上', 37, 77, 382, 91, 14.4], ['予算額: -', 37, 94, 81, 108, 14.4], ['施策効果の', 45, 113, 96, 128, 14.6], ['詳細', 60, 129, 80, 138, 9.4], ['ふるさとやお世話になった地方公共団体に感謝や応援の気持ちを伝えることを通じて、個人と地域の連携を強化する。', 110, 113, 754, 127, 13.9], ['目的', 62, 150, 80, 159, 9.1], ['ふるさとやお世話になった地方団体に感謝し、若しくは応援する気持ちを伝える。', 110, 148, 754, 162, 14.2], ['概要', 60, 177, 80, 187, 9.6], ['税制上の寄附金控除の仕組みを活用し、実質2,000円の負担で、納税先を選択可能とする仕組み。', 109, 168, 905, 183, 14.6],
        ['総務省統計局の移転', 52, 220, 160, 239, 19.2], ['統計局総務課', 865, 225, 923, 238, 13.4], ['区分: ①予算', 37, 245, 99, 255, 9.8], ['総合戦略との関係: ①デジタル実装による地方の社会課題解決・魅力向上', 37, 260, 382, 275, 14.2], ['予算額: -', 37, 277, 88, 292, 14.6], ['施策効果の', 45, 297, 96, 312, 14.6], ['詳細', 60, 313, 80, 322, 9.4], ['統計データ利活用の推進を行うことで地方創生を促す', 110, 297, 360, 311, 14.6], ['目的', 62, 348, 80, 357, 9.1], ['和歌山県を関西圏の統計データ利活用の拠点と位置付ける。', 110, 332, 916, 346, 14.4], ['概要', 60, 391, 80, 400, 9.6], ['和歌山県に「統計データ利活用センター」を置き、平成30年度から実施。', 109, 382, 913, 396, 14.6], ['P.2', 476, 522, 488, 529, 6.7]],
      [['①デジタル実装による地方の社会課題解決・魅力向上', 723, 9, 922, 28, 19.7], ['「_ICT基盤高度化事業', 39, 43, 158, 60, 16.3], ['情報流通行政局デジタル経済推進室', 774, 47, 924, 60, 13.4], ['区分: ①予算', 41, 67, 102, 77, 9.8], ['総合戦略との関係: ①デジタル実装による地方の社会課題解決・魅力向上', 40, 82, 385, 97, 14.4], ['予算額: 令和5年度予算(案):50百万円', 41, 99, 280, 116, 16.3], ['施策効果の', 48, 139, 99, 154, 14.6], ['詳細', 64, 155, 83, 164, 9.4], ['社会的課題の解決に資する先導的なICT利活用モデルの実証を行う。', 113, 139, 842, 153, 14.6], ['目的', 65, 191, 83, 200, 9.1], ['医療情報の効果的・効率的な安全管理を推進する。', 112, 174, 911, 189, 14.4], ['概要', 63, 240, 83, 250, 9.6], ['ガイドライン及びSLAについて必要な見直しを行う。', 112, 224, 827, 239, 14.6],
        ['高度無線環境整備推進事業', 54, 291, 201, 310, 19.2], ['総合通信基盤局電気通信事業部事業政策課ブロードバンド整備推進室', 631, 296, 924, 309, 13.7], ['区分: ①予算', 41, 315, 102, 325, 9.8], ['総合戦略との関係: ②デジタル基盤整備', 40, 331, 228, 346, 14.6], ['予算額: 令和5年度予算(案):4,196百万円', 40, 348, 300, 364, 15.6], ['施策効果の', 48, 388, 99, 403, 14.6], ['詳細', 64, 404, 83, 414, 9.4], ['条件不利地域等において情報通信基盤が整備されること。', 113, 388, 910, 402, 14.2], ['目的', 65, 432, 83, 441, 9.1], ['あらゆる地域でテレワーク、在宅学習、遠隔医療などを促進する。', 113, 423, 920, 438, 14.2], ['概要', 63, 466, 83, 476, 9.6], ['伝送路設備等の整備を支援する事業。', 113, 458, 918, 472, 14.4], ['P.3', 479, 528, 491, 535, 6.7]],
    ];
    const set = read(pages.map((lines, k) => ocrPage(k + 2, 964, 547, lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 })))));
    expect(set.records.map((r) => [r.name, r.offices[0]?.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['ふるさと納税の活用促進', '自治税務局市町村税課', [null]],
      ['総務省統計局の移転', '統計局総務課', [null]],
      ['ICT基盤高度化事業', '情報流通行政局デジタル経済推進室', [50_000_000]],
      ['高度無線環境整備推進事業', '総合通信基盤局電気通信事業部事業政策課ブロードバンド整備推進室', [4_196_000_000]],
    ]);
  });

  it("takes no line of a label's value for a title on a scan where OCR boxed it as tall as one (two rows run together)", () => {
    // A scanned page as OCR read it, [text, x0, y0, x1, y1, size]: the titles boxed 17 high, the value beside
    // 「施策効果の詳」 (its 細 lost) 23, the text 13.
    const lines: [string, number, number, number, number, number][] = [
      ['令和5年度予算(案)', 715, 42, 790, 54, 12], ['(1)地域経済循環創造事業交付金(ローカル10.000プロジェクト)', 56, 63, 390, 80, 17], ['自治行政局地域政策課', 131, 81, 223, 100, 19], ['担当', 81, 86, 98, 95, 8.6],
      ['施策の種別', 67, 104, 113, 117, 13.2], ['①予算', 129, 105, 157, 114, 8.6], ['総合戦略での', 62, 123, 118, 137, 13.7], ['位置付け', 72, 138, 108, 146, 8.6], ['①デジタル実装による地方の社会課題解決・魅力向上', 129, 118, 356, 138, 19.2],
      ['予算額', 67, 162, 114, 175, 13.4], ['令和5年度予算(案) : 580百万円の内数', 130, 155, 292, 168, 13], ['令和4年度予算: 500百万円の内数', 130, 169, 275, 181, 12.7],
      ['施策効果の詳', 62, 193, 118, 206, 13.4], ['ンドリリナイクリナッ上げを支援する交付金によって地域における資金循環及び地域の雇用の創出、地域資源の', 129, 192, 783, 216, 23],
      ['目的', 83, 233, 99, 241, 8.6], ['地方公共団体が、地域の金融機関等と連携しながら民間事業者等による事業化段階で必要となる経費についての', 129, 225, 784, 238, 13.2], ['る経費を交付することにより、地域資源を生かした先進的で持続可能な事業者の取組を促進し、地域での経済循', 130, 239, 739, 252, 13.2],
      ['概要', 81, 272, 99, 280, 8.6], ['・産学金官の連携により、地域の資源と資金を活用して、雇用吸収力の大きい地域密着型事業の立ち上げを支援', 133, 257, 607, 270, 13.4], ['いては重点支援の対象とし、補助率の高上げを実施。', 130, 284, 350, 297, 13.2],
      ['(2)移住・交流情報ガーデン', 69, 319, 206, 336, 17.3], ['担当', 81, 344, 98, 352, 8.6], ['自治行政局地域自立応援課', 131, 343, 242, 356, 13.2],
      ['施策の種別', 67, 361, 113, 374, 13.2], ['①予算', 129, 362, 157, 371, 8.6], ['総合戦略での', 62, 380, 118, 394, 13.7], ['位置付け', 72, 395, 108, 403, 8.6], ['①デジタル実装による地方の社会課題解決・魅力向上', 129, 376, 356, 395, 19],
      ['予算額', 67, 419, 114, 433, 13.4], ['令和5年度予算(案) : 93百万円', 130, 413, 257, 426, 13.4], ['令和4年度予算: 93百万円', 130, 426, 240, 439, 13.2],
      ['施策効果の詳', 62, 450, 118, 463, 13.4], ['細', 86, 464, 94, 473, 8.6], ['地方移住に関わる居住・就労・生活支援等に係る情報提供や相談についてワンストップで対応する窓口を開設し', 129, 450, 783, 462, 12.7], ['実施することにより、地方移住への機運を醸成し、地方への人の流れを創出する。', 129, 463, 473, 477, 13.2],
      ['目的', 83, 483, 99, 492, 8.6], ['地方から東京への人口流出に歯止めをかけ、地方への新しい人の流れをつくる。', 129, 482, 592, 495, 13.2],
      ['概要', 81, 516, 99, 524, 8.6], ['・地方自治体や関係各庁とも連携し、総合的な情報提供を実施', 133, 515, 394, 528, 13.2],
    ];
    const set = read([ocrPage(3, 851, 608, lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 })))]);
    expect(set.records.map((r) => [r.number, r.name, r.offices[0]?.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['1', '地域経済循環創造事業交付金(ローカル10.000プロジェクト)', '自治行政局地域政策課', [580_000_000, 500_000_000]],
      ['2', '移住・交流情報ガーデン', '自治行政局地域自立応援課', [93_000_000, 93_000_000]],
    ]);
  });

  it("reads a short scan of two records whose second title OCR boxed smaller than the text, and takes no budget line ending in its amount for a title", () => {
    // A cover and two record pages as OCR read them, [text, x0, y0, x1, y1, size]: the second title boxed 10.8 high, the text 14.2.
    const pages: [string, number, number, number, number, number][][] = [
      [['令和2年度概算要求', 325, 202, 529, 234, 31.7], ['総務省重点施策', 344, 239, 509, 270, 31], ['総務省', 384, 462, 454, 486, 24]],
      [['総務省重点施策2020', 44, 24, 124, 36, 12], ['総務省', 781, 24, 806, 36, 12], ['施策', 415, 49, 435, 59, 9.6], ['地域の基幹産業を中心とした地域経済活性化', 49, 70, 288, 86, 15.8],
        ['予算', 415, 97, 435, 106, 9.4], ['地域の基幹産業を中心とした地域経済活性化に向けた効果的広報0.7億円【新規】', 49, 116, 428, 131, 14.2],
        ['概要', 414, 143, 434, 152, 9.6], ['革新的技術を活用して企業の生産性向上を図るとともに、地域の経済循環を拡大するため、革新的技術の実装例や地域の強みを活かした地域経済循環に資する', 49, 162, 792, 176, 14.2],
        ['先進事例について、効果的な広報を通じて地方公共団体と認識を共有することにより、横展開を推進', 49, 176, 520, 191, 14.4], ['P.2', 793, 577, 805, 583, 6.7]],
      [['総務省重点施策2020', 44, 24, 125, 36, 12], ['総務省', 781, 24, 807, 36, 12], ['施策', 415, 50, 435, 60, 9.6], ['地域運営組織の形成促進', 49, 72, 180, 83, 10.8],
        ['予算', 415, 98, 435, 107, 9.4], ['地域運営組織の形成及び持続的な運営に要する経費0.2億円(元年度0.1億円)', 49, 117, 415, 131, 14.2],
        ['概要', 281, 144, 300, 153, 9.6], ['地域の課題解決のための住民による取組体制の確立のため、地域における多様な主体(※)を包摂し、', 49, 162, 525, 177, 14.2],
        ['連携させる地域運営組織の形成及び持続的な運営を支援', 49, 177, 311, 192, 14.4], ['P.3', 794, 577, 806, 584, 6.7]],
    ];
    const set = read(pages.map((lines, k) => ocrPage(k + 1, 850, 606, lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 })))));
    expect(set.records.map((r) => [r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['地域の基幹産業を中心とした地域経済活性化', [70_000_000]],
      ['地域運営組織の形成促進', [20_000_000, 10_000_000]],
    ]);
  });

  it("keeps a scan's titles found in their print where a smaller print finds as many lines but not them (a scheme's caption, the project's period)", () => {
    // A cover and two pages of two PR sheets each, as OCR read them, [text, x0, y0, x1, y1, size]: the second title of each page boxed no taller than the text.
    const pages: [string, number, number, number, number, number][][] = [
      [['令和5年度補正予算', 322, 202, 527, 233, 31.2], ['事業PR資料', 363, 238, 487, 267, 29.8], ['令和5年11月29日', 370, 402, 482, 419, 17], ['経済産業省', 361, 461, 483, 486, 24.5]],
      [['令和5年度補正予算事業PR資料', 37, 15, 156, 27, 12], ['商店街にぎわい再生緊急支援事業', 46, 35, 239, 56, 20.9], ['中小企業庁', 770, 41, 805, 47, 6.5], ['商業振興室', 770, 50, 805, 57, 6.5], ['03-3580-0214', 755, 60, 805, 65, 5.3], ['令和5年度補正予算額', 386, 73, 462, 85, 11.8], ['18.0億円', 41, 90, 72, 97, 7], ['事業目的・概要', 135, 108, 189, 120, 11.5], ['〇人口減少と消費行動の変化により空き店舗が増えている商店街に', 40, 123, 278, 134, 11.3], ['おいて、地域住民の生活を支える拠点づくりを支援します。', 51, 134, 259, 145, 11], ['〇空き店舗の改修、共同配送、キャッシュレス決済の導入など、商', 40, 145, 279, 156, 11.3], ['店街が一体となって行う取組を対象とします。', 50, 157, 211, 168, 11.3], ['成果目標', 366, 109, 396, 116, 7], ['支援した商店街の空き店舗率を、事業実施前から3', 292, 123, 469, 134, 11], ['ポイント以上引き下げることを目指します。', 292, 134, 444, 145, 11], ['事業イメージ', 491, 115, 538, 126, 10.8], ['[空き店舗改修', 490, 127, 540, 143, 16.3], ['(キャッシュレス', 620, 126, 673, 144, 18.2], [']', 681, 127, 684, 143, 16.3], ['事業期間', 240, 176, 271, 188, 11.5], ['令和5年度〜令和6年度', 41, 191, 121, 203, 11.3], ['条件(対象者、対象行為、補助率等)', 42, 211, 170, 222, 11.3], ['補助対象:商店街振興組合、商工会・商工会議所等', 42, 223, 223, 235, 11.5], ['補助率: 2/3', 42, 235, 87, 247, 11.3], ['商店街振興組合等', 95, 270, 158, 282, 11.5], ['伝統的工芸品産地基盤強化事業', 51, 305, 226, 317, 11.8], ['製造産業局', 770, 306, 805, 316, 10.6], ['生活製品室', 770, 316, 805, 326, 10.6], ['03-3580-0435', 755, 326, 805, 331, 5.3], ['令和5年度補正予算額', 386, 340, 461, 351, 11.5], ['6.2億円', 41, 356, 67, 363, 7], ['事業目的・概要', 143, 374, 198, 386, 11.3], ['伝統的工芸品の産地で、原材料の確保や道具の製作を担う事業者が減っ', 41, 389, 292, 401, 11.3], ['ていることを踏まえ、産地の生産基盤を維持するための取組を支援しま', 41, 401, 292, 412, 11.3], ['す。', 41, 413, 51, 420, 6.7], ['成果目標', 374, 375, 405, 382, 7], ['支援した産地の従事者数の減少率を、過去5年', 308, 389, 472, 401, 11.3], ['平均の半分以下に抑えることを目指します。', 308, 401, 461, 412, 11], ['事業イメージ', 491, 381, 538, 392, 10.8], ['(原材料確保) < < (後継者育成)', 490, 393, 663, 409, 16.1], ['事業期間', 240, 431, 271, 443, 11.5], ['令和5年度〜令和7年度', 41, 447, 121, 454, 7], ['条件(対象者、対象行為、補助率等)', 42, 466, 170, 477, 11.3], ['補助対象:伝統的工芸品産業振興協会、産地組合等', 42, 478, 223, 490, 11.5], ['補助率:定額、1/2', 42, 491, 110, 502, 11.3], ['事業スキーム', 36, 504, 83, 520, 15.8], ['(補助', 62, 522, 81, 528, 6.2], [')', 82, 521, 85, 531, 10.3], ['産地組合等', 95, 527, 133, 534, 7.2], ['令和5年度補正予算事業PR資料', 37, 573, 156, 585, 12], ['2', 421, 576, 426, 583, 6.7], ['経済産業省', 768, 573, 810, 585, 12]],
      [['令和5年度補正予算事業PR資料', 40, 20, 161, 32, 11.8], ['水素サプライチェーン実証加速化事業', 50, 44, 280, 56, 12.2], ['資源エネルギー庁', 748, 45, 809, 56, 11], ['水素・アンモニア課', 741, 54, 809, 65, 10.6], ['03-3580-0873', 756, 67, 808, 72, 5.8], ['令和5年度補正予算額', 387, 81, 466, 93, 12], ['154.3億円', 45, 97, 83, 108, 11.3], ['事業目的・概要', 129, 117, 186, 129, 12], ['港湾や工業地帯での水素の受入れから貯蔵、需要地までの輸', 44, 133, 269, 144, 11.5], ['送を一貫して行う実証を前倒しで実施し、商用化に向けた技', 44, 145, 268, 157, 11.8], ['術課題を洗い出します。', 44, 157, 130, 168, 11.5], ['成果目標', 360, 118, 393, 126, 7.7], ['2030年に水素の供給コストを1ノルマル立方メート', 280, 133, 470, 144, 11.3], ['ル当たり30円とする目標に向け、実証段階のコスト', 280, 145, 471, 156, 11.3], ['を半減させます。', 280, 157, 341, 168, 11.5], ['事業イメージ', 494, 124, 544, 135, 11.5], ['事業期間', 243, 177, 275, 189, 12.2], ['令和5年度〜令和10年度', 44, 193, 134, 204, 11.5], ['条件(対象者、対象行為、補助率等)', 45, 213, 181, 225, 12], ['補助対象:民間事業者等', 45, 225, 136, 237, 11.8], ['補助率: 2/3', 45, 239, 92, 251, 12], ['事業スキーム', 40, 258, 90, 270, 11.8], ['(交付金)', 67, 272, 98, 282, 10.6], ['回馬抽', 40, 272, 83, 297, 25], ['研究開発法人', 108, 276, 158, 288, 12], ['(補助)', 162, 272, 195, 283, 10.8], ['民間事業者等', 206, 277, 255, 285, 7.7], ['中小企業省エネ診断・設備更新支援事業', 53, 311, 295, 330, 18.5], ['資源エネルギー庁', 748, 313, 809, 324, 11], ['省エネルギー課', 756, 324, 808, 331, 7], ['03-3580-0652', 756, 335, 808, 341, 5.8], ['令和5年度補正予算額', 387, 350, 467, 362, 12.2], ['33.4億円', 44, 366, 77, 374, 7.4], ['事業目的・概要', 148, 386, 205, 398, 12], ['省エネルギー診断を受けた中小企業が、診断結果に基づく空調・照', 44, 401, 293, 413, 11.8], ['明・ボイラー等の高効率設備への更新を行う場合に、その費用の一部', 44, 413, 302, 425, 11.8], ['を補助します。', 45, 425, 97, 437, 11.8], ['成果目標', 379, 387, 412, 394, 7.7], ['診断から設備更新に至る企業の割合を、', 317, 401, 461, 413, 11.5], ['現状の2割から4割に高めることを目指し', 317, 413, 468, 425, 11.3], ['ます。', 318, 426, 337, 437, 11.5], ['事業イメージ', 494, 392, 544, 404, 12], ['[省エネ良断', 494, 405, 539, 424, 18.7], ['< (設備更新」5', 552, 405, 618, 424, 19], ['効果検証', 632, 411, 661, 417, 6.7], ['事業期間', 243, 447, 275, 454, 7.7], ['令和5年度〜令和7年度', 44, 461, 129, 473, 12], ['条件(対象者、対象行為、補助率等)', 45, 482, 181, 494, 12], ['補助対象:中小企業等', 45, 495, 128, 507, 11.5], ['補助率: 1/2', 45, 508, 92, 520, 12], ['事業スキーム', 40, 527, 90, 539, 11.5], [')', 88, 540, 91, 551, 10.6], ['(補助', 67, 541, 87, 548, 6.5], ['民間団体', 101, 546, 133, 553, 7.2], [')', 169, 540, 172, 551, 10.6], ['中小企業等', 183, 545, 223, 556, 11.5], ['令和5年度補正予算事業PR資料', 40, 578, 160, 590, 12], ['3', 424, 581, 429, 588, 6.7], ['経済産業省', 772, 578, 813, 590, 12]],
    ];
    const set = read(pages.map((lines, k) => ocrPage(k + 1, 850, 606, lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 })))));
    expect(set.records.map((r) => r.name)).toEqual(['商店街にぎわい再生緊急支援事業', '伝統的工芸品産地基盤強化事業', '水素サプライチェーン実証加速化事業', '中小企業省エネ診断・設備更新支援事業']);
  });

  it("reads a number path whose Roman numeral a scan's OCR read as a digit set apart (「1 -2」 for 「Ⅰ-2」) or as a kanji (「四-1」 for 「Ⅲ-1」) as the record's number, not part of its name", () => {
    // Two scanned pages of a prefecture's catalogue as OCR read them, [text, x0, y0, x1, y1, size].
    const pages: [string, number, number, number, number, number][][] = [
      [['I-1中山間地域デジタル診療支援事業', 66, 52, 286, 69, 17], ['担当課ーーー健康福祉部医療政策課(TEL 024-521-7210 iryo-dx@prefmidori.lg.jp)', 63, 77, 547, 90, 13.4], ['令和6年度当初予算額いーー48,620千円', 63, 87, 267, 107, 20.4], ['医師の少ない中山問地域で、オンライン診療により受診の機会を確保する。', 63, 120, 395, 140, 20.6], ['〇事業内容', 63, 139, 112, 159, 20.6], ['〇目的', 63, 110, 91, 119, 8.9], ['診療所と公民館を結ぶオンライン診療の機器と看護師の同行を支援する。', 63, 153, 385, 174, 20.4], ['〇KPI', 63, 177, 89, 186, 8.4], ['オンライン診療を行う地区を令和8年度までに30地区とする。', 63, 191, 333, 204, 13.7], ['1 -2防災士養成・地域防災力向上事業', 66, 226, 285, 243, 17.5], ['担当課ババいい危機管理部防災企画課(TEL 024-521-7194 bousaishi@prefmidorilgjp)', 63, 247, 560, 263, 15.6], ['令和6年度当初予算額ーー......ー...ー... 18,900千円', 63, 264, 267, 276, 12.5], ['〇目的', 63, 284, 91, 293, 8.9], ['自主防災組織の中心となる人材を各地区に育てる。', 64, 297, 285, 309, 12], ['〇事業内容', 63, 312, 112, 331, 19.9], ['防災士の資格取得講座を県内4会場で開き、受講料を県が負担する。', 63, 331, 361, 343, 12.5], ['OKPEI', 63, 351, 89, 359, 8.4], ['防災士の数を令和8年度末までに5,000人とする。', 63, 364, 278, 378, 13.9], ['II-1県産木材需要拡大推進事業', 64, 399, 248, 417, 17.8], ['担当課ーバいい農林水産部林業振興課(TEL 024-521-7432 kenzai@prefmidorilg.jp)', 62, 420, 545, 435, 14.9], ['令和6年度当初予算額ーー......ー...ー...ー125.,300千円(前年度98,000千円)', 63, 438, 374, 450, 12.5], ['補助対象由放間導放間童主導間導導導導導導県内に住宅を新築する個人及び工務店', 62, 451, 387, 462, 11], ['〇目的', 63, 471, 91, 480, 8.9], ['住宅と公共建築で県産木材の利用を増やし、林業の担い手の所得を高める。', 62, 485, 395, 497, 12.7], ['〇事業内容', 63, 499, 111, 519, 20.2], ['県産木材を使う住宅の新築とりリフォームに対し、使用量に応じて助成する。', 63, 518, 395, 531, 13]],
      [['II-2観光DX推進・周遊促進事業', 60, 49, 250, 67, 17.8], ['担当課...ハーーバー観光交流局観光振興課(TEL 024-521-7322 _ kanko-dx@prefmidorilg.jp)', 59, 74, 554, 87, 13.2], ['令和6年度当初予算額............... 64,200千円(新規)', 59, 89, 297, 102, 13.2], ['事業期間PEEEEEEEEEEEEEEEEEEEEEEEE令和6年度〜令和8年度', 59, 103, 315, 114, 11], ['〇目的', 59, 122, 87, 132, 9.1], ['県内の観光地を巡る旅行者を増やし、滞在日数を延ばす。', 59, 136, 311, 149, 13.4], ['〇事業内容', 59, 155, 108, 168, 13.7], ['観光施設の混雑情報と交通の乗継ぎを一つのアプリで案内する。', 58, 169, 342, 183, 14.2], ['II-3農業の担い手スマート化支援事業', 60, 204, 281, 221, 17.3], ['担当課...バいい農林水産部農業担い手課(TEL 024-521-7407 ninaite@prefmidorilg.jp)', 58, 226, 553, 241, 14.9], ['令和6年度当初予算額.........ー...ー... 33,750千円', 59, 242, 262, 255, 12.5], ['補助率い1/2以内', 58, 258, 250, 267, 9.6], ['〇目的', 59, 276, 87, 285, 8.9], ['新規就農者が早く経営を安定させられるよう、省力化の技術を広める。', 58, 290, 371, 303, 12.2], ['〇事業内容', 59, 309, 108, 322, 12.5], ['自動操艇の農機やドローンの尊入に要する経費の一部を補助する。', 60, 323, 350, 336, 12.7], ['四-1子育て世帯移住促進事業', 59, 359, 232, 376, 17.5], ['担当課バいい企画調整部移住定住課(TEL 024-521-7085 iju@prefmidorilgjp)', 58, 380, 522, 395, 15.4], ['令和6年度当初予算額.........ー...ー... 76,000千円', 58, 396, 263, 409, 12.7], ['〇目的', 58, 417, 87, 426, 8.9], ['子育て世帯の県外からの移住を促し、地域の担い手を確保する。', 59, 430, 340, 443, 12.7], ['〇事業内容', 58, 449, 108, 461, 12.7], ['移住した子育て世帯に、住まいの改修費と引越し費用の一部を支給する。', 58, 463, 380, 476, 12.7], ['O〇KEI', 57, 479, 84, 494, 15.4], ['移住した子育て世淀数を年間200世帯とする。', 58, 497, 259, 510, 13.7]],
    ];
    const set = read(pages.map((lines, k) => ocrPage(k + 2, 611, 853, lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 })))));
    expect(set.records.map((r) => [r.number, r.name])).toEqual([
      ['I-1', '中山間地域デジタル診療支援事業'], ['1-2', '防災士養成・地域防災力向上事業'], ['II-1', '県産木材需要拡大推進事業'],
      ['II-2', '観光DX推進・周遊促進事業'], ['II-3', '農業の担い手スマート化支援事業'], ['四-1', '子育て世帯移住促進事業'],
    ]);
  });

  it("reads a scan's numbered titles whose bar before them OCR read as a stroke set apart (「l 3.移住…」, 「1 1.ふるさと…」) without it", () => {
    const record = (title: string, office: string, top: number): Line[] => [
      ocr(title, 42, top, 18), ocr('担当', 60, top + 30), ocr(office, 150, top + 30), ocr('施策分類', 60, top + 50), ocr('①予算', 150, top + 50),
      ocr('予算額', 60, top + 70), ocr('令和5年度予算(案):50百万円', 150, top + 70), ocr('概要', 60, top + 90), ocr('地方への人の流れを創出する。', 150, top + 90),
    ];
    const set = read([
      ocrPage(1, 595, 842, [...record('1 1.ふるさと納税の活用促進', '自治税務局市町村税課', 50), ...record('2.地域おこし協力隊', '地域自立応援課', 250)]),
      ocrPage(2, 595, 842, [...record('l 3.移住・交流情報ガーデン', '地域自立応援課', 50), ...record('4.ICT基盤高度化事業', '情報流通行政局', 250)]),
    ]);
    expect(set.records.map((r) => [r.number, r.name])).toEqual([['1', 'ふるさと納税の活用促進'], ['2', '地域おこし協力隊'], ['3', '移住・交流情報ガーデン'], ['4', 'ICT基盤高度化事業']]);
  });

  it("ends a scan's title at a bulleted line under it, though OCR boxed the bullets as tall as the title", () => {
    // Two scanned pages of 重点施策 as OCR read them, [text, x0, y0, x1, y1, size]: on the second, a title 19.9 high over its bullets 20.2 high.
    const pages: [string, number, number, number, number, number][][] = [
      [
        ["総務省加点施策2020",54,35,133,47,11.5],
        ["令和2年度概錠",486,36,537,44,7.4],
        ["粘",611,37,611,44,7],
        ["(1)地域おこし協力隊の拡充など地方への移住・交流の推進",53,56,358,73,17],
        ["金丁玉の内容",54,76,111,88,11.5],
        ["・地域おこし協力隊の更なる拡充のため、全国サミットの開催等により広く制度の周知を行うとともに、隊員・自治体揚",66,92,549,104,12.7],
        ["当職員双方への研修やサポートデスクの充実等により、隊員の円滑な活動を支援",74,104,396,117,12.5],
        ["・地方移住関連情報の提供や相談支援の一元的な窓口である「移住・交流情報ガーデン」の情報提供機能の強化や地域と",66,117,548,130,12.7],
        ["多様に関わる者への情報提供、都市と農山漁村の交流の支援などにより、地方への移住・交流を推進",74,130,477,143,12.5],
        ["予算",298,150,314,158,8.2],
        ["地域おこし協力隊の推進に要する経費2.1億円(元年度1.5億円)",59,167,318,179,12.5],
        ["「移住・交流情報ガーデン」の運営等に要する経費0.9億円(元年度0.9億円)",65,179,372,192,12.2],
        ["都市・農山漁村の地域連携による子供農山漁村交流推進モデル事業0.4億円(元年度0.4億円)",59,192,435,205,13],
        ["(4)地域運営組織の形成促進",67,224,204,244,20.2],
        ["金本業の内容",54,247,110,260,12.7],
        ["地域の課題解決のための住民による取組体制の確立のため、地域における多様な主体(※)を包摂し、連携させる地域運営",62,262,557,274,11.8],
        ["組織の形成及び持続的な運営を支援",62,275,206,288,12.2],
        ["※自治会・町内会、婦人会、ボランティア、NPO、消防団、経済団体、郵便局など",63,291,397,303,12],
        ["予算",298,312,314,320,8.2],
        ["地域運営組織の形成及び持続的な運営に要する経費0.2億円(元年度0.1億円)",59,329,372,341,12.2],
        ["(5)都市部企業と連携したIT人材育成の推進",53,363,281,379,16.8],
        ["る金事業の内容",54,383,110,396,13.2],
        ["地方におけるIT人材育成や雇用創出を図るため、都市部のIT系企業と連携したIT技術に関する職業訓練の実施、IT系企業の",62,398,557,411,12.5],
        ["サテライトオフィスの誘致、誘致IT系企業等への就職支援等に取り組む地方公共団体を支援",63,411,431,424,12.5],
        ["予算",298,431,314,439,8.2],
        ["IT人材育成*サテライトオフィス誘致促進連携事業1.2億円【新規】",59,448,327,460,12.2],
        ["令和2年度概算要求",55,810,126,817,7.4],
        ["総務省二点施策2020",478,809,558,820,11.8],
      ],
      [
        ["総務和省重点施策2020",50,32,129,44,11.8],
        ["令和2年度概算要求",482,33,553,41,7.4],
        ["(1)地域課題解決型ローカル5G等の実現に向けた開発実証",62,53,347,69,16.1],
        ["金后業の内容",50,73,106,86,13],
        ["地域の企業や自治体をはじめ、様々な主体が個別のニーズに応じて独自の5Gシステムを条軟に構築でき、地域課題解決に",58,89,546,101,12.7],
        ["資することが期待されている「ローカル5G」等の実現に向け、地域のニーズを踏まえた開発実証を推進",59,101,475,114,13],
        ["予算",293,121,310,129,8.2],
        ["地域課題解決型ローカル5G等の実現に向けた開発実証70.1億円【新規】",54,138,344,151,12.5],
        ["(3)サイバーセキュリティに関する情報共有の推進",62,171,310,191,19.9],
        ["・通信事業者や放送事業者をはじめとする産業界の多様な主体のサイバー防護能力を強化するため、サイバー攻撃情報や",61,203,545,223,20.2],
        ["・①通信事業者や放送事業者をはじめとする産業界がサイバー攻撃情報を共有するための情報共有基盤において、脆弱性",61,228,545,248,19.9],
        ["・②日々公開される多種多様な脆弱性情報について、AIを活用した高精度な深刻度・信頼度評価を行い、結果を情報共有",61,254,546,274,19.9],
        ["・⑫総合通信局を中心として所管事業者等との情報共有等を実施する体制を構穫",61,280,383,300,20.2],
        ["$姜業の内容",50,194,105,202,8.6],
        ["脆弱性情報をより迅速に共有し、更なる効果的な対処に上繋げる仕組みを確立",69,221,374,234,13],
        ["情報を新たな共有対象とともに、ソフトウェア資産情報と組み合わせることで、迅速かつ効果的な対処を実現",69,246,509,259,13],
        ["基般で共有することにより、迅速かつ効果的な対処を実現",69,268,302,288,19.9],
        ["予算",293,305,310,313,8.2],
        ["サイバーセキュリティ情報共有推進事業3.6億円(元年度3.4億円)",55,322,323,335,12.5],
        ["(1)地域におけるAI・IoTサービスの実装・共同利用の推進",62,357,350,373,16.1],
        ["るる事業の内容",49,372,105,391,19.7],
        ["地域におけるAI・IoT等の革新的技術を活用したサービスの実装及び自治体における共同利用を推進するため、計画策定支",58,389,550,405,15.6],
        ["援、人的支援、初期投資等に対する補助等を地方公共団体等に対して総合的に実施",58,402,390,417,15.6],
        ["予算",293,425,310,433,8.2],
        ["地域IoT実装・共同利用総合支援施策9.7億円(元年度3.5億円)",54,442,310,455,12.7],
        ["地域情報化の推進(本省) 1.3億円(元年度1.0億円)",54,455,269,467,12.5],
        ["地域情報化の推進(地方) 0.5億円(元年度0.3億円)",55,468,269,480,12.5],
        ["令和2年度概算要求",50,807,122,814,7.4],
        ["総務省避点施策2020",474,806,554,817,11.8],
      ]
,
    ];
    const set = read(pages.map((lines, k) => ocrPage(k + 2, 603, 848, lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 })))));
    expect(set.records.map((r) => r.name)).toContain('サイバーセキュリティに関する情報共有の推進');
  });

  it("takes a name that a scan's OCR read before its 施策名 cell, beside it on its row, for the record's, not the text under the next label", () => {
    // Two scanned pages as OCR read them, [text, x0, y0, x1, y1, size]: 「国際放送の実施」 boxed 11.5 high, its label 14.2, and read first.
    const pages: [string, number, number, number, number, number][][] = [
      [
        ["施策名",61,52,90,66,14.2],
        ["地域おこし協力隊の拡充など地方への移住・交流の推進",109,50,432,67,17],
        ["〇地域おこし協力隊の更なる拡充のため、全国サミットの開催等により広く制度の周知を行うとともに、隊",56,92,536,105,13.4],
        ["員・自治体担当職員双方への研修やサポートデスクの充実等により、隊員の円滑な活動を支援",68,106,486,119,13.7],
        ["〇地方移住関連情報の提供や相談支援の一元的な窓口である「移住・交流情報ガーデン」の情報提供機能の強",56,120,546,134,13.7],
        ["化や地域と多様に関わる者への情報提供、都市と農山漁村の交流の支援などにより、地方への移住・交流を",68,134,546,148,13.9],
        ["推進",67,149,86,158,8.9],
        ["地域おこし協力隊の推進に要する経費2.1億円(元年度1.5億円)",109,169,397,183,13.7],
        ["「移住・交流情報ガーデン」の運営等に要する経費0.9億円(元年度0.9億円)",115,183,457,197,13.7],
        ["都市・農山漁村の地域連携による子供農山漁村交流推進モデル事業0.4億円(元年度0.4億円)",109,197,527,211,13.9],
        ["国際放送の実施",109,240,198,251,11.5],
        ["施策名",61,240,90,254,14.2],
        ["概要",47,258,80,273,15.6],
        ["放送法の規定に基づき、必要な事項を指定して、NHKに国際放送を行うことを要請することにより、我が国の文",55,280,556,293,13.4],
        ["化、産業等の事情を海外へ紹介し、我が国に対する正しい認識を培うことによって、国際親善の増進及び外国と",55,294,553,308,13.4],
        ["の経済交流の発展等を図るとともに、在外邦人に対して必要な情報を提供する。",56,308,408,322,13.9],
        ["日本放送協会交付金35.9億円(元年度35.9億円)",110,329,330,342,13.7],
        ["総務省",47,815,71,822,7.4],
        ["っ",293,820,309,826,6.7],
        ["総務省重点施策2020",476,810,556,826,15.6],
      ],
      [
        ["施策名",64,54,93,68,14.2],
        ["データ利活用型スマートシティの推進",112,52,331,68,16.8],
        ["(\"概要",50,78,83,87,9.6],
        ["各都市・地域の課題解決を促進するため、関係府省で構築するアーキテクチャに基づく都市OSを実装したオー",59,94,551,108,13.9],
        ["プンなプラットフォーム上で、観光、防災等複数の分野でデータを利活用してサービスを提供するデータ利活用",59,107,556,121,14.2],
        ["型スマートシティの構築を関係府省と一体となって推進",59,122,307,136,13.7],
        ["より高度なスマートシティ実現に向けた都市OS実装支援事業6.0億円(元年度2.2億円)",113,142,504,156,13.7],
        ["施策名",64,185,93,199,14.2],
        ["ICT人材育成・教育基盤の構築",112,183,287,201,17.3],
        ["しに,概要",50,210,83,219,9.6],
        ["プログラミング等のICT活用スキルについて、次代を担う子どもたちに対し、地域一体となって知識・経験を伝",59,224,554,239,14.2],
        ["授する「地域ICTクラブ」の自走化に向け、カリキュラム・教材の体系化など基盤構築や、好事例の共有など普",58,239,554,253,13.9],
        ["及展開を実施",59,253,117,267,13.7],
        ["予算",64,275,92,284,9.1],
        ["ICT人材育成・教育基盤構築事業1.1億円【新規】",112,274,329,288,14.2],
        ["総務省",49,816,74,824,7.4],
        ["総務省重点施策2020",479,812,560,828,15.6],
      ]
,
    ];
    const set = read(pages.map((lines, k) => ocrPage(k + 2, 595, 842, lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 })))));
    expect(set.records.map((r) => r.name)).toEqual(['地域おこし協力隊の拡充など地方への移住・交流の推進', '国際放送の実施', 'データ利活用型スマートシティの推進', 'ICT人材育成・教育基盤の構築']);
    expect(set.records[1]!.budget.map((b) => b.amount_jpy)).toEqual([3_590_000_000, 3_590_000_000]);
  });

  it("starts a record at a block whose title OCR read smaller than the text, under the 施策 cell over every title, on a page where other titles were found", () => {
    // Three scanned pages as OCR read them, [text, x0, y0, x1, y1, size]: 「サイバーセキュリティ人材の育成」 boxed 10.6 high, the text 13.2, the other titles 15–16.
    const pages: [string, number, number, number, number, number][][] = [
      [
        ["総務省重点施策2020",39,19,119,31,12],
        ["総務省",788,14,813,29,14.6],
        ["施策",417,45,435,54,8.6],
        ["過疎地域の自立促進に向けた取組への支援",44,64,271,79,15.6],
        ["予算",64,92,82,100,8.6],
        ["過疎地域等自立活性化推進交付金うち過疎地域等自立活性化推進事業等5.8億円(元年度2.9億円)",112,91,534,104,13.4],
        ["概要",416,115,435,124,8.6],
        ["Society 5.0時代の技術を活用した取組のほか、基幹集落における定住促進団地の造成や空き家を活用した定住促進住宅の整備、廃校舎などの遊休施設を活用した地域振興施設の整",44,133,805,146,13.2],
        ["備等を支援",44,146,91,159,13],
        ["施策",417,188,435,196,8.6],
        ["ローカル5Gの周波数帯拡充に向けた制度整備",46,207,288,222,15.8],
        ["概要",416,234,434,242,8.6],
        ["ローカル5Gは、28.2ー28.3GHzの100MHz幅について、2019年12月に制度整備を予定している。さらなる利活用を推し進めるべく、使用する周波数帯を4.6ー4.8GHz及び28.3",45,251,800,264,12.7],
        ["ー29.1GHzに拡充するため、情報通信審議会において技術的条件の検討を行い、2020年中に制度化を行う。",45,265,499,278,13.2],
      ],
      [
        ["総務省重点施策2020",38,18,119,30,12],
        ["総務省",787,18,812,30,12.2],
        ["施策",416,44,434,52,8.6],
        ["モバイル決済データの活用推進",44,62,210,78,16.1],
        ["予算",63,90,81,99,8.6],
        ["モバイル決済モデル推進事業6.0億円【新規】",112,89,302,103,13.7],
        ["概要",415,114,434,122,8.6],
        ["QRコード決済を地域で面的に導入するモデルを全国に普及させるための支援及びモバイル端末を使ったキャッシュレス決済の基盤が整備された地域における決済データ・購買デー",43,131,807,144,12.7],
        ["タタ等の地域での活用のための環境整備を行い、国内の決済事業者によるキャッシュレス化を推進",43,145,450,158,13.2],
        ["施策",416,186,434,195,8.6],
        ["海外通信・放送・郵便事業支援機構(JICT)の活用",43,205,317,221,16.3],
        ["予算",63,239,81,247,8.6],
        ["【予算(財投等)】株式会社海外通信・放送・郵便事業支援機構(JICT)を通じた日本企業の海外インフラ展開支援産業投資450億円、政府保証270億円(元年",117,231,791,244,13.2],
        ["度:産業投資267億円、政府保証85億円)",111,245,286,258,13.2],
        ["概要",415,270,434,278,8.6],
        ["・海外において電気通信事業、放送事業又は郵便事業等を行う者に対して資金の供給、専門家の派遣その他の支援を行う株式会社海外通信・放送・郵便事業支援機構(JICT)を活",47,287,804,300,13.2],
        ["用し、我が国の事業者の海外展開を支援",55,301,225,314,13.4],
        ["・海外事業に伴うリスクを機構の支援によって軽減することで、我が国の事業者の海外展開を後押しし、新興国を中心とした世界の膨大なインフラ証要を取り込むことにより、我",47,314,804,328,13.4],
        ["が国経済の持続的な成長に寄与",55,328,186,341,13.4],
      ],
      [
        ["総務省重点施策2020",39,18,119,30,12],
        ["総務省",787,18,813,30,12],
        ["施策",416,44,434,53,8.6],
        ["サイバーセキュリティ人材の育成",44,64,222,75,10.6],
        ["予算",64,91,82,100,8.6],
        ["ナショナルサイバートレーニングセンターの構築15.0億円(元年度14.9億円)",112,90,445,103,13.2],
        ["概要",416,114,434,123,8.6],
        ["・巧妙化・複雑化するサイバー攻撃に対し、実践的な対処能力を持つセキュリティ人材を育成するため、NICTの「ナショナルサイバートレーニングセンター」において、以下の",47,132,799,145,13.2],
        ["実践的サイバー演習等を積極的に推進",55,145,216,159,13.4],
        ["・①国の行政機関、地方公共団体、独立行政法人及び重要インフラ事業者等を対象とした実践的サイバー防御演習(CYDER)",47,159,574,171,12.7],
        ["・②2020年東京オリンピック・パラリンピック競技大会の関連組織のセキュリティ担当者等を対象とした高度なサイバー演習(サイバーコロッセオ)",47,172,681,185,13],
        ["・③我が国の将来を担う若手セキュリティイノベーターの育成(SecHack365)",47,186,380,199,13.2],
        ["施策",416,228,434,236,8.6],
        ["テレワーク・サテライトオフィスの推進",44,246,259,261,15.1],
        ["予算",64,287,82,295,8.6],
        ["テレワーク普及展開推進事業4億円(元年度1.8億円)",112,272,340,286,13.4],
        ["※サテライトオフィス環境整備については「地域IoT実装・共同利用総合支援施策」9.7億円の内数(元年度3.5億円の内数)",112,286,637,299,13.2],
        ["地方公務員の働き方改革・女性活躍の推進に向けた戦略的広報・情報発信0.2億円(元年度0.2億円)",112,299,538,312,12.7],
        ["概要",416,324,434,333,8.6],
        ["ICTを利用し、時間や場所を有効に活用できる柔軟な働き方である「テレワーク」の全国的な普及展開を更に推進するとともに、地域のサテライトオフィス環境等の活性化により",44,342,797,355,13.4],
        ["都市部から地域への人の流れを促進し、働き方改革を加速",44,355,289,368,13],
        ["金主な取組",39,377,88,390,12.7],
        ["・地域や中小企業におけるテレワーク導入促進に向けて関係団体等と連携し「テレワークサポートデスク(仮称)」による普及展開",51,390,595,404,13.4],
        ["「テレワーク・デイズ」の実施による全国的な働き方改革の推進や2020年東京オリンピック・パラリンピック競技大会の交通混雑緩和に向けた集中的テレワーク実施の呼び掛",64,404,803,417,13],
        ["け",60,420,67,427,7.4],
        ["・専門家派遣、先進事例収集・表彰等を通じた普及啓発活動等",51,431,314,444,13.2],
        ["・先駆的なテレワーク・サテライトオフィスのモデル構築のための調査研究",51,444,371,457,12.5],
        ["・地域課題解決に資するテレワーク環境実現のためのサテライトオフィス整備等への支援",51,458,428,471,12.7],
      ]
,
    ];
    const set = read(pages.map((lines, k) => ocrPage(k + 1, 850, 606, lines.map(([text, x0, y0, x1, y1, size]) => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 })))));
    expect(set.records.map((r) => r.name)).toEqual(['過疎地域の自立促進に向けた取組への支援', 'ローカル5Gの周波数帯拡充に向けた制度整備', 'モバイル決済データの活用推進', '海外通信・放送・郵便事業支援機構(JICT)の活用', 'サイバーセキュリティ人材の育成', 'テレワーク・サテライトオフィスの推進']);
    expect(set.records[4]!.budget.map((b) => b.amount_jpy)).toEqual([1_500_000_000, 1_490_000_000]);
  });
});
