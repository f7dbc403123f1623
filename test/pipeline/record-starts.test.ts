import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';
import { correctMisreads } from '../../pipeline/ocr/misreads.ts';

const line = (text: string, x: number, y: number, size = 10.5): Line => ({ text, bbox: [x, y, x + size * [...text].length, y + size], font_size: size });
/** A line as a scan's OCR reads it: with a confidence, its box as tall as the ink. */
const ocr = (text: string, x: number, y: number, size = 14): Line => ({ ...line(text, x, y, size), confidence: 90 });
const ocrPage = (number: number, width: number, height: number, lines: Line[]): PageLayout => ({ page: { number, width, height, method: 'ocr', method_reason: null, lines }, rules: [] });
const layout = (number: number, lines: Line[]): PageLayout => ({ page: { number, width: 842, height: 595, method: 'text', method_reason: null, lines }, rules: [] });
const source = { fileName: 'a.pdf', sha256: 'd'.repeat(64), bytes: 1 };
const read = (layouts: PageLayout[]) => readRecords(source, layouts, layouts.map((l) => l.page))!;
/** A line as read from a page: [text, x0, y0, x1, y1, size]. */
type ReadLine = [string, number, number, number, number, number];
const placed = ([text, x0, y0, x1, y1, size]: ReadLine): Line => ({ text, bbox: [x0, y0, x1, y1], font_size: size });
/** Pages of lines as a scan's OCR read them (a confidence each), numbered from `first`, read as one document. */
const readScan = (pages: ReadLine[][], width: number, height: number, first = 1) =>
  read(pages.map((lines, k) => ocrPage(first + k, width, height, lines.map((l) => ({ ...placed(l), confidence: 90 })))));
/** Pages of lines from a text layer, numbered from `first`, read as one document. */
const readText = (pages: ReadLine[][], width: number, height: number, first = 1) =>
  read(pages.map((lines, k) => ({ page: { number: first + k, width, height, method: 'text' as const, method_reason: null, lines: lines.map(placed) }, rules: [] })));

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

  it('reads a short scan whose one record prints a title over 概要 and its budget with figures as that record, and a notice with two headings as none', () => {
    const cover = ocrPage(1, 967, 552, [ocr('令和2年度概算要求', 382, 184, 31.4), ocr('総務省重点施策', 402, 221, 23), ocr('令和元年8月30日', 428, 364, 18.7)]);
    const divider = ocrPage(2, 968, 554, [ocr('3 Society 5.0を支えるICTインフラ整備', 290, 251, 26.2)]);
    const record = ocrPage(3, 964, 547, [
      ocr('(1)マイナンバーカードの普及・利活用の促進', 48, 50, 26.2),
      ocr('概要:・マイナンバーカードの普及とマイナンバーの利活用の促進に関する方針に基づき、カードの普及を進める。', 45, 79, 12.2),
      ocr('概算要求額:個人番号カード交付事業費補助金841.1億円(元年度150.0億円)', 45, 121, 12.7),
      ocr('マイナンバーカード・公的個人認証の海外継続利用に要する経費242.0億円【新規】', 103, 148, 12.5),
    ]);
    const set = read([cover, divider, record]);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['マイナンバーカードの普及・利活用の促進', [[2020, 'request', 84_110_000_000], [2019, 'initial', 15_000_000_000], [2020, 'request', 24_200_000_000]]],
    ]);
    // The budget in a header cell over its figure.
    const cellOver = ocrPage(3, 607, 851, [
      ocr('1.豊かなライフスタイルの提示による地方への人の流れの創出', 51, 54, 15.6), ocr('予算額', 289, 77, 14.2),
      ocr('地方への人の流れの創出に向けた効果的広報0.4億円【新規】', 57, 96, 13.4), ocr('概要', 68, 122, 9.1), ocr('地方への新しい人の流れの創出を広報で進める', 109, 121, 13.2),
    ]);
    expect(read([cover, divider, cellOver]).records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['豊かなライフスタイルの提示による地方への人の流れの創出', [[2020, 'request', 40_000_000]]],
    ]);
    const notice = ocrPage(3, 964, 547, [ocr('説明会の開催について', 48, 50, 26.2), ocr('目的:制度の周知のため説明会を開催します。', 45, 79, 12.2), ocr('概要:日時は追って知らせます。', 45, 121, 12.7)]);
    expect(readRecords(source, [cover, divider, notice], [cover, divider, notice].map((l) => l.page))).toBeNull();
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

  it('reads the paragraphs of a measure printed with no label and no bullets apart where a short line ends one, as a labelled section\'s are', () => {
    const cover = layout(1, [line('令和2年度概算要求', 300, 200, 20), line('総務省重点施策2020', 300, 240, 28)]);
    const first = '地域課題の解決に資する地域外の者を創出するため、特定の地域に継続的に多様な形で関わる関係人口の創出・拡大に取り組む';
    const pages = ['地域との多様な関わりの創出', '関係人口の創出・拡大'].map((name, k) =>
      layout(k + 2, [
        line(`(${k + 1}) ${name}`, 49, 61, 16), line(first, 45, 90, 9), line('地方公共団体を支援する', 45, 104, 9),
        line('地方公共団体と企業とのマッチング機会を提供し、地方への流れを加速', 45, 118, 9),
        line('【予算】', 37, 140, 9.5), line(`${name}事業 8.1億円（元年度 5.1億円）`, 80, 140, 9),
      ]),
    );
    const set = read([cover, ...pages]);
    expect(set.profile).toBe('soumu-juten-shisaku');
    expect(set.records.map((r) => [r.name, r.sections['概要']])).toEqual(
      ['地域との多様な関わりの創出', '関係人口の創出・拡大'].map((name) => [name, `${first}地方公共団体を支援する\n地方公共団体と企業とのマッチング機会を提供し、地方への流れを加速`]),
    );
  });

  it("numbers a profiled family's records under the headings printed: a 「③」 heading after 「②」 with no chapter printed over either is no level under 「②」", () => {
    const cover = layout(1, [line('令和2年度概算要求', 300, 200, 20), line('総務省重点施策2020', 300, 240, 28)]);
    const record = (heading: string, num: string, name: string, y: number): Line[] => [
      line(heading, 40, y, 12), line(`${num} ${name}`, 49, y + 22, 16), line(`${name}に取り組む地方公共団体を支援する。`, 45, y + 45, 9),
      line('【予算】', 37, y + 60, 9.5), line(`${name}事業 1.0億円（元年度 0.5億円）`, 45, y + 60, 9),
    ];
    const pages = [
      layout(2, record('② 地域資源を活かした地域の雇用創出と消費拡大の推進等', '(2)', 'シェアリングエコノミーの活用推進', 61)),
      layout(3, record('③ 過疎対策の推進', '(1)', '過疎地域の自立促進に向けた取組への支援', 61)),
      layout(4, record('① 5G・光ファイバ等の全国展開支援', '(2)', '5G等の携帯電話基地局の整備促進', 61)),
    ];
    const set = read([cover, ...pages]);
    expect(set.profile).toBe('soumu-juten-shisaku');
    expect(set.records.map((r) => [r.number, r.name])).toEqual([
      ['②-(2)', 'シェアリングエコノミーの活用推進'],
      ['③-(1)', '過疎地域の自立促進に向けた取組への支援'],
      ['①-(2)', '5G等の携帯電話基地局の整備促進'],
    ]);
  });

  it('starts a record at a title numbered with a path through the topic heading over it, OCR reading it a little under the text; and says so where a page prints a label no record was read from', () => {
    // A 重点施策 scanned: the first page's path misread (「1-O-(1)」) and its 予算 label too (「予算H」), its text lost.
    const pages: ReadLine[][] = [
      [
        ['総務省', 783, 41, 809, 53, 12], ['①豊かなライフスタイルの提示による地方への人の流れの創出', 51, 65, 361, 80, 14.4],
        ['[ 1-O-(1)豊かなライフスタイルの提示による地方への人の流れの創出', 46, 84, 341, 100, 15.36], ['予算H地方への人の流れの創出に向けた効果的広報0.4億円【新規】', 46, 105, 317, 119, 14.64],
        ['1地方への新しい人の流れの創出', 120, 122, 252, 134, 12], ['概要', 71, 123, 88, 131, 8.16],
      ],
      [
        ['総務省', 780, 36, 806, 48, 12], ['①地域の基幹産業を中心とした地域経済活性化', 48, 62, 282, 77, 14.64], ['2-①-(1)地域の基幹産業を中心とした地域経済活性化', 56, 82, 276, 96, 13.44],
        ['予算:地域の基幹産業を中心とした地域経済活性化に向けた効果的広報0.7億円【新規】', 43, 100, 395, 115, 14.64], ['概要', 68, 125, 85, 133, 8.16],
        ['革新的技術を活用して企業の生産性向上を図るとともに、地域の経済循環を拡大するため、革新的技術の実装例や地域の強みを活かした地域経済循環に資する先進事例に', 116, 118, 798, 130, 12.24],
        ['ついて、効果的な広報を通じて地方公共団体と認識を共有することにより、横展開を推進', 116, 130, 475, 143, 12.72],
      ],
      [
        ['総務省', 782, 39, 808, 51, 12], ['④マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築', 51, 64, 515, 80, 15.36],
        // Its box 12.24 pt tall over text of 12.5.
        ['3-④-(1)マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築', 58, 86, 467, 99, 12.24],
        ['予算:マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築に要する経費事項要求(元年度119.3億円)', 45, 103, 618, 117, 13.68], ['概要', 70, 134, 87, 142, 8.16],
        ['消費税率引上げが消費に与える影響を継続して緩和するとともに、官民共同利用型キャッシュレス決済基盤の構築を目指し、マイナンバーカードを取得している個人が行', 118, 120, 801, 133, 12.48],
        ['う、プレミアムを付与したマイナポイント(仮称。マイナンバーカードを活用したポイント)の購入等について、当該プレミアム分を国が補助するとともに、各種給付な', 120, 133, 801, 145, 12.72],
        ['ど自治体サービスにおいてマイナポイント(仮称)を活用する方策を検討', 119, 145, 414, 158, 12.48],
      ],
    ];
    const set = readScan(pages, 852, 608);
    expect(set.records.map((r) => [r.number, r.name, r.source.pages])).toEqual([
      ['2-①-(1)', '地域の基幹産業を中心とした地域経済活性化', [2]],
      ['3-④-(1)', 'マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築', [3]],
    ]);
    expect(set.issues.filter((issue) => issue.type === 'fewer-records').map((issue) => [issue.page, issue.message])).toEqual([[1, 'page 1 prints 「概要」 outside every record read: a record there was not found']]);
  });

  it("takes no chapter tab at a page's top right for the title of the labels at its left, and finds the title OCR read small over them", () => {
    // A 重点施策 scanned: each page opens with its chapter's tab at the top right, 「情報銀行…」 read smaller than the text.
    const pages: ReadLine[][] = [
      [['令和2年度概算要求', 201, 280, 405, 302, 21.84], ['総務省重点施和', 220, 315, 386, 342, 26.4], ['令和元年8月30日', 249, 562, 356, 580, 18], ['総務省', 264, 647, 333, 671, 23.52]],
      [
        ['1地方への新しい人の流れの創出', 424, 3, 549, 19, 16.56], ['総務省重点施策2020', 57, 45, 138, 57, 12], ['豊かなライフスタイルの提示による地方への人の流れの創出', 78, 63, 391, 84, 20.16],
        ['取組の概要: 1地方への新しい人の流れの創出', 57, 88, 254, 100, 12.48], ['概算要求額:地方への人の流れの創出に向けた効果的広報0.4億円【新規】', 57, 102, 372, 115, 13.2],
        ['高速・大容量の無線局を支える光ファイバの整備', 70, 137, 332, 152, 15.84],
        ['取組の概要:5G・IoT等の高度無線環境の実現に向けて、地理的に条件不利な地域において、電気通信事業者等が、', 57, 156, 542, 170, 13.68],
        ['高速・大容量無線局の前提となる光ファイバ等を整備する場合に、その事業費の一部を補助', 114, 170, 502, 183, 13.44], ['概算要求額:高度無線環境整備推進事業64.8億円(元年度52.5億円)', 57, 185, 353, 198, 13.44],
        ['2', 302, 823, 307, 830, 6.72], ['総務省', 534, 821, 560, 833, 12],
      ],
      [
        ['4産業の高度化・新規産業の創出', 421, 1, 547, 18, 17.04], ['総務省重点施策2020', 54, 43, 135, 55, 11.76], ['情報銀行等によるパーソナルデータの活用推進', 68, 66, 317, 78, 11.04],
        ['取組の概要:情報銀行の社会実装を推進するため、引き続き、情報の活用について必要なルールの検討に資する実証', 54, 85, 547, 99, 13.2],
        ['事業を実施するとともに、データ倫理を担う人材の育成と情報銀行を介したデータ連携のための機能の', 111, 99, 546, 112, 12.96], ['標準化を実施', 111, 113, 167, 126, 13.2],
        ['概算要求額:情報信託機能活用促進事業1.5億円(元年度1.0億円)', 55, 128, 338, 141, 13.2], ['ICTインフラシステム、日本の郵便分野等の海外展開', 67, 162, 350, 178, 15.84],
        ['取組の概要:〇通信・放送・郵便システム、防災/医療ICT、スマートシティ、セキュリティ、電波システム等のICT', 54, 181, 552, 194, 12.96],
        ['インフラプロジェクト・システムについて、①案件発掘(規制ソニーズの事前調査等)、②案件提案', 124, 195, 544, 208, 13.68],
        ['概穫要求額:ICT国際競争力強化パッケージ支援事業20.5億円(元年度3.8億円)', 55, 305, 397, 317, 12.72], ['周波数の国際協調利用促進事業21.2億円(元年度9.1億円)', 112, 318, 363, 331, 12.96],
        ['3', 299, 821, 303, 828, 6.72], ['総務省', 531, 819, 557, 831, 12],
      ],
    ];
    expect(readScan(pages, 605, 850).records.map((r) => [r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['豊かなライフスタイルの提示による地方への人の流れの創出', [40_000_000]],
      ['高速・大容量の無線局を支える光ファイバの整備', [6_480_000_000, 5_250_000_000]],
      ['情報銀行等によるパーソナルデータの活用推進', [150_000_000, 100_000_000]],
      ['ICTインフラシステム、日本の郵便分野等の海外展開', [2_050_000_000, 380_000_000, 2_120_000_000, 910_000_000]],
    ]);
  });

  it("starts a record on a page that prints again a label the record before printed on an earlier page, titled by the page's first line under its chapter tab, and keeps the sentences before its one label as a note", () => {
    // A 重点施策 scanned: page 3's title read small and its rows boxed tall, its 予算 label read 了算, no 概要 label over its items.
    const pages: ReadLine[][] = [
      [['令和2年度概算要求', 206, 281, 410, 305, 24.48], ['維聞省重点施人策', 224, 316, 390, 347, 31.68], ['令和元年8月30日', 249, 563, 356, 582, 19.2], ['総務省', 263, 649, 330, 666, 17.28]],
      [
        ['1地方への新しい人の流れの人剤出', 417, 38, 541, 49, 11.28], ['豊かなライフスタイルの提示による地方への人の流れの創出', 81, 55, 355, 74, 18.72],
        ['概要: 1地方への新しい人の流れの創出', 61, 73, 247, 92, 18.72], ['予算:地方への人の流れの創出に向けた効果的広報0.4億円【新規】', 64, 90, 376, 109, 18.72], ['総務省加点施策2020', 61, 794, 141, 806, 11.76],
      ],
      [
        ['3 Society 5.0を支えるICTインフラ整価', 394, 39, 544, 51, 11.28], ['5G等の携帯電話基地局の整備促進', 76, 64, 236, 73, 9.36], ['$拓帯電話等エリア整備事業', 64, 76, 202, 96, 20.64],
        ['過疎地等の地理的に条件不利な地域において、地方公共団体が携帯電話等を利用可能とするために基', 72, 92, 543, 113, 20.64],
        ['地局施設等を整備する場合や、無線通信事業者が5G基地局などの高度化施設等を整備する場合に、', 72, 107, 530, 127, 20.64], ['その事業費の一部を補助', 73, 127, 186, 137, 9.6],
        ['$電波記へい対策事業', 64, 145, 170, 155, 9.6], ['鉄道トンネルや医療施設等の携帯電話の電波が届かない場所において、一般社団法人等が携帯電話等', 72, 155, 543, 176, 20.64],
        ['の中継施設を整備する場合に、その事業費の一部を補助', 73, 170, 333, 191, 20.4], ['了算:携帯電話等エリア整備事業35.6億円(元年度31.6億円)', 66, 188, 358, 208, 20.64],
        ['電波遮へい対策事業32.5億円(元年度42.5億円)', 95, 202, 327, 223, 20.64], ['総務省重点施策2020', 64, 796, 144, 808, 11.76],
      ],
    ];
    const set = readScan(pages, 608, 851);
    expect(set.records.map((r) => [r.name, r.source.pages, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['豊かなライフスタイルの提示による地方への人の流れの創出', [2], [40_000_000]],
      ['5G等の携帯電話基地局の整備促進', [3], [3_560_000_000, 3_160_000_000, 3_250_000_000, 4_250_000_000]],
    ]);
    expect(set.records[1]!.sections['注記']).toContain('過疎地等の地理的に条件不利な地域において');
    expect(set.issues.filter((issue) => issue.type === 'text-unlabelled').map((issue) => issue.record)).toEqual(['5G等の携帯電話基地局の整備促進']);
  });

  it("ends a name at a 「◆」 sub-heading a scan's OCR read as 「$」 under it, a speck before it (「る$医療・介護…」), and reads the sub-heading's text as its section", () => {
    const page: ReadLine[] = [
      ['総務省重点施策2020', 40, 13, 119, 24, 11.52], ['施策名: 4.マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築', 39, 33, 528, 47, 14.4],
      ['3 Society 5.0を支えるICTインフラ整備', 758, 7, 908, 19, 11.76], ['取組の概要', 56, 70, 102, 83, 12.96],
      ['消費税率引上げが消費に与える影響を継続して緩和するとともに、官民共同利用型キャッシュレス決済基盤の構築を目指し、マイナンバーカードを取得している個人が行う、プレミアム', 124, 57, 910, 69, 12.72],
      ['ナポイント(仮称)を活用する方策を検討', 124, 84, 303, 97, 13.2], ['概算要求額', 56, 109, 102, 117, 8.64],
      ['マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築に要する経費事項要求(元年度119.3億円)', 124, 108, 700, 120, 12.48],
      ['施策名: 5.', 39, 145, 90, 159, 13.92], ['地域課題解決型ローカル5G等の実現に向けた開発実証', 99, 145, 353, 158, 13.44], ['取組の概要', 56, 176, 102, 189, 12.96],
      ['地域の企業や自治体をはじめ、様々な主体が個別のニーズに応じて独自の5Gシステムを柔軟に構築でき、地域課題解決に資することが期待されている「ローカル5G」等の実現に向け、', 124, 169, 902, 183, 13.44],
      ['地域のニーズを踏まえた開発実証を推進', 124, 183, 294, 196, 12.72], ['概算要求額', 56, 208, 102, 216, 8.64], ['地域課題解決型ローカル5G等の実現に向けた開発実証70.1億円【新規】', 124, 207, 429, 220, 12.72],
      ['施策名: 6.医療・介護・健康データ利活用基盤高度化の推進', 39, 243, 328, 258, 14.4], [correctMisreads('る$医療・介護・健康分野のネットワーク化推進'), 39, 265, 240, 278, 12.96],
      ['ICTを活用した医療・介護・健康分野のネットワーク化を推進するため、5Gや4K・8K等の新たな通信・放送技術の活用も見据えた遠隔医療モデルの構築やPHR (パーソナル・ヘルス・レコード)を民間事', 48, 279, 917, 293, 13.44],
      ['業者が取り扱う際のルール作り等に資する調査・検討、普及啓発等を実施', 48, 293, 360, 306, 13.2], ['概算要求額', 56, 366, 102, 375, 8.64],
      ['医療・介護・健康データ利活用基盤高度化事業9.1億円(元年度8.8億円)', 124, 365, 436, 378, 13.68],
    ];
    // Its budgets print no year but the prior one's: no cover here to say it.
    expect(readScan([page], 964, 547, 3).records.map((r) => [r.number, r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['4', 'マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築', [11_930_000_000]],
      ['5', '地域課題解決型ローカル5G等の実現に向けた開発実証', []],
      ['6', '医療・介護・健康データ利活用基盤高度化の推進', [880_000_000]],
    ]);
    expect(readScan([page], 964, 547, 3).records[2]!.sections['医療・介護・健康分野のネットワーク化推進']).toMatch(/^ICTを活用した医療・介護・健康分野のネットワーク化を推進するため、.*普及啓発等を実施$/u);
  });

  it('reads the text under a 概要 header cell as its value, not as a title in the text\'s size, though it stands alone over the next label', () => {
    // A 重点施策 rendering: titles a touch larger than the text, 概要 centred over its value, 予算 in a left column.
    const header: ReadLine = ['総務省重点施策2020', 56.7, 35.3, 137.2, 43.8, 8.5];
    const pages: ReadLine[][] = [
      [['令和2年度概算要求', 194.1, 275.1, 401.2, 299.1, 24], ['総務省重点施策', 213.6, 311.1, 381.6, 335.1, 24]],
      [
        header, ['集落ネットワーク圏の推進', 69, 58.6, 200.9, 69.6, 10.99], ['概要', 287.1, 79.3, 308.1, 89.8, 10.5],
        ['基幹集落を中心に周辺の複数集落をひとつのまとまりとする「集落ネットワーク圏」(小さな拠点)', 61.7, 99.5, 528.9, 110, 10.5],
        ['において、Society 5.0時代の技術を活用して行う生活支援の取組や「なりわい」を創出する活動等', 61.7, 114.5, 526.1, 125, 10.5], ['を支援', 61.7, 129.5, 93.2, 140, 10.5],
        ['予算', 80.6, 161.8, 101.6, 172.3, 10.5], ['過疎地域等自立活性化推進交付金 うち過疎地域等集落ネットワーク圏形成支援事業', 129.7, 155, 521.3, 165.5, 10.5],
        ['5.0億円(元年度 4.0億円)', 129.7, 169.3, 258.2, 179.8, 10.5],
        ['マイナンバー制度における情報連携の円滑な実施', 69, 208.6, 310.8, 219.6, 10.99], ['概要', 221.5, 229.3, 242.5, 239.8, 10.5],
        ['行政機関等の間での情報連携において基盤となる情報提供ネットワーク', 61.7, 249.5, 397.7, 260, 10.5], ['システムの設置・管理、令和5年度末までに戸籍関係情報の情報連携が', 61.7, 264.5, 393.7, 275, 10.5],
        ['開始されること等を踏まえ、引き続き円滑に情報連携を行うための次期', 61.7, 279.5, 397.7, 290, 10.5], ['システムの整備、地方公共団体において情報連携を行うに当たって必要', 61.7, 294.5, 397.7, 305, 10.5],
        ['となる情報システムの整備についての支援等を実施', 61.7, 309.5, 303.2, 320, 10.5], ['※情報提供ネットワーク', 411.5, 249.5, 527, 260, 10.5], ['システムの設置・管理等', 411.5, 264.5, 527, 275, 10.5],
        ['に係る経費については、', 411.5, 279.5, 527, 290, 10.5], ['内閣官房の下で一括要', 411.5, 294.5, 516.5, 305, 10.5], ['求・一括計上', 411.5, 309.5, 474.5, 320, 10.5],
        ['予算', 80.6, 334.3, 101.6, 344.8, 10.5], ['社会保障・税番号制度システム整備費補助金 65.3億円(元年度 46.1億円)', 129.7, 334.3, 484.2, 344.8, 10.5],
      ],
      [
        header, ['デジタル活用支援員推進事業', 69, 58.6, 211.9, 69.6, 10.99], ['概要', 287.1, 79.3, 308.1, 89.8, 10.5],
        ['高齢者等が、住居から地理的に近い場所で、心理的に身近な人からICTを学べる「デジタル活用支援', 61.7, 99.5, 531.4, 110, 10.5], ['員」の仕組みについて、全国展開に向けたスキームの実証を実施', 61.7, 114.5, 366.2, 125, 10.5],
        ['予算', 80.6, 140, 101.6, 150.5, 10.5], ['デジタル活用支援員推進事業 3.0億円(元年度 0.5億円の内数)', 129.7, 140, 429.3, 150.5, 10.5],
        ['ICT基盤の復旧への支援', 69, 178.6, 185.7, 189.6, 10.99], ['概要', 287.1, 200, 308.1, 210.5, 10.5],
        ['東日本大震災で被災した地方公共団体が実施する情報通信基盤(FTTH等のブロードバンドサービス', 61.7, 220.3, 531.1, 230.8, 10.5],
        ['施設、ケーブルテレビ等の有線放送施設及び公共施設間を結ぶ地域公共ネットワーク施設等)の復', 61.7, 235.3, 523.7, 245.8, 10.5], ['旧事業を支援', 61.7, 249.5, 124.7, 260, 10.5],
        ['予算', 80.6, 275, 101.6, 285.5, 10.5], ['情報通信基盤災害復旧事業 0.1億円(元年度 0.5億円)', 129.7, 275, 387.3, 285.5, 10.5],
      ],
    ];
    const set = readText(pages, 595, 842);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['集落ネットワーク圏の推進', [500_000_000, 400_000_000]],
      ['マイナンバー制度における情報連携の円滑な実施', [6_530_000_000, 4_610_000_000]],
      ['デジタル活用支援員推進事業', [300_000_000, 50_000_000]],
      ['ICT基盤の復旧への支援', [10_000_000, 50_000_000]],
    ]);
    // Its last line, 「を支援」, which the header cell's value (no rules round it) ended before, is the sentence's end.
    expect(set.records[0]!.sections['概要']).toBe('基幹集落を中心に周辺の複数集落をひとつのまとまりとする「集落ネットワーク圏」(小さな拠点)において、Society 5.0時代の技術を活用して行う生活支援の取組や「なりわい」を創出する活動等を支援');
  });

  it("leaves out of a name the quote or bracket OCR read before it that nothing closes (「\"地域おこし協力隊」, 「「モバイル決済…」), a quote before its number (「”(4)…」), and a bracket before a circled number that nothing closes (「(②…」), and a bar before a circled number read as strokes (「Il ②…」)", () => {
    const page = (number: number, title: string, office: string): PageLayout =>
      ocrPage(number, 607, 851, [
        ocr('総務省', 534, 34, 12), ocr(title, 49, 57, 19.2), ocr(`担当:${office}`, 432, 80, 12.2), ocr('施策分類', 67, 99, 13.7), ocr('①予算', 128, 99, 9.1),
        ocr('予算額', 72, 143, 13.4), ocr('令和5年度予算(案) : 208百万円', 128, 136, 13.7), ocr('施策効果の詳細', 62, 171, 13.9), ocr('地域の担い手となる人材を確保する', 58, 186, 13.2),
      ]);
    const set = read([
      page(1, '"地域おこし協力隊', '自治行政局地域自立応援課'), page(2, '「モバイル決済モデル推進事業', '情報流通行政局地域通信振興課'), page(3, '「ふるさと」納税の活用促進', '自治税務局市町村税課'),
      page(4, '”(4)地域情報化の推進', '情報流通行政局地域通信振興課'), page(5, '(②サテライトオフィスのマッチング支援', '自治行政局地域自立応援課'),
      // A bar before a circled number read as strokes (「Il ②」, 「l〇①」, 「1 ③」).
      page(6, 'l〇①高度無線環境整備推進事業', '総合通信基盤局'), page(7, 'Il ②ケーブルテレビ光化による耐災害性強化事業', '情報流通行政局'), page(8, '1 ③課題解決型ローカル5G等の実現', '総合通信基盤局'),
      // A closing bracket read between the number and the name (「2-②-(2)】…」).
      page(9, '2-②-(2)】シェアリングエコノミーの活用推進', '情報流通行政局'),
      // A kana glued to a circled number (「の①」): no name opens so.
      page(10, 'の①総務省統計局の移転', '統計局総務課'),
    ]);
    expect(set.records.map((r) => [r.number, r.name])).toEqual([
      [null, '地域おこし協力隊'], [null, 'モバイル決済モデル推進事業'], [null, '「ふるさと」納税の活用促進'], ['4', '地域情報化の推進'], ['②', 'サテライトオフィスのマッチング支援'],
      ['①', '高度無線環境整備推進事業'], ['②', 'ケーブルテレビ光化による耐災害性強化事業'], ['③', '課題解決型ローカル5G等の実現'], ['2-②-(2)', 'シェアリングエコノミーの活用推進'],
      ['①', '総務省統計局の移転'],
    ]);
  });

  it("reads a number OCR read apart from its name in the 施策名 cell (「1」 an em before the name) as the record's number, and the next one run into its name (「2地域…」) so too", () => {
    // A デジ田 施策集 scanned (cover, a record's page, its second page where the next record starts).
    const pages: ReadLine[][] = [
      [
        ["デジタル田甘都市玉家構想の実現に向けた", 199.4, 201.1, 650.4, 231.8, 30.7],
        ["総務省の関連施策集", 318.5, 238.6, 531.6, 268.8, 30.2],
        ["(令和5年度予算(案)等)", 289.4, 274.3, 561.4, 305.3, 31],
        ["令和4年12月23日", 368.9, 401.3, 479.5, 418.6, 17.3],
        ["総務省", 386.2, 461.8, 455.3, 485.3, 23.5],
      ],
      [
        ["①デジタル実装による地方の社会課題解決・魅力向上", 36.7, 11.5, 239.8, 27.1, 15.6],
        ["ーー.", 52.1, 16.1, 166.6, 17.5, 1.4],
        ["①デジタル実装による地方の社会課題解決・魅力向上", 598.1, 3.1, 801.4, 18.7, 15.6],
        ["ram/ 11", 744.5, 17.3, 825.1, 25.2, 7.9],
        ["施策名", 64.6, 44.6, 93.8, 58.8, 14.2],
        ["1", 127.9, 45.1, 132, 55.9, 10.8],
        ["放送コンテンツによる地域情報発信力強化事業", 151.4, 43.7, 464.9, 57.1, 13.4],
        ["情報流通行政局情報通信作品振興課放送コンテンツ海外流通推進室", 540.7, 69.6, 809.8, 82.3, 12.7],
        ["施策分類", 56.6, 89.5, 96.5, 103.7, 14.2],
        ["デジ田総合戦略における位置づけ", 241, 89.3, 389.5, 102.7, 13.4],
        ["予算額", 647.8, 89.5, 678, 103.7, 14.2],
        ["①予算", 41.5, 109.9, 70.8, 119.5, 9.6],
        ["①デジタル実装による地方の社会課題解決・魅力向上", 120.2, 109, 359.3, 123.1, 14.2],
        ["52百万円", 520.1, 110.9, 560.6, 119.3, 8.4],
        ["(令和4年度第二次補正: 789百万円)", 525.6, 123.4, 688.1, 137, 13.7],
        ["(令和4年度予算: 101百万円)", 525.6, 137.5, 658.3, 151, 13.4],
        ["(令和3年度補正: 1)!129百万円)", 525.6, 151.9, 667.4, 165.4, 13.4],
        ["施策効果の詳細", 44.6, 183.4, 113.3, 197.3, 13.9],
        ["新型コロナウイルス感染症対策の影響で大きく落ち込んだ地域経済の回復が早急に求められている中、放送コンテンツの訴求力を活用して我が国の地", 126.7, 175.9, 796.1, 189.4, 13.4],
        ["域資源の魅力を海外に広く発信し、認知度やブランドカカの向上を図ることで、域外から需要を呼び込み地域経済の活性化を実現。", 126.7, 189.8, 699.1, 203.5, 13.7],
        ["目的", 70.8, 218.4, 88.6, 227.3, 8.9],
        ["・放送コンテンツの海外展開を通じて日本各地の魅力を海外へ発信することにより、地域のブランド化、多様な地域資源を活用したコンテンツづくり", 130.6, 209.3, 793.4, 223, 13.7],
        ["等を推進し、訪日外国人旅行者の増加、地場産品等の販路拡大等を促進。", 126.7, 223.9, 449.3, 237.6, 13.7],
        ["デジタル田園都市国家構想関連施策集", 37.2, 576, 180.2, 588.2, 12.2],
        ["令和5年度予算(案)", 729.1, 576.2, 804.7, 588.2, 12],
      ],
      [
        ["①デジタル実装による地方の社会課題解決・魅力向上", 40.3, 19.9, 244.3, 31.9, 12],
        ["、", 55.7, 20.9, 56.6, 21.8, 1],
        ["。", 168.2, 21.4, 170.2, 21.8, 0.5],
        ["①デジタル実装による地方の社会課題解決・魅力向上", 601.7, 11.8, 805.9, 24, 12.2],
        ["rr mssa/ 11", 748.1, 21.4, 828.7, 32.6, 11.3],
        ["事業概要", 63.4, 54.2, 102.2, 63.4, 9.1],
        ["・放送事業者等と地方公共団体や観光産業、農林水産業、地場産業等の事業者・団体が連携し、日本各地の魅力を伝える放送コンテンツを制作して海", 134.2, 45.6, 799.7, 59.8, 14.2],
        ["外の放送局を通じて発信すること等により、我が国の地域からの情報発信を強化。", 130.6, 60, 493, 73.7, 13.7],
        ["施策名", 68.2, 104.2, 97.4, 118.3, 14.2],
        ["2地域おこし協力隊", 130.8, 103.2, 273.6, 122.4, 19.2],
        ["自治行政局地域自立応援課", 707.3, 130.3, 813.4, 143, 12.7],
        ["施策分類", 62.6, 150.2, 101.8, 159.4, 9.1],
        ["デジ田総合戦略における位置づけ", 262.8, 150.2, 410.9, 159.6, 9.4],
        ["予算額", 667.2, 149.8, 696.5, 163.9, 14.2],
        ["①予算", 45.1, 169.4, 74.2, 179, 9.6],
        ["①デジタル実装による地方の社会課題解決・魅力向上", 129.1, 168.5, 367.9, 182.6, 14.2],
        ["208百万円", 554.9, 169.9, 602.6, 182.6, 12.7],
        ["(令和4年度予算: 244百万円)", 560.9, 183.4, 693.4, 197, 13.7],
        ["施策効果の詳細", 48, 207.6, 116.9, 221.5, 13.9],
        ["人口減少や高齢化等の進行が著しい地方において地域力の維持・強化を図るための担い手となる人材の確保", 130.6, 207.8, 608.9, 221.5, 13.7],
        ["目的", 74.2, 235.2, 91.9, 244.1, 8.9],
        ["地方自治体が都市住民を受信人れ、地域おこし協力隊員として委嘱し、一定期間以上、地域おこしの支援や農林水産業への従事、住民の生活支援などの", 130.3, 227.5, 799.4, 241.4, 13.9],
        ["地域協力活動に従事してもらいながら、当該地域への定住・定着を図る取組である地域おこし協力隊制度を推進する。", 130.3, 241.4, 652.6, 255.6, 14.2],
        ["デジタル田園都市国家構想関連施策集", 40.3, 580.8, 183.4, 592.8, 12],
        ["令和5年度予算(案)", 732, 581.5, 807.8, 593.5, 12],
      ],
    ];
    const { records } = readScan(pages, 850.6, 607);
    expect(records.map((r) => [r.number, r.name])).toEqual([
      ['1', '放送コンテンツによる地域情報発信力強化事業'],
      ['2', '地域おこし協力隊'],
    ]);
  });

  it("takes the line set small over each block's first label for its title where no title is printed larger than the text", () => {
    // A 重点施策 whose measures' names stand at 11 pt over 「● 事業の内容」 (12 pt), the text at 11.5 pt: cover, a chapter's
    // divider, a page of one measure, a page of two.
    const pages: ReadLine[][] = [
      [
        ["令和2年度概算要求", 194.2, 275.1, 401.1, 299.1, 24],
        ["総務省重点施策", 213.6, 311.1, 381.6, 335.1, 24],
        ["令和元年8月30日", 242.4, 558.4, 352.8, 572.4, 14],
        ["総 務 省", 257.9, 643.4, 328.9, 661.4, 18],
      ],
      [
        ["1 地方への新しい人の流れの創出", 133.7, 370.6, 461.6, 392.6, 22],
      ],
      [
        ["豊かなライフスタイルの提示による地方への人の流れの創出", 52, 41.3, 348.8, 52.3, 11],
        ["● 事業の内容", 39.7, 60.7, 115.2, 72.7, 12],
        ["1 地方への新しい人の流れの創出", 48.2, 78.4, 219.5, 89.9, 11.5],
        ["予 算:地方への人の流れの創出に向けた効果的広報 0.4億円【新規】", 39.7, 98.6, 405.2, 110.1, 11.5],
        ["令和元年8月30日", 39.7, 814.5, 106.7, 823, 8.5],
        ["3", 294.8, 817.1, 300.5, 826.1, 9],
        ["令和2年度概算要求", 482.3, 814.5, 555.6, 823, 8.5],
      ],
      [
        ["地域資源を活用した地域の雇用創出と消費拡大の推進", 52, 41.3, 315.8, 52.3, 11],
        ["● 事業の内容", 39.7, 60.7, 115.2, 72.7, 12],
        ["・産学官の連携により、地域の資源を活用して、雇用吸収力の大きい地域密着型事業の立ち上げ", 48.2, 78.4, 544.8, 89.9, 11.5],
        ["を支援する「ローカル10,000プロジェクト」の推進により、地域の雇用創出と消費拡大を更に", 62, 94.9, 549.6, 106.4, 11.5],
        ["促進", 62, 111.4, 85, 122.9, 11.5],
        ["・バイオマス等の地域資源を活用した地域エネルギー事業立ち上げのためのマスタープランの策", 48.2, 127.9, 544.8, 139.4, 11.5],
        ["定支援、地方公共団体向けスタートアップ窓口の設置等により、地方公共団体を核とした分散", 62, 143.6, 544.8, 155.1, 11.5],
        ["型エネルギーシステムの構築を強力に推進", 62, 160.1, 280.4, 171.6, 11.5],
        ["予 算:地域経済循環創造事業交付金 14.5億円(元年度 10.0億円)", 39.7, 179.6, 394.3, 191.1, 11.5],
        ["過疎地域の自立促進に向けた取組への支援", 52, 216.8, 260.9, 227.8, 11],
        ["● 事業の内容", 39.7, 235.4, 115.2, 247.4, 12],
        ["Society 5.0時代の技術を活用した取組のほか、基幹集落における定住促進団地の造成や空き家を", 48.2, 253.9, 544.9, 265.4, 11.5],
        ["活用した定住促進住宅の整備、廃校舎などの遊休施設を活用した地域振興施設の整備等を支援", 48.2, 270.4, 531, 281.9, 11.5],
        ["予 算:過疎地域等自立活性化推進交付金 うち過疎地域等自立活性化推進事業 等 5.8億円(元年度", 39.7, 289.9, 549.4, 301.4, 11.5],
        ["2.9億円)", 85.7, 306.4, 137.7, 317.9, 11.5],
        ["令和元年8月30日", 39.7, 814.5, 106.7, 823, 8.5],
        ["5", 294.8, 817.1, 300.5, 826.1, 9],
        ["令和2年度概算要求", 482.3, 814.5, 555.6, 823, 8.5],
      ],
      // A measure whose block opens with its sub-measures' ◆ headings, no 「● 事業の内容」: its name is printed as the others are.
      [
        ["医療・介護・健康データ利活用基盤高度化の推進", 52, 41.3, 294, 52.3, 11],
        ["◆ 医療・介護・健康分野のネットワーク化推進", 39.7, 60.2, 284, 72.2, 11.5],
        ["ICTを活用した医療・介護・健康分野のネットワーク化を推進するため、遠隔医療モデルの構築等を実施", 48.2, 77.9, 549, 89.4, 11.5],
        ["◆ 医療・介護・健康分野における先導的ICT利活用研究推進", 39.7, 130, 350, 141.5, 11.5],
        ["医療等分野における先導的なICT利活用を実施", 48.2, 147, 421, 158.5, 11.5],
        ["※ AMED(国立研究開発法人日本医療研究開発機構)の事業として実施", 48.2, 183, 418, 194.5, 11.5],
        ["予 算:医療・介護・健康データ利活用基盤高度化事業 9.1億円(元年度 8.8億円)", 39.7, 202.6, 472, 214.1, 11.5],
        ["令和元年8月30日", 39.7, 814.5, 106.7, 823, 8.5],
        ["6", 294.8, 817.1, 300.5, 826.1, 9],
        ["令和2年度概算要求", 482.3, 814.5, 555.6, 823, 8.5],
      ],
    ];
    const { records } = readText(pages, 595, 842);
    expect(records.map((r) => [r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['豊かなライフスタイルの提示による地方への人の流れの創出', [40_000_000]],
      ['地域資源を活用した地域の雇用創出と消費拡大の推進', [1_450_000_000, 1_000_000_000]],
      ['過疎地域の自立促進に向けた取組への支援', [580_000_000, 290_000_000]],
      ['医療・介護・健康データ利活用基盤高度化の推進', [910_000_000, 880_000_000]],
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
    const lines: ReadLine[] = [
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
    const set = readScan([lines], 603, 848, 3);
    expect(set.records.map((r) => [r.name, r.offices.map((o) => o.name)])).toEqual([
      ['地域情報化の推進(本省・地方)', ['総務省地域通信振興課']],
      ['デジタル活用環境構築推進事業', ['総務省情報流通振興課情報活用支援室']],
    ]);
  });

  it('takes no paragraph for a title: a 概要 set beside its label, under a name in a 施策 head cell, is the record\'s text', () => {
    // Two pages of a 重点施策 printed with a 施策 head cell over each name and the 概要 beside its label, each line [text, x0, y0, x1, y1, size].
    const pages: ReadLine[][] = [
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
    const set = readText(pages, 595, 842, 2);
    expect(set.records.map((r) => r.name)).toEqual(['公民連携による遊休公共施設等の活用推進', 'ローカル5Gの周波数帯拡充に向けた制度整備', '放送コンテンツの海外展開', 'テレワーク・サテライトオフィスの推進']);
  });

  it('reads a budget label OCR ran into its figure (「予算額42.5億円」) as the label, its bare figure the supplementary budget the cover names, and a period\'s label run into its year', () => {
    // A cover and two PR pages of a scan as OCR read them, each line [text, x0, y0, x1, y1, size].
    const pages: ReadLine[][] = [
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
        ['172 (小規模事業者は2/3)', 129, 268, 246, 282, 13.7], ['事業期間令和5年度〜令和7年度', 70, 288, 229, 301, 13.9],
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
    const set = readScan(pages, 595, 842);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['地域中核企業成長投資促進事業', [[2023, 'supplementary', 4_250_000_000]]],
      ['事業承継・引継ぎ円滑化支援事業', [[2023, 'supplementary', 2_560_000_000]]],
    ]);
    // The period's label OCR ran into its era year with no colon (「事業期間令和5年度〜…」) is the label all the same.
    expect(set.records.map((r) => r.sections['事業期間'])).toEqual(['令和5年度〜令和7年度', '令和5年度〜令和8年度']);
  });

  it('takes the first line of a label wrapped in its column (「施策効果の」 over 「詳細」) for no title, though it opens a block in the text\'s size', () => {
    // Two pages of a 施策集 whose labels stand in a left column, each line [text, x0, y0, x1, y1, size].
    const pages: ReadLine[][] = [
      [
        ['デジタル田園都市国家構想事業費(仮称)', 52, 41, 280, 53, 12], ['施策区分:③その他', 40, 61, 143, 73, 11.5],
        ['総合戦略該当箇所:①デジタル実装による地方の社会課題解決・魅力向上', 40, 79, 419, 91, 11.5], ['予算額:-', 40, 97, 89, 109, 11.5],
        ['施策効果の', 48, 118, 106, 130, 11.5], ['詳細', 65, 135, 88, 146, 11.5],
        ['-', 118, 118, 122, 130, 11.5], ['目的', 65, 173, 88, 184, 11.5],
        ['地方公共団体が、地域の実情に応じ、自主的・主体的に地方創生に取り組むととも', 118, 156, 544, 168, 11.5], ['に、地域の実情に応じた、デジタル実装を通じた地域が抱える課題の解決に取り組', 118, 173, 544, 184, 11.5],
        ['めるよう、地方財政計画の歳出に所要額を計上。', 118, 189, 371, 201, 11.5], ['概要', 65, 227, 88, 238, 11.5],
        ['令和5年度において、地方財政計画の歳出にデジタル田園都市国家構想事業費(仮', 118, 210, 539, 222, 11.5], ['称)1兆2,500億円を計上し、その内訳として、地方創生推進費(仮称)1兆円及び', 118, 227, 543, 238, 11.5],
        ['地域デジタル社会推進費2,500億円を計上。', 118, 243, 345, 255, 11.5], ['1', 550, 817, 556, 826, 9],
      ],
      [
        ['移住・交流情報ガーデン', 52, 41, 184, 53, 12], ['施策区分:①予算', 40, 61, 132, 73, 11.5],
        ['総合戦略該当箇所:①デジタル実装による地方の社会課題解決・魅力向上', 40, 79, 419, 91, 11.5], ['予算額:令和5年度予算(案):93百万円', 40, 97, 242, 109, 11.5],
        ['令和4年度予算:93百万円', 86, 114, 222, 125, 11.5], ['施策効果の', 48, 143, 106, 154, 11.5],
        ['詳細', 65, 159, 88, 171, 11.5], ['地方移住に関わる居住・就労・生活支援等に係る情報提供や相談についてワンスト', 118, 135, 544, 146, 11.5],
        ['ップで対応する窓口を開設し、移住希望者のニーズに応じた相談支援を実施するこ', 118, 151, 544, 163, 11.5], ['とにより、地方移住への機運を醸成し、地方への人の流れを創出する。', 118, 168, 486, 179, 11.5],
        ['目的', 65, 197, 88, 208, 11.5], ['地方から東京圏への人口流出に歯止めをかけ、「東京一極集中」を是正し、地方への', 118, 189, 549, 201, 11.5],
        ['新しい人の流れをつくる。', 118, 205, 256, 217, 11.5], ['概要', 65, 252, 88, 263, 11.5],
        ['・居住・就労・生活支援等に係る情報提供や相談についてワンストップで対応する', 118, 227, 544, 238, 11.5], ['窓口「移住・交流情報ガーデン」を開設', 118, 243, 325, 255, 11.5],
        ['・地方自治体や関係省庁とも連携し、総合的な情報提供を実施', 118, 260, 440, 271, 11.5], ['・地方自治体等による移住相談会、フェア等の場として利用可能', 118, 276, 452, 287, 11.5],
        ['2', 550, 817, 556, 826, 9],
      ],
    ];
    const set = readText(pages, 595, 842);
    expect(set.records.map((r) => [r.name, Object.keys(r.sections)[0]])).toEqual([
      ['デジタル田園都市国家構想事業費(仮称)', '施策効果の詳細'],
      ['移住・交流情報ガーデン', '施策効果の詳細'],
    ]);
  });

  it('takes the line under a head cell naming a measure (施策) for the title on a scan, not the chapter tab OCR read larger above it', () => {
    // A cover and two pages of a scanned 重点施策 as OCR read them, each line [text, x0, y0, x1, y1, size].
    const pages: ReadLine[][] = [
      [
        ['令和2年度概算要求', 323, 200, 527, 224, 23.8], ['総務省重点施策', 342, 235, 508, 267, 31.2],
        ['総務省', 383, 459, 452, 483, 24],
      ],
      [
        ['1地方への新しい人の流れの創出', 662, 6, 790, 22, 16.3], ['施策', 416, 73, 436, 83, 9.6],
        ['豊かなライフスタイルの提示による地方への人の流れの創出', 61, 94, 384, 109, 15.4], ['予算', 416, 121, 436, 130, 9.4],
        ['地方への人の流れの創出に向けた効果的広報0.4億円【新規】', 61, 140, 346, 154, 13.9], ['概要: 1地方への新しい人の流れの創出', 56, 156, 242, 176, 19.7],
      ],
      [
        ['2地域を支える人づくり、地域経済の活性化に向けた取組', 567, 9, 786, 21, 12], ['施策', 415, 72, 435, 82, 9.6],
        ['集落ネットワーク圏の推進', 61, 92, 203, 108, 15.4], ['予算', 415, 120, 435, 129, 9.4],
        ['過疎地域等自立活性化推進交付金うち過疎地域等集落ネットワーク圏形成支援事業5.0億円(元年度4.0億円)', 60, 138, 576, 153, 14.6], ['概要:基幹集落を中心に周辺の複数集落をひとつのまとまりとする「集落ネットワーク圏」(小さな拠点)において、Society 5.0時代の技術を活用して行う', 55, 161, 784, 175, 14.4],
        ['生活支援の取組や「なりわい」を創出する活動等を支援', 87, 176, 348, 190, 13.9],
      ],
    ];
    const set = readScan(pages, 848, 603);
    expect(set.records.map((r) => r.name)).toEqual(['豊かなライフスタイルの提示による地方への人の流れの創出', '集落ネットワーク圏の推進']);
  });

  it('reads a title OCR cut in two on its row (a thin 「I」 lost) as one title', () => {
    // Two scanned slides of a 重点施策 as OCR read them, each line [text, x0, y0, x1, y1, size].
    const pages: ReadLine[][] = [
      [
        ['総務省重点施策2020', 39, 30, 119, 42, 12], ['令和2年度概算要求', 858, 30, 929, 42, 11.8],
        ['3-②-(1)ローカル5Gの周波数帯拡充に向けた制度整備', 38, 51, 400, 72, 20.9], ['し,事業概要', 39, 76, 92, 85, 9.4],
        ['ローカル5Gは、28.2ー28.3GHzの100MHz幅について、2019年12月に制度整備を予定している。さらなる利活用を推し進めるべく、使用する周波数淀を4.6ー4.8GHz及び28.329.1GHzに拡充', 48, 92, 924, 105, 13.4], ['するため、情報通信審議会において技術的条件の検討を行い、2020年中に制度化を行う。', 48, 106, 445, 120, 13.9],
        ['3-③⑨-(1)マイナンバーカードの普及・利活用の促進', 38, 136, 380, 159, 23.8], ['し",事業概要', 39, 164, 92, 173, 9.4],
        ['・令和元年6月4日のデジタル・ガバメント閣僚会議で示された「マイナンバーカードの普及とマイナンバーの利活用の促進に関する方針」等を踏まえ、令和2年度に予定されているマイナンバーカ', 51, 180, 925, 192, 12.7], ['ードを活用した消費活性化策や令和3年3月から本格運用が開始される健康保険誕としての利用等に向けてマイナンバーカードの普及・利活用を推進', 60, 194, 720, 208, 13.9],
        ['・令和元年5月31日に公布されたデジタル手続法に基づき、国外転出者によるマイナンバーカード・公的個人認証の利用を可能とするための情報システムの整備等を実施', 51, 208, 807, 221, 13.2], ['要求額', 58, 243, 87, 257, 14.2],
        ['個人番号カード交付事業費補助金841.1億円(元年度150.0億円)', 111, 228, 406, 242, 13.7], ['個人番号カード交付事務費補助金651.9億円(元年度61.1億円)', 111, 243, 399, 256, 13.7],
        ['マイナンバーカード・公的個人認証の海外継続利用に要する経費242.0億円【新規】', 112, 257, 485, 271, 13.9],
      ],
      [
        ['総務省重点施策2020', 37, 27, 116, 39, 12], ['令和2年度概算要求', 856, 27, 928, 39, 11.8],
        ['3-⑤-(1)地域', 49, 51, 154, 65, 14.4], ['X・CDN等を活用したローカルコンテンツ配信効率化等促進事業', 161, 49, 549, 67, 18.5],
        ['し,事業概要', 37, 73, 90, 82, 9.4], ['我が国は、インターネット通信の基盤であるIX※1・CDN※2が主に東京・大阪に集中して存在することにより、同一地域内の通信であっても都市部を経由するなどの非効率性や、都市部で災害が', 45, 89, 919, 102, 13.4],
        ['発生した際に全国のインターネット利用に影響が出るなどの脆弱性が懸念されている。これらの課題を解消し、ローカル発を含むコンテンツの効率的・安定的なネット配信を実現するため、地域に', 45, 103, 923, 116, 13.4], ['IX・CDN等が分散したネットワーク構成へと移行を進めるとともに、コンテンツ配信基盤の在り方を技術的な観点から総合的に検証し、関係事業者による適切な設備投資、新サービス創出等を促進', 46, 117, 926, 131, 13.9],
        ['する。', 46, 132, 69, 145, 13.2], ['※1 IX (Internet eXchange) :インターネットにおけるトラヒックの交換拠点', 46, 149, 394, 162, 13.0],
        ['※2 CDN_ (Content Delivery Network) :頻繁に利用されるデータのコピー(キャッシュ)を多数のサーバーに配置し、ユーザーに近いサーバーから配信することなどにより、コンテンツを効率良', 46, 163, 920, 176, 13.7], ['く配信するための仕組み', 47, 177, 155, 190, 13.0],
        ['要求額', 56, 198, 85, 212, 14.2], ['地域IX・CDN等を活用したローカルコンテンツ配信効率化等促進事業11.4億円【新規】', 110, 198, 499, 211, 13.2],
        ['4-③-(5) AIによるネットワーク自動最適制御技術等の研究開発の推進', 40, 236, 489, 254, 18.5], ['し,事業概要', 37, 259, 90, 268, 9.4],
        ['Society 5.0時代における通信量の爆発的増加やサービス要件の多様化(超低遅延、多数同時接続等)、ネットワークの複雑化に対応するため、AI (人工知能)を活用したネットワーク運用の自動化', 45, 275, 920, 288, 13.9], ['等を実現する技術の研究開発を推進', 45, 289, 204, 303, 13.7],
        ['要求額', 56, 309, 85, 323, 14.2], ['革新的AIネットワーク統合基盤技術の研究開発7.0億円(元年度7.0億円)', 110, 309, 438, 323, 13.7],
      ],
    ];
    const set = readScan(pages, 967, 552, 2);
    expect(set.records.map((r) => [r.number, r.name])).toEqual([
      ['3-②-(1)', 'ローカル5Gの周波数帯拡充に向けた制度整備'],
      ['3-③⑨-(1)', 'マイナンバーカードの普及・利活用の促進'],
      ['3-⑤-(1)', '地域X・CDN等を活用したローカルコンテンツ配信効率化等促進事業'],
      ['4-③-(5)', 'AIによるネットワーク自動最適制御技術等の研究開発の推進'],
    ]);
  });

  it('reads a scan of three pages as a catalogue when a 施策名 cell heads a record on both pages after the cover, though OCR lost all labels but one', () => {
    const pages: ReadLine[][] = [
      [['令和2年度概算要求', 324, 204, 528, 227, 23], ['維李用量点施策', 343, 240, 509, 263, 22.6], ['総務省', 385, 463, 453, 480, 17]],
      [
        ['2地域を支える人づくり、地域経済の活性化に向けた取組', 567, 9, 786, 21, 12], ['②地域資源を活かした地域の雇用創出と消費拡大の推進等', 44, 64, 359, 80, 15.8],
        ['施策名', 402, 90, 431, 104, 14.2], ['1.シェアリングエコノミーの活用推進', 45, 110, 254, 125, 14.6], ['施策の概要', 392, 137, 440, 150, 13.9],
        ['地域経済の好循環の更なる拡大に向け、シェアリングエコノミーを活用して、地域の社会課題解決や新たな生活産業の実証・実装による地域経済の活性化を図るた', 43, 156, 771, 170, 13.7],
        ['め、地方公共団体等による取組を支援', 44, 171, 212, 184, 13.7], ['総務和省加点施策2020', 38, 556, 118, 564, 7.4], ['総務省', 770, 555, 795, 567, 12],
      ],
      [
        ['3 Society 5.0を支えるICTインフラ整備', 636, 10, 786, 21, 11.5], ['了ア算人額:シェアリングエコノミー活用推進事業1.0億円(元年度0.5億円)', 42, 62, 387, 76, 13.7],
        ['① 5G・光ファイバ等の全国展開支援', 44, 101, 245, 116, 15.8], ['施策名', 402, 127, 432, 141, 14.2], ['2. 5G等の携帯電話基地局の整備促進', 44, 147, 247, 163, 16.1],
        ['携帯電話等エリア整備事業', 39, 172, 170, 185, 13.4], ['高度化施設等を整備する場合に、その事業費の一部を補助', 48, 200, 306, 214, 13.4],
        ['総務省重点施策2020', 39, 556, 118, 567, 11.5], ['総務省', 770, 556, 795, 568, 11.8],
      ],
    ];
    const set = readScan(pages, 851, 608);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['シェアリングエコノミーの活用推進', [[2020, 'request', 100_000_000], [2019, 'initial', 50_000_000]]],
    ]);
  });

  it('reads a scan of three pages as a catalogue when its one page of records prints the same labels under each title', () => {
    // A cover, a chapter's divider page and a page of two records, as OCR read them: each line [text, x0, y0, x1, y1, size].
    const pages: ReadLine[][] = [
      [
        ['令和2年度概算要求', 204, 279, 408, 311, 31.7], ['総務省重点施策', 223, 315, 390, 346, 31.2],
        ['令和元年8月30日', 248, 562, 355, 581, 19.0], ['総務省', 262, 647, 331, 671, 24],
      ],
      [
        ['2地域を支える人づくり、地域経済の活性化に', 74, 374, 531, 402, 27.1], ['向けた取組', 250, 405, 357, 432, 26.4],
      ],
      [
        ['(2)シェアリングエコノミーの活用推進', 65, 57, 257, 68, 11.3], ['<事業の内容〉', 57, 75, 120, 89, 13.9],
        ['地域経済の好循環の更なる拡大に向け、シェアリングエコノミーを活用して、地域の社会課題解決や新たな生', 60, 92, 549, 105, 13.4], ['活産業の実証・実装による地域経済の活性化を図るため、地方公共団体等による取組を支援', 61, 105, 469, 119, 13.7],
        ['予算', 77, 127, 96, 136, 8.9], ['シェアリングエコノミー活用推進事業1.0億円(元年度0.5億円)', 126, 122, 413, 140, 18],
        ['(1)過疎地域の自立促進に向けた取組への支援', 65, 159, 289, 178, 19.2], ['<事業の内容>', 57, 176, 120, 196, 19.2],
        ['Society 5.0時代の技術を活用した取組のほか、基幹集落における定住促進団地の造成や空き家を活用した定住', 60, 199, 552, 211, 12.5], ['促進住宅の整備、廃校舎などの遊休施設を活用した地域振興施設の整備等を支援', 60, 207, 419, 227, 19.4],
        ['予算', 77, 242, 95, 251, 9.1], ['過疎地域等自立活性化推進交付金うち過疎地域等自立活性化推進事業等5.8億円(元年度2.9', 125, 233, 545, 247, 13.9],
        ['億円)', 125, 248, 149, 262, 13.9], ['令和2年度概算要求', 52, 808, 124, 815, 7.4],
        ['2 / 11', 291, 816, 315, 824, 7.9], ['総務和省加点施策2020', 475, 807, 555, 819, 11.8],
      ],
    ];
    const set = readScan(pages, 608, 852);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['シェアリングエコノミーの活用推進', [[2020, 'request', 100_000_000], [2019, 'initial', 50_000_000]]],
      ['過疎地域の自立促進に向けた取組への支援', [[2020, 'request', 580_000_000], [2019, 'initial', 290_000_000]]],
    ]);
  });

  it('takes a title beside its 施策 cell on a scan for a title, though the cell stands in the labels\' column', () => {
    // A cover and two slides of a scanned 重点施策 as OCR read them, each line [text, x0, y0, x1, y1, size].
    const pages: ReadLine[][] = [
      [
        ['令和2年度概算要求', 384, 187, 588, 218, 31.4], ['総務省重点施策', 403, 223, 570, 254, 31.2],
        ['総務省', 444, 423, 514, 447, 24],
      ],
      [
        ['施策', 79, 67, 97, 77, 9.1], ['マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築', 128, 66, 660, 83, 17.3],
        ['予算', 79, 95, 97, 104, 9.1], ['マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築に要する経費事項要求(元年度119.3億円)', 128, 94, 734, 107, 13.4],
        ['概要', 473, 119, 492, 128, 9.4], ['消費税率引上げが消費に与える影響を継続して緩和するとともに、官民共同利用型キャッシュレス決済基盤の構築を目指し、マイナンバーカードを取得している個人が行う、プレミアムを', 59, 137, 897, 150, 13.4],
        ['付与したマイナポイント(仮称。マイナンバーカードを活用したポイント)の購入等について、当該プレミアム分を国が補助するとともに、各種給付など自治体サービスにおいてマイナポ', 59, 151, 898, 165, 13.9], ['イント(仮称)を活用する方策を検討', 60, 166, 228, 179, 13.7],
      ],
      [
        ['施策', 80, 71, 99, 80, 9.1], ['情報銀行等によるパーソナルデータの活用推進', 129, 69, 400, 86, 16.8],
        ['予算', 80, 98, 99, 107, 8.9], ['情報信託機能活用促進事業1.5億円(元年度1.0億円)', 129, 97, 367, 111, 13.7],
        ['概要', 474, 122, 494, 132, 9.4], ['情報銀行の社会実装を推進するため、引き続き、情報の活用について必要なルールの検討に資する実証事業を実施するとともに、データ倫理を担う人材の育成と情報銀行を介したデータ連', 61, 140, 899, 155, 14.2],
        ['携のための機能の標準化を実施', 61, 155, 200, 169, 13.7],
      ],
    ];
    const set = readScan(pages, 971, 559);
    expect(set.records.map((r) => r.name)).toEqual(['マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築', '情報銀行等によるパーソナルデータの活用推進']);
  });

  it("reads a PR slide's figure caption, beside the text and read tall by OCR, as no title though the record's last labels are read after it", () => {
    // Three scanned slides as OCR read them, each line [text, x0, y0, x1, y1, size]; the third has 「[教育機関連携」 beside its text.
    const slides: ReadLine[][] = [
      [['。地域経済の底上げと中小企業の生産性向上', 753, 4, 920, 22, 18.5], ['地域中核企業成長投資促進事業', 50, 40, 328, 66, 25.9], ['地域経済産業グループ地域企業高度化推進課(TEL:03-3580-0101)', 650, 70, 923, 83, 12.7], ['令和5年度補正予算案額42.5億円', 47, 92, 312, 114, 22.1], ['【事業の目的・概要)】', 44, 121, 134, 141, 19.4], ['・地域経済を牽引する中核企業が、設備の更新や新製品の量産体制の構築に踏み出せるよう、投資の初期負担リークン', 49, 136, 620, 157, 21.4], ['(設備投資) 1 (量産体制の構築)区(販路開拓)', 562, 151, 792, 172, 20.9], ['~', 614, 137, 621, 140, 2.4], ['を軽減します。', 59, 157, 121, 170, 12.5], ['・あわせて、地域の金融機関や支援機関と連携し、投資計画の策定から販路開拓までを一体的に支援します。', 49, 167, 530, 186, 19.4], ['(成果目標】', 44, 184, 92, 203, 19.4], ['本事業の支援先の付加価値額を、事業終了後3年以内に平均15%以上増加させることを目指します。', 46, 200, 485, 219, 19.4], ['【事業スキーム】', 44, 217, 113, 236, 19.4], ['国つ(補助)一民間事業者等', 46, 234, 180, 253, 19.4], ['【補助対象', 44, 258, 92, 267, 9.4], ['地域未来投資促進法の承認を受けた中堅・中小企業', 46, 273, 274, 286, 13.0], ['【補助率】', 44, 291, 82, 301, 9.4], ['1/2 (小規模事業者は2/3)', 46, 302, 163, 322, 19.4], ['【事業期間)', 44, 319, 93, 339, 19.4], ['信和5年度～令和7年度', 46, 341, 147, 354, 13.0]],
      [['1 .地域経済の底上げと中小企業の生産性向上', 747, 11, 921, 23, 11.8], ['事業承継・引継ぎ円滑化支援事業', 38, 35, 349, 69, 34.1], ['中小企業庁事業環境部財務課(TEL:03-3580-0322)', 713, 73, 924, 86, 12.5], ['令和5年度補正予算案額25.6億円', 49, 95, 313, 117, 22.1], ['【事業の目的・概要】', 46, 130, 136, 144, 14.2], ['後継者不在の中小企業が、親族内承継や第三者への引継ぎを円滑に進められるよう、専門家の活用や承継後の', 47, 147, 536, 161, 13.9], ['下キイメーシ', 564, 140, 622, 149, 8.9], ['経営革新にかかる経費を補助します。(専門家活用】 < (経営革新】 < (veA )', 48, 153, 761, 177, 24.2], ['【成果目標】', 46, 179, 94, 188, 9.4], ['・事業承継・引継ぎの成約件数を年間2.000件以上とすることを目指します。', 51, 195, 390, 208, 13.4], ['・承継後5年以内の廃業率を10%未満に抑えます。', 51, 209, 269, 223, 13.9], ['【事業スキーム)】', 46, 226, 115, 240, 13.7], ['国ご(定額補助)ご事務局つ(補助)ご中小企業等', 48, 243, 288, 257, 14.2], ['【補助対象】', 46, 260, 94, 275, 14.2], ['事業承継を行う中小企業・小規模事業者', 47, 276, 226, 290, 13.9], ['【補助率】', 46, 295, 83, 305, 9.4], ['【事業期間】', 46, 328, 94, 342, 14.2], ['令和5年度～令和8年度', 48, 345, 148, 359, 14.2]],
      [['1 .地域経済の底上げと中小企業の生産性向上', 747, 5, 921, 22, 16.8], ['中小企業デジタル人材育成加速化事業', 53, 41, 389, 67, 25.4], ['商務情報政策局情報技術利用促進課(TEL:03-3580-0548)', 687, 72, 924, 85, 12.7], ['令和5年度補正予算案額12.8億円', 48, 93, 313, 115, 21.4], ['【事業の目的・概要】', 45, 128, 135, 142, 14.4], ['中小企業の従業員が、業務のデジタル化に必要な知識と技能を身につけられるよう、地域の教育機関と連携しリーリッご', 47, 138, 622, 159, 21.4], ['た実践的な講座を全国で実施します。', 47, 154, 209, 173, 18.7], ['【成果目標)', 45, 172, 94, 190, 18.7], ['講座の修了者を3年間で延べ3万人とすることを目指します。', 47, 188, 312, 207, 18.7], ['【事業スキーム】', 45, 205, 114, 224, 18.7], ['国つ(委託)っ民間事業者等', 47, 222, 181, 241, 18.7], ['【補助対象)', 45, 240, 94, 259, 18.7], ['民間事業者等(委託先)', 47, 256, 150, 275, 18.7], ['[教育機関連携', 638, 153, 710, 174, 20.6], ['[', 731, 153, 736, 174, 20.6], ['デジタル化', 744, 160, 784, 168, 8.2], ['【補助率)', 45, 279, 83, 288, 9.4], ['委託', 47, 296, 65, 305, 8.9], ['【事業期間】', 45, 307, 94, 326, 18.7], ['令和5年度～令和7年度', 47, 329, 148, 342, 13.9]],

    ];
    const set = readScan(slides, 967, 552);
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
    // A circled number OCR read twice (③ as 「⑨③」, a speck after it as 「〕」) is still the path's, not the start of the name.
    const misread = read([record(1, '3-①-(1)', '光ファイバの整備'), record(2, '3-⑨③-(1)', 'マイナンバーカードの普及'), record(3, '3-②③〕-(1)', '放送用周波数の有効活用')]);
    expect(misread.records.map((r) => [r.number, r.name])).toEqual([['3-①-(1)', '光ファイバの整備'], ['3-⑨③-(1)', 'マイナンバーカードの普及'], ['3-②③〕-(1)', '放送用周波数の有効活用']]);
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

  it('takes the numbered name under a topic heading numbered in another series as the title, not the topic set a point larger', () => {
    const record = (page: number, topic: string, name: string): PageLayout =>
      layout(page, [
        line(topic, 40, 39, 13), line(name, 46, 64, 12),
        line('〈事業概要〉', 34, 84, 11.5), line(`${name.slice(4)}を推進する。`, 42, 101, 11),
        line('〈要求額〉', 34, 168, 11.5), line('推進事業 2.1億円(元年度 1.5億円)', 42, 185, 11),
      ]);
    const set = read([
      record(1, '③ 都市から地方への移住・交流の推進', '(1) 地域おこし協力隊の拡充など地方への移住・交流の推進'),
      record(2, '③ 過疎対策の推進', '(1) 過疎地域の自立促進に向けた取組への支援'),
      record(3, '① 地域課題の解決に資する5Gの活用推進', '(1) 地域課題解決型ローカル5G等の実現に向けた開発実証'),
    ]);
    expect(set.records.map((r) => r.name)).toEqual(['地域おこし協力隊の拡充など地方への移住・交流の推進', '過疎地域の自立促進に向けた取組への支援', '地域課題解決型ローカル5G等の実現に向けた開発実証']);
    expect(set.records.map((r) => r.sections['概要'])).toEqual(['地域おこし協力隊の拡充など地方への移住・交流の推進を推進する。', '過疎地域の自立促進に向けた取組への支援を推進する。', '地域課題解決型ローカル5G等の実現に向けた開発実証を推進する。']);
    // A name in the text's own size, numbered with a path through the topic's number, under a topic set larger.
    const pathed = (page: number, topic: string, name: string): PageLayout =>
      layout(page, [
        line(topic, 45, 59, 11), line(name, 52, 81, 9),
        line(`予算:${name.slice(8)}の推進に要する経費 0.7億円【新規】`, 40, 97, 9),
        line('概要', 65, 121, 9), line(`${name.slice(8)}を推進する。`, 113, 114, 9),
      ]);
    const paths = read([
      pathed(1, '① 地域の基幹産業を中心とした地域経済活性化', '2-①-(1) 地域の基幹産業を中心とした地域経済活性化'),
      pathed(2, '① 地域課題の解決に資する5Gの活用推進', '4-①-(1) 地域課題解決型ローカル5G等の実現に向けた開発実証'),
      pathed(3, '③ ICTインフラシステム等の海外展開', '5-③-(2) 海外通信・放送・郵便事業支援機構(JICT)の活用'),
    ]);
    expect(paths.records.map((r) => [r.number, r.name])).toEqual([
      ['2-①-(1)', '地域の基幹産業を中心とした地域経済活性化'],
      ['4-①-(1)', '地域課題解決型ローカル5G等の実現に向けた開発実証'],
      ['5-③-(2)', '海外通信・放送・郵便事業支援機構(JICT)の活用'],
    ]);
  });

  it("ends a scanned name under its 施策名 cell at a label wrapped in its narrow cell, OCR reading the label's first line as tall as the name", () => {
    const page = (number: number, name: string, summary: string, budget: string): PageLayout =>
      ocrPage(number, 847, 601, [
        ocr('令和元年8月30日', 48, 36, 11.8), ocr('令和2年度概算要求', 720, 36, 11.8),
        ocr('施策名', 405, 61, 14.9), ocr(name, 54, 82, 15.1),
        ocr('取組の概', 56, 107, 14.2), ocr('要', 72, 124, 9.1), ocr(summary, 110, 107, 13.4),
        ocr('概算要求', 56, 149, 9.6), ocr('額', 72, 163, 9.4), ocr(budget, 110, 148, 13.9),
      ]);
    const set = read([
      ocrPage(1, 847, 601, [ocr('令和2年度概算要求', 382, 184, 31.4), ocr('総務省重点施策', 402, 221, 23)]),
      page(2, '1.豊かなライフスタイルの提示による地方への人の流れの創出', '1地方への新しい人の流れの創出', '地方への人の流れの創出に向けた効果的広報0.4億円【新規】'),
      page(3, '2.地域資源を活用した地域の雇用創出と消費拡大の推進', '地域の雇用創出と消費拡大を更に促進', '地域経済循環創造事業交付金14.5億円(元年度10.0億円)'),
    ]);
    expect(set.records.map((r) => [r.name, r.sections['概要']])).toEqual([
      ['豊かなライフスタイルの提示による地方への人の流れの創出', '1地方への新しい人の流れの創出'],
      ['地域資源を活用した地域の雇用創出と消費拡大の推進', '地域の雇用創出と消費拡大を更に促進'],
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

  it("reads a title printed larger than the text after a 「・」 (a scan's speck: no list item is set in a title's size), and keeps it out of the name", () => {
    const record = (page: number, title: string): PageLayout =>
      layout(page, [line(title, 40, 60, 16), line('概要', 40, 100), line(`${title}の概要の文。`, 120, 100), line('事業の内容を説明する文が続く。', 120, 115), line('予算', 40, 130), line('1.2億円', 120, 130)]);
    const set = read([record(1, '地方公共団体情報システムの標準化・共通化の推進'), record(2, '・国家公務員・地方公務員における統計人材の育成'), record(3, 'マイナンバーカードの交付率の普通交付税算定への反映')]);
    expect(set.records.map((r) => r.name)).toEqual(['地方公共団体情報システムの標準化・共通化の推進', '国家公務員・地方公務員における統計人材の育成', 'マイナンバーカードの交付率の普通交付税算定への反映']);
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

  it("starts a record at a name label whose value OCR split off its line and boxed a few points into it, the colon read again", () => {
    // As OCR read a scanned 重点施策 page (rand52 r5252-1-scan, page 3): 「施策名:」 and 「:サイバー…」, the value's box 2 pt into the label's.
    const record = (head: ReadLine[], y: number): ReadLine[] => [
      ...head,
      ['・巧妙化・複雑化するサイバー攻撃に対し、実践的な対処能力を持つセキュリティ人材を育成する', 97, y + 28, 911, y + 43, 14.88],
      ['【予算】', 56, y + 80, 87, y + 96, 15.84], ['ナショナルサイバートレーニングセンターの構築15.0億円(元年度14.9億円)', 58, y + 98, 443, y + 112, 14.64],
    ];
    const set = readScan(
      [[
        ...record([['施策名:データ利活用型スマートシティの推進', 48, 60, 341, 78, 18.24]], 60),
        ...record([['施策名:', 48, 200, 98, 217, 17.28], [':サイバーセキュリティ人材の育成', 96, 201, 313, 214, 12.24]], 200),
        ...record([['施策名:地域経済循環の推進', 48, 340, 341, 358, 18.24]], 340),
      ]],
      960,
      540,
    );
    expect(set.records.map((r) => r.name)).toEqual(['データ利活用型スマートシティの推進', 'サイバーセキュリティ人材の育成', '地域経済循環の推進']);
  });

  it("reads a name's wrapped last character into it, however small OCR boxed it", () => {
    // As OCR read a scanned 重点施策 page (rand52 r5252-7-scan, page 2): 「出」 boxed 13 pt under the 19 pt name.
    const record = (name: string, wrap: ReadLine[], y: number): ReadLine[] => [
      [`施策名: ${name}`, 41, y, 559, y + 19, 18.96], ...wrap,
      ['要求額', 291, y + 48, 318, y + 61, 12.96], ['地方への人の流れの創出に向けた効果的広報0.4億円【新規】', 46, y + 66, 290, y + 79, 12.24],
      ['取組の概要', 282, y + 90, 326, y + 102, 12.24], ['地方への新しい人の流れの創出に向けた広報を実施', 47, y + 108, 379, y + 120, 12.24],
    ];
    const set = readScan([[...record('1-①-(1)豊かなライフスタイルの提示による地方への人の流れの創', [['出', 42, 68, 54, 81, 12.96]], 47), ...record('2-①-(1)地域の基幹産業を中心とした地域経済活性化', [], 192)]], 595, 842);
    expect(set.records.map((r) => [r.name, r.sections['副題']])).toEqual([
      ['豊かなライフスタイルの提示による地方への人の流れの創出', undefined],
      ['地域の基幹産業を中心とした地域経済活性化', undefined],
    ]);
  });

  it("keeps a budget label a scan boxed large, over its entry just above the next title, as the record's budget, not a topic heading over that title", () => {
    // As OCR read a scanned 重点施策 page (rand51 r5151-3-scan, page 3): 「<概算要求額>」 read as 「■概算要求額>」, boxed 20 pt high.
    const record = (name: string, budget: string, y: number): ReadLine[] => [
      ['施策名', 63, y, 93, y + 14, 14.16], [name, 121, y, 359, y + 14, 13.92],
      ['取組の概要', 53, y + 45, 102, y + 59, 13.92], [`・${name}を推進し、関係者が幅広く協力して海外発信等する取組を支援`, 125, y + 24, 800, y + 38, 13.92],
      ['■概算要求額>', 46, y + 103, 108, y + 123, 20.4], [budget, 48, y + 119, 466, y + 139, 20.16],
    ];
    const set = readScan([[...record('ICTインフラシステムの海外展開', 'ICT国際競争力強化パッケージ支援事業20.5億円(元年度3.8億円)', 60), ...record('放送コンテンツの海外展開', '放送コンテンツの海外展開強化事業等24.0億円(元年度2.0億円)', 221), ...record('地方の一般財源総額の確保', '地方交付税16.8兆円(元年度16.2兆円)', 382)]], 842, 595);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['ICTインフラシステムの海外展開', [2_050_000_000, 380_000_000]],
      ['放送コンテンツの海外展開', [2_400_000_000, 200_000_000]],
      ['地方の一般財源総額の確保', [16_800_000_000_000, 16_200_000_000_000]],
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
    const scanned: ReadLine[][] = [
      [['事業名', 58, 55, 87, 68, 13.4], ['Project', 58, 73, 82, 80, 7.0], ['地域見守りデジタル基盤整備事業', 155, 55, 341, 72, 16.8], ['担当', 58, 93, 76, 102, 9.1], ['Contact', 58, 110, 85, 115, 5.5], ['自治行政局地域情報化企画室', 156, 92, 283, 104, 12.5], ['TEL 03-5253-5521 _E-mail chiiki-mimamori@soumu.go.jp', 154, 103, 427, 118, 14.9], ['予算額', 58, 128, 88, 140, 12.7], ['Budget', 58, 146, 83, 153, 7.0], ['信和6年度予算案: 12.3億円', 155, 128, 281, 142, 13.9], ['目的', 59, 166, 77, 174, 8.9], ['Purpose', 58, 182, 86, 189, 7.0], ['高齢者の単身世帯が増える中山間地域で、見守りに要する人手を減らしつつ、異変を早', 155, 164, 544, 178, 13.9], ['く捉える仕組みを整える。', 156, 179, 267, 192, 13.7], ['概要', 58, 202, 77, 211, 9.4], ['Outline', 58, 219, 83, 225, 5.5], ['・市町村が見守りセンサーと通報システムを一体で導入する経費を補助する。', 158, 201, 497, 214, 13.2], ['・複数の市町村による共同導入を優先して採択する。', 158, 215, 387, 229, 13.9], ['期待される効果', 58, 237, 128, 250, 13.4], ['Expected outcome', 58, 256, 123, 263, 7.0], ['見守りの訪問回数を減らしながら、異変の発見までの時間を短くする。', 155, 237, 468, 251, 13.7], ['補助率', 58, 274, 88, 287, 13.4], ['Subsidy rate', 58, 292, 101, 299, 7.0], ['1/2 (財政力指数0.5未満の市町村は2/3)', 155, 274, 338, 288, 13.7], ['事業名', 58, 334, 87, 347, 13.4], ['Project', 58, 352, 82, 359, 7.0], ['公共交通オンデマンド化推進事業', 155, 334, 341, 351, 16.6], ['担当', 58, 372, 76, 381, 9.1], ['Contact', 58, 389, 85, 394, 5.5], ['自治行政局地域交通連携室', 156, 371, 273, 384, 13.2], ['TEL 03-5253-5532', 154, 387, 244, 394, 7.4], ['E-mail ondemand-kotsu@soumu.go.jp', 255, 387, 431, 396, 9.4], ['予算額', 58, 407, 88, 419, 12.7], ['Budget', 58, 426, 83, 432, 7.0], ['令和5年度補正予算: 580百万円の内数', 155, 407, 329, 420, 13.4], ['目的', 59, 444, 77, 453, 8.9], ['Purpose', 58, 462, 86, 468, 7.0], ['路線バスの廃止が続く地域で、住民の移動手段を予約型の乗合交通により確保する。', 155, 443, 528, 457, 13.7], ['概要', 58, 481, 77, 490, 9.4], ['Outline', 58, 498, 83, 504, 5.5], ['配車システムの導入と運行データの分析に要する経費を支援する。', 155, 480, 447, 493, 13.7], ['事業期間', 58, 517, 97, 526, 9.1], ['Period', 58, 535, 80, 540, 5.5], ['令和5年度～令和7年度', 155, 516, 256, 530, 13.7]],
      [['事業名', 55, 53, 84, 66, 13.4], ['Project', 55, 71, 79, 78, 7.0], ['地方公共団体の窓口業務デジタル転換支援', 152, 54, 388, 71, 17.3], ['担当', 55, 91, 73, 100, 9.1], ['Contact', 55, 108, 82, 114, 5.5], ['自治行政局行政経営支援室', 153, 90, 270, 104, 13.9], ['TEL 03-5253-5541', 151, 106, 239, 114, 7.7], ['E-mail madoguchi-dx@soumu.go.jp', 252, 106, 415, 115, 9.4], ['予算額', 55, 126, 84, 139, 12.7], ['Budget', 55, 145, 79, 152, 7.0], ['令和6年度概算要求額: 3.000百万円', 152, 126, 314, 140, 13.7], ['目的', 56, 164, 74, 173, 8.9], ['Purpose', 55, 181, 83, 188, 7.0], ['住民が窓口で同じ事項を何度も書かずに済むよう、申請の手続を一つの画面にまとめ', 151, 162, 530, 176, 13.7], ['る。', 153, 179, 164, 187, 7.9], ['概要', 55, 200, 74, 210, 9.1], ['Outline', 55, 217, 80, 223, 5.5], ['書かない窓口の導入に向けた業務の見直しとシステム改修を支援する。', 151, 199, 464, 212, 13.2], ['成果目標', 55, 236, 94, 246, 9.1], ['KPI', 55, 254, 66, 260, 5.5], ['令和8年度までに導入団体を300団体とする。', 152, 235, 349, 249, 13.7], ['事業名', 55, 295, 84, 309, 13.4], ['Project', 55, 314, 79, 321, 7.0], ['スマート農業通信環境整備事業', 153, 296, 325, 313, 17.0], ['担当', 55, 333, 73, 342, 9.1], ['Contact', 55, 350, 82, 356, 5.5], ['総合通信基盤局電波政策課', 152, 332, 270, 345, 13.0], ['TEL 03-5253-5873', 151, 348, 240, 356, 7.7], ['E-mail smart-nogyo@soumu.go.jp', 252, 348, 407, 357, 9.4], ['予算額', 55, 369, 85, 382, 12.7], ['Budget', 55, 387, 80, 394, 7.0], ['令和6年度予算案: 850百万円', 152, 369, 286, 383, 13.7], ['目的', 56, 406, 74, 415, 8.9], ['Purpose', 55, 424, 83, 431, 7.0], ['農地で自動走行の農機やセンサーを使えるよう、男場の通信環境を整える。', 152, 405, 484, 419, 13.9], ['概要', 55, 443, 74, 452, 9.4], ['Outline', 55, 460, 80, 465, 5.5], ['地域の協議会が行う基地局の整備に要する費用の一部を補助する。', 152, 441, 445, 455, 13.9], ['補助対象', 55, 478, 95, 491, 13.0], ['Eligible', 56, 497, 80, 504, 7.0], ['地方公共団体、農業協同組合及び地域の協議会', 152, 478, 360, 492, 14.2], ['補助率', 55, 514, 85, 528, 13.4], ['Subsidy rate', 55, 533, 98, 540, 7.0], ['173', 152, 516, 168, 525, 8.6]],

    ];
    const set = readScan(scanned, 607, 851, 2);
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
    const pages: ReadLine[][] = [
      [['携帯電話等エリア整備事業', 40, 55, 220, 76, 20.6], ['総務省移動通信課(TEL:03-5253-5894)', 618, 80, 801, 93, 13.4], ['<分野>', 46, 94, 80, 116, 22.1], ['5Gなどの情報通信基盤の早期整備', 49, 110, 216, 132, 22.1], ['<予算額>', 46, 168, 91, 190, 22.1], ['令和3年度当初一般会計1,514百万円', 49, 184, 230, 206, 22.3], ['<特徴・ポイント>', 46, 204, 138, 226, 22.1], ['〇道路や観光地等の非居住エリアの圏外解消のため、地方公共団体等が条件不利地域において携帯電話等の基地局整備等を行う場合に支援を行う。', 48, 226, 768, 240, 22.1], ['<目的>', 46, 277, 80, 291, 22.1], ['携帯電話サービスは国民生活に不可欠なサービスとなっているが、地理的条件や事業採算上の問題により、サービスを全く利用することができない地域や', 49, 294, 805, 309, 22.1]],
      [['デジタル活用環境構築推進事業', 51, 53, 244, 72, 18.5], ['総務省情報流通振興課情報活用支援室(TEL:03-5253-5685)', 525, 75, 798, 89, 13.9], ['<分野>', 43, 89, 77, 111, 22.1], ['未来技術の活用に向けた社会ニーズの醸成', 46, 106, 253, 128, 22.1], ['<予算額>', 43, 163, 88, 185, 22.1], ['令和2年度第3次補正一般会計1,140百万円の内数', 46, 179, 290, 202, 22.3], ['<特徴・ポイント>', 43, 199, 135, 221, 22.1], ['〇携帯ショップや公民館などで、オンラインサービスの利用方法等を説明(令和3年度は全国1000箇所程度を想定)', 46, 216, 605, 238, 22.1], ['<目的>', 43, 272, 77, 287, 22.1], ['新型コロナウイルス感染症対策の観点から、我が国全体として感染防止につながる新しい生活様式の早期実現は喫緊の課題である。そのため、国民の誰も', 46, 284, 803, 306, 22.1]],
      [['地域でのサテライトオフィス整備の推進', 53, 56, 330, 74, 18.0], ['総務省情報流通高度化推進室(TEL:03-5253-5751)', 567, 78, 800, 92, 13.9], ['<分野>', 45, 92, 79, 114, 22.3], ['生活分野での未来技術の活用', 48, 109, 189, 131, 22.1], ['<予算額>', 45, 166, 90, 188, 22.1], ['令和3年度当初一般会計71百万円', 48, 189, 212, 198, 22.1], ['<特徴・ポイント>', 45, 199, 137, 221, 22.1], ['〇サテライトオフィスを整備する地方公共団体に対して、その経費の一部を補助する。', 46, 216, 520, 238, 22.1], ['<目的>', 45, 272, 79, 287, 22.1], ['地方への人の流れを創出するため、都市部の企業が地方にサテライトオフィスを設置する取組を推進する。', 46, 284, 620, 306, 22.1]],
    ];
    const set = readScan(pages, 853, 611);
    expect(set.records.map((r) => [r.name, r.field, r.offices[0]?.phones])).toEqual([
      ['携帯電話等エリア整備事業', '5Gなどの情報通信基盤の早期整備', ['03-5253-5894']],
      ['デジタル活用環境構築推進事業', '未来技術の活用に向けた社会ニーズの醸成', ['03-5253-5685']],
      ['地域でのサテライトオフィス整備の推進', '生活分野での未来技術の活用', ['03-5253-5751']],
    ]);
  });

  it("finds every record of a scan whose OCR read half its titles no taller than the text, a bar before them read as 「 or 「_", () => {
    // Two scanned pages as OCR read them, [text, x0, y0, x1, y1, size]: the first title of each page boxed 16 high, the second 19, the text 14.
    const pages: ReadLine[][] = [
      [['①デジタル実装による地方の社会課題解決・魅力向上', 716, 7, 919, 19, 12], ['「ふるさと納税の活用促進', 36, 37, 185, 54, 16.1], ['自治税務局市町村税課', 828, 41, 921, 54, 13.2], ['区分: ②税制', 37, 61, 98, 71, 9.8], ['総合戦略との関係: ①デジタル実装による地方の社会課題解決・魅力向上', 37, 77, 382, 91, 14.4], ['予算額: -', 37, 94, 81, 108, 14.4], ['施策効果の', 45, 113, 96, 128, 14.6], ['詳細', 60, 129, 80, 138, 9.4], ['ふるさとやお世話になった地方公共団体に感謝や応援の気持ちを伝えることを通じて、個人と地域の連携を強化する。', 110, 113, 754, 127, 13.9], ['目的', 62, 150, 80, 159, 9.1], ['ふるさとやお世話になった地方団体に感謝し、若しくは応援する気持ちを伝える。', 110, 148, 754, 162, 14.2], ['概要', 60, 177, 80, 187, 9.6], ['税制上の寄附金控除の仕組みを活用し、実質2,000円の負担で、納税先を選択可能とする仕組み。', 109, 168, 905, 183, 14.6],
        ['総務省統計局の移転', 52, 220, 160, 239, 19.2], ['統計局総務課', 865, 225, 923, 238, 13.4], ['区分: ①予算', 37, 245, 99, 255, 9.8], ['総合戦略との関係: ①デジタル実装による地方の社会課題解決・魅力向上', 37, 260, 382, 275, 14.2], ['予算額: -', 37, 277, 88, 292, 14.6], ['施策効果の', 45, 297, 96, 312, 14.6], ['詳細', 60, 313, 80, 322, 9.4], ['統計データ利活用の推進を行うことで地方創生を促す', 110, 297, 360, 311, 14.6], ['目的', 62, 348, 80, 357, 9.1], ['和歌山県を関西圏の統計データ利活用の拠点と位置付ける。', 110, 332, 916, 346, 14.4], ['概要', 60, 391, 80, 400, 9.6], ['和歌山県に「統計データ利活用センター」を置き、平成30年度から実施。', 109, 382, 913, 396, 14.6], ['P.2', 476, 522, 488, 529, 6.7]],
      [['①デジタル実装による地方の社会課題解決・魅力向上', 723, 9, 922, 28, 19.7], ['「_ICT基盤高度化事業', 39, 43, 158, 60, 16.3], ['情報流通行政局デジタル経済推進室', 774, 47, 924, 60, 13.4], ['区分: ①予算', 41, 67, 102, 77, 9.8], ['総合戦略との関係: ①デジタル実装による地方の社会課題解決・魅力向上', 40, 82, 385, 97, 14.4], ['予算額: 令和5年度予算(案):50百万円', 41, 99, 280, 116, 16.3], ['施策効果の', 48, 139, 99, 154, 14.6], ['詳細', 64, 155, 83, 164, 9.4], ['社会的課題の解決に資する先導的なICT利活用モデルの実証を行う。', 113, 139, 842, 153, 14.6], ['目的', 65, 191, 83, 200, 9.1], ['医療情報の効果的・効率的な安全管理を推進する。', 112, 174, 911, 189, 14.4], ['概要', 63, 240, 83, 250, 9.6], ['ガイドライン及びSLAについて必要な見直しを行う。', 112, 224, 827, 239, 14.6],
        ['高度無線環境整備推進事業', 54, 291, 201, 310, 19.2], ['総合通信基盤局電気通信事業部事業政策課ブロードバンド整備推進室', 631, 296, 924, 309, 13.7], ['区分: ①予算', 41, 315, 102, 325, 9.8], ['総合戦略との関係: ②デジタル基盤整備', 40, 331, 228, 346, 14.6], ['予算額: 令和5年度予算(案):4,196百万円', 40, 348, 300, 364, 15.6], ['施策効果の', 48, 388, 99, 403, 14.6], ['詳細', 64, 404, 83, 414, 9.4], ['条件不利地域等において情報通信基盤が整備されること。', 113, 388, 910, 402, 14.2], ['目的', 65, 432, 83, 441, 9.1], ['あらゆる地域でテレワーク、在宅学習、遠隔医療などを促進する。', 113, 423, 920, 438, 14.2], ['概要', 63, 466, 83, 476, 9.6], ['伝送路設備等の整備を支援する事業。', 113, 458, 918, 472, 14.4], ['P.3', 479, 528, 491, 535, 6.7]],
    ];
    const set = readScan(pages, 964, 547, 2);
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
    const lines: ReadLine[] = [
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
    const set = readScan([lines], 851, 608, 3);
    expect(set.records.map((r) => [r.number, r.name, r.offices[0]?.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['1', '地域経済循環創造事業交付金(ローカル10.000プロジェクト)', '自治行政局地域政策課', [580_000_000, 500_000_000]],
      ['2', '移住・交流情報ガーデン', '自治行政局地域自立応援課', [93_000_000, 93_000_000]],
    ]);
  });

  it("reads a short scan of two records whose second title OCR boxed smaller than the text, and takes no budget line ending in its amount for a title", () => {
    // A cover and two record pages as OCR read them, [text, x0, y0, x1, y1, size]: the second title boxed 10.8 high, the text 14.2.
    const pages: ReadLine[][] = [
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
    const set = readScan(pages, 850, 606);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['地域の基幹産業を中心とした地域経済活性化', [70_000_000]],
      ['地域運営組織の形成促進', [20_000_000, 10_000_000]],
    ]);
  });

  it("keeps a scan's titles found in their print where a smaller print finds as many lines but not them (a scheme's caption, the project's period)", () => {
    // A cover and two pages of two PR sheets each, as OCR read them, [text, x0, y0, x1, y1, size]: the second title of each page boxed no taller than the text.
    const pages: ReadLine[][] = [
      [['令和5年度補正予算', 322, 202, 527, 233, 31.2], ['事業PR資料', 363, 238, 487, 267, 29.8], ['令和5年11月29日', 370, 402, 482, 419, 17], ['経済産業省', 361, 461, 483, 486, 24.5]],
      [['令和5年度補正予算事業PR資料', 37, 15, 156, 27, 12], ['商店街にぎわい再生緊急支援事業', 46, 35, 239, 56, 20.9], ['中小企業庁', 770, 41, 805, 47, 6.5], ['商業振興室', 770, 50, 805, 57, 6.5], ['03-3580-0214', 755, 60, 805, 65, 5.3], ['令和5年度補正予算額', 386, 73, 462, 85, 11.8], ['18.0億円', 41, 90, 72, 97, 7], ['事業目的・概要', 135, 108, 189, 120, 11.5], ['〇人口減少と消費行動の変化により空き店舗が増えている商店街に', 40, 123, 278, 134, 11.3], ['おいて、地域住民の生活を支える拠点づくりを支援します。', 51, 134, 259, 145, 11], ['〇空き店舗の改修、共同配送、キャッシュレス決済の導入など、商', 40, 145, 279, 156, 11.3], ['店街が一体となって行う取組を対象とします。', 50, 157, 211, 168, 11.3], ['成果目標', 366, 109, 396, 116, 7], ['支援した商店街の空き店舗率を、事業実施前から3', 292, 123, 469, 134, 11], ['ポイント以上引き下げることを目指します。', 292, 134, 444, 145, 11], ['事業イメージ', 491, 115, 538, 126, 10.8], ['[空き店舗改修', 490, 127, 540, 143, 16.3], ['(キャッシュレス', 620, 126, 673, 144, 18.2], [']', 681, 127, 684, 143, 16.3], ['事業期間', 240, 176, 271, 188, 11.5], ['令和5年度〜令和6年度', 41, 191, 121, 203, 11.3], ['条件(対象者、対象行為、補助率等)', 42, 211, 170, 222, 11.3], ['補助対象:商店街振興組合、商工会・商工会議所等', 42, 223, 223, 235, 11.5], ['補助率: 2/3', 42, 235, 87, 247, 11.3], ['商店街振興組合等', 95, 270, 158, 282, 11.5], ['伝統的工芸品産地基盤強化事業', 51, 305, 226, 317, 11.8], ['製造産業局', 770, 306, 805, 316, 10.6], ['生活製品室', 770, 316, 805, 326, 10.6], ['03-3580-0435', 755, 326, 805, 331, 5.3], ['令和5年度補正予算額', 386, 340, 461, 351, 11.5], ['6.2億円', 41, 356, 67, 363, 7], ['事業目的・概要', 143, 374, 198, 386, 11.3], ['伝統的工芸品の産地で、原材料の確保や道具の製作を担う事業者が減っ', 41, 389, 292, 401, 11.3], ['ていることを踏まえ、産地の生産基盤を維持するための取組を支援しま', 41, 401, 292, 412, 11.3], ['す。', 41, 413, 51, 420, 6.7], ['成果目標', 374, 375, 405, 382, 7], ['支援した産地の従事者数の減少率を、過去5年', 308, 389, 472, 401, 11.3], ['平均の半分以下に抑えることを目指します。', 308, 401, 461, 412, 11], ['事業イメージ', 491, 381, 538, 392, 10.8], ['(原材料確保) < < (後継者育成)', 490, 393, 663, 409, 16.1], ['事業期間', 240, 431, 271, 443, 11.5], ['令和5年度〜令和7年度', 41, 447, 121, 454, 7], ['条件(対象者、対象行為、補助率等)', 42, 466, 170, 477, 11.3], ['補助対象:伝統的工芸品産業振興協会、産地組合等', 42, 478, 223, 490, 11.5], ['補助率:定額、1/2', 42, 491, 110, 502, 11.3], ['事業スキーム', 36, 504, 83, 520, 15.8], ['(補助', 62, 522, 81, 528, 6.2], [')', 82, 521, 85, 531, 10.3], ['産地組合等', 95, 527, 133, 534, 7.2], ['令和5年度補正予算事業PR資料', 37, 573, 156, 585, 12], ['2', 421, 576, 426, 583, 6.7], ['経済産業省', 768, 573, 810, 585, 12]],
      [['令和5年度補正予算事業PR資料', 40, 20, 161, 32, 11.8], ['水素サプライチェーン実証加速化事業', 50, 44, 280, 56, 12.2], ['資源エネルギー庁', 748, 45, 809, 56, 11], ['水素・アンモニア課', 741, 54, 809, 65, 10.6], ['03-3580-0873', 756, 67, 808, 72, 5.8], ['令和5年度補正予算額', 387, 81, 466, 93, 12], ['154.3億円', 45, 97, 83, 108, 11.3], ['事業目的・概要', 129, 117, 186, 129, 12], ['港湾や工業地帯での水素の受入れから貯蔵、需要地までの輸', 44, 133, 269, 144, 11.5], ['送を一貫して行う実証を前倒しで実施し、商用化に向けた技', 44, 145, 268, 157, 11.8], ['術課題を洗い出します。', 44, 157, 130, 168, 11.5], ['成果目標', 360, 118, 393, 126, 7.7], ['2030年に水素の供給コストを1ノルマル立方メート', 280, 133, 470, 144, 11.3], ['ル当たり30円とする目標に向け、実証段階のコスト', 280, 145, 471, 156, 11.3], ['を半減させます。', 280, 157, 341, 168, 11.5], ['事業イメージ', 494, 124, 544, 135, 11.5], ['事業期間', 243, 177, 275, 189, 12.2], ['令和5年度〜令和10年度', 44, 193, 134, 204, 11.5], ['条件(対象者、対象行為、補助率等)', 45, 213, 181, 225, 12], ['補助対象:民間事業者等', 45, 225, 136, 237, 11.8], ['補助率: 2/3', 45, 239, 92, 251, 12], ['事業スキーム', 40, 258, 90, 270, 11.8], ['(交付金)', 67, 272, 98, 282, 10.6], ['回馬抽', 40, 272, 83, 297, 25], ['研究開発法人', 108, 276, 158, 288, 12], ['(補助)', 162, 272, 195, 283, 10.8], ['民間事業者等', 206, 277, 255, 285, 7.7], ['中小企業省エネ診断・設備更新支援事業', 53, 311, 295, 330, 18.5], ['資源エネルギー庁', 748, 313, 809, 324, 11], ['省エネルギー課', 756, 324, 808, 331, 7], ['03-3580-0652', 756, 335, 808, 341, 5.8], ['令和5年度補正予算額', 387, 350, 467, 362, 12.2], ['33.4億円', 44, 366, 77, 374, 7.4], ['事業目的・概要', 148, 386, 205, 398, 12], ['省エネルギー診断を受けた中小企業が、診断結果に基づく空調・照', 44, 401, 293, 413, 11.8], ['明・ボイラー等の高効率設備への更新を行う場合に、その費用の一部', 44, 413, 302, 425, 11.8], ['を補助します。', 45, 425, 97, 437, 11.8], ['成果目標', 379, 387, 412, 394, 7.7], ['診断から設備更新に至る企業の割合を、', 317, 401, 461, 413, 11.5], ['現状の2割から4割に高めることを目指し', 317, 413, 468, 425, 11.3], ['ます。', 318, 426, 337, 437, 11.5], ['事業イメージ', 494, 392, 544, 404, 12], ['[省エネ良断', 494, 405, 539, 424, 18.7], ['< (設備更新」5', 552, 405, 618, 424, 19], ['効果検証', 632, 411, 661, 417, 6.7], ['事業期間', 243, 447, 275, 454, 7.7], ['令和5年度〜令和7年度', 44, 461, 129, 473, 12], ['条件(対象者、対象行為、補助率等)', 45, 482, 181, 494, 12], ['補助対象:中小企業等', 45, 495, 128, 507, 11.5], ['補助率: 1/2', 45, 508, 92, 520, 12], ['事業スキーム', 40, 527, 90, 539, 11.5], [')', 88, 540, 91, 551, 10.6], ['(補助', 67, 541, 87, 548, 6.5], ['民間団体', 101, 546, 133, 553, 7.2], [')', 169, 540, 172, 551, 10.6], ['中小企業等', 183, 545, 223, 556, 11.5], ['令和5年度補正予算事業PR資料', 40, 578, 160, 590, 12], ['3', 424, 581, 429, 588, 6.7], ['経済産業省', 772, 578, 813, 590, 12]],
    ];
    const set = readScan(pages, 850, 606);
    expect(set.records.map((r) => r.name)).toEqual(['商店街にぎわい再生緊急支援事業', '伝統的工芸品産地基盤強化事業', '水素サプライチェーン実証加速化事業', '中小企業省エネ診断・設備更新支援事業']);
  });

  it("reads a number path whose Roman numeral a scan's OCR read as a digit set apart (「1 -2」 for 「Ⅰ-2」) or as a kanji (「四-1」 for 「Ⅲ-1」) as the record's number, not part of its name", () => {
    // Two scanned pages of a prefecture's catalogue as OCR read them, [text, x0, y0, x1, y1, size].
    const pages: ReadLine[][] = [
      [['I-1中山間地域デジタル診療支援事業', 66, 52, 286, 69, 17], ['担当課ーーー健康福祉部医療政策課(TEL 024-521-7210 iryo-dx@prefmidori.lg.jp)', 63, 77, 547, 90, 13.4], ['令和6年度当初予算額いーー48,620千円', 63, 87, 267, 107, 20.4], ['医師の少ない中山問地域で、オンライン診療により受診の機会を確保する。', 63, 120, 395, 140, 20.6], ['〇事業内容', 63, 139, 112, 159, 20.6], ['〇目的', 63, 110, 91, 119, 8.9], ['診療所と公民館を結ぶオンライン診療の機器と看護師の同行を支援する。', 63, 153, 385, 174, 20.4], ['〇KPI', 63, 177, 89, 186, 8.4], ['オンライン診療を行う地区を令和8年度までに30地区とする。', 63, 191, 333, 204, 13.7], ['1 -2防災士養成・地域防災力向上事業', 66, 226, 285, 243, 17.5], ['担当課ババいい危機管理部防災企画課(TEL 024-521-7194 bousaishi@prefmidorilgjp)', 63, 247, 560, 263, 15.6], ['令和6年度当初予算額ーー......ー...ー... 18,900千円', 63, 264, 267, 276, 12.5], ['〇目的', 63, 284, 91, 293, 8.9], ['自主防災組織の中心となる人材を各地区に育てる。', 64, 297, 285, 309, 12], ['〇事業内容', 63, 312, 112, 331, 19.9], ['防災士の資格取得講座を県内4会場で開き、受講料を県が負担する。', 63, 331, 361, 343, 12.5], ['OKPEI', 63, 351, 89, 359, 8.4], ['防災士の数を令和8年度末までに5,000人とする。', 63, 364, 278, 378, 13.9], ['II-1県産木材需要拡大推進事業', 64, 399, 248, 417, 17.8], ['担当課ーバいい農林水産部林業振興課(TEL 024-521-7432 kenzai@prefmidorilg.jp)', 62, 420, 545, 435, 14.9], ['令和6年度当初予算額ーー......ー...ー...ー125.,300千円(前年度98,000千円)', 63, 438, 374, 450, 12.5], ['補助対象由放間導放間童主導間導導導導導導県内に住宅を新築する個人及び工務店', 62, 451, 387, 462, 11], ['〇目的', 63, 471, 91, 480, 8.9], ['住宅と公共建築で県産木材の利用を増やし、林業の担い手の所得を高める。', 62, 485, 395, 497, 12.7], ['〇事業内容', 63, 499, 111, 519, 20.2], ['県産木材を使う住宅の新築とりリフォームに対し、使用量に応じて助成する。', 63, 518, 395, 531, 13]],
      [['II-2観光DX推進・周遊促進事業', 60, 49, 250, 67, 17.8], ['担当課...ハーーバー観光交流局観光振興課(TEL 024-521-7322 _ kanko-dx@prefmidorilg.jp)', 59, 74, 554, 87, 13.2], ['令和6年度当初予算額............... 64,200千円(新規)', 59, 89, 297, 102, 13.2], ['事業期間PEEEEEEEEEEEEEEEEEEEEEEEE令和6年度〜令和8年度', 59, 103, 315, 114, 11], ['〇目的', 59, 122, 87, 132, 9.1], ['県内の観光地を巡る旅行者を増やし、滞在日数を延ばす。', 59, 136, 311, 149, 13.4], ['〇事業内容', 59, 155, 108, 168, 13.7], ['観光施設の混雑情報と交通の乗継ぎを一つのアプリで案内する。', 58, 169, 342, 183, 14.2], ['II-3農業の担い手スマート化支援事業', 60, 204, 281, 221, 17.3], ['担当課...バいい農林水産部農業担い手課(TEL 024-521-7407 ninaite@prefmidorilg.jp)', 58, 226, 553, 241, 14.9], ['令和6年度当初予算額.........ー...ー... 33,750千円', 59, 242, 262, 255, 12.5], ['補助率い1/2以内', 58, 258, 250, 267, 9.6], ['〇目的', 59, 276, 87, 285, 8.9], ['新規就農者が早く経営を安定させられるよう、省力化の技術を広める。', 58, 290, 371, 303, 12.2], ['〇事業内容', 59, 309, 108, 322, 12.5], ['自動操艇の農機やドローンの尊入に要する経費の一部を補助する。', 60, 323, 350, 336, 12.7], ['四-1子育て世帯移住促進事業', 59, 359, 232, 376, 17.5], ['担当課バいい企画調整部移住定住課(TEL 024-521-7085 iju@prefmidorilgjp)', 58, 380, 522, 395, 15.4], ['令和6年度当初予算額.........ー...ー... 76,000千円', 58, 396, 263, 409, 12.7], ['〇目的', 58, 417, 87, 426, 8.9], ['子育て世帯の県外からの移住を促し、地域の担い手を確保する。', 59, 430, 340, 443, 12.7], ['〇事業内容', 58, 449, 108, 461, 12.7], ['移住した子育て世帯に、住まいの改修費と引越し費用の一部を支給する。', 58, 463, 380, 476, 12.7], ['O〇KEI', 57, 479, 84, 494, 15.4], ['移住した子育て世淀数を年間200世帯とする。', 58, 497, 259, 510, 13.7]],
    ];
    const set = readScan(pages, 611, 853, 2);
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
    const pages: ReadLine[][] = [
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
    const set = readScan(pages, 603, 848, 2);
    expect(set.records.map((r) => r.name)).toContain('サイバーセキュリティに関する情報共有の推進');
  });

  it("takes a name that a scan's OCR read before its 施策名 cell, beside it on its row, for the record's, not the text under the next label", () => {
    // Two scanned pages as OCR read them, [text, x0, y0, x1, y1, size]: 「国際放送の実施」 boxed 11.5 high, its label 14.2, and read first.
    const pages: ReadLine[][] = [
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
    const set = readScan(pages, 595, 842, 2);
    expect(set.records.map((r) => r.name)).toEqual(['地域おこし協力隊の拡充など地方への移住・交流の推進', '国際放送の実施', 'データ利活用型スマートシティの推進', 'ICT人材育成・教育基盤の構築']);
    expect(set.records[1]!.budget.map((b) => b.amount_jpy)).toEqual([3_590_000_000, 3_590_000_000]);
  });

  it("starts a record at a block whose title OCR read smaller than the text, under the 施策 cell over every title, on a page where other titles were found", () => {
    // Three scanned pages as OCR read them, [text, x0, y0, x1, y1, size]: 「サイバーセキュリティ人材の育成」 boxed 10.6 high, the text 13.2, the other titles 15–16.
    const pages: ReadLine[][] = [
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
    const set = readScan(pages, 850, 606);
    expect(set.records.map((r) => r.name)).toEqual(['過疎地域の自立促進に向けた取組への支援', 'ローカル5Gの周波数帯拡充に向けた制度整備', 'モバイル決済データの活用推進', '海外通信・放送・郵便事業支援機構(JICT)の活用', 'サイバーセキュリティ人材の育成', 'テレワーク・サテライトオフィスの推進']);
    expect(set.records[4]!.budget.map((b) => b.amount_jpy)).toEqual([1_500_000_000, 1_490_000_000]);
  });
  it("reads each record's budget run over to the next page's top, though the chapter named in the page's footer changed under the record", () => {
    // 重点施策 with no cover: 「【予算】…」 after the sections, on the next page; each page's footer names its chapter (「2 地域を…」, 「3 Society 5.0…」).
    // The fourth name's budget is past the pages given: its text, sentences under its name, makes it a record all the same.
    const set = readText([
      [
        ['令和2年度概算要求', 40, 33, 113, 42, 8.5], ['① 地域の基幹産業を中心とした地域経済活性化', 45, 59, 301, 71, 12],
        ['施策名:地域の基幹産業を中心とした地域経済活性化', 40, 82, 352, 95, 13], ['革新的技術を活用して企業の生産性向上を図るとともに、地域の経済循環を拡大するため、革新的技術の実装例や地域の強みを活かした地域経済循環に資する先進事例', 48, 107, 798, 117, 10],
        ['について、効果的な広報を通じて地方公共団体と認識を共有することにより、横展開を推進', 48, 122, 458, 132, 10], ['2 地域を支える人づくり、地域経済の活性化に向けた取組', 40, 565, 260, 573, 8.5],
        ['- 1 -', 412, 569, 429, 578, 9],
      ],
      [
        ['令和2年度概算要求', 40, 33, 113, 42, 8.5], ['【予算】地域の基幹産業を中心とした地域経済活性化に向けた効果的広報 0.7億円【新規】', 40, 57, 447, 67, 10],
        ['② 地域資源を活かした地域の雇用創出と消費拡大の推進等', 45, 95, 361, 107, 12], ['施策名:JETプログラムによるグローバルな地域活性化の推進', 40, 118, 398, 131, 13],
        ['JET青年と地域おこし関係者との間で地域活性化事例を共有することにより、JET青年の地域国際化活動への積極的な参画を支援するとともに、国際的な視点を持った地', 48, 143, 799, 153, 10], ['域活性化を推進', 48, 158, 118, 168, 10],
        ['2 地域を支える人づくり、地域経済の活性化に向けた取組', 40, 565, 260, 573, 8.5], ['- 2 -', 412, 569, 429, 578, 9],
      ],
      [
        ['令和2年度概算要求', 40, 33, 113, 42, 8.5], ['【予算】JET地域国際化塾の開催に要する経費 0.1億円(元年度 0.1億円)', 40, 57, 371, 67, 10],
        ['④ マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築', 45, 95, 553, 107, 12], ['施策名:マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築', 40, 118, 625, 131, 13],
        ['消費税率引上げが消費に与える影響を継続して緩和するとともに、官民共同利用型キャッシュレス決済基盤の構築を目指し、マイナンバーカードを取得している個人が', 48, 143, 798, 153, 10], ['行う、プレミアムを付与したマイナポイント(仮称。マイナンバーカードを活用したポイント)の購入等について、当該プレミアム分を国が補助するとともに、各種給', 48, 158, 798, 168, 10],
        ['付など自治体サービスにおいてマイナポイント(仮称)を活用する方策を検討', 48, 172, 398, 182, 10], ['3 Society 5.0を支えるICTインフラ整備', 40, 565, 190, 573, 8.5],
        ['- 3 -', 412, 569, 429, 578, 9],
      ],
      [
        ['令和2年度概算要求', 40, 33, 113, 42, 8.5], ['【予算】マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築に要する経費 事項要求(元年度 119.3億円)', 40, 57, 693, 67, 10],
        ['③ 量子暗号、ネットワーク高度化、AI・自然言語処理等の技術開発・標準化', 45, 95, 456, 107, 12], ['施策名:放送用周波数の有効活用に向けた取組の推進', 40, 118, 352, 131, 13],
        ['放送サービスの高度化やホワイトスペースの一層の利用拡大など、放送の未来像を見据えた放送用周波数の更なる有効活用に向けた技術方策と、技術的条件の在り方に', 48, 143, 798, 153, 10], ['ついて検討を実施し、地上放送用周波数のひっ迫状況を解消するとともに、新たな放送サービスの実現を図る。', 48, 158, 548, 168, 10],
        ['4 産業の高度化・新規産業の創出', 40, 565, 166, 573, 8.5], ['- 4 -', 412, 569, 429, 578, 9],
      ],
    ], 842, 595);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['地域の基幹産業を中心とした地域経済活性化', [[2020, 'request', 70_000_000]]],
      ['JETプログラムによるグローバルな地域活性化の推進', [[2020, 'request', 10_000_000], [2019, 'initial', 10_000_000]]],
      ['マイナンバーカードを活用した消費活性化と官民共同利用型キャッシュレス決済基盤の構築', [[2020, 'request', null], [2019, 'initial', 11_930_000_000]]],
      ['放送用周波数の有効活用に向けた取組の推進', []],
    ]);
  });
  it("reads a name in its cell from a scan whose OCR read the number apart and the name's second line shorter", () => {
    // 「事業の名称」 cells: 「1」 boxed 13 pt an em before 「デジタル田園…」 (24 pt); 「ロジェクト)」 boxed 16 pt under 「2地域経済…プ」.
    const set = readScan([
      [
        ['事業の名称', 52, 51, 104, 66, 14.6], ['1', 118, 52, 123, 65, 13.2],
        ['デジタル田園都市国家構想事業費(仮称)', 147, 49, 476, 73, 24], ['施策の区分: ③その他', 44, 79, 149, 94, 14.2],
        ['総合戦略該当箇所: ①デジタル実装による地方の社会課題解決・魅力向上', 44, 96, 389, 110, 14.2], ['予算額:-', 44, 113, 110, 127, 14.4],
        ['施策効果の詳細: -', 44, 130, 130, 139, 9.4], ['目的:地方公共団体が、地域の実情に応じ、自主的・主体的に地方創生に取り組むとともに、地域の実情に応', 45, 145, 558, 160, 14.4],
        ['じた、デジタル実装を通じた地域が抱える課題の解決に取り組めるよう、地方財政計画の歳出に所要額', 77, 160, 557, 175, 14.6], ['を計上。', 76, 177, 109, 186, 9.1],
        ['概要:令和5年度において、地方財政計画の歳出にデジタル田園都市国家構想事業費(仮称) 1兆2.500億円を', 44, 192, 556, 206, 13.9], ['計上し、その内訳として、地方創生推進費(仮称) 1兆円及び地域デジタル社会推進費2.500億円を計', 76, 206, 550, 221, 14.6],
        ['上。', 76, 224, 88, 233, 8.9], ['担当部賭', 52, 247, 89, 260, 13.4],
        ['自治財政局財政課', 53, 260, 127, 274, 13.2], ['事業の名称', 52, 319, 104, 334, 14.6],
        ['2地域経済循環創造事業交付金(ローカル10,000プ', 118, 303, 549, 327, 24], ['ロジェクト)', 120, 331, 212, 347, 16.1],
        ['施策の区分: ①予算', 44, 360, 138, 375, 14.6], ['総合戦略該当箇所: ①デジタル実装による地方の社会課題解決・魅力向上', 44, 376, 389, 390, 14.2],
        ['予算額:580百万円の内数', 44, 393, 189, 407, 13.9], ['(令和4年度予算: 500百万円の内数)', 113, 408, 283, 422, 14.2],
        ['施策効果の詳細:地域の民間事業者の事業立ち上げを支援する交付金によって地域における資金循環及び地域', 44, 424, 558, 438, 14.6], ['の選用の創出、地域資源の活用を促進し、地域経済の循環に真献するもの。', 129, 439, 477, 454, 14.6],
        ['目的:地方公共団体が、地域の金融機関等と連携しながら民間事業者等による事業化段階で必要となる経費に', 45, 456, 557, 470, 14.2], ['ついての助成を行う場合において、その実施に要する経費を交付することにより、地域資源を生かした', 76, 471, 557, 485, 14.4],
        ['先進的で持続可能な事業者の取組を促進し、地域での経済循環を創造することを目的とする。', 76, 486, 509, 500, 14.4], ['概要:・産学金官の連携により、地域の資源と資金を活用して、雇用吸収力の大きい地域密着型事業の立ち上', 44, 502, 557, 517, 14.6],
        ['げを支援。', 77, 518, 120, 528, 9.8], ['・生産性向上に資するデジタル技術の活用に関連する事業や脱炭素に資する地域再エネの活用等に関連', 79, 532, 558, 546, 14.4],
        ['する事業で新規性・モデル性の極めて高い事業については重点支援の対象とし、補助率の高上げを実', 76, 546, 547, 560, 14.2], ['施。', 76, 562, 89, 576, 14.4],
        ['担当部署', 52, 587, 90, 600, 13.4], ['自治行政局地域政策課', 53, 600, 146, 612, 12.7],
        ['令和4年12月23晶', 45, 815, 111, 829, 14.4], ['令和5年度予算(委)2', 480, 817, 559, 828, 10.1],
      ],
      [
        ['事業の名称', 55, 53, 107, 68, 14.6], ['3テレワーク普及展開推進事業', 120, 51, 381, 74, 23.0],
        ['施策の区分: ①予算', 47, 81, 141, 96, 14.2], ['総合戦略該当箇所: ①デジタル実装による地方の社会課題解決・魅力向上', 47, 98, 392, 112, 14.2],
        ['③⑬〕デジタル人材の育成・確保', 141, 113, 277, 127, 14.4], ['予算額:255百万円', 47, 129, 160, 143, 13.9],
        ['(令和4年度第二次補正: 205百万円)', 116, 144, 287, 158, 14.2], ['(令和4年度予算: 261百万円)', 116, 159, 255, 173, 13.7],
        ['施策効果の詳細:地域や規模によらず企業や団体のテレワーク尊入を推進することで、企業や団体にとって', 47, 175, 550, 190, 14.2], ['は、テレワーク導入を通じた業務改革や場所にとらわれず優秀な人材の確保が可能となり、', 132, 190, 553, 204, 13.9],
        ['働き手にとっては、場所を選ばない働き方として、住みたい地域に住みながらの就労が可能', 131, 205, 560, 219, 13.9], ['となるとともに、出社やフルタイム前提の従来の働き方では対応できなかった人の就労も可', 132, 220, 560, 234, 14.2],
        ['能となることで、地方と都市の差の縮小や、地方の活性化等につながり、「デジタル田園都', 131, 235, 555, 249, 14.4], ['市国家構想」に寄与する。', 131, 250, 250, 264, 14.2],
        ['目的:地域や規模によらず企業や団体のテレワーク導入を推進し、在宅や地方でも就業を可能とし、時間や場', 48, 266, 561, 281, 14.6], ['所を有効に活用できる和柔軟な働き方であるテレワークの定着を図る。', 78, 282, 396, 296, 14.2],
        ['概要:「新たな日常」におけるテレワークの定着を図るため、テレワークを導入しようとする企業等に対する', 47, 298, 559, 312, 14.2], ['相談支援やテレワークに関する普及啓発を実施するとともに、テレワークによる地域課題の解決に係る', 78, 313, 559, 327, 13.9],
        ['実証等を実施。', 78, 328, 145, 342, 14.2], ['担当部署', 55, 353, 92, 366, 13.4],
        ['情報流通行政局地域通信振興課', 54, 367, 187, 376, 8.6], ['事業の名称', 55, 412, 107, 427, 14.6],
        ['4地域課題解決のためのスマートシティ推進事業', 120, 410, 525, 432, 21.8], ['施策の区分: ①予算', 47, 441, 141, 455, 14.2],
        ['総合戦略該当箇所: ①デジタル実装による地方の社会課題解決・魅力向上', 47, 457, 392, 471, 14.4], ['予算額: 402百万円', 47, 474, 160, 487, 13.9],
        ['(令和4年度予算: 460百万円)', 116, 489, 255, 503, 14.2], ['施策効果の詳細:都市OS (データ連携基盤)の導入地域数:令和7年度までに100地域', 47, 505, 454, 519, 14.4],
        ['目的:地域が抱える様々な課題(防災、セキュリティ・見守り、買物支援など)をデジタル技術やデータの活', 48, 521, 560, 536, 14.4], ['用によって解決することを昌指すけスマートシティの実装を関係府省と一体的に推進。', 78, 537, 469, 551, 13.9],
        ['概要:地域が抱える様々な課題の解決や地域活性化・地方創生のため、スマートシティリファレンスアーキテ', 47, 553, 560, 567, 14.2], ['クチャを満たす都市OS/データ連携基盤の導入(整備・改修)や当該都市OSに接続するデジタル技術', 79, 568, 553, 582, 14.6],
        ['を活用したサービス・アセットの整備等を行う。', 79, 583, 303, 597, 13.7], ['担当部折', 55, 605, 93, 623, 18.2],
        ['情報流通行政局地域通信振興課', 55, 622, 187, 631, 8.6], ['令和4年12月23日', 48, 817, 114, 831, 14.4],
        ['令和5年度予算(利g', 482, 820, 562, 830, 10.3],
      ],
    ], 611, 853, 2);
    expect(set.records.map((r) => [r.number, r.name])).toEqual([
      ['1', 'デジタル田園都市国家構想事業費(仮称)'],
      ['2', '地域経済循環創造事業交付金(ローカル10,000プロジェクト)'],
      ['3', 'テレワーク普及展開推進事業'],
      ['4', '地域課題解決のためのスマートシティ推進事業'],
    ]);
  });
  it('reads a numbered sentence over the office (「①トラフィック集約拠点の…実施する。」 above 担当) as its section\'s text, not a record numbered as the titles are', () => {
    const set = readText([
      [
        ['デジタル田園都市国家構想関連施策集', 51, 41, 195, 50, 8.5], ['⑤ 携帯電話等エリア整備事業', 63, 64, 209, 75, 11.0],
        ['施策分類:①予算', 51, 82, 127, 92, 9.5], ['位置付け:②デジタル基盤整備', 51, 97, 184, 107, 9.5],
        ['予算額:令和5年度予算(案):1,798百万円', 51, 112, 232, 122, 9.5], ['(令和4年度第二次補正予算:1,001百万円)', 89, 126, 283, 135, 9.5],
        ['(令和4年度予算:1,500百万円)', 89, 139, 235, 149, 9.5], ['施策効果の詳細', 146, 158, 213, 168, 9.5],
        ['目的', 542, 158, 561, 168, 9.5], ['地方での5Gネットワークの整備を加速化させることによ', 56, 177, 297, 186, 9.5],
        ['り、地方の活性化や地方と都市の差を縮めていく。', 56, 190, 274, 200, 9.5], ['・現状、5Gの展開は、都市部を中心に限定的なエリアに留まっているが、5Gは今後の経済社会や国民生活にと', 312, 177, 784, 186, 9.5],
        ['って、重要なインフラ基盤であり、その整備を加速化し早期に全国展開を実現することは喫緊の課題。', 312, 190, 749, 200, 9.5], ['・5Gネットワークの整備が地方において加速されるよう、インフラシェアリングを活用した基地局整備の促進が', 312, 204, 790, 213, 9.5],
        ['必要。', 312, 217, 341, 227, 9.5], ['概要', 414, 241, 433, 250, 9.5],
        ['・地理的に条件不利な地域(過疎地、辺地、離島、半島など)において、無線通信事業者、インフラシェアリング事業者及び地方公共団体が5G基地局等を整備する場合、そ', 56, 259, 791, 269, 9.5], ['の一部を補助する。', 56, 273, 141, 282, 9.5],
        ['担当', 59, 299, 76, 308, 8.5], ['総合通信基盤局電波部移動通信課', 59, 311, 186, 320, 8.5],
        ['令和4年12月23日', 51, 557, 120, 565, 8.5], ['デジタル田園都市国家構想関連施策集', 652, 557, 797, 565, 8.5],
      ],
      [
        ['デジタル田園都市国家構想関連施策集', 51, 41, 195, 50, 8.5], ['⑥ インターネットトラフィック流通効率化等促進事業', 63, 64, 330, 75, 11.0],
        ['施策分類:①予算', 51, 82, 127, 92, 9.5], ['位置付け:②デジタル基盤整備', 51, 97, 184, 107, 9.5],
        ['予算額:令和4年度予算:2百万円', 51, 112, 196, 122, 9.5], ['(令和3年度補正予算:799百万円)', 89, 126, 246, 135, 9.5],
        ['施策効果の詳細', 210, 145, 276, 154, 9.5], ['目的', 606, 145, 625, 154, 9.5],
        ['急増するインターネットトラフィックの混雑緩和や地域格差のないインターネットの品', 56, 163, 426, 173, 9.5], ['質確保等に向けて、ネットワークの効率化や負荷分散のための取組を実施することによ', 56, 177, 426, 186, 9.5],
        ['り、デジタル田園都市国家構想の実現に貢献。', 56, 190, 255, 200, 9.5], ['「新たな日常」等を背景として、インターネットが日常生活・経済活動に一層不可', 439, 163, 791, 173, 9.5],
        ['欠となっている中、急増するインターネットトラフィックの混雑緩和や地域格差の', 439, 177, 791, 186, 9.5], ['ないインターネットの品質確保等を図る。', 439, 190, 620, 200, 9.5],
        ['概要', 414, 214, 433, 223, 9.5], ['①トラフィック集約拠点の地域への分散によるネットワーク効率化、②トラフィック発生予測の活用によるネットワーク負荷の分散、③固定ブロードバンドの品質測定手法', 56, 232, 787, 242, 9.5],
        ['の確立による競争環境適正化等を実施する。', 56, 246, 246, 255, 9.5], ['担当', 59, 272, 76, 281, 8.5],
        ['総合通信基盤局電気通信事業部データ通信課', 59, 284, 229, 293, 8.5], ['令和4年12月23日', 51, 557, 120, 565, 8.5],
        ['デジタル田園都市国家構想関連施策集', 652, 557, 797, 565, 8.5],
      ],
      [
        ['デジタル田園都市国家構想関連施策集', 51, 41, 195, 50, 8.5], ['⑦ Beyond 5G(6G)に向けた情報通信技術戦略の推進', 63, 64, 337, 75, 11.0],
        ['施策分類:①予算 ③その他(審議会における政策検討)', 51, 82, 291, 92, 9.5], ['位置付け:②デジタル基盤整備', 51, 97, 184, 107, 9.5],
        ['予算額:令和5年度予算(案):15,000百万円', 51, 112, 246, 122, 9.5], ['(令和4年度第二次補正予算:66,200百万円)', 89, 126, 289, 135, 9.5],
        ['(令和4年度当初予算:10,000百万円)', 89, 139, 260, 149, 9.5], ['(令和3年度補正予算:20,000百万円)', 89, 153, 260, 162, 9.5],
        ['施策効果の詳細', 242, 172, 309, 181, 9.5], ['目的', 639, 172, 658, 181, 9.5],
        ['2030年代の情報通信インフラである「Beyond 5G」に向けた技術開発を我が国がリードし、その開発', 56, 190, 490, 200, 9.5], ['成果を世界に先駆けていち早く社会実装していくことにより、地方の課題解決や国全体の持続的な成長', 56, 204, 493, 213, 9.5],
        ['を支えるデジタル田園都市国家インフラ整備を促進し、デジタル田園都市国家構想の実現に貢献する。', 56, 217, 493, 227, 9.5], ['Beyond 5Gの技術開発を我が国がリードし、通信インフラの超高速', 505, 190, 791, 200, 9.5],
        ['化・省電力化や陸海空をシームレスにつなぐ通信カバレッジの拡張', 505, 204, 789, 213, 9.5], ['等を実現する開発成果の2025年以降順次の社会実装を目指す。', 505, 217, 775, 227, 9.5],
        ['概要', 414, 241, 433, 250, 9.5], ['左記を実現するため、情報通信審議会において我が国が注力すべき重点技術分野や研究開発・社会実装の加速化を含むBeyond 5Gに向けた新たな技術戦略(中間答申)を', 56, 259, 779, 269, 9.5],
        ['2022年6月に取りまとめた。総務省において、同戦略を反映した研究開発と社会実装・海外展開を強力に加速する。', 56, 273, 551, 282, 9.5], ['担当', 59, 299, 76, 308, 8.5],
        ['国際戦略局技術政策課', 59, 311, 144, 320, 8.5], ['令和4年12月23日', 51, 557, 120, 565, 8.5],
        ['デジタル田園都市国家構想関連施策集', 652, 557, 797, 565, 8.5],
      ],
    ], 842, 595, 6);
    expect(set.records.map((r) => [r.name, r.offices.map((o) => o.name)])).toEqual([
      ['携帯電話等エリア整備事業', ['総合通信基盤局電波部移動通信課']],
      ['インターネットトラフィック流通効率化等促進事業', ['総合通信基盤局電気通信事業部データ通信課']],
      ['Beyond 5G(6G)に向けた情報通信技術戦略の推進', ['国際戦略局技術政策課']],
    ]);
    expect(set.records[1]!.sections['概要']).toMatch(/^①トラフィック集約拠点の地域への分散/u);
  });
  it("reads a category value numbered as the titles are (「②税制」 under its 施策区分 cell) as the value, not a record", () => {
    // A scan's page of two records, its chapter tab and running header left out (one page cannot tell them).
    const set = readScan([
      [
        ['①ふるさと納税の活用促進', 57, 43, 193, 54, 10.6], ['施策区分', 58, 66, 99, 76, 9.6],
        ['②税制', 46, 86, 76, 95, 9.4], ['総合戦略該当箇所', 269, 65, 352, 80, 14.9],
        ['①デジタル実装による地方の社会課題解決・魅力向上', 121, 80, 372, 99, 18.5], ['-', 509, 91, 511, 92, 0.5],
        ['予算額', 519, 66, 550, 80, 14.9], ['施策効果の', 49, 110, 100, 125, 14.4],
        ['詳細', 65, 126, 84, 136, 9.4], ['ふるさとやお世話になった地方公共団体に感謝や応援の気持ちを伝えることを通じて、個人と', 114, 110, 553, 125, 14.2],
        ['地域の連携を強化し、つながりを構築する。', 114, 125, 317, 140, 14.4], ['目的', 66, 154, 84, 163, 9.4],
        ['ふるさとやお世話になった地方団体に感謝し、若しくは応援する気持ちを伝え、又は税の使い', 114, 146, 553, 160, 14.4], ['途を自らの意思で決めることを可能とする。', 114, 160, 316, 174, 13.9],
        ['概要', 64, 196, 84, 205, 9.6], ['税制上の寄附金控除の仕組みを活用し、個人が地方団体に対して寄附金を支出した場合に、「寄', 114, 180, 559, 194, 13.9],
        ['附額一2,000円」(一定の上限あり)を、個人住民税(地方税)及び所得税(国税)から軽減す', 114, 195, 556, 209, 14.4], ['ることによって、実質2,000円の負担で、納税先を選択可能とする仕組み。', 115, 210, 460, 224, 14.4],
        ['②移住・交流情報ガーデン', 40, 247, 192, 264, 17.3], ['施策区分', 49, 271, 90, 285, 14.4],
        ['総合戦略該当箇所', 204, 271, 287, 286, 14.9], ['予算額', 464, 271, 495, 286, 14.6],
        ['①予算', 46, 292, 76, 301, 9.6], ['①デジタル実装による地方の社会課題解決・魅力向上', 103, 291, 354, 305, 14.4],
        ['令和5年度予算(案) : 93百万円', 398, 291, 539, 306, 14.6], ['令和4年度予算: 93百万円', 398, 306, 521, 321, 14.6],
        ['施策効果の', 48, 338, 99, 353, 14.6], ['詳細', 65, 354, 84, 364, 9.4],
        ['地方移住に関わる居住・跳労・生活支援等に係る情報提供や相談についてワンストップで対応', 113, 331, 553, 346, 14.4], ['する窓口を開設し、移住希望者のニーズに応じた相談支援を実施することにより、地方移住へ', 114, 346, 554, 360, 14.2],
        ['の機運を醸成し、地方への人の流れを創出する。', 114, 361, 336, 375, 14.2], ['目的', 66, 389, 84, 399, 9.4],
        ['地方から東京圏への人口流出に歯止めをかけ、「東京一極集中」を是正し、地方への新しい人の', 113, 381, 559, 395, 14.4], ['流れをつくる。', 114, 396, 179, 410, 13.7],
        ['概要', 64, 440, 84, 449, 9.6], ['・居住・就労・生活支援等に係る情報提供や相談についてワンストップで対応する窓口「移', 117, 416, 544, 431, 14.6],
        ['住・交流情報ガーデン」を開設', 113, 431, 259, 445, 14.2], ['・地方自治体や関係省庁とも連携し、総合的な情報提供を実施', 117, 446, 407, 461, 14.4],
        ['・地方自治体等による移住相談会、フェア等の場として利用可能', 117, 461, 417, 476, 14.6], ['デジタル田園都市国家構想関連施策仙', 421, 810, 563, 825, 15.1],
      ],
    ], 607, 851, 2);
    expect(set.records.map((r) => [r.name, r.category])).toEqual([
      ['ふるさと納税の活用促進', '②税制'],
      ['移住・交流情報ガーデン', '①予算'],
    ]);
  });
  it("reads a budget line naming its year and stage under the office's label line (「令和5年度補正予算額 25.6億円」) as the budget", () => {
    const block = (top: number, name: string, office: string, budget: string): ReadLine[] => [
      ['事業名', 286, top, 310, top + 8, 8], [name, 44, top + 16, 197, top + 26, 9.2],
      [office, 40, top + 35, 258, top + 43, 8], [budget, 47, top + 50, 148, top + 57, 6.8],
      ['事業の目的・概要:後継者不在の中小企業の承継を支援します。', 40, top + 69, 327, top + 77, 8],
      ['成果目標:成約件数を年間2,000件以上とすることを目指します。', 40, top + 104, 327, top + 112, 8],
      ['事業期間:令和5年度〜令和8年度', 40, top + 140, 162, top + 148, 8], ['補助率:1/2〜2/3', 45, top + 183, 113, top + 191, 8],
    ];
    const set = readText([[
      ...block(49, '1.事業承継・引継ぎ円滑化支援事業', '担当:中小企業庁事業環境部 財務課(TEL:03-3580-0322)', '令和5年度補正予算額 25.6億円'),
      ...block(306, '2.地域共生型再生可能エネルギー導入促進事業', '担当:資源エネルギー庁新エネルギー課(TEL:03-3580-0762)', '令和5年度補正予算額 300.0億円の内数'),
    ]], 595, 842);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy, b.part_of]), r.offices.map((o) => o.name)])).toEqual([
      ['事業承継・引継ぎ円滑化支援事業', [[2023, 'supplementary', 2_560_000_000, false]], ['中小企業庁事業環境部財務課']],
      ['地域共生型再生可能エネルギー導入促進事業', [[2023, 'supplementary', 30_000_000_000, true]], ['資源エネルギー庁新エネルギー課']],
    ]);
  });
  it("reads short items under a label's line in the column that line starts, its other labels' values reaching far wider: one item a line", () => {
    const record = (name: string): ReadLine[] => [
      [`施策名:${name}`, 51, 40, 251, 52, 12],
      ['概要:マイナンバーカードを取得し、かつ、マイナポイントを申し込んだ方を対象に、お買い物やチャージの金額に応じ、上限5,000円分の選択したキャッシュレス決済サー', 51, 70, 777, 79, 9],
      ['ビスのポイントを付与', 78, 83, 168, 92, 9],
      ['目的:マイナンバーカードの普及', 51, 100, 186, 109, 9],
      ['キャッシュレス決済の拡大', 78, 113, 186, 122, 9],
      ['国民消費の下支え', 78, 126, 150, 135, 9],
      ['予算額:令和3年度当初一般会計 1,000百万円', 51, 150, 251, 159, 9],
    ];
    const set = readText([record('マイナポイント事業'), record('マイナンバーカード普及促進事業')], 842, 595);
    expect(set.records.map((r) => r.sections['目的'])).toEqual(['マイナンバーカードの普及\nキャッシュレス決済の拡大\n国民消費の下支え', 'マイナンバーカードの普及\nキャッシュレス決済の拡大\n国民消費の下支え']);
  });
  it("reads a scan's title wrapped under a line opened by a bracket, whose box OCR starts half an em in, as one name", () => {
    const record = (first: string, second: string): ReadLine[] => [
      [first, 85, 59, 351, 76, 16.8],
      [second, 78, 75, 226, 91, 16.6],
      ['総務省衛星・地域放送課地域放送推進室', 379, 62, 541, 75, 12.5],
      ['分野:地域における情報通信基盤等の環境整備', 65, 97, 274, 111, 13.9],
      ['予算額:令和3年度当初一般会計1,100百万円', 65, 113, 283, 127, 13.9],
      ['目的:地域の情報通信基盤の耐災害性を強化する。', 65, 147, 330, 160, 13.7],
    ];
    const set = readScan([record('「新たな日常」の定着に向けたケーブルテレビ光', '化による耐災害性強化事業'), record('(仮称)地域デジタル基盤の整備に向けた実証', '事業の推進')], 601, 847);
    expect(set.records.map((r) => r.name)).toEqual(['「新たな日常」の定着に向けたケーブルテレビ光化による耐災害性強化事業', '(仮称)地域デジタル基盤の整備に向けた実証事業の推進']);
  });
});

describe('a few scanned pages of a catalogue whose labels OCR mostly lost', () => {
  it("reads the three records under their 施策名 cells: one with only its budget line left, one whose 予算 label was read after its figure, one whose two labels were read before their text", () => {
    // A 重点施策 layout never tuned on, scanned (cover, divider, one page of three records; 「概要」 read as 「!」 and 「(」, one 「予算」 lost).
    const pages: ReadLine[][] = [
      [
        ["令和2年度概算要求", 324, 202.8, 528, 234, 31.2],
        ["維李用量点施策", 343, 239.8, 508.6, 261.8, 22.1],
        ["令和元年8月30日", 370.8, 401.8, 478.6, 420.2, 18.5],
        ["総務省", 385.7, 462.2, 455.3, 485.8, 23.5],
      ],
      [
        ["2地域を支える人づくり、地域経済の活性化に向けた取組", 141.6, 270.7, 708.7, 297.1, 26.4],
      ],
      [
        ["総務省重点施策2020", 715.2, 36.5, 794.6, 43.9, 7.4],
        ["施策名", 67.4, 62.9, 94.8, 76.6, 13.7],
        ["地域の基幹産業を中心とした地域経済活性化", 123.4, 61.4, 381.8, 78.5, 17],
        ["! :革新的技術を活用して企業の生産性向上を図るとともに、地域の経済循環を拡大するため、草新的技術の実装例や地域の強みを活かした地域経済循環に資する先進事例に", 61, 86.2, 792.5, 98.9, 12.7],
        ["ついて、/効果的な広報を通じて地方公共団体と認識を共有することにより、横展開を推進", 73.4, 99.8, 451.4, 113, 13.2],
        [":地域の基幹産業を中心とした地域経済活性化に向けた効果的広報0.7億円【新規)", 67.2, 115.4, 415.7, 128.9, 13.4],
        ["施策名", 67.4, 154.6, 94.8, 168.2, 13.7],
        ["シェアリングエコノミーの活用推進", 124.8, 153.8, 329.8, 165.8, 12],
        ["( :地域経済の好循環の更なる拡大に向け、シェアリングエコノミーを活用して、地域の社会課題解決や新たな生活産業の実証・実装による地域経済の活性化を図るため、地", 60.7, 177.8, 793.4, 191, 13.2],
        ["方公共団体等による取組を支援", 73.7, 191.3, 205, 204.2, 13],
        ["シェアリングエコノミー活用推進事業1.0億円(元年度0.5億円)", 73.9, 206.2, 346.6, 219.4, 13.2],
        ["予算:", 45.4, 206.2, 68.9, 219.6, 13.4],
        ["施策名", 67.4, 246, 94.8, 259.7, 13.7],
        ["過疎地域の自立促進に向けた取組への支援", 123.4, 244.6, 368.6, 261.4, 16.8],
        ["概要:", 44.6, 264.5, 68.4, 284.2, 19.7],
        ["予算:", 45.1, 297.8, 69.1, 311, 13.2],
        ["Society 5.0時代の技術を活用した取組のほか、基幹集落における定住促進団地の造成や空き家を活用した定住促進住宅の整備、廃校舎などの遊休施設を活用した地域振", 73, 269.3, 786, 282.5, 13.2],
        ["興施設の整備等を支援", 73.4, 282.7, 166.8, 295.9, 13.2],
        ["過疎地域等自立活性化推進交付金うち過疎地域等自立活性化推進事業等5.8億円(元年度2.9億円)", 73, 297.8, 494.4, 311.3, 13.4],
        ["3 / 11", 412.6, 581, 436.8, 589, 7.9],
      ],
    ];
    const { records } = readScan(pages, 851.5, 608.4);
    expect(records.map((r) => [r.name, r.budget.map((b) => b.amount_jpy)])).toEqual([
      ['地域の基幹産業を中心とした地域経済活性化', [70_000_000]],
      ['シェアリングエコノミーの活用推進', [100_000_000, 50_000_000]],
      ['過疎地域の自立促進に向けた取組への支援', [580_000_000, 290_000_000]],
    ]);
    expect(records[2]!.sections['概要']).toMatch(/^Society 5.0時代の技術を活用した取組のほか、.*地域振興施設の整備等を支援$/u);
  });
});

describe('prose no label claims in a catalogue read without a profile', () => {
  it("keeps a target printed under the 取組の概要 box, at the block's left edge and in the text's size, as the record's note", () => {
    // A 重点施策 printed as slides (cover and four measures): each measure's 取組の概要 bullets in a ruled row, then its
    // target or remark under the row, then its 概算要求額 row.
    const pages: ReadLine[][] = [
      [
        ["令和2年度概算要求", 376.5, 178.4, 583.6, 202.4, 24],
        ["総務省重点施策", 396.1, 214.4, 564.1, 238.4, 24],
        ["令和元年8月30日", 424.8, 358.9, 535.2, 372.9, 14],
        ["総 務 省", 440.3, 413.9, 511.3, 431.9, 18],
      ],
      [
        ["施策名:8.放送コンテンツの海外展開", 39.7, 41.7, 286.4, 55.7, 14],
        ["取組の概要", 47.8, 84.5, 100.3, 95, 10.5],
        ["・放送局等と自治体、地場産業、観光業等の関係者が幅広く協力して、我が国の魅力を紹介する放送コンテンツを海外と共同制作し、海外発信等する取組を支援", 112.7, 70.3, 870.8, 80.8, 10.5],
        ["・放送コンテンツの高い発信力を活用して、地域への外国人観光客の増加、地場産品や農産品の販路拡大、対日理解の向上に寄与し、地域活性化と我が国産業の国際競争", 112.7, 84.5, 912.8, 95, 10.5],
        ["力強化に貢献", 125.3, 99.5, 188.3, 110, 10.5],
        ["2020年度までに放送コンテンツ関連海外売上高を500億円に増加させることを目標(成長戦略フォローアップ(令和元年6月21日閣議決定))", 44.7, 119.8, 714.6, 130.3, 10.5],
        ["概算要求額", 47.8, 145.3, 100.3, 155.8, 10.5],
        ["放送コンテンツの海外展開強化事業等 24.0億円(元年度 2.0億円 平成30年度補正 14.5億円)", 112.7, 145.3, 555.5, 155.8, 10.5],
        ["総務省重点施策2020", 39.7, 512.3, 120.6, 520.8, 8.5],
        ["総務省", 894.9, 512.3, 920.4, 520.8, 8.5],
        ["- 9 -", 903.4, 514.8, 920.4, 523.8, 9],
      ],
      [
        ["施策名:9.サイバーセキュリティ人材の育成", 39.7, 41.7, 328.3, 55.7, 14],
        ["取組の概要", 47.8, 99.5, 100.3, 110, 10.5],
        ["・巧妙化・複雑化するサイバー攻撃に対し、実践的な対処能力を持つセキュリティ人材を育成するため、NICTの「ナショナルサイバートレーニングセンター」におい", 112.7, 70.3, 895.7, 80.8, 10.5],
        ["て、以下の実践的サイバー演習等を積極的に推進", 125.3, 84.5, 356.3, 95, 10.5],
        ["・①国の行政機関、地方公共団体、独立行政法人及び重要インフラ事業者等を対象とした実践的サイバー防御演習(CYDER)", 112.7, 99.5, 706.4, 110, 10.5],
        ["・②2020年東京オリンピック・パラリンピック競技大会の関連組織のセキュリティ担当者等を対象とした高度なサイバー演習(サイバーコロッセオ)", 112.7, 114.5, 823.8, 125, 10.5],
        ["・③我が国の将来を担う若手セキュリティイノベーターの育成(SecHack365)", 112.7, 129.5, 492.3, 140, 10.5],
        ["概算要求額", 47.8, 155, 100.3, 165.5, 10.5],
        ["ナショナルサイバートレーニングセンターの構築 15.0億円(元年度 14.9億円)", 112.7, 155, 489.1, 165.5, 10.5],
        ["総務省重点施策2020", 39.7, 512.3, 120.6, 520.8, 8.5],
        ["総務省", 894.9, 512.3, 920.4, 520.8, 8.5],
        ["- 10 -", 897.8, 514.8, 920.4, 523.8, 9],
      ],
      [
        ["施策名:10.自治体によるAIサービスの共同開発の推進", 39.7, 41.7, 392.1, 55.7, 14],
        ["取組の概要", 47.8, 77.8, 100.3, 88.3, 10.5],
        ["自治体行政分野におけるAI導入を促進するため、複数自治体での共同利用を前提としたクラウドベースのAIサービスの共同開発実証を実施。その成果を「自治体AI活用ガ", 112.7, 70.3, 908.4, 80.8, 10.5],
        ["イドブック(仮称)」としてとりまとめ", 112.7, 84.5, 296.5, 95, 10.5],
        ["概算要求額", 47.8, 110, 100.3, 120.5, 10.5],
        ["自治体AI共同開発推進事業 5.0億円【新規】", 112.7, 110, 319.8, 120.5, 10.5],
        ["総務省重点施策2020", 39.7, 512.3, 120.6, 520.8, 8.5],
        ["総務省", 894.9, 512.3, 920.4, 520.8, 8.5],
        ["- 11 -", 897.8, 514.8, 920.4, 523.8, 9],
      ],
      [
        ["施策名:11.地方の一般財源総額の確保と地方財政の健全化等", 39.7, 41.7, 435.1, 55.7, 14],
        ["取組の概要", 47.8, 92, 100.3, 102.5, 10.5],
        ["・「新経済・財政再生計画」を踏まえ、国の取組と基調を合わせて歳出の重点化・効率化に取り組むとともに、交付団体をはじめ地方の安定的な財政運営に必要となる一", 112.7, 70.3, 912.8, 80.8, 10.5],
        ["般財源の総額について、元年度地方財政計画の水準を下回らないよう実質的に同水準を確保。", 125.3, 84.5, 566.3, 95, 10.5],
        ["・地方法人課税における新たな偏在是正措置により生じる財源については、地方が偏在是正の効果を実感できるよう、必要な歳出を地方財政計画に計上するなど、その全", 112.7, 99.5, 912.8, 110, 10.5],
        ["額を地方のために活用。", 125.3, 114.5, 240.8, 125, 10.5],
        ["特に地方交付税については、極めて厳しい地方財政の現状等を踏まえ、本来の役割である財源調整機能と財源保障機能が適切に発揮されるよう、総額を適切に確保。", 44.7, 134.8, 821.7, 145.3, 10.5],
        ["概算要求額", 47.8, 160.3, 100.3, 170.8, 10.5],
        ["地方交付税(地方公共団体交付ベース) 16.8兆円(元年度 16.2兆円)", 112.7, 160.3, 447.1, 170.8, 10.5],
        ["総務省重点施策2020", 39.7, 512.3, 120.6, 520.8, 8.5],
        ["総務省", 894.9, 512.3, 920.4, 520.8, 8.5],
        ["- 12 -", 897.8, 514.8, 920.4, 523.8, 9],
      ],
    ];
    // Each page's rules as [h|v, from, to, at].
    const rules: [string, number, number, number][][] = [
      [],
      [["h",39.8,920.3,61.1],["v",66,116.3,40.1],["h",39.8,108.8,66.4],["v",66,116.3,108.4],["h",108.8,920.3,66.4],["v",66,116.3,919.9],["v",116.3,136.5,40.1],["h",39.8,108.8,115.9],["h",108.8,920.3,115.9],["v",116.3,136.5,919.9],["h",39.8,108,136.1],["h",108,920.3,136.1],["v",141,162,40.1],["h",39.8,108.8,141.4],["v",141,162,108.4],["h",108.8,920.3,141.4],["v",141,162,919.9],["h",39.8,108.8,161.6],["h",108.8,920.3,161.6]],
      [["h",39.8,920.3,61.1],["v",66,146.3,40.1],["h",39.8,108.8,66.4],["v",66,146.3,108.4],["h",108.8,920.3,66.4],["v",66,146.3,919.9],["h",39.8,108.8,145.9],["h",108.8,920.3,145.9],["v",150.8,171.8,40.1],["h",39.8,108.8,151.1],["v",150.8,171.8,108.4],["h",108.8,920.3,151.1],["v",150.8,171.8,919.9],["h",39.8,108.8,171.4],["h",108.8,920.3,171.4]],
      [["h",39.8,920.3,61.1],["v",66,101.3,40.1],["h",39.8,108.8,66.4],["v",66,101.3,108.4],["h",108.8,920.3,66.4],["v",66,101.3,919.9],["h",39.8,108.8,100.9],["h",108.8,920.3,100.9],["v",105.8,126.8,40.1],["h",39.8,108.8,106.1],["v",105.8,126.8,108.4],["h",108.8,920.3,106.1],["v",105.8,126.8,919.9],["h",39.8,108.8,126.4],["h",108.8,920.3,126.4]],
      [["h",39.8,920.3,61.1],["v",66,131.3,40.1],["h",39.8,108.8,66.4],["v",66,131.3,108.4],["h",108.8,920.3,66.4],["v",66,131.3,919.9],["v",131.3,151.5,40.1],["h",39.8,108.8,130.9],["h",108.8,920.3,130.9],["v",131.3,151.5,919.9],["h",39.8,108,151.1],["h",108,920.3,151.1],["v",156,177,40.1],["h",39.8,108.8,156.4],["v",156,177,108.4],["h",108.8,920.3,156.4],["v",156,177,919.9],["h",39.8,108.8,176.6],["h",108.8,920.3,176.6]],
    ];
    const layouts = pages.map((lines, k): PageLayout => ({
      page: { number: k + 1, width: 960, height: 540, method: 'text', method_reason: null, lines: lines.map(placed) },
      rules: rules[k]!.map(([o, from, to, at]) => ({ orientation: o === 'h' ? 'horizontal' : 'vertical', from, to, at })),
    }));
    const { records, issues } = read(layouts);
    const sections = Object.fromEntries(records.map((r) => [r.name, r.sections]));
    expect(sections['放送コンテンツの海外展開']).toEqual({
      概要: expect.stringMatching(/^放送局等と自治体、.*取組を支援\n放送コンテンツの高い発信力を活用して、.*国際競争力強化に貢献$/su) as string,
      注記: '2020年度までに放送コンテンツ関連海外売上高を500億円に増加させることを目標(成長戦略フォローアップ(令和元年6月21日閣議決定))',
    });
    expect(sections['地方の一般財源総額の確保と地方財政の健全化等']!['注記']).toBe('特に地方交付税については、極めて厳しい地方財政の現状等を踏まえ、本来の役割である財源調整機能と財源保障機能が適切に発揮されるよう、総額を適切に確保。');
    // A record with nothing under its rows has no note.
    expect(sections['サイバーセキュリティ人材の育成']!['注記']).toBeUndefined();
    // Text printed under no label is said in the quality report.
    expect(issues.filter((issue) => issue.type === 'text-unlabelled').map((issue) => [issue.record, issue.page, issue.message])).toEqual([
      ['放送コンテンツの海外展開', 2, 'printed under no label, kept as 「注記」: 2020年度までに放送コンテンツ関連海外売上高を500億円に…'],
      ['地方の一般財源総額の確保と地方財政の健全化等', 5, 'printed under no label, kept as 「注記」: 特に地方交付税については、極めて厳しい地方財政の現状等を踏ま…'],
    ]);
  });

  it('reads 「※」 opening each item of a section as its bullet, not as notes (「特徴・ポイント：※ 条件不利地域…」 / 「※ 地方公共団体が…」)', () => {
    const pages: ReadLine[][] = [
      [
        ["① 高度無線環境整備推進事業", 46.3, 36.3, 245.7, 51.3, 15],
        ["■ 対象分野", 34.0, 60.2, 100.1, 72.8, 12.49],
        ["5Gなどの情報通信基盤の早期整備", 42.5, 79.4, 227.1, 91.4, 12],
        ["■ 総合戦略該当箇所", 34.0, 100, 150.1, 112.5, 12.49],
        ["横2-1-(1)-i", 42.5, 118.4, 101.3, 130.4, 12],
        ["■ 予算額", 34.0, 139.8, 87.6, 152.2, 12.49],
        ["令和3年度当初一般会計 3,682百万円", 42.5, 158.2, 242.7, 170.2, 12],
        ["特徴・ポイント:※条件不利地域における光ファイバの整備を推進するための補助金<予算額約37億円(国費ベース)>", 34.0, 178.4, 663.8, 190.4, 12],
        ["※地方公共団体が整備する場合の補助率は、離島地域2/3、その他の条件不利地域1/2。地方公共団体負担分には、過疎債、辺地債、合併特例債、", 130.0, 195.7, 918.6, 207.7, 12],
        ["地域活性化事業債及び企業版ふるさと納税の充当が可能。", 144.4, 212.9, 456.4, 224.9, 12],
        ["目的:5G・IoT等の高度無線環境を全国的に実現し、それらを活用した地域活性化や地域の課題解決に資することを目的とする。", 34.0, 231.7, 728.5, 243.7, 12],
        ["1", 920.4, 517.8, 926.1, 526.8, 9],
      ],
      [
        ["概要:※条件不利地域において、地方公共団体、電気通信事業者等による、高速・大容量無線通信の前提となる伝送路設備等の整備を支援する。具体的には、無線局", 34.0, 38.2, 924.4, 50.2, 12],
        ["エントランスまでの光ファイバを整備する場合に、その整備費の一部を補助する。", 84.4, 54.7, 528.4, 66.7, 12],
        ["※また、地方公共団体が行う離島地域の光ファイバ等の維持管理に要する経費に関して、その一部を補助する。", 70.0, 71.9, 672.4, 83.9, 12],
        ["期待される効果:ICTインフラを地方部と都市部の隔たり無く普及させることにより、地域課題の解決、地域の魅力向上を図り、地域におけるSociety 5.0の実現に貢", 34.0, 90.7, 919.8, 102.7, 12],
        ["献する。", 130.0, 107.9, 178.0, 119.9, 12],
        ["担当", 41.8, 134.3, 63.8, 145.3, 10.99],
        ["総務省事業政策課ブロードバンド整備推進室(TEL:03-5253-5866)", 41.8, 149.3, 383.2, 160.3, 10.99],
        ["② 地域情報化の推進(本省・地方)", 46.3, 190.8, 271.6, 205.8, 15],
        ["■ 対象分野", 34.0, 214.8, 100.1, 227.2, 12.49],
        ["デジタル人材の育成・確保", 42.5, 233.2, 186.5, 245.2, 12],
        ["■ 総合戦略該当箇所", 34.0, 254.5, 150.1, 267, 12.49],
        ["横2-1-(1)-ii", 42.5, 272.9, 104.5, 284.9, 12],
        ["■ 予算額", 34.0, 293.5, 87.6, 306, 12.49],
        ["令和3年度当初一般会計 本省:120百万円/地方:30百万円", 42.5, 312.7, 344.8, 324.7, 12],
        ["特徴・ポイント:※地方公共団体等からの求めに応じて、ICTデータ活用を通じた地域課題解決に精通した専門家である「地域情報化アドバイザー」を派遣。", 34.0, 332.9, 883.8, 344.9, 12],
        ["※自治体CIO等が最先端技術を複合的に活用し、業務の効率化や地域課題の解決に資するような研修教材の開発を行う。", 130.0, 350.2, 778.1, 362.2, 12],
        ["※各総合通信局等において、地域固有の実情を反映した地域情報化のための状況調査、普及・啓発等を実施。", 130.0, 367.4, 720.4, 379.4, 12],
        ["目的:IoT、ビッグデータ、AI等は、社会的課題の効率的、効果的な解決手段であり、人口減少・高齢化の進展及びそれに伴う経済の低迷といった課題が特に山積し", 34.0, 386.2, 915.0, 398.2, 12],
        ["ている地域においては、ICTの利活用による社会的課題の解決及び地域活性化が必要。しかしながら、地域情報化の推進に際しては、依然として人材不足等の", 70.0, 402.7, 917.4, 414.7, 12],
        ["課題があることから、それらの課題を解決する取組を進める。", 70.0, 419.9, 406.0, 431.9, 12],
        ["2", 920.4, 517.8, 926.1, 526.8, 9],
      ],
      [
        ["概要:※ICTに関する専門的な知見やノウハウを有する専門家である「地域情報化アドバイザー」を派遣し、助言等を実施。", 34.0, 38.2, 703.8, 50.2, 12],
        ["※自治体CIO等が最先端技術(AI、RPA、IoT、5G等)を活用し、業務の効率化や地域課題の解決に資する教材の開発等を実施。", 70.0, 54.7, 746.6, 66.7, 12],
        ["※地方総合通信局が管内の地方公共団体等とも連携し、ウィズ・コロナ、ポスト・コロナ社会に対応した地域におけるきめ細かなICTの効果的・効率的な利活", 70.0, 71.9, 919.8, 83.9, 12],
        ["用を促進。", 84.4, 89.2, 144.4, 101.2, 12],
        ["期待される効果:地域情報化の推進に向けた普及啓発活動や、ICTに関する専門的な人材の派遣・育成を通じ、社会的課題の解決や地域活性化を実現する。", 34.0, 107.9, 869.4, 119.9, 12],
        ["担当", 41.8, 134.3, 63.8, 145.3, 10.99],
        ["総務省地域通信振興課(TEL:03-5253-5756)", 41.8, 149.3, 273.3, 160.3, 10.99],
        ["③ デジタル活用環境構築推進事業", 46.3, 190.8, 275.7, 205.8, 15],
        ["■ 対象分野", 34.0, 214.8, 100.1, 227.2, 12.49],
        ["未来技術の活用に向けた社会ニーズの醸成", 42.5, 233.2, 270.5, 245.2, 12],
        ["■ 総合戦略該当箇所", 34.0, 254.5, 150.1, 267, 12.49],
        ["横2-1-(1)-iv", 42.5, 272.9, 107.1, 284.9, 12],
        ["■ 予算額", 34.0, 293.5, 87.6, 306, 12.49],
        ["令和2年度第3次補正一般会計 1,140百万円の内数", 42.5, 312.7, 310.3, 324.7, 12],
        ["特徴・ポイント:※携帯ショップや公民館などで、オンラインサービスの利用方法等を説明(令和3年度は全国1000箇所程度を想定)", 34.0, 332.9, 742.2, 344.9, 12],
        ["※教材や動画の作成、「デジタル活用支援員」を育成するための研修を実施", 130.0, 350.2, 534.4, 362.2, 12],
        ["※事業用webサイトの構築や、地方自治体との連携による周知広報等を実施", 130.0, 367.4, 539.7, 379.4, 12],
        ["目的:新型コロナウイルス感染症対策の観点から、我が国全体として感染防止につながる新しい生活様式の早期実現は喫緊の課題である。そのため、国民の誰もがオ", 34.0, 386.2, 922.0, 398.2, 12],
        ["ンラインによる行政手続やサービスを利用できるようにすることが求められる状況であり、デジタル活用支援を全国規模で迅速かつ集中的に行う必要がある。", 70.0, 402.7, 922.0, 414.7, 12],
        ["よって、高齢者をはじめとした国民のデジタル活用を支援することにより、「デジタル格差」の解消を図り、誰もがデジタル化の恩恵を受けられる社会を実現", 70.0, 419.9, 916.0, 431.9, 12],
        ["する。", 70.0, 437.2, 106.0, 449.2, 12],
        ["3", 920.4, 517.8, 926.1, 526.8, 9],
      ],
    ];
    const sections = Object.fromEntries(readText(pages, 960, 540).records.map((r) => [r.name, r.sections]));
    expect(sections['高度無線環境整備推進事業']).toEqual({
      特徴・ポイント: '条件不利地域における光ファイバの整備を推進するための補助金<予算額約37億円(国費ベース)>\n地方公共団体が整備する場合の補助率は、離島地域2/3、その他の条件不利地域1/2。地方公共団体負担分には、過疎債、辺地債、合併特例債、地域活性化事業債及び企業版ふるさと納税の充当が可能。',
      目的: '5G・IoT等の高度無線環境を全国的に実現し、それらを活用した地域活性化や地域の課題解決に資することを目的とする。',
      概要: '条件不利地域において、地方公共団体、電気通信事業者等による、高速・大容量無線通信の前提となる伝送路設備等の整備を支援する。具体的には、無線局エントランスまでの光ファイバを整備する場合に、その整備費の一部を補助する。\nまた、地方公共団体が行う離島地域の光ファイバ等の維持管理に要する経費に関して、その一部を補助する。',
      期待される効果: 'ICTインフラを地方部と都市部の隔たり無く普及させることにより、地域課題の解決、地域の魅力向上を図り、地域におけるSociety 5.0の実現に貢献する。',
    });
    expect(sections['地域情報化の推進(本省・地方)']!['特徴・ポイント']!.split('\n')).toHaveLength(3);
    expect(sections['地域情報化の推進(本省・地方)']!['注記']).toBeUndefined();
  });

  it("reads the office printed right under its 担当部局 label at the foot of each page as the record's, not as a footer: no tab's text changes on every page", () => {
    const pages: ReadLine[][] = [
      [
        ["デジタル田園都市国家構想の実現に向けた", 252.05, 178.38, 708.05, 202.38, 24],
        ["総務省の関連施策集", 372.05, 214.38, 588.05, 238.38, 24],
        ["(令和5年度予算(案)等)", 328.49, 250.38, 631.61, 274.38, 24],
        ["令和4年12月23日", 423.02, 358.93, 537.05, 372.93, 13.99],
        ["総 務 省", 440.29, 413.91, 511.29, 431.91, 18],
      ],
      [
        ["①デジタル実装による地方の社会課題解決・魅力向上", 708.01, 4.52, 911.92, 13.02, 8.5],
        ["令和5年度予算(案)", 28.34, 21.02, 110.15, 29.52, 8.5],
        ["令和4年12月23日", 851.17, 21.02, 920.41, 29.52, 8.5],
        ["施策名", 42.4, 46.91, 63.99, 54.11, 7.2],
        ["放送コンテンツによる地域情報発信力強化事業", 81.12, 46.28, 247.24, 54.2, 7.92],
        ["施策の区分", 35.2, 64.91, 71.18, 72.11, 7.2],
        ["①予算", 81.12, 64.91, 102.71, 72.11, 7.2],
        ["総合戦略に", 35.2, 79.16, 71.18, 86.36, 7.2],
        ["おける位置", 35.2, 89.66, 71.18, 96.86, 7.2],
        ["付け", 46, 99.41, 60.39, 106.61, 7.2],
        ["①デジタル実装による地方の社会課題解決・魅力向上", 81.12, 79.16, 253.81, 86.36, 7.2],
        ["予 算 額", 35.2, 129.41, 71.18, 136.61, 7.2],
        ["令和5年度予算(案):52百万円", 81.12, 113.66, 178.66, 120.86, 7.2],
        ["(令和4年度第二次補正:789百万円)", 81.12, 124.16, 207.18, 131.36, 7.2],
        ["(令和4年度予算:101百万円)", 81.12, 134.66, 185.59, 141.86, 7.2],
        ["(令和3年度補正:1,129百万円)", 81.12, 144.41, 192.03, 151.61, 7.2],
        ["施策効果の詳細:新型コロナウイルス感染症対策の影響で大きく落ち込んだ地域経済の回復が早急に求められている中、放送コンテンツの訴求力を活用して我が国の地域資源の魅力を海外に広く発信し、認知度やブランド力の向上を図ることで、域外から需要を呼び込み地域", 28.34, 160.16, 913.36, 167.36, 7.2],
        ["経済の活性化を実現。", 85.9, 170.66, 157.86, 177.86, 7.2],
        ["目的:・放送コンテンツの海外展開を通じて日本各地の魅力を海外へ発信することにより、地域のブランド化、多様な地域資源を活用したコンテンツづくり等を推進し、訪日外国人旅行者の増加、地場産品等の販路拡大等を促進。", 28.34, 181.91, 769.46, 189.11, 7.2],
        ["事業の概要:・放送事業者等と地方公共団体や観光産業、農林水産業、地場産業等の事業者・団体が連携し、日本各地の魅力を伝える放送コンテンツを制作して海外の放送局を通じて発信すること等により、我が国の地域からの情報発信を強化。", 28.34, 193.16, 819.82, 200.36, 7.2],
        ["担当部局", 34.18, 210.3, 60.07, 216.78, 6.48],
        ["情報流通行政局情報通信作品振興課放送コンテンツ海外流通推進室", 34.18, 220.05, 228.26, 226.53, 6.48],
        ["施策名", 42.4, 250.16, 63.99, 257.36, 7.2],
        ["テレワーク普及展開推進事業", 81.12, 249.53, 183.96, 257.45, 7.92],
        ["施策の区分", 35.2, 268.91, 71.18, 276.11, 7.2],
        ["①予算", 81.12, 268.91, 102.71, 276.11, 7.2],
        ["総合戦略に", 35.2, 283.16, 71.18, 290.36, 7.2],
        ["おける位置", 35.2, 292.91, 71.18, 300.11, 7.2],
        ["付け", 46, 303.41, 60.39, 310.61, 7.2],
        ["①デジタル実装による地方の社会課題解決・魅力向上", 81.12, 283.16, 253.81, 290.36, 7.2],
        ["③デジタル人材の育成・確保", 81.12, 292.91, 174.66, 300.11, 7.2],
        ["予 算 額", 35.2, 328.16, 71.18, 335.36, 7.2],
        ["令和5年度予算(案):255百万円", 81.12, 317.66, 183.19, 324.86, 7.2],
        ["(令和4年度第二次補正:205百万円)", 81.12, 328.16, 207.18, 335.36, 7.2],
        ["(令和4年度予算:261百万円)", 81.12, 337.91, 185.59, 345.11, 7.2],
        ["施策効果の詳細:地域や規模によらず企業や団体のテレワーク導入を推進することで、企業や団体にとっては、テレワーク導入を通じた業務改革や場所にとらわれず優秀な人材の確保が可能となり、働き手にとっては、場所を選ばない働き方として、住みたい地域に住みなが", 28.34, 353.66, 913.36, 360.86, 7.2],
        ["らの就労が可能となるとともに、出社やフルタイム前提の従来の働き方では対応できなかった人の就労も可能となることで、地方と都市の差の縮小や、地方の活性化等につながり、「デジタル田園都市国家構想」に寄与する。", 85.9, 364.16, 809.03, 371.36, 7.2],
        ["目的:地域や規模によらず企業や団体のテレワーク導入を推進し、在宅や地方でも就業を可能とし、時間や場所を有効に活用できる柔軟な働き方であるテレワークの定着を図る。", 28.34, 375.41, 603.97, 382.61, 7.2],
        ["事業の概要:「新たな日常」におけるテレワークの定着を図るため、テレワークを導入しようとする企業等に対する相談支援やテレワークに関する普及啓発を実施するとともに、テレワークによる地域課題の解決に係る実証等を実施。", 28.34, 386.66, 783.85, 393.86, 7.2],
        ["具体的取組:(b) テレワークの普及促進に向けた連携", 28.34, 397.91, 197.86, 405.11, 7.2],
        ["・時間や場所を有効に活用できる柔軟な働き方として、ICTを積極的に活用した良質なテレワークが全国各地域、事業規模によらず、幅広い業種で定着・促進されるよう、2023年度にテレワーク導入率に関する新たなKPIを設定し、関係府省や地方公共団体が連携", 71.51, 408.41, 918.32, 415.61, 7.2],
        ["して、全国的な導入支援体制の整備に取り組む。また、テレワークの普及・定着を阻む課題について、ICTの積極的な活用を通じた課題解消の促進やテレワークを円滑に行うことができる超高速ブロードバンド基盤の整備支援等を行う。", 71.51, 418.91, 831.43, 426.11, 7.2],
        ["担当部局", 34.18, 436.05, 60.07, 442.53, 6.48],
        ["情報流通行政局地域通信振興課", 34.18, 445.05, 124.76, 451.53, 6.48],
        ["- 2 -", 471.55, 509.58, 488.52, 518.58, 9],
      ],
      [
        ["①デジタル実装による地方の社会課題解決・魅力向上", 708.01, 4.52, 911.92, 13.02, 8.5],
        ["令和5年度予算(案)", 28.34, 21.02, 110.15, 29.52, 8.5],
        ["令和4年12月23日", 851.17, 21.02, 920.41, 29.52, 8.5],
        ["施策名", 46.22, 47.41, 73.79, 56.6, 9.19],
        ["地域課題解決のためのスマートシティ推進事業", 95.57, 46.6, 307.95, 56.71, 10.12],
        ["施策の区分", 37.03, 70.66, 82.98, 79.85, 9.19],
        ["①予算", 95.57, 70.66, 123.14, 79.85, 9.19],
        ["総合戦略に", 37.03, 88.66, 82.98, 97.85, 9.19],
        ["おける位置", 37.03, 102.16, 82.98, 111.35, 9.19],
        ["付け", 50.81, 114.91, 69.19, 124.1, 9.19],
        ["①デジタル実装による地方の社会課題解決・魅力向上", 95.57, 88.66, 316.07, 97.85, 9.19],
        ["予 算 額", 37.03, 139.66, 82.98, 148.85, 9.19],
        ["令和5年度予算(案):402百万円", 95.57, 132.91, 225.9, 142.1, 9.19],
        ["(令和4年度予算:460百万円)", 95.57, 146.41, 228.97, 155.6, 9.19],
        ["施策効果の詳細:都市OS(データ連携基盤)の導入地域数:令和7年度までに100地域", 28.34, 165.91, 385.75, 175.1, 9.19],
        ["目的:地域が抱える様々な課題(防災、セキュリティ・見守り、買物支援など)をデジタル技術やデータの活用によって解決することを目指すスマートシティの実装を関係府省と一体的に推進。", 28.34, 180.16, 827.66, 189.35, 9.19],
        ["事業の概要:地域が抱える様々な課題の解決や地域活性化・地方創生のため、スマートシティリファレンスアーキテクチャを満たす都市OS/データ連携基盤の導入(整備・改修)や当該都市OSに接続するデジタル技", 28.34, 195.16, 912.77, 204.35, 9.19],
        ["術を活用したサービス・アセットの整備等を行う。", 83.46, 207.91, 294.78, 217.1, 9.19],
        ["担当部局", 35.6, 230.46, 68.7, 238.74, 8.28],
        ["情報流通行政局地域通信振興課", 35.6, 242.46, 151.44, 250.74, 8.28],
        ["施策名", 46.22, 279.91, 73.79, 289.1, 9.19],
        ["情報信託機能活用促進事業", 95.57, 279.1, 216.93, 289.21, 10.12],
        ["施策の区分", 37.03, 303.16, 82.98, 312.35, 9.19],
        ["①予算", 95.57, 303.16, 123.14, 312.35, 9.19],
        ["総合戦略に", 37.03, 321.16, 82.98, 330.35, 9.19],
        ["おける位置", 37.03, 334.66, 82.98, 343.85, 9.19],
        ["付け", 50.81, 347.41, 69.19, 356.6, 9.19],
        ["①デジタル実装による地方の社会課題解決・魅力向上", 95.57, 321.16, 316.07, 330.35, 9.19],
        ["予 算 額", 37.03, 372.16, 82.98, 381.35, 9.19],
        ["令和4年度第二次補正:214百万円", 95.57, 365.41, 238.16, 374.6, 9.19],
        ["(令和3年度補正予算:115百万円)", 95.57, 378.91, 247.35, 388.1, 9.19],
        ["施策効果の詳細:情報銀行を準公共分野のデータプラットフォームと連携させて同分野におけるパーソナルデータの安全な利活用を促進し、地方の実情に沿ったサービスの創出等に繋げることで、地方の抱える課題を", 28.34, 398.41, 919.53, 407.6, 9.19],
        ["解決する。", 101.84, 411.16, 147.78, 420.35, 9.19],
        ["目的:地方自治体の保有するパーソナルデータを含む地域の多様なデータについて、情報銀行により連携・利活用することにより、相互連携分野における地域課題の解決や住民サービスの向上を実現。", 28.34, 426.16, 855.22, 435.35, 9.19],
        ["事業の概要:相互連携分野における情報銀行の活用ニーズを把握し、その実現に向けた方策を検討するため、実証事業を実施。", 28.34, 440.41, 552.03, 449.6, 9.19],
        ["担当部局", 35.6, 462.96, 68.7, 471.24, 8.28],
        ["情報流通行政局地域通信振興課デジタル経済推進室", 35.6, 474.96, 225.9, 483.24, 8.28],
        ["- 3 -", 471.55, 509.58, 488.52, 518.58, 9],
      ],
      [
        ["②デジタル基盤整備", 835.45, 4.52, 911.92, 13.02, 8.5],
        ["令和5年度予算(案)", 28.34, 21.02, 110.15, 29.52, 8.5],
        ["令和4年12月23日", 851.17, 21.02, 920.41, 29.52, 8.5],
        ["施策名", 45.46, 47.01, 71.83, 55.81, 8.8],
        ["マイナンバーカード交付事業費補助金", 92.68, 46.24, 257.05, 55.91, 9.67],
        ["施策の区分", 36.67, 69.51, 80.62, 78.31, 8.8],
        ["①予算", 92.68, 69.51, 119.06, 78.31, 8.8],
        ["総合戦略に", 36.67, 86.76, 80.62, 95.56, 8.8],
        ["おける位置", 36.67, 99.51, 80.62, 108.31, 8.8],
        ["付け", 49.85, 111.51, 67.44, 120.31, 8.8],
        ["②デジタル基盤整備", 92.68, 86.76, 171.79, 95.56, 8.8],
        ["予 算 額", 36.67, 135.51, 80.62, 144.31, 8.8],
        ["令和5年度予算(案):27,054百万円", 92.68, 128.76, 230.76, 137.56, 8.8],
        ["(令和4年度予算:41,111百万円)", 92.68, 141.51, 233.7, 150.31, 8.8],
        ["施策効果の詳細:地方公共団体情報システム機構(J-LIS)におけるマイナンバーカードの発行等に要する経費について措置することで、対面でもオンラインでも確実な本人確認を行うことができる、デジタル社会の基盤となる", 28.34, 160.26, 917.25, 169.06, 8.8],
        ["マイナンバーカードの円滑な発行体制の確保や利便性の向上を図る。", 98.65, 173.01, 371.12, 181.81, 8.8],
        ["目的:令和5年度以降、マイナンバーカードの円滑な発行体制の確保や利便性の向上を図る。", 28.34, 186.51, 394.23, 195.31, 8.8],
        ["事業の概要:J-LISにおけるマイナンバーカードの発行事務に必要な経費(J-LISが構築するシステムに関する経費を除く。)について、J-LISに対して補助金を交付。", 28.34, 200.76, 669.18, 209.56, 8.8],
        ["担当部局", 35.32, 221.78, 66.97, 229.7, 7.92],
        ["自治行政局住民制度課マイナンバー制度支援室", 35.32, 233.03, 201.44, 240.95, 7.92],
        ["施策名", 45.46, 269.76, 71.83, 278.56, 8.8],
        ["自治体マイナポイントの全国展開", 92.68, 268.99, 237.71, 278.66, 9.67],
        ["施策の区分", 36.67, 292.26, 80.62, 301.06, 8.8],
        ["①予算", 92.68, 292.26, 119.06, 301.06, 8.8],
        ["総合戦略に", 36.67, 309.51, 80.62, 318.31, 8.8],
        ["おける位置", 36.67, 321.51, 80.62, 330.31, 8.8],
        ["付け", 49.85, 334.26, 67.44, 343.06, 8.8],
        ["②デジタル基盤整備", 92.68, 309.51, 171.79, 318.31, 8.8],
        ["予 算 額", 36.67, 357.51, 80.62, 366.31, 8.8],
        ["令和5年度予算(案):-", 92.68, 351.51, 190.51, 360.31, 8.8],
        ["(令和4年度第二次補正予算:994百万円)", 92.68, 364.26, 264.25, 373.06, 8.8],
        ["施策効果の詳細:地域独自のポイント給付施策をオンラインで迅速かつ効果的に実施できる自治体マイナポイント事業を全国展開することで、マイナンバーカードの普及促進を後押しするとともに消費喚起・地域経済の活性化", 28.34, 383.01, 916.04, 391.81, 8.8],
        ["を強力に推進。", 98.65, 395.76, 160.18, 404.56, 8.8],
        ["目的:地域独自のポイント給付施策をオンラインで迅速かつ効果的に実施できる自治体マイナポイント事業を全国展開することで、マイナンバーカードの普及促進を後押しするとともに消費喚起・地域経済の活性化を強力に推", 28.34, 409.26, 916.04, 418.06, 8.8],
        ["進。", 54.7, 422.01, 72.29, 430.81, 8.8],
        ["事業の概要:自治体が事業に参加するにあたり必要となるシステム改修費等を補助するなど、より多くの自治体・決済事業者が連携して事業を実施できる環境を整備", 28.34, 436.26, 678.73, 445.06, 8.8],
        ["担当部局", 35.32, 457.28, 66.97, 465.2, 7.92],
        ["自治行政局マイナポイント施策推進室", 35.32, 468.53, 169.8, 476.45, 7.92],
        ["- 4 -", 471.55, 509.58, 488.52, 518.58, 9],
      ],
      [
        ["③デジタル人材の育成・確保", 801.47, 4.52, 911.92, 13.02, 8.5],
        ["令和5年度予算(案)", 28.34, 21.02, 110.15, 29.52, 8.5],
        ["令和4年12月23日", 851.17, 21.02, 920.41, 29.52, 8.5],
        ["施策名", 43.93, 46.96, 67.91, 54.96, 7.99],
        ["地方公共団体への人材マッチング支援の充実化・ネットワーク化", 86.91, 46.26, 341.8, 55.06, 8.8],
        ["施策の区分", 35.94, 67.21, 75.91, 75.21, 7.99],
        ["①予算、③その他", 86.91, 67.21, 150.85, 75.21, 7.99],
        ["総合戦略に", 35.94, 82.96, 75.91, 90.96, 7.99],
        ["おける位置", 35.94, 94.21, 75.91, 102.21, 7.99],
        ["付け", 47.93, 105.46, 63.92, 113.46, 7.99],
        ["③デジタル人材の育成・確保", 86.91, 82.96, 190.81, 90.96, 7.99],
        ["予 算 額", 35.94, 121.21, 75.91, 129.21, 7.99],
        ["令和5年度予算(案):81百万円", 86.91, 121.21, 201.91, 129.21, 7.99],
        ["施策効果の詳細:地方公共団体と外部人材とのマッチングの強化や外部人材が地方公共団体で働きやすい環境の整備に取り組むことにより、地方公共団体におけるデジタル人材の確保を推進し、自治体DXや地域社会のデジタル化の推進を図る。", 28.34, 138.46, 903.03, 146.46, 7.99],
        ["目的:地方公共団体におけるデジタル人材の確保は急務であるが、「外部人材に求める役割やスキルを整理・明確にすることができない」「効果的な募集方法が分からない」「外部人材が働きやすい環境を整備できていない」といった課題を抱えている", 28.34, 151.21, 919.46, 159.21, 7.99],
        ["地方公共団体が多いことから、人材募集の前段階における支援や人材確保後の定着に向けた支援を実施。", 52.31, 162.46, 427.95, 170.46, 7.99],
        ["事業の概要:外部人材スキル標準の活用や民間人材サービス会社と連携した地方公共団体におけるデジタル人材の確保・定着に向けた伴走支援など人材マッチング支援を充実化するとともに、地方公共団体で活躍するデジタル人材のネットワークを", 28.34, 175.21, 915.47, 183.21, 7.99],
        ["構築し、好事例等の横展開を行う。", 76.29, 187.21, 204.17, 195.21, 7.99],
        ["担当部局", 34.75, 205.91, 63.53, 213.11, 7.2],
        ["自治行政局地域情報化企画室", 34.75, 216.41, 128.29, 223.61, 7.2],
        ["情報流通行政局地域通信振興課", 34.75, 226.91, 135.49, 234.11, 7.2],
        ["施策名", 43.93, 259.96, 67.91, 267.96, 7.99],
        ["地域ICTクラブの普及推進", 86.91, 259.26, 188.98, 268.06, 8.8],
        ["施策の区分", 35.94, 280.21, 75.91, 288.21, 7.99],
        ["③その他", 86.91, 280.21, 118.88, 288.21, 7.99],
        ["総合戦略に", 35.94, 295.96, 75.91, 303.96, 7.99],
        ["おける位置", 35.94, 307.21, 75.91, 315.21, 7.99],
        ["付け", 47.93, 319.21, 63.92, 327.21, 7.99],
        ["③デジタル人材の育成・確保", 86.91, 295.96, 190.81, 303.96, 7.99],
        ["④誰一人取り残さない社会の実現", 86.91, 307.21, 206.79, 315.21, 7.99],
        ["予 算 額", 35.94, 340.21, 75.91, 348.21, 7.99],
        ["—", 86.91, 334.96, 86.91, 342.96, 7.99],
        ["(令和4年度予算:165百万円の内数)", 86.91, 346.21, 226.93, 354.21, 7.99],
        ["施策効果の詳細:地域でプログラミング等のICT活用スキルを学ぶ機会を提供し、地域の交流やプログラミング等を通じた地域の課題解決に資する学びを推進することにより、ICT人材育成の観点から誰一人取り残さない社会を実現する。", 28.34, 363.46, 877.32, 371.46, 7.99],
        ["目的:・プログラミング教育は、論理的思考力や課題発見・解決力、創造力等の育成に有用", 28.34, 376.21, 356.02, 384.21, 7.99],
        ["・学校教育に導入され小学校では令和2年度から必修化", 52.31, 387.46, 249.16, 395.46, 7.99],
        ["・地域の学びが学校教育を補完する視点も一層重要に", 52.31, 398.71, 244.13, 406.71, 7.99],
        ["・総務省では、地域におけるプログラミング教育の推進として、「地域ICTクラブ」の普及推進を目指す", 52.31, 409.96, 420.86, 417.96, 7.99],
        ["事業の概要:・地域で子供たちが住民とモノづくりやデザイン等をテーマに、プログラミング等ICT活用スキルを学び合う中で、世代を超えて知識・経験を共有する機会を提供すべく平成30年度から2年間実証事業を実施", 28.34, 422.71, 815.59, 430.71, 7.99],
        ["・これまで、オンラインによる地域の学びの好事例の創出等による普及促進に取り組んできたところであり、引き続き普及促進を図る", 76.29, 433.96, 555.82, 441.96, 7.99],
        ["担当部局", 34.75, 453.41, 63.53, 460.61, 7.2],
        ["情報流通行政局情報流通振興課情報活用支援室", 34.75, 463.91, 185.85, 471.11, 7.2],
        ["- 5 -", 471.55, 509.58, 488.52, 518.58, 9],
      ],
    ];
    const { records } = readText(pages, 960, 540);
    expect(records.map((r) => [r.name, r.offices.map((o) => o.name)])).toEqual([
      ['放送コンテンツによる地域情報発信力強化事業', ['情報流通行政局情報通信作品振興課放送コンテンツ海外流通推進室']],
      ['テレワーク普及展開推進事業', ['情報流通行政局地域通信振興課']],
      ['地域課題解決のためのスマートシティ推進事業', ['情報流通行政局地域通信振興課']],
      ['情報信託機能活用促進事業', ['情報流通行政局地域通信振興課デジタル経済推進室']],
      ['マイナンバーカード交付事業費補助金', ['自治行政局住民制度課マイナンバー制度支援室']],
      ['自治体マイナポイントの全国展開', ['自治行政局マイナポイント施策推進室']],
      ['地方公共団体への人材マッチング支援の充実化・ネットワーク化', ['自治行政局地域情報化企画室', '情報流通行政局地域通信振興課']],
      ['地域ICTクラブの普及推進', ['情報流通行政局情報流通振興課情報活用支援室']],
    ]);
  });

  it("reads an office line whose phone follows a colon in brackets (「総務省移動通信課(電話:03-5253-5894)」) as an office, not as a label and its value", () => {
    const pages: ReadLine[][] = [
      [
        ["令和3年度", 365.52, 196.38, 476.36, 220.38, 24],
        ["地方創生に資する", 324.94, 232.38, 516.94, 256.38, 24],
        ["未来技術関連施策集", 312.94, 268.38, 528.94, 292.38, 24],
        ["総 務 省", 381.18, 455.91, 452.18, 473.91, 18],
      ],
      [
        ["5Gなどの情報通信基盤の早期整備", 668.53, 4.52, 799.38, 13.02, 8.5],
        ["令和3年3月31日", 744.39, 52.52, 807.88, 61.02, 8.5],
        ["携帯電話等エリア整備事業", 69.01, 75.07, 200.92, 86.07, 10.99],
        ["分野", 72.57, 96.95, 92.57, 106.95, 10],
        ["5Gなどの情報通信基盤の早期整備", 112.7, 96.95, 266.64, 106.95, 10],
        ["関連計画", 62.58, 116.45, 102.56, 126.45, 10],
        ["横2-1-(1)-i", 112.7, 116.45, 160.39, 126.45, 10],
        ["〈特徴・ポイント〉", 56.68, 137.76, 151.18, 148.26, 10.5],
        ["・道路や観光地等の非居住エリアの圏外解消のため、地方公共団体等が条件不利地域において携帯電話等の基地局整備等を行う場合に支援を行う。", 65.18, 153.95, 726.93, 163.95, 10],
        ["・また、都市と地方で隔たりなく5G基地局が整備されるよう、無線通信事業者が条件不利地域において5G基地局等を整備する場合に支援を行う。", 65.18, 168.2, 724.94, 178.2, 10],
        ["・1者単独整備よりも、複数者共同整備の場合に補助率を有利にすることで、インフラシェアリングなどによる効率的な整備を推進する。", 65.18, 182.45, 683.13, 192.45, 10],
        ["〈目的〉", 56.68, 200.01, 98.68, 210.51, 10.5],
        ["携帯電話サービスは国民生活に不可欠なサービスとなっているが、地理的条件や事業採算上の問題により、サービスを全く利用することができない地域や5G等の高", 65.18, 216.2, 798.9, 226.2, 10],
        ["度化サービスが利用できない地域がある。このような地域において携帯電話等を利用可能とするとともに、新たな日常を支える5G等の高度化サービスの普及を促進", 65.18, 230.45, 798.9, 240.45, 10],
        ["することにより、電波の利用に関する不均衡を緩和し、電波の適正な利用を確保する。", 65.18, 244.7, 455.03, 254.7, 10],
        ["〈概要〉", 56.68, 262.26, 98.68, 272.76, 10.5],
        ["地理的に条件不利な地域(過疎地、辺地、離島、半島など)において、地方公共団体が携帯電話等の基地局施設(鉄塔、無線設備等)、伝送路施設(光ファイバ等)を整備す", 65.18, 278.45, 806.81, 288.45, 10],
        ["る場合や、無線通信事業者が高度化施設(5G等の無線設備等)や基地局の開設に必要な伝送路施設を整備する場合に、国がそれらの整備費用の一部を補助する。", 65.18, 292.7, 776.21, 302.7, 10],
        ["予算額", 67.57, 313.7, 97.56, 323.7, 10],
        ["令和3年度当初一般会計 1,514百万円", 112.7, 313.7, 278.82, 323.7, 10],
        ["担当", 64.51, 340.83, 82.51, 349.83, 9],
        ["総務省移動通信課(電話:03-5253-5894)", 64.51, 353.58, 242.46, 362.58, 9],
        ["未来技術関連施策集(令和3年度)", 675.18, 556.52, 807.87, 565.02, 8.5],
        ["2", 418.16, 564.33, 423.72, 573.33, 9],
      ],
      [
        ["5Gなどの情報通信基盤の早期整備", 668.53, 4.52, 799.38, 13.02, 8.5],
        ["令和3年3月31日", 744.39, 52.52, 807.88, 61.02, 8.5],
        ["課題解決型ローカル5G等の実現に向けた開発実証", 69.01, 75.07, 315.24, 86.07, 10.99],
        ["分野", 72.57, 96.95, 92.57, 106.95, 10],
        ["5Gなどの情報通信基盤の早期整備", 112.7, 96.95, 266.64, 106.95, 10],
        ["関連計画", 62.58, 116.45, 102.56, 126.45, 10],
        ["横2-1-(1)-i", 112.7, 116.45, 160.39, 126.45, 10],
        ["〈特徴・ポイント〉", 56.68, 137.76, 151.18, 148.26, 10.5],
        ["・地域の企業等をはじめとする様々な主体が個別のニーズに応じて独自の5Gシステムを柔軟に構築できる「ローカル5G」の柔軟な運用を可能とする制度整備や、低", 65.18, 153.95, 804.9, 163.95, 10],
        ["廉かつ容易に利用できる仕組みの構築に向け、現実の利活用場面を想定した開発実証を実施。", 77.18, 168.2, 497.02, 178.2, 10],
        ["・R2年度は、様々な地域において計19件の実証を実施。R3年度は、実証件数を更に拡充予定。", 65.18, 182.45, 495.64, 192.45, 10],
        ["〈目的〉", 56.68, 200.01, 98.68, 210.51, 10.5],
        ["地域の企業等をはじめとする様々な主体が個別のニーズに応じて独自の5Gシステムを柔軟に構築できる「ローカル5G」について、様々な課題解決や新たな価値の創", 65.18, 216.2, 802.9, 226.2, 10],
        ["造等の実現に向け、現実の利活用場面を想定した開発実証を踏まえ、ローカル5Gの柔軟な運用を可能とする制度整備や、低廉かつ容易に利用できる仕組みの構築を", 65.18, 230.45, 798.9, 240.45, 10],
        ["行う。", 65.18, 244.7, 95.17, 254.7, 10],
        ["〈概要〉", 56.68, 262.26, 98.68, 272.76, 10.5],
        ["・現実の様々な利活用場面を想定した開発実証を踏まえ、無線設備の技術基準の緩和や、交換設備等の共用形態に関するガイドラインの策定等の取組を行う。", 65.18, 278.45, 776.91, 288.45, 10],
        ["・実地検証により有効性が証明されたローカル5Gの活用モデルを、他の地域等が容易に利用(横展開)できるよう、利活用モデル導入ガイドブックの作成、検証過程", 65.18, 292.7, 798.21, 302.7, 10],
        ["で開発されたアプリ等を他の地域等からも低廉かつ容易に利用できるシステムの構築等の取組を行う。", 77.18, 306.95, 537, 316.95, 10],
        ["〈期待される効果〉", 56.68, 324.51, 151.18, 335.01, 10.5],
        ["ローカル5Gの特長を最大限に引き出すとともに、実地検証により有効性が証明されたローカル5Gの活用モデルを、他の同種の課題を抱える地域等が容易に利用でき", 65.18, 340.7, 802.9, 350.7, 10],
        ["る仕組みを構築することで、ローカル5Gを活用した様々な課題解決や新たな価値の創造等を実現。", 65.18, 354.95, 509.01, 364.95, 10],
        ["予算額", 67.57, 375.95, 97.56, 385.95, 10],
        ["令和3年度当初一般会計 5,996百万円", 112.7, 375.95, 278.82, 385.95, 10],
        ["担当", 64.51, 403.08, 82.51, 412.08, 9],
        ["総務省地域通信振興課(電話:03-5253-5758)", 64.51, 415.83, 260.46, 424.83, 9],
        ["総務省移動通信課(電話:03-5253-5896)", 64.51, 428.58, 242.46, 437.58, 9],
        ["未来技術関連施策集(令和3年度)", 675.18, 556.52, 807.87, 565.02, 8.5],
        ["3", 418.16, 564.33, 423.72, 573.33, 9],
      ],
      [
        ["5Gなどの情報通信基盤の早期整備", 668.53, 4.52, 799.38, 13.02, 8.5],
        ["令和3年3月31日", 744.39, 52.52, 807.88, 61.02, 8.5],
        ["第5世代移動通信システムの更なる高度化に向けた研究開発", 69.01, 75.07, 361.61, 86.07, 10.99],
        ["分野", 72.57, 96.95, 92.57, 106.95, 10],
        ["5Gなどの情報通信基盤の早期整備", 112.7, 96.95, 266.64, 106.95, 10],
        ["関連計画", 62.58, 116.45, 102.56, 126.45, 10],
        ["横2-1-(1)-i", 112.7, 116.45, 160.39, 126.45, 10],
        ["〈特徴・ポイント〉", 56.68, 137.76, 151.18, 148.26, 10.5],
        ["・今後想定される移動通信トラヒックの加速度的増加や、利活用分野の更なる拡大に伴い求められる高エネルギー効率化、高信頼化等へ早期対応するため、Society", 65.18, 153.95, 801.53, 163.95, 10],
        ["5.0時代を支える情報通信インフラである5Gの更なる高度化を推進。", 77.18, 168.2, 385.81, 178.2, 10],
        ["・移動通信システムの利活用分野を更に拡大し、我が国の新産業の創出や社会課題の解決をより一層促進。", 65.18, 182.45, 547, 192.45, 10],
        ["〈目的〉", 56.68, 200.01, 98.68, 210.51, 10.5],
        ["移動通信システムへの高まり続けるニーズに対応するためには、早期に第5世代移動通信システム(5G)の更なる高度化に取り組むことが必要である。システム全体の", 65.18, 216.2, 802.38, 226.2, 10],
        ["「高信頼性」や「高エネルギー効率」、「高効率な周波数利用」を実現することで、移動通信システムの利活用分野を更に拡大し、我が国の新産業の創出や社会課題の", 65.18, 230.45, 804.89, 240.45, 10],
        ["解決をより一層促進する。", 65.18, 244.7, 185.13, 254.7, 10],
        ["〈概要〉", 56.68, 262.26, 98.68, 272.76, 10.5],
        ["・多様なサービス要求に応じた高信頼な高度5Gネットワーク制御技術", 65.18, 278.45, 381.07, 288.45, 10],
        ["・ミリ波帯における高エネルギー効率な無線技術", 65.18, 292.7, 287.1, 302.7, 10],
        ["・モバイルトラヒックの急増に対応した高効率な周波数利用技術", 65.18, 306.95, 357.07, 316.95, 10],
        ["・の研究開発を行い、5Gの更なる高度化に貢献する。", 65.18, 321.2, 311.09, 331.2, 10],
        ["〈期待される効果〉", 56.68, 338.76, 151.18, 349.26, 10.5],
        ["5Gの更なる高度化を実現し、移動通信システムの利活用分野を更に拡大することで、我が国の新産業の創出及び社会課題の解決につなげる。", 65.18, 354.95, 698.94, 364.95, 10],
        ["予算額", 67.57, 375.95, 97.56, 385.95, 10],
        ["令和3年度当初一般会計 11,433百万円の内数", 112.7, 375.95, 314.99, 385.95, 10],
        ["担当", 64.51, 403.08, 82.51, 412.08, 9],
        ["総務省移動通信課新世代移動通信システム推進室(電話:03-5253-5896)", 64.51, 415.83, 368.46, 424.83, 9],
        ["未来技術関連施策集(令和3年度)", 675.18, 556.52, 807.87, 565.02, 8.5],
        ["4", 418.16, 564.33, 423.72, 573.33, 9],
      ],
      [
        ["デジタル人材の育成・確保", 697.43, 4.52, 799.38, 13.02, 8.5],
        ["令和3年3月31日", 744.39, 52.52, 807.88, 61.02, 8.5],
        ["地域情報化の推進(本省・地方)", 69.01, 75.07, 219.94, 86.07, 10.99],
        ["分野", 72.57, 96.95, 92.57, 106.95, 10],
        ["デジタル人材の育成・確保", 112.7, 96.95, 232.65, 106.95, 10],
        ["関連計画", 62.58, 116.45, 102.56, 126.45, 10],
        ["横2-1-(1)-ii", 112.7, 116.45, 163.39, 126.45, 10],
        ["〈特徴・ポイント〉", 56.68, 137.76, 151.18, 148.26, 10.5],
        ["・地方公共団体等からの求めに応じて、ICTデータ活用を通じた地域課題解決に精通した専門家である「地域情報化アドバイザー」を派遣。", 65.18, 153.95, 694.27, 163.95, 10],
        ["・自治体CIO等が最先端技術を複合的に活用し、業務の効率化や地域課題の解決に資するような研修教材の開発を行う。", 65.18, 168.2, 606.07, 178.2, 10],
        ["・各総合通信局等において、地域固有の実情を反映した地域情報化のための状況調査、普及・啓発等を実施。", 65.18, 182.45, 556.99, 192.45, 10],
        ["〈目的〉", 56.68, 200.01, 98.68, 210.51, 10.5],
        ["IoT、ビッグデータ、AI等は、社会的課題の効率的、効果的な解決手段であり、人口減少・高齢化の進展及びそれに伴う経済の低迷といった課題が特に山積している", 65.18, 216.2, 801.84, 226.2, 10],
        ["地域においては、ICTの利活用による社会的課題の解決及び地域活性化が必要。しかしながら、地域情報化の推進に際しては、依然として人材不足等の課題があるこ", 65.18, 230.45, 802.22, 240.45, 10],
        ["とから、それらの課題を解決する取組を進める。", 65.18, 244.7, 285.1, 254.7, 10],
        ["〈概要〉", 56.68, 262.26, 98.68, 272.76, 10.5],
        ["・ICTに関する専門的な知見やノウハウを有する専門家である「地域情報化アドバイザー」を派遣し、助言等を実施。", 65.18, 278.45, 594.31, 288.45, 10],
        ["・自治体CIO等が最先端技術(AI、RPA、IoT、5G等)を活用し、業務の効率化や地域課題の解決に資する教材の開発等を実施。", 65.18, 292.7, 634.93, 302.7, 10],
        ["・地方総合通信局が管内の地方公共団体等とも連携し、ウィズ・コロナ、ポスト・コロナ社会に対応した地域におけるきめ細かなICTの効果的・効率的な利活用を促", 65.18, 306.95, 804.23, 316.95, 10],
        ["進。", 77.18, 321.2, 97.17, 331.2, 10],
        ["〈期待される効果〉", 56.68, 338.76, 151.18, 349.26, 10.5],
        ["地域情報化の推進に向けた普及啓発活動や、ICTに関する専門的な人材の派遣・育成を通じ、社会的課題の解決や地域活性化を実現する。", 65.18, 354.95, 682.27, 364.95, 10],
        ["予算額", 67.57, 375.95, 97.56, 385.95, 10],
        ["令和3年度当初一般会計 本省:120百万円/地方:30百万円", 112.7, 375.95, 363.35, 385.95, 10],
        ["担当", 64.51, 403.08, 82.51, 412.08, 9],
        ["総務省地域通信振興課(電話:03-5253-5756)", 64.51, 415.83, 260.46, 424.83, 9],
        ["未来技術関連施策集(令和3年度)", 675.18, 556.52, 807.87, 565.02, 8.5],
        ["5", 418.16, 564.33, 423.72, 573.33, 9],
      ],
      [
        ["医療・教育分野での未来技術の活用", 663.45, 4.52, 799.38, 13.02, 8.5],
        ["令和3年3月31日", 744.39, 52.52, 807.88, 61.02, 8.5],
        ["医療・介護・健康データ利活用基盤高度化事業", 69.01, 75.07, 299.85, 86.07, 10.99],
        ["分野", 72.57, 96.95, 92.57, 106.95, 10],
        ["医療・教育分野での未来技術の活用", 112.7, 96.95, 272.64, 106.95, 10],
        ["関連計画", 62.58, 116.45, 102.56, 126.45, 10],
        ["横2-1-(2)-vi", 112.7, 116.45, 165.72, 126.45, 10],
        ["〈特徴・ポイント〉", 56.68, 137.76, 151.18, 148.26, 10.5],
        ["医療等分野における先導的なICT利活用(8K等高精細映像データの利活用、高度な遠隔医療の実現に必要なネットワーク、認知症対応型AI・IoTシステム)の研究に取", 65.18, 153.95, 799.87, 163.95, 10],
        ["り組む。", 65.18, 168.2, 105.17, 178.2, 10],
        ["〈目的〉", 56.68, 185.76, 98.68, 196.26, 10.5],
        ["医者や患者等が安心できる適切なオンライン診療の普及を推進するとともに、医療サービスの担い手不足、高齢者の安全・安心の確保や健康の向上などの課題を抱え", 65.18, 201.95, 804.89, 211.95, 10],
        ["る各地域・地方公共団体において5G、4K・8K映像を活用した遠隔医療などの取組を地域の実情に応じて実装・推進していくことにより、医療機関の少ない地方にお", 65.18, 216.2, 805.68, 226.2, 10],
        ["ける専門的な医療の充実を図る。", 65.18, 230.45, 215.12, 240.45, 10],
        ["〈概要〉", 56.68, 248.01, 98.68, 258.51, 10.5],
        ["・5G、4K・8Kなどの通信・放送技術の活用を見据えた遠隔医療を推進するため、遠隔医療モデルの構築等に向けた取組及び研究開発を実施する。", 65.18, 264.2, 727.72, 274.2, 10],
        ["・① 8K等高精細映像データ利活用研究事業", 65.18, 278.45, 263.4, 288.45, 10],
        ["・② 高度遠隔医療ネットワーク研究事業", 65.18, 292.7, 250.01, 302.7, 10],
        ["・③ 認知症対応型AI・IoTシステム研究推進事業", 65.18, 306.95, 286.95, 316.95, 10],
        ["〈期待される効果〉", 56.68, 324.51, 151.18, 335.01, 10.5],
        ["医療機関の少ない地方における専門的な医療の充実を図る。", 65.18, 340.7, 335.08, 350.7, 10],
        ["予算額", 67.57, 361.7, 97.56, 371.7, 10],
        ["令和3年度当初一般会計 500百万円", 112.7, 361.7, 270.27, 371.7, 10],
        ["担当", 64.51, 388.83, 82.51, 397.83, 9],
        ["総務省情報流通高度化推進室(電話:03-5253-5751)", 64.51, 401.58, 287.46, 410.58, 9],
        ["未来技術関連施策集(令和3年度)", 675.18, 556.52, 807.87, 565.02, 8.5],
        ["6", 418.16, 564.33, 423.72, 573.33, 9],
      ],
      [
        ["公共・社会基盤分野での未来技術の活用", 646.45, 4.52, 799.38, 13.02, 8.5],
        ["令和3年3月31日", 744.39, 52.52, 807.88, 61.02, 8.5],
        ["データ連携促進型スマートシティ推進事業", 69.01, 75.07, 277.87, 86.07, 10.99],
        ["分野", 72.57, 96.95, 92.57, 106.95, 10],
        ["公共・社会基盤分野での未来技術の活用", 112.7, 96.95, 292.63, 106.95, 10],
        ["関連計画", 62.58, 116.45, 102.56, 126.45, 10],
        ["横2-1-(2)-ix", 112.7, 116.45, 165.58, 126.45, 10],
        ["〈特徴・ポイント〉", 56.68, 137.76, 151.18, 148.26, 10.5],
        ["・データ連携促進型スマートシティを構築しようとする地方公共団体や民間事業者等の初期投資等にかかる経費(データ連携基盤構築費等)を補助する。", 65.18, 153.95, 744.23, 163.95, 10],
        ["・国土交通省をはじめとする関係府省共同で公募・審査を実施するなど、政府一体となってスマートシティの推進に取り組む。", 65.18, 168.2, 636.96, 178.2, 10],
        ["〈目的〉", 56.68, 185.76, 98.68, 196.26, 10.5],
        ["分野横断的な連携を可能とする相互運用性・拡張性、セキュリティが確保された都市OS(データ連携基盤)の導入を促進することにより、都市OSを活用した多様なサ", 65.18, 201.95, 800.49, 211.95, 10],
        ["ービスが提供されるスマートシティの実現を関係府省と一体となって推進することで、地域が抱える様々な課題の解決に寄与する。", 65.18, 216.2, 654.95, 226.2, 10],
        ["〈概要〉", 56.68, 233.76, 98.68, 244.26, 10.5],
        ["データ連携促進型スマートシティを構築しようとする地方公共団体等の初期投資等にかかる経費(データ連携基盤構築費等)を補助する。", 65.18, 250.7, 672.25, 260.7, 10],
        ["〈期待される効果〉", 56.68, 267.51, 151.18, 278.01, 10.5],
        ["相互運用性及び拡張性が確保されたデータ連携促進型スマートシティが各地で実現されることで、都市間及び分野横断的なデータ連携が促進され、地域が抱える課題", 65.18, 284.45, 804.89, 294.45, 10],
        ["の解決や地方創生等に寄与することができる。", 65.18, 298.7, 275.1, 308.7, 10],
        ["予算額", 67.57, 326.45, 97.56, 336.45, 10],
        ["令和2年度3次補正一般会計 107百万円", 112.7, 318.95, 286.44, 328.95, 10],
        ["令和3年度当初一般会計 583百万円", 112.7, 333.2, 270.27, 343.2, 10],
        ["担当", 64.51, 360.33, 82.51, 369.33, 9],
        ["総務省地域通信振興課(電話:03-5253-5758)", 64.51, 373.08, 260.46, 382.08, 9],
        ["未来技術関連施策集(令和3年度)", 675.18, 556.52, 807.87, 565.02, 8.5],
        ["7", 418.16, 564.33, 423.72, 573.33, 9],
      ],
    ];
    const { records } = readText(pages, 841.92, 594.96);
    expect(records.slice(0, 2).map((r) => [r.name, r.offices.map((o) => [o.name, o.phones])])).toEqual([
      ['携帯電話等エリア整備事業', [['総務省移動通信課', ['03-5253-5894']]]],
      ['課題解決型ローカル5G等の実現に向けた開発実証', [['総務省地域通信振興課', ['03-5253-5758']], ['総務省移動通信課', ['03-5253-5896']]]],
    ]);
    expect(records.flatMap((r) => Object.keys(r.sections))).not.toContain('総務省移動通信課(電話');
  });

  it("takes no heading the vocabulary knows to stop a section (「条件(対象者、対象行為、補助率等)」 over a PR sheet's terms) for a record's title", () => {
    const pages: ReadLine[][] = [
      [
        ["令和5年度補正予算", 317.38, 196.38, 524.5, 220.38, 24],
        ["事業PR資料", 357.71, 232.38, 484.17, 256.38, 24],
        ["令和5年11月29日", 363.93, 395.68, 477.96, 409.68, 13.99],
        ["経 済 産 業 省", 354.68, 455.91, 478.7, 473.91, 18],
      ],
      [
        ["I.地域経済の底上げと中小企業の生産性向上", 189.98, 266.39, 651.9, 288.39, 22],
      ],
      [
        ["令和5年11月29日", 48.19, 9.77, 117.43, 18.27, 8.5],
        ["令和5年度補正予算", 717.54, 9.77, 790.86, 18.27, 8.5],
        ["1 地域中核企業成長投資促進事業", 57.04, 23.93, 231.41, 35.09, 11.16],
        ["連絡先:地域経済産業グループ地域企業高度化推進課(TEL:03-3580-0101)", 576.42, 41.11, 790.86, 47.23, 6.12],
        ["補正予算額", 58.01, 54.73, 92.18, 61.57, 6.84],
        ["令和5年度補正予算額 42.5億円", 105.06, 54.73, 201.08, 61.57, 6.84],
        ["事業目的・概要", 230.78, 72.73, 278.61, 79.57, 6.84],
        ["成果目標", 611.99, 72.73, 639.32, 79.57, 6.84],
        ["・地域経済を牽引する中核企業が、設備の更新や新製品の量産体制の構築に踏み出せるよう、投資の初期負担を軽減します。", 52, 86.23, 435.97, 93.07, 6.84],
        ["・あわせて、地域の金融機関や支援機関と連携し、投資計画の策定から販路開拓までを一体的に支援します。", 52, 95.98, 388.14, 102.82, 6.84],
        ["本事業の支援先の付加価値額を、事業終了後3年以内に平均15%以上増加させることを目指します。", 464.25, 86.23, 769.92, 93.07, 6.84],
        ["条件(対象者、対象行為、補助率等)", 53.02, 113.98, 169.17, 120.82, 6.84],
        ["補助対象:地域未来投資促進法の承認を受けた中堅・中小企業", 53.02, 125.23, 244.32, 132.07, 6.84],
        ["補助率:1/2(小規模事業者は2/3)", 53.02, 135.73, 165.89, 142.57, 6.84],
        ["事業期間:令和5年度〜令和7年度", 53.02, 146.98, 157.28, 153.82, 6.84],
        ["事業スキーム", 48.19, 163.48, 89.19, 170.32, 6.84],
        ["国", 53.02, 177.73, 59.86, 184.57, 6.84],
        ["(補助)", 68.75, 174.93, 91.78, 180.69, 5.76],
        ["⇒", 78.13, 183.18, 82.39, 188.94, 5.76],
        ["民間事業者等", 100.68, 177.73, 141.68, 184.57, 6.84],
        ["事業イメージ", 53.02, 199.48, 94.02, 206.32, 6.84],
        ["設備投資", 59.88, 214.36, 84.35, 220.48, 6.12],
        ["▶", 95.3, 214.36, 101.42, 220.48, 6.12],
        ["量産体制の構築", 112.36, 214.36, 155.18, 220.48, 6.12],
        ["▶", 166.12, 214.36, 172.24, 220.48, 6.12],
        ["販路開拓", 183.19, 214.36, 207.66, 220.48, 6.12],
        ["2 事業承継・引継ぎ円滑化支援事業", 57.04, 296.18, 242.57, 307.34, 11.16],
        ["連絡先:中小企業庁事業環境部 財務課(TEL:03-3580-0322)", 617.59, 313.36, 790.86, 319.48, 6.12],
        ["補正予算額", 58.01, 327.73, 92.18, 334.57, 6.84],
        ["令和5年度補正予算額 25.6億円", 105.06, 327.73, 201.08, 334.57, 6.84],
        ["事業目的・概要", 265.98, 344.98, 313.81, 351.82, 6.84],
        ["成果目標", 647.19, 344.98, 674.53, 351.82, 6.84],
        ["後継者不在の中小企業が、親族内承継や第三者への引継ぎを円滑に進められるよう、専門家の活用や承継後の経営革新にかかる経費を補助します。", 52, 358.48, 502.92, 365.32, 6.84],
        ["・事業承継・引継ぎの成約件数を年間2,000件以上とすることを目指します。", 534.67, 358.48, 773.69, 365.32, 6.84],
        ["・承継後5年以内の廃業率を10%未満に抑えます。", 534.67, 368.23, 691.41, 375.07, 6.84],
        ["条件(対象者、対象行為、補助率等)", 53.02, 386.23, 169.17, 393.07, 6.84],
        ["補助対象:事業承継を行う中小企業・小規模事業者", 53.02, 397.48, 210.16, 404.32, 6.84],
        ["補助率:1/2〜2/3", 53.02, 407.98, 111.23, 414.82, 6.84],
        ["事業期間:令和5年度〜令和8年度", 53.02, 419.23, 157.28, 426.07, 6.84],
        ["事業スキーム", 48.19, 435.73, 89.19, 442.57, 6.84],
        ["国", 53.02, 449.98, 59.86, 456.82, 6.84],
        ["(定額補助)", 68.75, 447.18, 103.28, 452.94, 5.76],
        ["⇒", 83.88, 455.43, 88.15, 461.19, 5.76],
        ["事務局", 112.18, 449.98, 132.69, 456.82, 6.84],
        ["(補助)", 141.59, 447.18, 164.61, 452.94, 5.76],
        ["⇒", 150.96, 455.43, 155.22, 461.19, 5.76],
        ["中小企業等", 173.51, 449.98, 207.68, 456.82, 6.84],
        ["事業イメージ", 53.02, 472.48, 94.02, 479.32, 6.84],
        ["専門家活用", 59.88, 486.61, 90.47, 492.73, 6.12],
        ["▶", 101.41, 486.61, 107.53, 492.73, 6.12],
        ["経営革新", 118.48, 486.61, 142.95, 492.73, 6.12],
        ["▶", 153.89, 486.61, 160.01, 492.73, 6.12],
        ["M&A", 170.95, 486.61, 184.62, 492.73, 6.12],
        ["令和5年度補正予算 事業PR資料", 48.19, 567.77, 168.57, 576.27, 8.5],
        ["令和5年度補正予算", 717.54, 567.77, 790.86, 576.27, 8.5],
        ["P.3", 777.22, 570.33, 790.86, 579.33, 9],
      ],
      [
        ["令和5年11月29日", 48.19, 9.77, 117.43, 18.27, 8.5],
        ["令和5年度補正予算", 717.54, 9.77, 790.86, 18.27, 8.5],
        ["3 中小企業デジタル人材育成加速化事業", 60.52, 24.61, 349.14, 40.11, 15.49],
        ["連絡先:商務情報政策局情報技術利用促進課(TEL:03-3580-0548)", 527.02, 48.77, 790.86, 57.27, 8.5],
        ["補正予算額", 61.68, 68.14, 109.14, 77.64, 9.49],
        ["令和5年度補正予算額 12.8億円", 126.88, 68.14, 260.28, 77.64, 9.49],
        ["事業目的・概要", 275.19, 91.39, 341.64, 100.89, 9.49],
        ["成果目標", 660.4, 91.39, 698.37, 100.89, 9.49],
        ["中小企業の従業員が、業務のデジタル化に必要な知識と技能を身につけられるよう、地域の教育機関と連携した実践的", 53.18, 110.14, 556.27, 119.64, 9.49],
        ["な講座を全国で実施します。", 53.18, 123.64, 176.58, 133.14, 9.49],
        ["講座の修了者を3年間で延べ3万人とすることを目", 572.89, 110.14, 784.19, 119.64, 9.49],
        ["指します。", 572.89, 123.64, 620.36, 133.14, 9.49],
        ["条件(対象者、対象行為、補助率等)", 54.6, 148.39, 215.97, 157.89, 9.49],
        ["補助対象:民間事業者等(委託先)", 54.6, 163.39, 206.48, 172.89, 9.49],
        ["補助率:委託", 54.6, 178.39, 111.55, 187.89, 9.49],
        ["事業期間:令和5年度〜令和7年度", 54.6, 193.39, 199.45, 202.89, 9.49],
        ["事業スキーム", 48.19, 216.64, 105.14, 226.14, 9.49],
        ["(委託)", 76.16, 231.46, 108.13, 239.46, 7.99],
        ["⇒", 89.18, 242.71, 95.1, 250.71, 7.99],
        ["国", 54.6, 236.14, 64.09, 245.64, 9.49],
        ["民間事業者等", 120.2, 236.14, 177.16, 245.64, 9.49],
        ["事業イメージ", 54.6, 266.89, 111.55, 276.39, 9.49],
        ["実践講座", 63.84, 287.27, 97.83, 295.77, 8.5],
        ["▶", 112.73, 287.27, 121.23, 295.77, 8.5],
        ["教育機関連携", 136.14, 287.27, 187.11, 295.77, 8.5],
        ["▶", 202.02, 287.27, 210.52, 295.77, 8.5],
        ["デジタル化", 225.42, 287.27, 267.9, 295.77, 8.5],
        ["令和5年度補正予算 事業PR資料", 48.19, 567.77, 168.57, 576.27, 8.5],
        ["令和5年度補正予算", 717.54, 567.77, 790.86, 576.27, 8.5],
        ["P.4", 777.22, 570.33, 790.86, 579.33, 9],
      ],
    ];
    const { records } = readText(pages, 841.92, 594.96);
    expect(records.map((r) => r.name)).toEqual(['地域中核企業成長投資促進事業', '事業承継・引継ぎ円滑化支援事業', '中小企業デジタル人材育成加速化事業']);
    expect(records[2]!.sections['補助率']).toBe('委託');
  });
});

describe('a measure printed with its text alone', () => {
  it("reads a measure under its 施策名 cell whose text is a sentence or two, no label, no budget, as a record; a contents page under a 施策名 header as none", () => {
    const measure = (name: string, body: ReadLine[]): ReadLine[] => [['施策名', 404, 64, 431, 73, 9], [name, 56, 80, 56 + 12 * [...name].length, 92, 12], ...body];
    const set = readText(
      [
        [['目次', 56, 40, 84, 54, 14], ['施策名', 380, 80, 410, 90, 10], ['ページ', 700, 80, 730, 90, 10], ['マイナンバーカードの普及・利活用の促進', 56, 100, 246, 110, 10], ['2', 700, 100, 705, 110, 10], ['ローカル5Gの周波数帯拡充に向けた制度整備', 56, 114, 266, 124, 10], ['3', 700, 114, 705, 124, 10], ['地域おこし協力隊の拡充', 56, 128, 166, 138, 10], ['4', 700, 128, 705, 138, 10]],
        measure('マイナンバーカードの普及・利活用の促進', [['・マイナンバーカードの普及とマイナンバーの利活用の促進に関する方針に基づき、カードの普及を進める', 56, 110, 556, 120, 10], ['【予算】', 404, 150, 444, 160, 10], ['個人番号カード交付事業費補助金841.1億円(元年度150.0億円)', 56, 170, 346, 180, 10]]),
        measure('ローカル5Gの周波数帯拡充に向けた制度整備', [['ローカル5Gは、28.2〜28.3GHzの100MHz幅について、2019年12月に制度整備を予定している。さらなる利活用を推し進めるべく、使用する周波数帯を4.6〜', 56, 110, 786, 120, 10], ['4.8GHz及び28.3〜29.1GHzに拡充するため、情報通信審議会において技術的条件の検討を行い、2020年中に制度化を行う。', 56, 124, 626, 134, 10]]),
        measure('地域おこし協力隊の拡充', [['・地域おこし協力隊の隊員数を増やし、任期終了後の定住を支援', 56, 110, 356, 120, 10], ['【予算】', 404, 150, 444, 160, 10], ['地域おこし協力隊推進事業2.1億円(元年度1.6億円)', 56, 170, 296, 180, 10]]),
      ],
      842,
      595,
    );
    expect(set.records.map((r) => [r.name, r.source.pages])).toEqual([
      ['マイナンバーカードの普及・利活用の促進', [2]],
      ['ローカル5Gの周波数帯拡充に向けた制度整備', [3]],
      ['地域おこし協力隊の拡充', [4]],
    ]);
  });
});

describe("titles in the text's size with the office on their row", () => {
  it("reads a title set a little larger than the text, its office and contact at the row's right end, over a header row of labels, as a record on every page whatever its scale", () => {
    // A FY2021 施策集 rendering (rand31 r3131-14): 「1．携帯電話等エリア整備事業」 at 11 pt over text of 10.6, each page scaled on its own.
    const set = readText(
      [
      [
        ['1.携帯電話等エリア整備事業', 59, 59, 210, 70, 11.04],
        ['総務省移動通信課', 710, 61, 788, 70, 9.66],
        ['03-5253-5894', 720, 73, 788, 83, 9.66],
        ['subsidy.section@ml.soumu.go.jp', 641, 86, 788, 96, 9.66],
        ['政策の分野', 164, 106, 217, 117, 10.57],
        ['総合戦略該当箇所', 367, 106, 452, 117, 10.57],
        ['予算', 629, 106, 651, 117, 10.57],
        ['5Gなどの情報通信基盤の早期整備', 53, 126, 215, 136, 10.57],
        ['横2-1-(1)-i', 337, 126, 388, 136, 10.57],
        ['令和3年度当初一般会計 1,514百万円', 491, 126, 667, 136, 10.57],
        ['特徴・ポイント:・道路や観光地等の非居住エリアの圏外解消のため、地方公共団体等が', 48, 147, 790, 158, 10.57],
        ['を行う。', 145, 162, 188, 173, 10.57],
        ['・また、都市と地方で隔たりなく5G基地局が整備されるよう、無線通信事業者が条件不', 133, 177, 788, 188, 10.57],
        ['を行う。', 145, 192, 188, 203, 10.57],
        ['・1者単独整備よりも、複数者共同整備の場合に補助率を有利にすることで、インフラシ', 133, 207, 786, 218, 10.57],
        ['目的:携帯電話サービスは国民生活に不可欠なサービスとなっているが、地理的条件や事', 48, 224, 788, 235, 10.57],
        ['域や5G等の高度化サービスが利用できない地域がある。このような地域において携帯電', 80, 239, 786, 250, 10.57],
        ['高度化サービスの普及を促進することにより、電波の利用に関する不均衡を緩和し、電波', 80, 254, 630, 265, 10.57],
        ['概要:地理的に条件不利な地域(過疎地、辺地、離島、半島など)において、地方公共団', 48, 271, 785, 282, 10.57],
        ['イバ等)を整備する場合や、無線通信事業者が高度化施設(5G等の無線設備等)や基地', 80, 286, 792, 297, 10.57],
        ['費用の一部を補助する。', 80, 301, 196, 312, 10.57],
      ],
      [
        ['3.医療・介護・健康データ利活用基盤高度化事業', 61, 58, 332, 70, 12],
        ['総務省情報流通高度化推進室', 651, 61, 787, 72, 10.5],
        ['03-5253-5751', 714, 76, 787, 86, 10.5],
        ['healthcare-ict@ml.soumu.go.jp', 635, 89, 787, 100, 10.5],
        ['政策の分野', 168, 110, 226, 121, 11.5],
        ['総合戦略該当箇所', 377, 110, 469, 121, 11.5],
        ['予算', 635, 110, 658, 121, 11.5],
        ['医療・教育分野での未来技術の活用', 53, 131, 237, 142, 11.5],
        ['横2-1-(2)-vi', 350, 131, 412, 142, 11.5],
        ['令和3年度当初一般会計 500百万円', 505, 131, 687, 142, 11.5],
        ['特徴・ポイント:医療等分野における先導的なICT利活用(8K等高精細映像データの', 48, 155, 786, 166, 11.5],
        ['症対応型AI・IoTシステム)の研究に取り組む。', 140, 171, 379, 183, 11.5],
        ['目的:医者や患者等が安心できる適切なオンライン診療の普及を推進するとともに、医療', 48, 189, 784, 201, 11.5],
        ['健康の向上などの課題を抱える各地域・地方公共団体において5G、4K・8K映像を活', 83, 205, 783, 217, 11.5],
        ['装・推進していくことにより、医療機関の少ない地方における専門的な医療の充実を図る', 83, 222, 554, 233, 11.5],
        ['概要:・5G、4K・8Kなどの通信・放送技術の活用を見据えた遠隔医療を推進するた', 48, 240, 785, 251, 11.5],
        ['実施する。', 96, 256, 154, 268, 11.5],
        ['・① 8K等高精細映像データ利活用研究事業', 83, 273, 310, 284, 11.5],
        ['・② 高度遠隔医療ネットワーク研究事業', 83, 289, 295, 301, 11.5],
        ['・③ 認知症対応型AI・IoTシステム研究推進事業', 83, 305, 334, 316, 11.5],
        ['期待される効果:医療機関の少ない地方における専門的な医療の充実を図る。', 48, 323, 451, 334, 11.5],
      ],
      [
        ['5.テレワーク普及展開推進事業', 59, 58, 206, 68, 10.08],
        ['総務省情報流通高度化推進室', 674, 61, 788, 70, 8.81],
        ['03-5252-5751', 726, 72, 788, 81, 8.81],
        ['telework@ml.soumu.go.jp', 682, 84, 788, 93, 8.81],
        ['政策の分野', 156, 101, 204, 111, 9.65],
        ['総合戦略該当箇所', 356, 101, 433, 111, 9.65],
        ['予算', 626, 101, 645, 111, 9.65],
        ['生活分野での未来技術の活用', 53, 120, 178, 129, 9.65],
        ['横2-1-(2)-vii', 315, 120, 369, 129, 9.65],
        ['令和3年度当初一般会計 258百万円', 482, 120, 634, 129, 9.65],
        ['特徴・ポイント:・テレワークは、働き方改革のみならず、新型コロナウイルス感染症対', 48, 139, 532, 149, 9.65],
        ['・専門家による無料相談等、中小企業等を対象としたテレワーク導入支援の取組を実施。', 125, 153, 513, 162, 9.65],
        ['目的:ICTを利用し、時間や場所を有効に活用できるテレワークは、働き方改革の観点', 48, 169, 787, 178, 9.65],
        ['ークの更なる推進及び全国的な定着に向け、普及啓発及び導入支援を実施。', 77, 182, 405, 192, 9.65],
        ['概要:・テレワークの全国的な定着に向け、「テレワーク・デイズ」等の広報を通じたテ', 48, 197, 788, 207, 9.65],
        ['実施。', 89, 211, 118, 220, 9.65],
        ['・中小企業を支援する団体と連携した「テレワーク・サポートネットワーク」による地域', 77, 225, 790, 234, 9.65],
        ['たシステム・情報セキュリティ等に関する相談対応により、企業等のテレワーク導入を支', 89, 238, 494, 248, 9.65],
        ['期待される効果:・テレワークで柔軟な働き方が可能になることにより、介護・育児従事', 48, 253, 629, 263, 9.65],
        ['・テレワークを全国的に普及・定着させ、場所の制約を受けずに働くことができることに', 125, 267, 638, 276, 9.65],
      ],
      ],
      842,
      595,
      2,
    );
    expect(set.records.map((r) => [r.name, r.offices.map((o) => o.name), r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['携帯電話等エリア整備事業', ['総務省移動通信課'], [[2021, 'initial', 1_514_000_000]]],
      ['医療・介護・健康データ利活用基盤高度化事業', ['総務省情報流通高度化推進室'], [[2021, 'initial', 500_000_000]]],
      ['テレワーク普及展開推進事業', ['総務省情報流通高度化推進室'], [[2021, 'initial', 258_000_000]]],
    ]);
  });
});

describe('a short scan of one project', () => {
  it("reads the one project of a three-page scan whose title OCR read with a speck before it (「。(1)伝統的…」) as its record: no sentence ends before a name", () => {
    // A 事業PR資料 rendering's scan (rand32 r3232-5-scan): cover, a chapter's divider, one project's sheet.
    const set = readScan(
      [
        [['令和5年度補正予算', 382, 176, 587, 222, 45.84], ['事業PR資料', 422, 210, 546, 256, 45.6], ['令和5年11月29日', 428, 366, 540, 384, 17.04], ['経済産業省', 420, 421, 542, 445, 24]],
        [['1.地域経済の底上げと中小企業の生産性向上', 263, 249, 713, 277, 27.6]],
        [
          ['。(1)伝統的工芸品産地基盤強化事業', 27, 71, 264, 96, 24.48], ['連絡先:製造産業局生活製品室(03-3580-0435)', 27, 99, 250, 111, 12.72], ['金事業目的・概要', 27, 117, 110, 127, 9.36],
          ['伝統的工芸品の産地で、原材料の確保や道具の製作を担う事業者が減っていることを踏まえ、産地の生産基盤を維持するための取組を支援します。', 36, 133, 688, 147, 13.44],
          ['金成果目標', 27, 150, 80, 164, 14.16], ['支援した産地の従事者数の減少率を、過去5年平均の半分以下に抑えることを目指します。', 36, 167, 434, 181, 13.68],
          ['条件(対象者、対象行為、補助率等)', 34, 189, 198, 203, 13.92], ['補助対象:伝統的工芸品産業振興協会、産地組合等', 34, 204, 262, 219, 14.16], ['補助率:定額、1/2', 34, 221, 120, 235, 13.92],
          ['事業期間:令和5年度〜令和7年度', 34, 237, 185, 250, 13.44], ['事業スキーム', 27, 259, 86, 273, 13.68], ['国', 34, 282, 42, 291, 8.64], ['(補助)', 61, 277, 84, 285, 7.44], ['産地組合等', 102, 282, 150, 291, 9.12],
          ['補正予算額', 27, 428, 82, 437, 8.88], ['令和5年度補正予算額', 94, 428, 184, 442, 13.44], ['6.2億円', 152, 446, 183, 455, 8.64],
        ],
      ],
      969,
      555,
    );
    expect(set.records.map((r) => [r.number, r.name, r.offices.map((o) => o.name), r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['1', '伝統的工芸品産地基盤強化事業', ['製造産業局生活製品室'], [[2023, 'supplementary', 620_000_000]]],
    ]);
  });
});

describe('a label wrapped in its cell beside a value numbered as the titles are', () => {
  it("reads 「①デジタル実装による…」 beside 「総合戦略と」 / 「の関係」 as that label's value, not a record numbered as the titles (「① サテライトオフィス…」) are", () => {
    // A デジ田 施策集 rendering (rand30 r3030-19): each record's 総合戦略との関係 names the strategy's pillar, numbered as the titles are.
    const set = readText(
      [
        [
          ['令和5年度予算(案)', 31, 24, 113, 33, 8.5],
          ['総務省', 541, 24, 567, 33, 8.5],
          ['① サテライトオフィスのマッチング支援', 44, 47, 272, 59, 12.49],
          ['自治行政局地域自立応援課', 453, 50, 561, 59, 9],
          ['区分', 56, 71, 76, 81, 10],
          ['①予算', 104, 71, 134, 81, 10],
          ['総合戦略と', 41, 90, 91, 100, 10],
          ['の関係', 51, 104, 81, 114, 10],
          ['①デジタル実装による地方の社会課題解決・魅力向上', 104, 90, 344, 100, 10],
          ['施策効果の詳細', 125, 128, 195, 138, 10],
          ['目的', 417, 128, 437, 138, 10],
          ['サテライトオフィスの誘致・開設を促進することを目', 36, 148, 276, 158, 10],
          ['的として、「サテライトオフィス・マッチングセミナ', 36, 162, 271, 172, 10],
          ['ー」を開催し、地方へのヒト・情報の流れの創出を更', 36, 176, 276, 186, 10],
          ['に加速させる。', 36, 191, 106, 201, 10],
          ['コロナ禍の中、テレワークやサテライトオフィスについて', 293, 148, 552, 158, 10],
          ['注目されていることを踏まえ、地方公共団体と企業とのマ', 293, 162, 552, 172, 10],
          ['ッチング機会を設け、サテライトオフィスの誘致・開設を', 293, 176, 552, 186, 10],
          ['更に促進させる。', 293, 191, 372, 201, 10],
          ['概要', 289, 215, 309, 225, 10],
          ['サテライトオフィスの開設に関心のある都市部の民間企業とサテラ', 36, 235, 556, 245, 10],
          ['マッチングの機会を提供するため、サテライトオフィス・マッチン', 36, 249, 416, 259, 10],
          ['予算額', 51, 283, 81, 293, 10],
          ['令和5年度予算(案)', 111, 275, 202, 285, 9.49],
          ['10百万円', 162, 292, 202, 301, 9.49],
          ['令和4年度予算', 214, 275, 277, 285, 9.49],
          ['10百万円', 237, 292, 277, 301, 9.49],
        ],
        [
          ['令和5年度予算(案)', 31, 24, 113, 33, 8.5],
          ['総務省', 541, 24, 567, 33, 8.5],
          ['② 特定地域づくり事業の推進', 44, 47, 210, 59, 12.49],
          ['自治行政局地域振興室', 471, 50, 561, 59, 9],
          ['区分', 56, 71, 76, 81, 10],
          ['①予算', 104, 71, 134, 81, 10],
          ['総合戦略と', 41, 90, 91, 100, 10],
          ['の関係', 51, 104, 81, 114, 10],
          ['①デジタル実装による地方の社会課題解決・魅力向上', 104, 90, 344, 100, 10],
          ['施策効果の詳細', 114, 128, 184, 138, 10],
          ['目的', 407, 128, 427, 138, 10],
          ['地域社会及び地域経済の重要な担い手である地域', 36, 148, 256, 158, 10],
          ['づくり人材について、地域一体となった多様な形', 36, 162, 256, 172, 10],
          ['態での人材確保等の取り組みを総合的に支援し、', 36, 176, 256, 186, 10],
          ['その活躍による地域社会の維持及び地域経済の活', 36, 191, 256, 201, 10],
          ['性化を図る。', 36, 205, 96, 215, 10],
          ['地域人口の急減に直面している地域において、地域社会及び地域', 271, 148, 561, 158, 10],
          ['経済の重要な担い手である地域づくり人材が安心して活躍できる', 271, 162, 561, 172, 10],
          ['環境の整備を行い、地域づくり人材の確保及びその活躍の推進を', 271, 176, 561, 186, 10],
          ['図り、もって地域社会の維持及び地域経済の活性化に資すること', 271, 191, 561, 201, 10],
          ['を目的とする。', 271, 205, 341, 215, 10],
          ['概要', 289, 230, 309, 240, 10],
          ['地域人口の急減に直面している地域においては、農林水産業、商工', 36, 249, 556, 259, 10],
          ['対処する必要があることから、特定地域づくり事業協同組合が域内', 36, 263, 556, 273, 10],
          ['等により、地域社会の維持・地域経済の活性化を図り、地域づくり', 36, 277, 556, 287, 10],
          ['る。', 36, 291, 56, 301, 10],
          ['令和5年度予算(案)', 111, 317, 190, 327, 9.49],
          ['令和4年度予算', 202, 317, 265, 327, 9.49],
          ['予算額', 51, 326, 81, 336, 10],
          ['560百万円', 144, 334, 190, 343, 9.49],
          ['500百万円', 219, 334, 265, 343, 9.49],
        ],
      ],
      595,
      842,
      3,
    );
    expect(set.records.map((r) => [r.number, r.name, r.strategy_refs])).toEqual([
      ['①', 'サテライトオフィスのマッチング支援', ['①デジタル実装による地方の社会課題解決・魅力向上']],
      ['②', '特定地域づくり事業の推進', ['①デジタル実装による地方の社会課題解決・魅力向上']],
    ]);
  });
});

describe('an office printed as large as the titles', () => {
  it('reads the office right under a title, printed (or scanned) as large as the titles, as the record\'s office, no title of its own', () => {
    // Two pages of a scanned 施策集 as OCR read them: its last record's title and office read larger than the others'.
    const pages: ReadLine[][] = [
      [
        ['総務省', 44, 25, 69, 33, 7.4], ['(1)デジタル田園都市国家構想事業費(仮称)', 57, 47, 376, 69, 21.8], ['自治財政局財政課', 736, 71, 807, 85, 13.4],
        ['施策の種別: ③その他', 44, 89, 144, 102, 13.4], ['予算額:-', 45, 120, 107, 134, 13.7], ['概要', 415, 213, 434, 222, 9.1],
        ['令和5年度において、地方財政計画の歳出にデジタル田園都市国家構想事業費(仮称) 1兆2,500億円を計上し、その内訳として、地方創生推進費(仮称) 1兆円及び地', 50, 231, 795, 245, 14.2],
        ['域デジタル社会推進費2,500億円を計上。', 49, 246, 229, 259, 13.9], ['(2)地域おこし協力隊', 57, 283, 208, 304, 20.2], ['自治行政局地域自立応援課', 700, 308, 806, 321, 13.0],
        ['施策の種別: ①予算', 44, 325, 134, 339, 13.9], ['予算額:令和5年度予算(案) : 208百万円', 45, 357, 245, 371, 13.7], ['概要', 415, 463, 434, 472, 9.1],
        ['強力なPR活動、現役隊員・自治体職員双方へのサポートの拡充等の取組により地域おこし協力隊を更に強化し、地方への新たな人の流れを力強く創出する。', 50, 482, 746, 495, 13.7],
      ],
      [
        ['総務和省', 42, 22, 67, 30, 7.4], ['(3)移住・交流情報ガーデン', 55, 44, 254, 66, 21.6], ['自治行政局地域自立応援課', 698, 69, 804, 80, 11.5],
        ['施策の種別: ①予算', 42, 86, 132, 99, 13.0], ['予算額:令和5年度予算(案) : 93百万円', 43, 117, 237, 130, 12.7], ['概要', 414, 224, 432, 234, 9.4],
        ['・地方自治体や関係省庁とも連携し、総合的な情報提供を実施', 51, 257, 326, 271, 13.9], ['(4)総務省統計局の移転', 42, 302, 222, 330, 27.6], ['統計局総務課', 751, 330, 805, 348, 18.5],
        ['施策の種別: ①予算', 42, 351, 132, 364, 13.7], ['予算額:一', 43, 382, 112, 396, 13.7], ['施策効果の詳細', 64, 402, 132, 415, 13.9], ['目的', 471, 403, 488, 412, 8.9],
        ['統計データ利活用の推進を行うことで地方創生を促す', 48, 421, 297, 435, 13.7], ['概要', 414, 474, 432, 484, 9.1],
        ['総務省統計局は、和歌山県の協力・受入体制の整備を前提に、和歌山県に「統計データ利活用センター」を置き、統計マイクロデータ提供等の業務を平成30年度から実', 48, 493, 798, 507, 13.7],
        ['施。また、(独)統計センターは、上記の取組について総務省統計局と密接に連携し一体的に行う。', 48, 507, 485, 521, 13.4],
      ],
    ];
    const set = readScan(pages, 850, 606);
    expect(set.records.map((r) => [r.number, r.name, r.offices.map((o) => o.name)])).toEqual([
      ['1', 'デジタル田園都市国家構想事業費(仮称)', ['自治財政局財政課']],
      ['2', '地域おこし協力隊', ['自治行政局地域自立応援課']],
      ['3', '移住・交流情報ガーデン', ['自治行政局地域自立応援課']],
      ['4', '総務省統計局の移転', ['統計局総務課']],
    ]);
  });
});

describe("a figure under its heading beside a PR sheet's sections", () => {
  it("leaves out of a section the figure's text under 「事業イメージ」 in the next column, though its first box stands a little left of the heading", () => {
    // A cover and two pages of a scanned 事業PR資料 as OCR read them, each line [text, x0, y0, x1, y1, size].
    const pages: ReadLine[][] = [
      [['令和5年度補正予算', 382, 186, 586, 209, 22.6], ['事業PR資料', 421, 221, 547, 250, 29.8], ['令和5年11月29日', 428, 367, 539, 379, 12.5], ['経済産業省', 420, 420, 541, 444, 24]],
      [
        ['地域中核企業成長投資促進事業', 51, 33, 250, 58, 25.0], ['担当', 361, 66, 383, 77, 11.0], ['令和5年度補正予算額', 761, 66, 875, 77, 11.0],
        ['地域経済産業グループ地域企業高度化推進課(TEL:03-3580-0101)', 42, 87, 406, 103, 16.1], ['42.5億円', 713, 89, 762, 99, 10.6], ['事業目的・概要', 136, 115, 218, 131, 16.6],
        ['成果目標', 406, 116, 452, 127, 10.8], ['事業イメージ', 562, 125, 632, 136, 10.8], ['〇地域経済を牽引する中核企業が、設備の更新や', 41, 137, 307, 154, 16.6],
        ['新製品の量産体制の構築に踏み出せるよう、投', 56, 155, 307, 171, 16.1], ['資の初期負担を軽減します。', 56, 171, 203, 187, 16.1],
        ['本事業の支援先の付加価値額を、事業', 323, 137, 526, 153, 15.8], ['終了後3年以内に平均15%以上増加させ', 323, 154, 534, 169, 15.4], ['ることを目指します。', 324, 171, 435, 187, 15.8],
        ['[設備投資) <量産体制の構築) < [販路開拓)', 561, 142, 826, 166, 24.2], ['事業期間', 265, 251, 311, 262, 11.0], ['令和5年度〜令和7年度', 42, 272, 163, 288, 16.3],
        ['補助率: 1/2 (小規模事業者は2/3)', 43, 337, 233, 354, 16.3],
      ],
      [
        ['伝統的工芸品産地基盤強化事業', 39, 39, 253, 63, 24], ['担当', 330, 72, 352, 83, 10.8], ['令和5年度補正予算額', 730, 72, 844, 83, 11.0],
        ['製造産業局生活製品室(TEL:03-3580-0435)', 45, 93, 289, 109, 15.4], ['6.2億円', 649, 95, 689, 105, 10.6], ['事業目的・概要', 151, 120, 234, 137, 16.6],
        ['伝統的工芸品の産地で、原材料の確保や道具の製作を', 45, 143, 330, 159, 16.3], ['担う事業者が減っていることを踏まえ、産地の生産基', 45, 160, 331, 176, 15.6],
        ['盤を維持するための取組を支援します。', 45, 177, 252, 192, 15.6], ['成果目標', 421, 122, 468, 132, 10.8], ['支援した産地の従事者数の減少率', 351, 138, 529, 159, 21.1],
        ['を、過去5年平均の半分以下に抑え', 352, 155, 536, 176, 21.4], ['ることを目指します。', 352, 171, 462, 193, 21.4], ['事業イメージ', 566, 130, 636, 145, 15.4],
        ['[原材料確保) <道具製作) < [後継者育成)', 564, 147, 818, 173, 26.2], ['事業期間', 268, 205, 314, 216, 11.0], ['令和5年度〜令和7年度', 45, 227, 166, 243, 16.1],
        ['補助率:定額、1/2', 46, 292, 150, 308, 16.3],
      ],
    ];
    const set = readScan(pages, 968, 554);
    expect(set.records.map((r) => [r.name, r.sections['成果目標']])).toEqual([
      ['地域中核企業成長投資促進事業', '本事業の支援先の付加価値額を、事業終了後3年以内に平均15%以上増加させることを目指します。'],
      ['伝統的工芸品産地基盤強化事業', '支援した産地の従事者数の減少率を、過去5年平均の半分以下に抑えることを目指します。'],
    ]);
  });
});

describe("a profile's chapter headings over most pages of a short scan", () => {
  it("numbers the records by the chapter printed over three of four pages (no furniture, though it repeats), and by one OCR ran into its number", () => {
    // Four pages of a scanned 重点施策 as OCR read them, each line [text, x0, y0, x1, y1, size].
    const chapter3 = ['3 Society 5.0を支えるICTインフラ整備', 43, 29, 248, 48, 19.2] as const;
    const pages: ReadLine[][] = [
      [
        [...chapter3], ['① 5G・光ファイバ等の全国展開支援', 283, 60, 565, 82, 22.1], ['(1)高速・大容量の無線局を支える光ファイバの整備', 43, 97, 377, 122, 25],
        ['・5G・IoT等の高度無線環境の実現に向けて、地理的に条件不利な地域において、電気通信事業者等が、高速・大容量無線局の前提となる光', 50, 126, 802, 142, 16.1],
        ['ファイバ等を整備する場合に、その事業費の一部を補助', 62, 143, 359, 159, 15.6], ['【予算】高度無線環境整備推進事業64.8億円(元年度52.5億円)', 78, 169, 424, 186, 16.6], ['12', 800, 577, 810, 584, 7.4],
      ],
      [
        [...chapter3], ['① 5G・光ファイバ等の全国展開支援', 285, 62, 567, 84, 22.1], ['(2) 5G等の携帯電話基地局の整備促進', 60, 105, 289, 124, 18.2],
        ['・鉄道トンネルや医療施設等の携帯電話の電波が届かない場所において、一般社団法人等が携帯電話等の中継施設を整備する場合に、その事', 51, 196, 806, 212, 15.8],
        ['業費の一部を補助', 62, 213, 156, 229, 16.1], ['【予算】携帯電話等エリア整備事業', 79, 239, 266, 255, 16.6], ['35.6億円(元年度31.6億円)', 192, 257, 346, 273, 16.6], ['13', 801, 579, 812, 586, 7.4],
      ],
      [
        [...chapter3], ['②ローカル5G拡充に向けた制度整備', 282, 57, 563, 80, 22.3], ['(1)ローカル5Gの周波数帯拡充に向けた制度整備', 42, 95, 353, 120, 25],
        ['・ローカル5Gは、2019年12月に制度整備を予定している。さらなる利活用を推し進めるべく、使用する周波数帯を拡充する。', 48, 124, 795, 139, 15.4], ['14', 798, 575, 809, 582, 7.4],
      ],
      [
        ['6豊かなライフスタイルに資する生活支援', 58, 38, 264, 53, 14.4], ['①遠隔医療や8K、AI等の医療分野への活用の推進', 237, 64, 617, 85, 21.6], ['(1)医療・介護・健康データ利活用基盤高度化の推進', 61, 107, 380, 126, 18.2],
        ['・医療等分野における先導的なICT利活用(8K等高精細技術の医療応用、高度な遠隔医療の実現に必要なネットワーク等の研究)を実施', 53, 215, 798, 231, 16.1],
        ['【予算】医療・介護・健康データ利活用基盤高度化事業', 81, 271, 376, 288, 16.6], ['9.1億円(元年度8.8億円)', 193, 289, 332, 305, 16.6], ['25', 802, 581, 814, 588, 7.4],
      ],
    ];
    const set = readScan(pages, 849, 604);
    expect(set.profile).toBe('soumu-juten-shisaku');
    expect(set.records.map((r) => [r.number, r.name])).toEqual([
      ['3-①-(1)', '高速・大容量の無線局を支える光ファイバの整備'],
      ['3-①-(2)', '5G等の携帯電話基地局の整備促進'],
      ['3-②-(1)', 'ローカル5Gの周波数帯拡充に向けた制度整備'],
      ['6-①-(1)', '医療・介護・健康データ利活用基盤高度化の推進'],
    ]);
  });
});

describe('budget lines whose label a scan misread beyond reading', () => {
  it("reads a budget line whose label OCR misread (「了ア見額: 4,196百万円」) with the prior years' figures in brackets under it", () => {
    // A page of a scanned 施策集 as OCR read it, each line [text, x0, y0, x1, y1, size].
    const pages: ReadLine[][] = [
      [
        ['デジタル田園都市国家構想関連施策集', 43, 26, 186, 38, 12.2], ['施策名', 287, 51, 314, 65, 13.2], ['移住・交流情報ガーデン', 48, 70, 190, 88, 18],
        ['担当課:自治行政局地域自立応援課', 43, 95, 190, 108, 12.7], ['分類: ①予算', 44, 105, 98, 123, 17.8], [': 93百万円', 78, 139, 119, 150, 11.3], ['(令和4年度予算: 93百万円)', 85, 151, 202, 164, 12.5],
        ['目的:地方から東京圏への人口流出に歯止めをかけ、「東京一極集中」を是正し、地方への新しい人の流れをつくる。', 44, 206, 521, 220, 13.2],
        ['施策名', 287, 538, 314, 551, 13.2], ['高度無線環境整備推進事業', 49, 557, 205, 575, 17.8], ['担当課:総合通信基盤局電気通信事業部事業政策課ブロードバンド整備推進室', 43, 581, 366, 594, 13.2],
        ['分類: ①予算', 44, 596, 98, 609, 12.7], ['了ア見額: 4,196百万円', 47, 625, 132, 638, 12.2], ['(令和4年度第二次補正予算: 2,842百万円)', 86, 638, 263, 650, 12.5],
        ['(令和4年度予算額: 3,683百万円)', 86, 651, 225, 663, 12.5],
        ['目的:あらゆる地域でテレワーク、在宅学習、遠隔医療などを促進するため、伝送路設備の整備を支援する。', 45, 706, 550, 719, 13],
        ['デジタル田園都市国家構想関連施策集', 44, 816, 187, 828, 12],
      ],
    ];
    const set = readScan(pages, 601, 847);
    expect(set.records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['移住・交流情報ガーデン', [[2022, 'initial', 93_000_000]]],
      ['高度無線環境整備推進事業', [[2022, 'supplementary', 2_842_000_000], [2022, 'initial', 3_683_000_000]]],
    ]);
  });
});
