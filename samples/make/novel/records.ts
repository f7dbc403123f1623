/**
 * Invented records for the novel-layout corpus: names, offices, phones, e-mails and amounts are made
 * up. Each budget entry carries the lines a careful reader takes from it, so the truth never depends
 * on how a layout prints it. The catalogue is dated 令和5年12月22日 and its figures name their own
 * years, so no year is left to the cover.
 */
import type { TruthBudgetLine, TruthOffice } from '../truth.ts';

export interface NovelBudget {
  /** The entry as printed after its label, e.g. 「令和6年度予算案：12.3億円」. */
  text: string;
  lines: Omit<TruthBudgetLine, 'raw'>[];
}

export interface NovelRecord {
  name: string;
  /** Where the name wraps when a layout prints it on two lines (index into the name), else null. */
  wrapAt: number | null;
  offices: TruthOffice[];
  budget: NovelBudget[];
  /** Canonical section key → items (one paragraph each). */
  sections: [string, string[]][];
  chapter: string;
}

export const CATALOGUE = {
  ministry: '総務省',
  title: ['令和6年度', '地域デジタル化支援施策集'],
  docTitle: '地域デジタル化支援施策集',
  datePrint: '令和5年12月22日',
  dateIso: '2023-12-22',
  chapters: ['第1章　地域の暮らしを支えるデジタル実装', '第2章　地域産業の生産性向上', '第3章　防災・減災と情報通信基盤'],
} as const;

const line = (fiscal_year: number, era_label: string, stage: TruthBudgetLine['stage'], amount_jpy: number | null, unit: string, flags: Partial<TruthBudgetLine> = {}): Omit<TruthBudgetLine, 'raw'> => ({
  fiscal_year, era_label, stage, supplementary_no: null, account: null, amount_jpy, unit, part_of: false, approximate: false, new: false, note: null, ...flags,
});

const office = (name: string, phone: string, email: string): TruthOffice => ({ name, ministry: '総務省', phones: [phone], emails: [email] });

export const RECORDS: NovelRecord[] = [
  {
    name: '地域見守りデジタル基盤整備事業', wrapAt: null, chapter: CATALOGUE.chapters[0],
    offices: [office('自治行政局地域情報化企画室', '03-5253-5521', 'chiiki-mimamori@soumu.go.jp')],
    budget: [{ text: '令和6年度予算案：12.3億円', lines: [line(2024, '令和6年度', 'draft', 1_230_000_000, '億円')] }],
    sections: [
      ['目的', ['高齢者の単身世帯が増える中山間地域で、見守りに要する人手を減らしつつ、異変を早く捉える仕組みを整える。']],
      ['概要', ['市町村が見守りセンサーと通報システムを一体で導入する経費を補助する。', '複数の市町村による共同導入を優先して採択する。']],
      ['期待される効果', ['見守りの訪問回数を減らしながら、異変の発見までの時間を短くする。']],
      ['補助率', ['1/2（財政力指数0.5未満の市町村は2/3）']],
    ],
  },
  {
    name: '公共交通オンデマンド化推進事業', wrapAt: null, chapter: CATALOGUE.chapters[0],
    offices: [office('自治行政局地域交通連携室', '03-5253-5532', 'ondemand-kotsu@soumu.go.jp')],
    budget: [{ text: '令和5年度補正予算：580百万円の内数', lines: [line(2023, '令和5年度', 'supplementary', 580_000_000, '百万円', { part_of: true })] }],
    sections: [
      ['目的', ['路線バスの廃止が続く地域で、住民の移動手段を予約型の乗合交通により確保する。']],
      ['概要', ['配車システムの導入と運行データの分析に要する経費を支援する。']],
      ['事業期間', ['令和5年度～令和7年度']],
    ],
  },
  {
    name: '地方公共団体の窓口業務デジタル転換支援', wrapAt: 9, chapter: CATALOGUE.chapters[0],
    offices: [office('自治行政局行政経営支援室', '03-5253-5541', 'madoguchi-dx@soumu.go.jp')],
    budget: [{ text: '令和6年度概算要求額：3,000百万円', lines: [line(2024, '令和6年度', 'request', 3_000_000_000, '百万円')] }],
    sections: [
      ['目的', ['住民が窓口で同じ事項を何度も書かずに済むよう、申請の手続を一つの画面にまとめる。']],
      ['概要', ['書かない窓口の導入に向けた業務の見直しとシステム改修を支援する。']],
      ['成果目標', ['令和8年度までに導入団体を300団体とする。']],
    ],
  },
  {
    name: 'スマート農業通信環境整備事業', wrapAt: null, chapter: CATALOGUE.chapters[1],
    offices: [office('総合通信基盤局電波政策課', '03-5253-5873', 'smart-nogyo@soumu.go.jp')],
    budget: [{ text: '令和6年度予算案：850百万円', lines: [line(2024, '令和6年度', 'draft', 850_000_000, '百万円')] }],
    sections: [
      ['目的', ['農地で自動走行の農機やセンサーを使えるよう、圃場の通信環境を整える。']],
      ['概要', ['地域の協議会が行う基地局の整備に要する費用の一部を補助する。']],
      ['補助対象', ['地方公共団体、農業協同組合及び地域の協議会']],
      ['補助率', ['1/3']],
    ],
  },
  {
    name: '中小企業サイバーセキュリティ相談窓口事業', wrapAt: 6, chapter: CATALOGUE.chapters[1],
    offices: [office('サイバーセキュリティ統括官室', '03-5253-5749', 'cyber-soudan@soumu.go.jp')],
    budget: [{ text: '令和6年度予算案：4.2億円（令和5年度予算額：3.8億円）', lines: [line(2024, '令和6年度', 'draft', 420_000_000, '億円'), line(2023, '令和5年度', 'initial', 380_000_000, '億円')] }],
    sections: [
      ['目的', ['地域の中小企業が被害を受けたときに、すぐ相談できる窓口を各地に置く。']],
      ['概要', ['地域の商工団体と連携した相談窓口の運営と、専門家の派遣を行う。']],
      ['期待される効果', ['被害からの復旧に要する日数を短くする。']],
    ],
  },
  {
    name: '観光地域づくりデータ連携実証事業', wrapAt: null, chapter: CATALOGUE.chapters[1],
    offices: [office('情報流通行政局地域通信振興課', '03-5253-5756', 'kanko-data@soumu.go.jp')],
    budget: [{ text: '令和6年度予算案：2.5億円', lines: [line(2024, '令和6年度', 'draft', 250_000_000, '億円')] }],
    sections: [
      ['目的', ['観光客の動きと宿泊の予約を地域で共有し、混雑と空き室を減らす。']],
      ['概要', ['観光協会と事業者がデータを持ち寄る連携基盤の実証を行う。']],
      ['事業期間', ['令和6年度～令和8年度']],
    ],
  },
  {
    name: '地域防災無線デジタル化推進事業', wrapAt: null, chapter: CATALOGUE.chapters[2],
    offices: [office('消防庁防災情報室', '03-5253-7526', 'bousai-musen@soumu.go.jp')],
    budget: [{ text: '令和5年度補正予算：1,520百万円', lines: [line(2023, '令和5年度', 'supplementary', 1_520_000_000, '百万円')] }],
    sections: [
      ['目的', ['災害時に住民へ確実に情報を届けるため、防災行政無線のデジタル化を進める。']],
      ['概要', ['アナログ方式の設備を更新する市町村に対し、更新費用の一部を補助する。']],
      ['補助率', ['1/2']],
    ],
  },
  {
    name: '避難所Wi-Fi整備支援事業', wrapAt: null, chapter: CATALOGUE.chapters[2],
    offices: [office('総合通信基盤局電気通信事業部事業政策課', '03-5253-5835', 'hinanjo-wifi@soumu.go.jp')],
    budget: [{ text: '令和6年度予算案：約6億円', lines: [line(2024, '令和6年度', 'draft', 600_000_000, '億円', { approximate: true })] }],
    sections: [
      ['目的', ['避難所で安否の確認や情報の収集ができるよう、公衆無線LANを整える。']],
      ['概要', ['避難所に指定された学校や公民館への無線LANの整備を支援する。']],
      ['補助対象', ['都道府県及び市町村']],
    ],
  },
  {
    name: '光ファイバ整備推進事業（離島・半島地域）', wrapAt: 9, chapter: CATALOGUE.chapters[2],
    offices: [office('総合通信基盤局電気通信事業部基盤整備促進課', '03-5253-5852', 'hikari-ritou@soumu.go.jp')],
    budget: [{ text: '令和6年度予算案：36億円（新規）', lines: [line(2024, '令和6年度', 'draft', 3_600_000_000, '億円', { new: true })] }],
    sections: [
      ['目的', ['条件不利地域で光ファイバを整え、都市部と同じ通信サービスを受けられるようにする。']],
      ['概要', ['離島や半島で光ファイバを整備する自治体や電気通信事業者を支援する。', '維持管理に要する経費の一部も対象とする。']],
      ['成果目標', ['令和9年度末までに世帯カバー率を99.9%とする。']],
    ],
  },
  {
    name: '地域おこし協力隊デジタル人材育成事業', wrapAt: null, chapter: CATALOGUE.chapters[0],
    offices: [office('自治行政局地域自立応援課', '03-5253-5394', 'kyoryokutai-dx@soumu.go.jp')],
    budget: [{ text: '令和6年度予算案：95百万円', lines: [line(2024, '令和6年度', 'draft', 95_000_000, '百万円')] }],
    sections: [
      ['目的', ['地域おこし協力隊の隊員が、任期後も地域のデジタル化を担えるよう技能を身につける。']],
      ['概要', ['オンライン講座と地域での実習を組み合わせた研修を実施する。']],
      ['期待される効果', ['任期後に地域に定着する隊員の割合を高める。']],
    ],
  },
  {
    name: '自治体情報システム標準化移行支援', wrapAt: null, chapter: CATALOGUE.chapters[1],
    offices: [office('自治行政局住民制度課', '03-5253-5517', 'hyojunka@soumu.go.jp')],
    budget: [{ text: '令和5年度補正予算：5,163億円の内数', lines: [line(2023, '令和5年度', 'supplementary', 516_300_000_000, '億円', { part_of: true })] }],
    sections: [
      ['目的', ['自治体の基幹業務システムを標準仕様に移し、運用の費用を下げる。']],
      ['概要', ['標準準拠システムへの移行に要する経費を基金により支援する。']],
      ['事業期間', ['令和3年度～令和7年度']],
    ],
  },
  {
    name: 'ローカル5G地域課題解決実装事業', wrapAt: null, chapter: CATALOGUE.chapters[2],
    offices: [office('総合通信基盤局電波部移動通信課', '03-5253-5896', 'local5g@soumu.go.jp')],
    budget: [{ text: '令和6年度予算案：28.6億円', lines: [line(2024, '令和6年度', 'draft', 2_860_000_000, '億円')] }],
    sections: [
      ['目的', ['ローカル5Gを使った地域の課題の解決を、実証から実装へと進める。']],
      ['概要', ['実装計画を作る地域に対し、機器の導入と運用体制の整備を支援する。']],
      ['補助率', ['1/2']],
    ],
  },
];
