/**
 * Invented records for the second novel-layout corpus, beside novel/records.ts (reused as is): a
 * national set (事業PR資料 / 予算概要: 補正, 概算要求, 国費・事業費, figures whose year is printed only
 * around them), a prefecture's 重点施策 in 千円, and three long records that run over pages. Names,
 * offices, phones, e-mails and amounts are made up.
 */
import type { TruthBudgetLine, TruthOffice } from '../truth.ts';
import type { NovelBudget, NovelRecord } from '../novel/records.ts';

type Line = Omit<TruthBudgetLine, 'raw'>;

export const bl = (fiscal_year: number, era_label: string, stage: TruthBudgetLine['stage'], amount_jpy: number | null, unit: string | null, flags: Partial<Line> = {}): Line => ({
  fiscal_year, era_label, stage, supplementary_no: null, account: null, amount_jpy, unit, part_of: false, approximate: false, new: false, note: null, ...flags,
});

const meti = (name: string, phone: string, email: string): TruthOffice => ({ name, ministry: '経済産業省', phones: [phone], emails: [email] });
const mlit = (name: string, phone: string, email: string): TruthOffice => ({ name, ministry: '国土交通省', phones: [phone], emails: [email] });
const pref = (name: string, phone: string, email: string): TruthOffice => ({ name, ministry: null, phones: [phone], emails: [email] });

/**
 * A budget entry printed 「head：figure」; the head may be printed apart from the figure (a column
 * header, a badge's caption), which is where a figure without its own year takes it from.
 */
const entry = (head: string, figure: string, lines: Line[]): NovelBudget => ({ text: `${head}：${figure}`, lines });

const rec = (name: string, wrapAt: number | null, chapter: string, offices: TruthOffice[], budget: NovelBudget[], sections: [string, string[]][]): NovelRecord => ({ name, wrapAt, chapter, offices, budget, sections });

export const NATIONAL_TITLE = ['令和6年度予算(案)及び令和5年度補正予算', '主要事業の概要'];
export const NATIONAL_CHAPTERS = ['Ⅰ　産業の競争力強化', 'Ⅱ　国土の強靱化', 'Ⅲ　地域の活性化'];

export const NATIONAL: NovelRecord[] = [
  rec('半導体人材育成拠点形成事業', null, NATIONAL_CHAPTERS[0]!, [meti('商務情報政策局情報産業課', '03-3501-6944', 'handotai-jinzai@meti.go.jp')],
    [entry('令和5年度補正予算額', '45.0億円', [bl(2023, '令和5年度', 'supplementary', 4_500_000_000, '億円')])], [
      ['目的', ['半導体の製造と設計を担う技術者を地域の産学官の連携により育てる。']],
      ['概要', ['高等専門学校と大学が企業と共同で行う実習設備の整備と講座の開発を支援する。']],
      ['成果目標', ['令和9年度までに拠点の修了者を累計4,000人とする。']],
      ['補助率', ['2/3']],
    ]),
  rec('サプライチェーン強靱化投資促進事業', null, NATIONAL_CHAPTERS[0]!, [meti('製造産業局産業機械課', '03-3501-1691', 'sc-kyojinka@meti.go.jp')],
    [entry('R6概算要求', '3,000百万円', [bl(2024, 'R6', 'request', 3_000_000_000, '百万円')])], [
      ['目的', ['特定の国に依存する部素材の供給途絶に備え、国内の生産拠点を整える。']],
      ['概要', ['重要な部素材の生産設備を国内に新設又は増設する中堅・中小企業を支援する。']],
      ['補助対象', ['中堅企業及び中小企業']],
    ]),
  rec('省エネルギー設備更新支援事業', null, NATIONAL_CHAPTERS[0]!, [meti('資源エネルギー庁省エネルギー課', '03-3501-9726', 'shoene-koushin@meti.go.jp')],
    [entry('令和6年度予算案', '12.3億円（令和5年度：10.0億円）', [bl(2024, '令和6年度', 'draft', 1_230_000_000, '億円'), bl(2023, '令和5年度', 'initial', 1_000_000_000, '億円')])], [
      ['目的', ['工場や事業所のエネルギー消費を減らし、脱炭素と経営の安定を両立させる。']],
      ['概要', ['高効率の空調、ボイラー、照明などへの更新に要する費用の一部を補助する。']],
      ['補助率', ['1/3（中小企業は1/2）']],
    ]),
  rec('河川情報高度化推進事業', null, NATIONAL_CHAPTERS[1]!, [mlit('水管理・国土保全局河川計画課', '03-5253-8445', 'kasen-joho@mlit.go.jp')],
    [entry('令和6年度予算(案)', '580百万円の内数', [bl(2024, '令和6年度', 'draft', 580_000_000, '百万円', { part_of: true })])], [
      ['目的', ['洪水の危険を早く住民に伝えるため、水位と雨量の観測網を密にする。']],
      ['概要', ['簡易型の水位計と監視カメラを中小河川に設置し、観測値を公開する。']],
      ['事業期間', ['令和6年度～令和10年度']],
    ]),
  rec('インフラ点検デジタル化推進事業', null, NATIONAL_CHAPTERS[1]!, [mlit('大臣官房技術調査課', '03-5253-8221', 'infra-tenken@mlit.go.jp')],
    [entry('令和5年度第1次補正予算額', '120億円', [bl(2023, '令和5年度', 'supplementary', 12_000_000_000, '億円', { supplementary_no: 1 })])], [
      ['目的', ['橋やトンネルの点検にドローンと画像解析を使い、点検の人手不足に備える。']],
      ['概要', ['地方公共団体が行う点検の新技術の導入と、点検データの集約を支援する。']],
      ['期待される効果', ['点検に要する日数を3割減らす。']],
    ]),
  rec('地域公共交通リ・デザイン実証事業', null, NATIONAL_CHAPTERS[2]!, [mlit('総合政策局地域交通課', '03-5253-8396', 'kotsu-redesign@mlit.go.jp')],
    [entry('令和6年度要求額', '1,250百万円（前年度 1,100百万円）', [bl(2024, '令和6年度', 'request', 1_250_000_000, '百万円'), bl(2023, '前年度', 'initial', 1_100_000_000, '百万円')])], [
      ['目的', ['交通事業者と地域の多様な主体が連携し、持続可能な移動の仕組みを作る。']],
      ['概要', ['自家用車を活用した乗合や、スクールバスの混乗などの実証を支援する。']],
      ['補助対象', ['地方公共団体及び交通事業者']],
      ['補助率', ['1/2']],
    ]),
  rec('中心市街地にぎわい創出支援事業', null, NATIONAL_CHAPTERS[2]!, [meti('地域経済産業グループ中心市街地活性化室', '03-3501-3754', 'nigiwai@meti.go.jp')],
    [entry('令和6年度予算案', '8.6億円（新規）', [bl(2024, '令和6年度', 'draft', 860_000_000, '億円', { new: true })])], [
      ['目的', ['空き店舗の増えた商店街に人の流れを取り戻す。']],
      ['概要', ['空き店舗を活用した創業と、商店街の共同の販促事業に要する経費を補助する。']],
      ['成果目標', ['支援した商店街の歩行者通行量を5年で1割増やす。']],
    ]),
  rec('港湾脱炭素化推進事業', null, NATIONAL_CHAPTERS[1]!, [mlit('港湾局産業港湾課', '03-5253-8673', 'kowan-datsutanso@mlit.go.jp')],
    [entry('令和6年度予算案', '約6.5億円', [bl(2024, '令和6年度', 'draft', 650_000_000, '億円', { approximate: true })])], [
      ['目的', ['港湾の荷役機械と停泊中の船舶の排出を減らし、カーボンニュートラルポートを形成する。']],
      ['概要', ['荷役機械の電動化と陸上電力供給設備の導入に要する費用を補助する。']],
      ['補助率', ['1/3']],
    ]),
];

/** The 国費 / 事業費 pair a 予算概要 prints for a project: two figures of the same year and stage, told apart by their notes. */
export interface SplitBudget {
  rec: NovelRecord;
  head: string;
  kokuhi: [string, number];
  jigyouhi: [string, number];
}

export const SPLIT: SplitBudget[] = NATIONAL.slice(0, 6).map((r, i) => ({
  rec: r, head: '令和6年度予算案',
  kokuhi: [`${(4 + i * 1.7).toFixed(1)}億円`, Math.round((4 + i * 1.7) * 10) * 10_000_000],
  jigyouhi: [`${(8 + i * 3.4).toFixed(1)}億円`, Math.round((8 + i * 3.4) * 10) * 10_000_000],
}));

export const splitBudget = (s: SplitBudget): NovelBudget => ({
  text: `国費 ${s.kokuhi[0]}／事業費 ${s.jigyouhi[0]}`,
  lines: [bl(2024, '令和6年度', 'draft', s.kokuhi[1], '億円', { note: '国費' }), bl(2024, '令和6年度', 'draft', s.jigyouhi[1], '億円', { note: '事業費' })],
});

export const PREF_NAME = 'みどり県';
export const PREF_TITLE = ['令和6年度', 'みどり県重点施策'];

export const PREF: NovelRecord[] = [
  rec('中山間地域デジタル診療支援事業', null, '安心', [pref('健康福祉部医療政策課', '024-521-7210', 'iryo-dx@pref.midori.lg.jp')],
    [entry('令和6年度当初予算額', '48,620千円', [bl(2024, '令和6年度', 'initial', 48_620_000, '千円')])], [
      ['目的', ['医師の少ない中山間地域で、オンライン診療により受診の機会を確保する。']],
      ['概要', ['診療所と公民館を結ぶオンライン診療の機器と看護師の同行を支援する。']],
      ['成果目標', ['オンライン診療を行う地区を令和8年度までに30地区とする。']],
    ]),
  rec('県産木材需要拡大推進事業', null, '活力', [pref('農林水産部林業振興課', '024-521-7432', 'kenzai@pref.midori.lg.jp')],
    [entry('令和6年度当初予算額', '125,300千円（前年度 98,000千円）', [bl(2024, '令和6年度', 'initial', 125_300_000, '千円'), bl(2023, '前年度', 'initial', 98_000_000, '千円')])], [
      ['目的', ['住宅と公共建築で県産木材の利用を増やし、林業の担い手の所得を高める。']],
      ['概要', ['県産木材を使う住宅の新築とリフォームに対し、使用量に応じて助成する。']],
      ['補助対象', ['県内に住宅を新築する個人及び工務店']],
    ]),
  rec('子育て世帯移住促進事業', null, '未来', [pref('企画調整部移住定住課', '024-521-7085', 'iju@pref.midori.lg.jp')],
    [entry('令和6年度当初予算額', '76,000千円', [bl(2024, '令和6年度', 'initial', 76_000_000, '千円')])], [
      ['目的', ['子育て世帯の県外からの移住を促し、地域の担い手を確保する。']],
      ['概要', ['移住した子育て世帯に、住まいの改修費と引越し費用の一部を支給する。']],
      ['成果目標', ['移住した子育て世帯数を年間200世帯とする。']],
    ]),
  rec('県立高校ICT学習環境整備事業', null, '未来', [pref('教育庁高校教育課', '024-521-7781', 'koko-ict@pref.midori.lg.jp')],
    [entry('令和5年度2月補正予算額', '210,450千円', [bl(2023, '令和5年度', 'supplementary', 210_450_000, '千円')])], [
      ['目的', ['生徒一人一台の端末を授業で使い切れるよう、校内の通信環境を整える。']],
      ['概要', ['全県立高校の無線LANの増強と、大型提示装置の更新を行う。']],
    ]),
  rec('防災士養成・地域防災力向上事業', null, '安心', [pref('危機管理部防災企画課', '024-521-7194', 'bousaishi@pref.midori.lg.jp')],
    [entry('令和6年度当初予算額', '18,900千円', [bl(2024, '令和6年度', 'initial', 18_900_000, '千円')])], [
      ['目的', ['自主防災組織の中心となる人材を各地区に育てる。']],
      ['概要', ['防災士の資格取得講座を県内4会場で開き、受講料を県が負担する。']],
      ['成果目標', ['防災士の数を令和8年度末までに5,000人とする。']],
    ]),
  rec('観光DX推進・周遊促進事業', null, '活力', [pref('観光交流局観光振興課', '024-521-7322', 'kanko-dx@pref.midori.lg.jp')],
    [entry('令和6年度当初予算額', '64,200千円（新規）', [bl(2024, '令和6年度', 'initial', 64_200_000, '千円', { new: true })])], [
      ['目的', ['県内の観光地を巡る旅行者を増やし、滞在日数を延ばす。']],
      ['概要', ['観光施設の混雑情報と交通の乗継ぎを一つのアプリで案内する。']],
      ['事業期間', ['令和6年度～令和8年度']],
    ]),
  rec('農業の担い手スマート化支援事業', null, '活力', [pref('農林水産部農業担い手課', '024-521-7407', 'ninaite@pref.midori.lg.jp')],
    [entry('令和6年度当初予算額', '33,750千円', [bl(2024, '令和6年度', 'initial', 33_750_000, '千円')])], [
      ['目的', ['新規就農者が早く経営を安定させられるよう、省力化の技術を広める。']],
      ['概要', ['自動操舵の農機やドローンの導入に要する経費の一部を補助する。']],
      ['補助率', ['1/2以内']],
    ]),
  rec('再生可能エネルギー地域共生推進事業', null, '未来', [pref('生活環境部環境共生課', '024-521-7266', 'saiene@pref.midori.lg.jp')],
    [entry('令和6年度当初予算額', '22,300千円', [bl(2024, '令和6年度', 'initial', 22_300_000, '千円')])], [
      ['目的', ['地域と調和した再生可能エネルギーの導入を進め、その利益を地域に還元する。']],
      ['概要', ['市町村が行う導入適地の調査と、住民との合意形成の取組を支援する。']],
    ]),
];

/** A long record: several items in each section, enough to fill three landscape pages in large type. */
function long(name: string, office: TruthOffice, budget: NovelBudget, topic: string, chapter: string): NovelRecord {
  const steps = ['現状の把握と課題の整理', '関係機関との協議の場の設置', '実施計画の策定', '先行地域での試行', '試行結果の検証と手順の改善', '対象地域の段階的な拡大', '運用体制の確立と人材の育成', '成果の公表と他地域への展開'];
  return rec(name, null, chapter, [office], [budget], [
    ['目的', [`${topic}の取組を全国で進めるため、国と地方公共団体の役割を明らかにし、必要な支援を一体として講じる。`]],
    ['概要', steps.map((s, i) => `${topic}に関する第${i + 1}段階として、${s}を行う。`)],
    ['成果目標', [`令和10年度までに${topic}に取り組む地方公共団体を全体の8割とする。`, `${topic}の取組に対する住民の満足度を毎年調査し、7割以上を維持する。`]],
    ['事業期間', ['令和6年度～令和10年度']],
  ]);
}

export const LONG: NovelRecord[] = [
  long('流域治水プロジェクト推進事業', mlit('水管理・国土保全局治水課', '03-5253-8455', 'ryuiki-chisui@mlit.go.jp'),
    entry('令和6年度予算案', '52.4億円', [bl(2024, '令和6年度', 'draft', 5_240_000_000, '億円')]), '流域治水', NATIONAL_CHAPTERS[1]!),
  long('空き家対策総合支援事業', mlit('住宅局住宅総合整備課', '03-5253-8502', 'akiya-taisaku@mlit.go.jp'),
    entry('令和6年度予算案', '64億円の内数', [bl(2024, '令和6年度', 'draft', 6_400_000_000, '億円', { part_of: true })]), '空き家の活用と除却', NATIONAL_CHAPTERS[2]!),
  long('中小企業DX伴走支援事業', meti('中小企業庁経営支援課', '03-3501-1763', 'dx-bansou@meti.go.jp'),
    entry('令和5年度補正予算額', '28.0億円', [bl(2023, '令和5年度', 'supplementary', 2_800_000_000, '億円')]), '中小企業のデジタル化', NATIONAL_CHAPTERS[0]!),
];
