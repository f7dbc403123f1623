import { describe, expect, it } from 'vitest';
import { joinItems, joinRun } from '../../pipeline/structure/join-text.ts';

describe('joinItems', () => {
  it('joins wrapped lines of one bullet without a space and drops the bullet mark', () => {
    expect(
      joinItems([
        '✓道路や観光地等の⾮居住エリアの圏外解消のため、地⽅公共団体等が条件不利地域において携帯電話等の基地局整備等を⾏う場合に⽀援を⾏',
        'う。',
        '✓また、都市と地⽅で隔たりなく5G基地局が整備されるよう支援を行う。',
      ]),
    ).toEqual([
      '道路や観光地等の非居住エリアの圏外解消のため、地方公共団体等が条件不利地域において携帯電話等の基地局整備等を行う場合に支援を行う。',
      'また、都市と地方で隔たりなく5G基地局が整備されるよう支援を行う。',
    ]);
  });

  it('keeps the space a funding flow prints beside its arrow where the flow wrapped at it, and joins other wraps without one', () => {
    expect(joinRun(['国 →（定額補助）→ 事務局 →（補助）→', '中小企業等'])).toBe('国 →(定額補助)→ 事務局 →(補助)→ 中小企業等');
    expect(joinRun(['国 →（補助）→ 基金設置法人', '→（補助）→ 民間事業者'])).toBe('国 →(補助)→ 基金設置法人 →(補助)→ 民間事業者');
    expect(joinRun(['地域経済循環の', '創造に資する事業'])).toBe('地域経済循環の創造に資する事業');
  });

  it('opens a new paragraph of a value that began on its label\'s line where a short line ends and the next starts at the value\'s own left edge', () => {
    const at = (text: string, x0: number, x1: number) => ({ text, x0, x1 });
    expect(joinItems(['地域おこし協力隊の更なる拡充のため、研修やサポートデスクの充実', at('等により、隊員の円滑な活動を支援', 70, 230), at('地方移住関連情報の提供や相談支援の一元的な窓口である「移住・交流情報ガー', 70, 799), at('デン」の情報提供機能を強化', 70, 320)])).toEqual([
      '地域おこし協力隊の更なる拡充のため、研修やサポートデスクの充実等により、隊員の円滑な活動を支援',
      '地方移住関連情報の提供や相談支援の一元的な窓口である「移住・交流情報ガーデン」の情報提供機能を強化',
    ]);
  });

  it('runs on a line broken before an opening bracket, a character further from the edge than a wrap, and opens a paragraph after a line shorter still', () => {
    const at = (text: string, x1: number) => ({ text, x0: 55.7, x1 });
    const lines = (short: number) => [
      at('・高度無線環境整備推進事業等を活用した光ファイバ整備を推進するとともに、地方公共団体が保有する光ファイバの高度', 563.6),
      at('化に対して必要な支援を行う。また、人口減少等を見据え、効率化を図るため、ブロードバンド基盤の担い手に関して', short),
      at('「公」から「民」への移行を推進する。', 221.9),
    ];
    expect(joinItems(lines(545.1))).toEqual([
      '高度無線環境整備推進事業等を活用した光ファイバ整備を推進するとともに、地方公共団体が保有する光ファイバの高度化に対して必要な支援を行う。また、人口減少等を見据え、効率化を図るため、ブロードバンド基盤の担い手に関して「公」から「民」への移行を推進する。',
    ]);
    expect(joinItems(lines(500))).toHaveLength(2);
  });

  it('runs on a line pushed out with the stop no line may open with (「る。」), two characters short of the edge, and opens a paragraph after a line shorter still', () => {
    const at = (text: string, x1: number) => ({ text, x0: 27.7, x1 });
    const lines = (short: number) => [
      at('自治体における標準準拠システムへの移行作業を支援することに', 302.9),
      at('より、令和7年度までの円滑な移行が可能となり、自治体の人的・', 308.8),
      at('財政的負担の軽減や行政サービス・住民の利便性の向上に資す', short),
      at('る。', 46.7),
    ];
    expect(joinItems(lines(293.4), 312.4)).toEqual(['自治体における標準準拠システムへの移行作業を支援することにより、令和7年度までの円滑な移行が可能となり、自治体の人的・財政的負担の軽減や行政サービス・住民の利便性の向上に資する。']);
    expect(joinItems(lines(250), 312.4)).toHaveLength(2);
  });

  it("takes a hyphen run into its item's text, as a scan's OCR reads a hyphen bullet, for a bullet, and a minus for none", () => {
    expect(joinItems(['-道路や観光地等の圏外解消を支援する。', '-また、5G基地局の整備を支援する。', '-5%の削減を目指す。'])).toEqual(['道路や観光地等の圏外解消を支援する。', 'また、5G基地局の整備を支援する。-5%の削減を目指す。']);
  });

  it('joins a line opening with a figure too wide for the room left on the line before (a figure is never broken), and keeps a short one apart', () => {
    const lines = (next: string) => [
      { text: '令和5年度において、地方財政計画の歳出にデジタル田園都市国家構想事業費(仮称)1兆2,500', x0: 130, x1: 559 },
      { text: '億円を計上し、その内訳として、地方創生推進費(仮称)1兆円及び地域デジタル社会推進費', x0: 130, x1: 546 },
      { text: next, x0: 130, x1: 130 + 8.7 * [...next].length },
    ];
    expect(joinItems(lines('2,500億円を計上。'), 570)).toEqual(['令和5年度において、地方財政計画の歳出にデジタル田園都市国家構想事業費(仮称)1兆2,500億円を計上し、その内訳として、地方創生推進費(仮称)1兆円及び地域デジタル社会推進費2,500億円を計上。']);
    // Two characters would have fitted: the line is a paragraph of its own.
    expect(joinItems(lines('5Gの基地局を整備。'), 570)).toHaveLength(2);
  });

  it("joins a parenthesised remark to the sentence that ran to the edge before it, and keeps a numbered item or a shorter line's apart", () => {
    const item = { text: '・本事業を通じて地方のデジタル化に資する先進的な取組事例を収集し、横展開に繋げることを目指す。', x0: 107, x1: 530 };
    expect(joinItems([item, { text: '(令和4年度からの3年間で10件程度)', x0: 107, x1: 253 }])).toEqual(['本事業を通じて地方のデジタル化に資する先進的な取組事例を収集し、横展開に繋げることを目指す。(令和4年度からの3年間で10件程度)']);
    expect(joinItems([item, { text: '(1)事例の収集', x0: 107, x1: 170 }])).toHaveLength(2);
    expect(joinItems([{ ...item, x1: 430 }, { text: '(令和4年度からの3年間で10件程度)', x0: 107, x1: 253 }], 530)).toHaveLength(2);
  });

  it('joins a figure wrapped after a bracket closed on Japanese text with no space, and one after a bracket closed on a Latin word with one; a bracket opened on Japanese text after a Latin word with none', () => {
    expect(joinItems(['地方財政計画の歳出にデジタル田園都市国家構想事業費(仮称)', '1兆2,500億円を計上する。'])).toEqual(['地方財政計画の歳出にデジタル田園都市国家構想事業費(仮称)1兆2,500億円を計上する。']);
    expect(joinItems(['超スマート社会(Society 5.0)', 'and beyond'])).toEqual(['超スマート社会(Society 5.0) and beyond']);
    expect(joinItems(['遠隔医療モデルの構築やPHR', '(パーソナル・ヘルス・レコード)を民間事業者が取り扱う際のルール作り'])).toEqual(['遠隔医療モデルの構築やPHR(パーソナル・ヘルス・レコード)を民間事業者が取り扱う際のルール作り']);
    expect(joinItems(['高精細映像技術の応用を図る8K', '(Super Hi-Vision) の実証'])).toEqual(['高精細映像技術の応用を図る8K (Super Hi-Vision) の実証']);
  });

  it("opens a new paragraph at the item's edge after a short line though a scan's OCR boxed the two lines' starts a few points apart", () => {
    const at = (text: string, x0: number, x1: number) => ({ text, x0, x1 });
    expect(
      joinItems([
        at('「新たな日常」で急増する通信トラヒックの混雑緩和や都市部での大規模災害発生時のリスク回避のため、トラヒック集約拠点の地域分散や関係者間の連携による対策等を推進す', 46.1, 918.2),
        at('る。', 40.6, 53.3),
        at('トラヒック集約拠点の地域分散については、地域のISPのトラヒックを集約し、大手コンテンツ事業者のキャッシュサーバの地方への設置を促すことで、地域での折り返し通信やキ', 42.7, 922.6),
        at('ャッシュによるトラヒック量の削減を図る。', 40.8, 536.9),
      ]),
    ).toEqual([
      '「新たな日常」で急増する通信トラヒックの混雑緩和や都市部での大規模災害発生時のリスク回避のため、トラヒック集約拠点の地域分散や関係者間の連携による対策等を推進する。',
      'トラヒック集約拠点の地域分散については、地域のISPのトラヒックを集約し、大手コンテンツ事業者のキャッシュサーバの地方への設置を促すことで、地域での折り返し通信やキャッシュによるトラヒック量の削減を図る。',
    ]);
  });

  it("takes 「>」 before Japanese text, as a scan's OCR reads the ➢ bullet, for a bullet: no line opens with a closing bracket", () => {
    expect(joinItems(['>条件不利地域における光ファイバの整備を推進するための補助金', '>地方公共団体が整備する場合の補助率は、離島地域2/3。'])).toEqual([
      '条件不利地域における光ファイバの整備を推進するための補助金',
      '地方公共団体が整備する場合の補助率は、離島地域2/3。',
    ]);
  });

  it("takes 〇, as a scan's OCR reads the ○ bullet, for a bullet", () => {
    expect(joinItems(['〇①8K内視鏡システムの開発・実証を行う。', '〇②各種PHRサービスから医師が求めるPHRデータを', '取得する。'])).toEqual([
      '①8K内視鏡システムの開発・実証を行う。',
      '②各種PHRサービスから医師が求めるPHRデータを取得する。',
    ]);
  });

  it("opens a new paragraph after a short first line on the value's label's line (its right edge known, not its left), and runs on after a full one", () => {
    const lines = (first: number) => [
      { text: 'Lアラートについて、普及啓発・人材育成等を行う。', x1: first },
      { text: '具体的には、地方公共団体に対し、研修により普及・啓発を行う。地域住民に正確かつわかりや', x0: 76, x1: 540 },
      { text: 'すい災害関連情報が伝達されるようにする。', x0: 76, x1: 300 },
    ];
    expect(joinItems(lines(330))).toEqual(['Lアラートについて、普及啓発・人材育成等を行う。', '具体的には、地方公共団体に対し、研修により普及・啓発を行う。地域住民に正確かつわかりやすい災害関連情報が伝達されるようにする。']);
    const wrapped = [{ text: '概要の一行目は右端まで届いて次の行に', x1: 538 }, ...lines(0).slice(1)];
    expect(joinItems(wrapped)).toHaveLength(1);
    // As on any line, a sentence that ends at the right edge ends its item there.
    const sentence = [{ text: '和歌山県に「統計データ利活用センター」を置き、業務を平成30年度から実施。', x1: 540 }, { text: 'また、統計センターは総務省統計局と一体的に行う。', x0: 76, x1: 330 }];
    expect(joinItems(sentence)).toHaveLength(2);
  });

  it('opens a new paragraph without a bullet where a short line ends one and the next starts back at its edge', () => {
    const box = (text: string, x0: number, x1: number) => ({ text, x0, x1 });
    expect(
      joinItems([
        box('関係人口の創出・拡大に取り組む地方公共団体を支援するとともに、機運の醸成や', 142, 800),
        box('潜在層の掘り起こし等を実施', 142, 300),
        box('地方公共団体と企業とのマッチング機会を提供することにより、ヒト・情報の流れ', 142, 800),
        box('の創出を更に加速', 142, 240),
      ]),
    ).toEqual(['関係人口の創出・拡大に取り組む地方公共団体を支援するとともに、機運の醸成や潜在層の掘り起こし等を実施', '地方公共団体と企業とのマッチング機会を提供することにより、ヒト・情報の流れの創出を更に加速']);
  });

  it('keeps circled numbers as item starts and keeps a space between Latin words across a wrap', () => {
    expect(joinItems(['①デジタル実装による地方の', '社会課題解決', '③デジタル人材の育成・確保'])).toEqual(['①デジタル実装による地方の社会課題解決', '③デジタル人材の育成・確保']);
    expect(joinRun(['Society', '5.0の実現'])).toBe('Society 5.0の実現');
  });

  it('opens the next number of a series after a line that reaches the right edge, but not inside a sentence', () => {
    // The 2022 施策集 (seed 004) p. 22 and p. 24: the widest line of a short block is not a wrap when イ follows ア.
    const detail = [
      { text: 'ア 事業主体：直接補助事業者：⾃治体、第3セクター、⼀般社団法⼈等、間接補助事業者：⺠間事業者', x0: 44.67, x1: 485.21 },
      { text: 'イ 対象地域：①条件不利地域（過疎地、辺地、離島、半島、⼭村、特定農⼭村、豪雪地帯）', x0: 44.67, x1: 440.77 },
    ];
    expect(joinItems(detail)).toHaveLength(2);
    const sentence = [
      { text: '①トラフィック集約拠点の地域への分散によるネットワーク効率化、', x0: 40, x1: 400 },
      { text: '②トラフィック発生予測の活用によるネットワーク負荷の分散', x0: 40, x1: 380 },
    ];
    expect(joinItems(sentence)).toEqual(['①トラフィック集約拠点の地域への分散によるネットワーク効率化、②トラフィック発生予測の活用によるネットワーク負荷の分散']);
    // Nor after a short line, the numbers inside the sentence, wrapped where the next item would not fit.
    const stages = [
      { text: '通信・放送・郵便システム等のICTインフラについて、①案件発掘（規制／ニーズの事前調査等）、', x0: 40, x1: 380 },
      { text: '②案件提案（官民ミッション・デモンストレーション）、③案件形成（整備計画策定・モデル事業実施', x0: 40, x1: 400 },
      { text: '等）といった展開ステージに合わせた支援の実施により、海外展開を促進。', x0: 40, x1: 310 },
      { text: '対象国の総合的な課題解決に貢献する。', x0: 40, x1: 200 },
    ];
    expect(joinItems(stages)).toEqual([
      '通信・放送・郵便システム等のICTインフラについて、①案件発掘(規制/ニーズの事前調査等)、②案件提案(官民ミッション・デモンストレーション)、③案件形成(整備計画策定・モデル事業実施等)といった展開ステージに合わせた支援の実施により、海外展開を促進。',
      '対象国の総合的な課題解決に貢献する。',
    ]);
  });
});
