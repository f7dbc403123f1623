import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';
import { withoutMisreadMarks } from '../../pipeline/structure/misread-marks.ts';
import { labelVocabulary } from '../../pipeline/structure/load-profiles.ts';

type OcrRow = [string, number, number, number, number, number];
const ocrLine = ([text, x0, y0, x1, y1, size]: OcrRow): Line => ({ text, bbox: [x0, y0, x1, y1], font_size: size, confidence: 90 });
const ocrPage = (number: number, rows: OcrRow[]): PageLayout => ({ page: { number, width: 967, height: 552, method: 'ocr', method_reason: null, lines: rows.map(ocrLine) }, rules: [] });
const source = { fileName: 'a.pdf', sha256: 'e'.repeat(64), bytes: 1 };

describe('heading marks a scan read as a character', () => {
  it('reads 「る分野」 as the label 分野 where the document prints る before its labels, and drops a る whose label OCR lost', () => {
    // Two slides of a 施策集 scanned: OCR read the ◆ before 担当, 分野 and 予算 as 「る」 (and the label 予算 not at all).
    const pages: OcrRow[][] = [
      [['令和3年3月31日', 872, 18, 934, 30, 11.3], ['施策名:携帯電話等エリア整備事業', 33, 41, 255, 60, 19.0], ['る担当', 33, 68, 62, 76, 8.6], ['総務省移動通信課(電話: 03-5253-5894)', 41, 82, 215, 95, 12.5], ['る分野', 33, 98, 63, 110, 12.5], ['5Gなどの情報通信基盤の早期整備', 41, 113, 178, 126, 12.7], ['@位置づけ', 33, 129, 82, 142, 13.0], ['横2-1-(1)-i', 41, 145, 84, 154, 8.9], ['る', 33, 161, 53, 169, 7.9], ['令和3年度当初', 47, 177, 102, 189, 12.0], ['一般会計1,514百万円', 48, 192, 131, 204, 11.3], ['特徴・ポイント', 38, 225, 100, 238, 13.2], ['道路や観光地等の非居住エリアの圏外解消のため、地方公共団体等が条件不利地域において携帯電話等の基地局整備等を行う場合に支援を行う。', 111, 213, 689, 225, 12.7], ['また、都市と地方で隔たりなく5G基地局が整備されるよう、無線通信事業者が条件不利地域において5G基地局等を整備する場合に支援を行う。', 112, 225, 687, 238, 12.7], ['1者単独整備よりも、複数者共同整備の場合に補助率を有利にすることで、インフラシェアリングなどによる効率的な整備を推進する。', 112, 238, 650, 251, 12.5], ['事業目的', 52, 270, 86, 278, 8.2], ['携帯電話サービスは国民生活に不可欠なサービスとなっているが、地理的条件や事業採算上の問題により、サービスを全く利用することができない地域や5G等の高度化サービスが利用できない地域があ', 111, 256, 923, 269, 12.2], ['る。このような地域において携帯電話等を利用可能とするとともに、新たな日常を支える5G等の高度化サービスの普及を促進することにより、電波の利用に関する不均衡を緩和し、電波の適正な利用を', 112, 269, 923, 282, 12.5], ['確保する。', 111, 282, 150, 294, 12.7], ['事業概要', 52, 307, 86, 316, 8.2], ['地理的に条件不利な地域(過疎地、辺地、離島、半島など)において、地方公共団体が携帯電話等の基地局施設(鉄塔、無線設備等)、伝送路施設(光ファイバ等)を整備する場合や、無線通信事業者が高度化施', 111, 300, 929, 312, 12.7], ['設(5G等の無線設備等)や基地局の開設に必要な伝送路施設を整備する場合に、国がそれらの整備費用の一部を補助する。', 111, 312, 591, 325, 12.5]],
      [['令和3年3月31日', 873, 19, 934, 30, 11.3], ['施策名:デジタル活用環境構築推進事業', 33, 42, 283, 61, 19.0], ['る担当', 33, 69, 62, 77, 8.6], ['総務省情報流通振興課情報活用支援室(電話: 03-5253-5685)', 41, 83, 296, 96, 12.5], ['る分再', 33, 99, 63, 111, 12.5], ['未来技術の活用に向けた社会ニーズの醸成', 42, 115, 211, 123, 8.4], ['@位置づけ', 33, 130, 83, 143, 13.0], ['横2-1-(1)-iv', 41, 146, 89, 155, 8.9], ['る', 33, 162, 53, 170, 7.9], ['令和2年度第3次補正', 48, 179, 125, 187, 7.7], ['ー般会計1,140百万円の内数', 48, 193, 159, 205, 11.5], ['特徴・ポイント', 38, 226, 100, 239, 13.0], ['携帯ショップや公民館などで、オンラインサービスの利用方法等を説明(令和3年度は全国1000箇所程度を想定)', 112, 213, 559, 226, 12.7], ['教材や動画の作成、「デジタル活用支援員」を育成するための研修を実施', 112, 226, 403, 239, 13.0], ['事業用webサイトの構築や、地方自治体との連携による周知広報等を実施', 112, 239, 407, 252, 12.7], ['事業目的', 52, 271, 87, 279, 8.2], ['新型コロナウイルス感染症対策の観点から、我が国全体として感染防止につながる新しい生活様式の早期実現は喫軸の課題である。そのため、国民の誰もがオンラインによる行政手続やサービスを利用で', 112, 257, 929, 270, 12.5], ['きるようにすることが求められる状況であり、デジタル活用支援を全国規模で迅速かつ集中的に行う必要がある。よって、高齢者をはじめとした国民のデジタル活用を支援することにより、「デジタル格', 113, 270, 925, 282, 12.5], ['差」の解消を図り、誰もがデジタル化の恩恵を受けられる社会を実現する。', 112, 282, 411, 295, 12.5], ['事業概要', 52, 302, 87, 310, 8.2], ['デジタル活用に関する理解やスキルが十分でない高齢者等に対して、オンラインによる行政手続・サービスの利用方法等に関する助言・相談等の対応支援を行う事業者に対して助成等を実施する。', 112, 300, 898, 313, 13.0], ['期待する効果', 43, 319, 96, 331, 12.5], ['「誰一人取り残さない、人に優しいデジタル化」に向け、国民がデジタル社会の利便性を実感できるよう、「デジタル格差」の解消を図り、誰もがデジタル化の恩恵を受けられる社会を実現する。', 117, 318, 892, 331, 12.5]],
    ];
    const set = readRecords(source, pages.map((rows, k) => ocrPage(k + 1, rows)), pages.map((rows, k) => ocrPage(k + 1, rows).page))!;
    expect(set.records.map((r) => [r.name, r.strategy_refs])).toEqual([['携帯電話等エリア整備事業', ['横2-1-(1)-i']], ['デジタル活用環境構築推進事業', ['横2-1-(1)-iv']]]);
    expect(set.records[0]!.field).toBe('5Gなどの情報通信基盤の早期整備');
  });

  it('leaves a character before a label alone where it opens fewer lines, or one label only, or lines at scattered edges; two characters before one label are a mark', () => {
    const vocabulary = labelVocabulary();
    const placed = (rows: OcrRow[]) => rows.map((row, index) => ({ line: ocrLine(row), page: 1, index }));
    const texts = (rows: OcrRow[]): string[] => withoutMisreadMarks(placed(rows), vocabulary).map((l) => l.line.text);
    // A sentence wrapped before 「の概要」 and 「の目的」 at the text's edge, once each: the text's own.
    const prose: OcrRow[] = [['本事業の実施体制及び事業', 40, 100, 300, 112, 12], ['の概要', 40, 114, 80, 126, 12], ['補助事業の目的', 40, 128, 200, 140, 12], ['の目的', 40, 142, 80, 154, 12]];
    expect(texts(prose)).toEqual(prose.map((row) => row[0]));
    // One label three times: a word, not a mark.
    const oneLabel: OcrRow[] = [['る分野', 33, 98, 63, 110, 12], ['る分野', 33, 198, 63, 210, 12], ['る分野', 33, 298, 63, 310, 12]];
    expect(texts(oneLabel)).toEqual(['る分野', 'る分野', 'る分野']);
    // One label three times after a mark read as two characters each time (◆ as 「いい」, 「いぶ」): a mark.
    const twoCharacterMark: OcrRow[] = [['いい取組の概要', 59, 87, 123, 102, 14.6], ['いい取組の概要', 59, 313, 123, 328, 14.6], ['いぶ取組の概要', 57, 452, 121, 467, 14.9]];
    expect(texts(twoCharacterMark)).toEqual(['■取組の概要', '■取組の概要', '■取組の概要']);
    // One label three times after a symbol read with a speck or without (■ as 「「_」 and 「「」): a mark.
    const symbolMark: OcrRow[] = [['「_取組の概要', 51, 115, 121, 130, 14.9], ['「_取組の概要', 51, 237, 121, 252, 14.9], ['「取組の概要', 50, 298, 120, 312, 14.6]];
    expect(texts(symbolMark)).toEqual(['■取組の概要', '■取組の概要', '■取組の概要']);
    // Three labels at three edges far apart.
    const scattered: OcrRow[] = [['る分野', 33, 98, 63, 110, 12], ['る担当', 233, 198, 263, 210, 12], ['る目的', 433, 298, 463, 310, 12]];
    expect(texts(scattered)).toEqual(['る分野', 'る担当', 'る目的']);
  });
  it('reads a mark OCR read differently on each line (「金」, 「る金」, 「る$」, 「るる」, 「$」) before the labels at one edge, and leaves a category 「①予算」 there as printed', () => {
    const vocabulary = labelVocabulary();
    const placed = (rows: OcrRow[]) => rows.map((row, index) => ({ line: ocrLine(row), page: 1, index }));
    // A 重点施策 page scanned: every ◆ before 概要 and 予算 read another way; 「①予算」 is a category's value at that edge.
    const rows: OcrRow[] = [
      ['1.地域の基幹産業を中心とした地域経済活性化', 46, 61, 378, 87, 25.7], ['金概要', 42, 92, 74, 102, 9.8], ['革新的技術を活用して企業の生産性向上を図る', 51, 108, 794, 121, 13.0], ['る金予算', 42, 141, 75, 155, 13.4], ['効果的広報0.7億円【新規】', 51, 158, 430, 171, 13.0],
      ['2.JETプログラムによるグローバルな地域活性化の推進', 42, 192, 431, 214, 21.8], ['る$概要', 42, 218, 74, 233, 15.1], ['JET青年と地域おこし関係者との間で地域活性化事例を共有する', 50, 234, 796, 248, 13.9], ['るる予算', 41, 268, 74, 283, 14.6], ['ET地域国際化塾の開催に要する経費0.1億円(元年度0.1億円)', 50, 284, 349, 298, 14.2],
      ['$予算', 42, 463, 74, 480, 17.0], ['①予算', 42, 500, 70, 512, 9.1],
    ];
    expect(withoutMisreadMarks(placed(rows), vocabulary).map((l) => l.line.text).filter((text) => text.length <= 6)).toEqual(['■概要', '■予算', '■概要', '■予算', '■予算', '①予算']);
  });
});
