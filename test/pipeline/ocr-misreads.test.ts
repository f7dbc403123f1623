import { describe, expect, it } from 'vitest';
import { correctMisreads, correctWrappedMisreads } from '../../pipeline/ocr/misreads.ts';
import { ocrLinesToPage } from '../../pipeline/ocr/page-coordinates.ts';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';
import type { Line } from '../../schemas/types.ts';

describe('correctMisreads', () => {
  it('reads the 〜 of a period that OCR read as 一 or ー between two years or dates, or two decimals, as 〜', () => {
    expect(correctMisreads('令和5年度一令和7年度')).toBe('令和5年度～令和7年度');
    expect(correctMisreads('令和4年4月1日ー令和5年3月31日')).toBe('令和4年4月1日～令和5年3月31日');
    expect(correctMisreads('2023年度一2025年度')).toBe('2023年度～2025年度');
    // Lost altogether: two years run together.
    expect(correctMisreads('事業期間:令和5年度令和7年度')).toBe('事業期間:令和5年度～令和7年度');
    expect(correctMisreads('令和5年度、令和6年度')).toBe('令和5年度、令和6年度');
    // Between two decimals (a band of frequencies); not a phone's hyphens.
    expect(correctMisreads('28.2ー28.3GHzの100MHz幅、4.6ー4.8GHz')).toBe('28.2～28.3GHzの100MHz幅、4.6～4.8GHz');
    // A minus before an amount (「寄附額−2,000円」) read as 一; not a number written in kanji (「一人当たり」).
    expect(correctMisreads('「寄附額一2,000円」(一定の上限あり)、一人当たり')).toBe('「寄附額-2,000円」(一定の上限あり)、一人当たり');
    expect(correctMisreads('03ー5253ー5809')).toBe('03ー5253ー5809');
  });

  it("reads a heading's 「◆」 that OCR read as 「$」, a speck before it at most, as 「◆」, and leaves a dollar figure alone", () => {
    expect(correctMisreads('る$医療・介護・健康分野のネットワーク化推進')).toBe('◆医療・介護・健康分野のネットワーク化推進');
    expect(correctMisreads('$概要')).toBe('◆概要');
    for (const text of ['$100の補助', 'US$5', '$ 100']) expect(correctMisreads(text)).toBe(text);
  });

  it('leaves 一 where it is a word: 一般会計, 一体的, a 一 after other words', () => {
    for (const text of ['令和5年度一般会計', '年度一体的に実施', '統一令和モデル', '第一次補正']) expect(correctMisreads(text)).toBe(text);
  });

  it('reads 日 as 目 in 目的, 目標 and 目指す, words that have no 日', () => {
    expect(correctMisreads('事業の日的:ふるさとに感謝し')).toBe('事業の目的:ふるさとに感謝し');
    expect(correctMisreads('3ポイント以上引き下げることを日指します。成果日標')).toBe('3ポイント以上引き下げることを目指します。成果目標');
    expect(correctMisreads('令和5年11月29日')).toBe('令和5年11月29日');
  });

  it('reads the I of AI and IoT that OCR read as l (or a bar) as I, and leaves Latin words alone', () => {
    expect(correctMisreads('Alによるネットワーク自動最適制御、Al (人工知能)')).toBe('AIによるネットワーク自動最適制御、AI (人工知能)');
    expect(correctMisreads('loT機器と|oTの活用')).toBe('IoT機器とIoTの活用');
    for (const text of ['Alliance', 'Also', 'AlphaGo', 'KAl', 'BloT']) expect(correctMisreads(text)).toBe(text);
  });

  it('reads the 百 and 万 of an amount\'s unit that OCR read as 白 and 方 (or as one 拍) after a figure, and 一般会計 read with a dash, and leaves the words elsewhere', () => {
    expect(correctMisreads('令和4年度予算: 460百方円、1.798白方円、391白万円、30千方円')).toBe('令和4年度予算: 460百万円、1,798百万円、391百万円、30千万円');
    expect(correctMisreads('令和4年度予算 101白太円')).toBe('令和4年度予算 101百万円');
    expect(correctMisreads('令和3年度当初 -般会計500拍円、*般会計1,514百万円')).toBe('令和3年度当初 一般会計500百万円、一般会計1,514百万円');
    for (const text of ['方円の器', '空白万円', '地方円滑化', '5方面', '白方', '拍手', 'A-般', 'セーフティネット-般会計']) expect(correctMisreads(text)).toBe(text);
  });

  it('reads a speck OCR read as a character between a figure and its unit (「52和百万円」) as none, and leaves 数 and 余 there', () => {
    expect(correctMisreads('令和5年度予算(案): 52和百万円、3ぇ億円')).toBe('令和5年度予算(案): 52百万円、3億円');
    for (const text of ['10数百万円', '50余億円', '3千百万円', '約5億円', '1,000百万円']) expect(correctMisreads(text)).toBe(text);
  });

  it("reads the 万 of an amount's unit wrapped over two lines that OCR read as 方 (「255百」 / 「方円」, 「261百方」 / 「円」), and a line's 方 that no figure ends", () => {
    expect(correctWrappedMisreads(['令和5年度予算(案) : 255百', '方円', '令和4年度第二次補正:', '205百万円', '令和4年度予算: 261百方', '円', '令和3年度: 15', '百方円'])).toEqual([
      '令和5年度予算(案) : 255百', '万円', '令和4年度第二次補正:', '205百万円', '令和4年度予算: 261百万', '円', '令和3年度: 15', '百万円',
    ]);
    expect(correctWrappedMisreads(['地域の交通の地', '方円滑化を図る', '地方', '円卓会議'])).toEqual(['地域の交通の地', '方円滑化を図る', '地方', '円卓会議']);
  });

  it("reads a scan's narrow budget cells whose units wrapped with their 万 read as 方 as the amounts printed, the cell under its label or beside it", () => {
    const ocr = (text: string, x: number, y: number, size = 14): Line => ({ text, bbox: [x, y, x + size * [...text].length, y + size], font_size: size, confidence: 90 });
    const page = (number: number, name: string, budget: Line[]): PageLayout => ({
      page: { number, width: 595, height: 842, method: 'ocr', method_reason: null, lines: [
        ocr(name, 40, 60, 20), ocr('担当: 情報流通行政局地域通信振興課', 40, 90),
        ...budget,
        ocr('目的', 40, 240), ocr(`${name}により地域の課題を解決する。`, 113, 240),
      ] },
      rules: [],
    });
    const figures = ['令和5年度予算(案) : 255百', '方円', '令和4年度第二次補正:', '205百万円', '令和4年度予算: 261百方', '円'];
    const layouts = [
      page(1, 'テレワーク普及展開推進事業', [ocr('予算額', 40, 120), ...figures.map((text, k) => ocr(text, 113, 120 + 16 * k))]),
      page(2, 'デジタル活用支援推進事業', [ocr(`予算額: ${figures[0]}`, 40, 120), ...figures.slice(1).map((text, k) => ocr(text, 113, 136 + 16 * k))]),
    ];
    const set = readRecords({ fileName: 'a.pdf', sha256: 'c'.repeat(64), bytes: 1 }, layouts, layouts.map((l) => l.page))!;
    const amounts = [[2023, 'draft', 255_000_000], [2022, 'supplementary', 205_000_000], [2022, 'initial', 261_000_000]];
    expect(set.records.map((r) => [r.name, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['テレワーク普及展開推進事業', amounts],
      ['デジタル活用支援推進事業', amounts],
    ]);
  });

  it("reads a scan's section over its lines for what OCR misread across a wrap: 「国費べ」 / 「ース」 is 国費ベース", () => {
    const ocr = (text: string, x: number, y: number, size = 14): Line => ({ text, bbox: [x, y, x + size * [...text].length, y + size], font_size: size, confidence: 90 });
    const lines = (name: string): Line[] => [
      ocr(name, 40, 60, 20), ocr('担当: 情報流通行政局地域通信振興課', 40, 90), ocr('予算額', 40, 120), ocr('令和5年度予算(案) : 255百万円', 113, 120),
      ocr('目的', 40, 150), ocr('条件不利地域の光ファイバ整備を国費べ', 113, 150), ocr('ースで支援する。', 113, 166),
    ];
    const layouts: PageLayout[] = ['テレワーク普及展開推進事業', 'デジタル活用支援推進事業'].map((name, k) => ({ page: { number: k + 1, width: 595, height: 842, method: 'ocr', method_reason: null, lines: lines(name) }, rules: [] }));
    const set = readRecords({ fileName: 'a.pdf', sha256: 'c'.repeat(64), bytes: 1 }, layouts, layouts.map((l) => l.page))!;
    expect(set.records.map((r) => r.sections['目的'])).toEqual(['条件不利地域の光ファイバ整備を国費ベースで支援する。', '条件不利地域の光ファイバ整備を国費ベースで支援する。']);
  });

  it('reads a period before three digits and yen, thousands, millions or 億 of yen as the thousands comma OCR took it for, and leaves decimals elsewhere', () => {
    expect(correctMisreads('「寄附額一2.000円」、1.798百万円、令和3年度補正予算 1.095 百万円、5.500千円')).toBe('「寄附額-2,000円」、1,798百万円、令和3年度補正予算 1,095 百万円、5,500千円');
    expect(correctMisreads('地域デジタル社会推進費2.500億円を計上')).toBe('地域デジタル社会推進費2,500億円を計上');
    for (const text of ['1.5億円', '12.07億円', '0.125万円', '3.14159円', '1.1億円']) expect(correctMisreads(text)).toBe(text);
  });

  it('reads a closing bracket between the digits of an amount as its thousands comma', () => {
    expect(correctMisreads('【令和6年度予算概算決定額1)230(1,000)百万円】、【令和5年度補正予算額3,)500百万円】')).toBe('【令和6年度予算概算決定額1,230(1,000)百万円】、【令和5年度補正予算額3,500百万円】');
    for (const text of ['(1)230人', '施策(3)100件', '1)200年']) expect(correctMisreads(text)).toBe(text);
  });

  it('reads 亡 as the 万 of 百万円, 信和 as the era 令和 before its year, and a title\'s number path whose hyphen was lost as the path', () => {
    expect(correctMisreads('令和3年度当初一般会計1,514百亡円、52百太円、80百力円')).toBe('令和3年度当初一般会計1,514百万円、52百万円、80百万円');
    expect(correctMisreads('信和4年度予算: 244百万円、信和元年度、琉和2年度概算要求、條和5年')).toBe('令和4年度予算: 244百万円、令和元年度、令和2年度概算要求、令和5年');
    expect(correctMisreads('1 1高度無線環境整備推進事業')).toBe('1-1 高度無線環境整備推進事業');
    // A scanned cover's title: the era's year read as 名 as well.
    expect(correctMisreads('実施期間:令和5年度へ令和7年度')).toBe('実施期間:令和5年度～令和7年度');
    expect(correctMisreads('令和5年度から令和7年度へ移行する')).toBe('令和5年度から令和7年度へ移行する');
    expect(correctMisreads('信和6名度主要事業の概要、平成30午度、人名和6年度、琶和6年度、金仁和5年度')).toBe('令和6年度主要事業の概要、平成30年度、令和6年度、令和6年度、金令和5年度');
    for (const text of ['知名度', '令和6年の知名度', '昭和6年度', '規制緩和6年度以降', '亡円', '力円', '太円', '自信和解', '信和会', '以下和歌山県', '平和3原則', '2 3年度に実施', '1 5Gなど', '1 2人の担当者', '本文 1 1高度']) expect(correctMisreads(text)).toBe(text);
  });

  it('reads words OCR misread as no word (和柔軟, 真献, 頁献, 前揚, 前捉, 関僚, 軽滅, 削滅) as the words printed, and keeps 柔和, 消滅 and a 和 before other words', () => {
    expect(correctMisreads('ローカル5Gの和柔軟な運用を可能とする')).toBe('ローカル5Gの柔軟な運用を可能とする');
    expect(correctMisreads('投資の初期負担を軽滅します。経費を削滅する。ローカル発を合むコンテンツ、システムの構染')).toBe('投資の初期負担を軽減します。経費を削減する。ローカル発を含むコンテンツ、システムの構築');
    expect(correctMisreads('脱上炭素に資する事業、補助率を高(かさ)上げし、補助率の高上げを実施')).toBe('脱炭素に資する事業、補助率を嵩(かさ)上げし、補助率の嵩上げを実施');
    expect(correctMisreads('Society 5.0の実現に真献する。5Gの高度化に頁献する。高速通信の前揚となる。伝送路の前捉となる。デジタル・ガバメント関僚会議')).toBe(
      'Society 5.0の実現に貢献する。5Gの高度化に貢献する。高速通信の前提となる。伝送路の前提となる。デジタル・ガバメント閣僚会議',
    );
    expect(correctMisreads('関係者問の連携、民問事業者、事業期問、年問100件、携淀電話の緊急、行政機関等の問で、国と地方の問に、吾かなライフスタイル、地域経済符環、関連箇所:模2-1-(1)-iv、規模2-3倍')).toBe('関係者間の連携、民間事業者、事業期間、年間100件、携帯電話の緊急、行政機関等の間で、国と地方の間に、豊かなライフスタイル、地域経済循環、関連箇所:横2-1-(1)-iv、規模2-3倍');
    for (const text of ['柔和な表情', '和風の柔らかさ', '平和柔道大会', '集落の消滅', '点滅信号', '場合も', '組合員', '事業者問い合わせ窓口', '関係者問題', '質問', '年齢を問わず', 'この問題', 'その問い']) expect(correctMisreads(text)).toBe(text);
  });

  it('reads 補上正 as 補正: a scanned cover\'s 「令和5年度補正予算」 names a supplementary budget', () => {
    expect(correctMisreads('令和5年度補上正予算')).toBe('令和5年度補正予算');
    // A speck read as 和 between the year and the stage (「令和5年度和補正予算額」), not before 和歌山.
    expect(correctMisreads('令和5年度和補正予算額:6.2億円、令和6年度和予算、令和5年度和歌山県')).toBe('令和5年度補正予算額:6.2億円、令和6年度予算、令和5年度和歌山県');
    for (const text of ['補正予算', '上正面', '補上']) expect(correctMisreads(text)).toBe(text);
  });

  it('reads a thousands comma read with a period beside it as the comma', () => {
    expect(correctMisreads('地域経済循環創造事業交付金(ローカル10,.000プロジェクト)、1.,500百万円')).toBe('地域経済循環創造事業交付金(ローカル10,000プロジェクト)、1,500百万円');
    for (const text of ['1,.5倍', '2.,3']) expect(correctMisreads(text)).toBe(text);
  });

  it("reads 「ェ」 opening a line before a number or a kanji as the ➢ bullet OCR took it for, and keeps a wrapped katakana word's", () => {
    expect(correctMisreads('ェ3認知症対応型AI・IoTシステム研究推進事業')).toBe('➢3認知症対応型AI・IoTシステム研究推進事業');
    expect(correctMisreads('>ェ③認知症対応型AI・IloTシステム')).toBe('➢③認知症対応型AI・IoTシステム');
    for (const text of ['ェスティバルの開催', 'ェア']) expect(correctMisreads(text)).toBe(text);
  });

  it("reads the underscore OCR reads for a full-width bracket's blank half after a Latin word as nothing, and keeps one in an address", () => {
    expect(correctMisreads('※2 CDN _ (Content Delivery Network)')).toBe('※2 CDN(Content Delivery Network)');
    for (const text of ['soumu_info@soumu.go.jp', 'file_name (1)']) expect(correctMisreads(text)).toBe(text);
  });

  it('reads a period before three digits ending in 0 as the thousands comma, and leaves decimals and dotted numbers', () => {
    expect(correctMisreads('「ローカル10.000プロジェクト」の推進、年間2.500人')).toBe('「ローカル10,000プロジェクト」の推進、年間2,500人');
    for (const text of ['1.125倍', '0.500', '1.100.2版', 'Ver.1.250', '3.14', '12.5%']) expect(correctMisreads(text)).toBe(text);
  });

  it("reads a flow diagram's arrows read as つ, ご, っ or 一 round the kind of funding as arrows", () => {
    expect(correctMisreads('国ご(補助)つ民間事業者等')).toBe('国 →(補助)→ 民間事業者等');
    expect(correctMisreads('国つ(定額補助)っ事務局一(補助)ご中小企業等')).toBe('国 →(定額補助)→ 事務局 →(補助)→ 中小企業等');
    // An arrow read twice (「つつ」), the other lost.
    expect(correctMisreads('国 →(補助)つつ商店街振興組合等')).toBe('国 →(補助)→ 商店街振興組合等');
    expect(correctMisreads('国つつ(補助)産地組合等')).toBe('国 →(補助)→ 産地組合等');
    for (const text of ['センター(補助)', '国 →(補助)→ 一般社団法人', 'まつ(補助)', '(補助)つき']) expect(correctMisreads(text)).toBe(text);
  });

  it("puts back an arrow of a flow diagram OCR did not read at all, where the arrow on the bracket's other side is read", () => {
    expect(correctMisreads('国(補助)→ 民間事業者等')).toBe('国 →(補助)→ 民間事業者等');
    expect(correctMisreads('国 →(定額補助)事務局 →(補助)→ 中小企業等')).toBe('国 →(定額補助)→ 事務局 →(補助)→ 中小企業等');
    // Or read as で: 「国で(補助)→」 is a flow; 「市町村で(補助)の」 a sentence.
    expect(correctMisreads('国で(補助)→ 商店街振興組合等')).toBe('国 →(補助)→ 商店街振興組合等');
    expect(correctMisreads('市町村で(補助)の事業を行う')).toBe('市町村で(補助)の事業を行う');
    // No arrow on either side: a word and its bracket (「事業費(補助)の交付」) stay as printed.
    for (const text of ['事業費(補助)の交付', '補助金(定額)']) expect(correctMisreads(text)).toBe(text);
  });

  it('drops a closing bracket OCR read after a circled number that opens a value, which nothing opened', () => {
    expect(correctMisreads('総合戦略との関係: ①】デジタル実装による地方の社会課題解決・魅力向上')).toBe('総合戦略との関係: ①デジタル実装による地方の社会課題解決・魅力向上');
    for (const text of ['「①」を参照', '【①】 予算']) expect(correctMisreads(text)).toBe(text);
  });

  it('reads べ and ぺ by a katakana word as their katakana twins, wrapped or not, and leaves hiragana words', () => {
    expect(correctMisreads('補助金<予算額約37億円(国費べース)>、ぺーパーレス化')).toBe('補助金<予算額約37億円(国費ベース)>、ペーパーレス化');
    expect(correctWrappedMisreads(['補助金<予算額約37億円(国費べ', 'ース)>'])).toEqual(['補助金<予算額約37億円(国費ベ', 'ース)>']);
    for (const text of ['調べる', '述べた', '推進すべき', '比べて']) expect(correctMisreads(text)).toBe(text);
  });

  it("drops the circle OCR read again after a circled number's ring, not a placeholder's two, and the り its tail is read as", () => {
    expect(correctMisreads('①〇デジタル実装による地方の社会課題解決・魅力向上')).toBe('①デジタル実装による地方の社会課題解決・魅力向上');
    expect(correctMisreads('①〇〇市の取組')).toBe('①〇〇市の取組');
    expect(correctMisreads('総合戦略での位置付け: ①りデジタル実装による地方の社会課題解決')).toBe('総合戦略での位置付け: ①デジタル実装による地方の社会課題解決');
    for (const text of ['①りんごの産地', '①リモートワーク']) expect(correctMisreads(text)).toBe(text);
  });

  it('is applied to every OCR line published', () => {
    const [line] = ocrLinesToPage([{ text: '令和5年度一令和6年度', bbox: [10, 10, 200, 30], confidence: 84.4 }], 0.24);
    expect(line?.text).toBe('令和5年度～令和6年度');
  });
});
