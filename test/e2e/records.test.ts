import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PolicyRecord } from '../../schemas/types.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { readDocument } from '../../pipeline/run/document.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { samplesDir } from '../support/samples.ts';

/** Reads a born-digital sample's records as a run does (text layer, profile by content, validated). */
async function readSample(file: string): Promise<{ profile: string | undefined; records: PolicyRecord[]; quarantined: number }> {
  const { documents } = await ingestSources([join(samplesDir, file)]);
  const { records: set } = await readDocument(documents[0]!, (source) => readPdfPages(source));
  return { profile: set?.profile, records: set?.records ?? [], quarantined: set?.quarantine.length ?? 0 };
}

const byName = (records: readonly PolicyRecord[], name: string): PolicyRecord => {
  const record = records.find((r) => r.name === name);
  if (record === undefined) throw new Error(`no record named ${name}`);
  return record;
};

describe('records of the FY2021 施策集 sample', () => {
  let records: PolicyRecord[];
  let quarantined: number;
  beforeAll(async () => {
    const read = await readSample('soumu-shisaku-fy2021.pdf');
    expect(read.profile).toBe('soumu-shisaku-fy2021');
    ({ records, quarantined } = read);
  });

  it('finds all 21 policies, every one valid against the schema (none quarantined)', () => {
    expect(records).toHaveLength(21);
    expect(quarantined).toBe(0);
  });

  it('reads a budget printed a row below its label, and the office line', () => {
    const policy = byName(records, '携帯電話等エリア整備事業');
    expect(policy.budget).toMatchObject([{ fiscal_year: 2021, stage: 'initial', account: '一般会計', amount_jpy: 1_514_000_000, unit: '百万円' }]);
    expect(policy.offices).toMatchObject([{ name: '総務省移動通信課', ministry: '総務省', phones: ['03-5253-5894'], emails: ['subsidy.section@ml.soumu.go.jp'] }]);
    expect(policy.field).toBe('5Gなどの情報通信基盤の早期整備');
    expect(policy.strategy_refs).toEqual(['横2-1-(1)-i']);
  });

  it('splits two offices printed on one line, the shared e-mail going to both', () => {
    const policy = byName(records, '課題解決型ローカル5G等の実現に向けた開発実証');
    expect(policy.offices.map((o) => [o.name, o.phones, o.emails])).toEqual([
      ['総務省地域通信振興課', ['03-5253-5758'], ['local5g-trial@ml.soumu.go.jp']],
      ['総務省移動通信課', ['03-5253-5896'], ['local5g-trial@ml.soumu.go.jp']],
    ]);
    expect(policy.source.pages).toEqual([7, 8, 9]);
  });

  it('reads two budget lines printed in one cell, the supplementary one numbered', () => {
    const policy = byName(records, '「新たな日常」の定着に向けたケーブルテレビ光化による耐災害性強化事業');
    expect(policy.budget.map((b) => [b.fiscal_year, b.stage, b.supplementary_no, b.amount_jpy])).toEqual([
      [2020, 'supplementary', 3, 1_100_000_000],
      [2021, 'initial', null, 1_100_000_000],
    ]);
  });

  it('leaves a figure of a tall 予算額 cell out of the office, and ends a section at a heading in the size of its label', () => {
    const mynaPoint = byName(records, 'マイナポイントによる消費活性化策の拡充');
    expect(mynaPoint.offices.map((o) => o.name)).toEqual(['総務省マイナポイント施策推進室']);
    expect(mynaPoint.budget.map((b) => [b.fiscal_year, b.stage, b.supplementary_no])).toEqual([
      [2020, 'supplementary', 3],
      [2021, 'initial', null],
    ]);
    const smartCity = byName(records, 'データ連携促進型スマートシティ推進事業');
    expect(smartCity.sections['期待される効果']).toMatch(/寄与することができる。$/u);
  });
});

describe('records of the 2022 デジ田 施策集 sample', () => {
  let records: PolicyRecord[];
  beforeAll(async () => {
    records = (await readSample('soumu-digiden-shisaku-2022.pdf')).records;
  });

  it('reads the header row (施策分類 | 位置づけ | 予算額) and the prior-year figures as their own lines', () => {
    const policy = byName(records, 'テレワーク普及展開推進事業');
    expect(policy.category).toBe('①予算');
    expect(policy.strategy_refs).toEqual(['①デジタル実装による地方の社会課題解決・魅力向上', '③デジタル人材の育成・確保']);
    expect(policy.budget.map((b) => [b.fiscal_year, b.stage, b.supplementary_no, b.amount_jpy])).toEqual([
      [2023, 'draft', null, 255_000_000],
      [2022, 'supplementary', 2, 205_000_000],
      [2022, 'initial', null, 261_000_000],
    ]);
  });

  it('finds budget figures printed apart from an empty 予算額 cell', () => {
    const policy = byName(records, '過疎地域持続的発展支援交付金');
    expect(policy.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])).toEqual([
      [2023, 'draft', 805_000_000],
      [2022, 'initial', 805_000_000],
    ]);
  });

  it('keeps a subtitle and the source office of an excerpt out of the office and the 具体的取組', () => {
    const radio = byName(records, '電波資源拡大のための研究開発');
    expect(radio.offices.map((o) => o.name)).toEqual(['総合通信基盤局電波部移動通信課新世代移動通信システム推進室']);
    expect(radio.sections['副題']).toBe('100GHz以上高周波数帯通信デバイスに関する研究開発');
    expect(byName(records, 'テレワーク普及展開推進事業').sections['具体的取組']).not.toContain('(総務省');
  });

  it('keeps a numbered item (イ after ア) apart although the line before reaches the right edge', () => {
    expect(byName(records, '高度無線環境整備推進事業').sections['詳細']?.split('\n')).toEqual([
      'ア 事業主体:直接補助事業者:自治体、第3セクター、一般社団法人等、間接補助事業者:民間事業者',
      'イ 対象地域:①条件不利地域(過疎地、辺地、離島、半島、山村、特定農山村、豪雪地帯)',
    ]);
  });

  it('keeps の内数 as a flag', () => {
    const partOf = records.flatMap((r) => r.budget).filter((b) => b.part_of);
    expect(partOf.length).toBeGreaterThan(0);
    expect(partOf.every((b) => b.raw.includes('内数'))).toBe(true);
  });
});

describe('records of the 2020 重点施策 sample', () => {
  let records: PolicyRecord[];
  beforeAll(async () => {
    records = (await readSample('soumu-juten-shisaku-2020.pdf')).records;
  });

  it('numbers measures by chapter, topic and measure, and reads 億円 with the prior year', () => {
    const policy = byName(records, '高速・大容量の無線局を支える光ファイバの整備');
    expect(policy.number).toBe('3-①-(1)');
    expect(policy.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy, b.era_label])).toEqual([
      [2020, 'request', 6_480_000_000, ''],
      [2019, 'initial', 5_250_000_000, '元年度'],
    ]);
  });

  it('keeps a measure whose heading repeats on its next page as one record', () => {
    const matches = records.filter((r) => r.name === '放送ネットワークの強靭化');
    expect(matches).toHaveLength(1);
    expect(matches[0]!.source.pages).toEqual([38, 39]);
    expect(matches[0]!.budget.some((b) => b.new && b.amount_jpy === 600_000_000)).toBe(true);
    expect(matches[0]!.budget.some((b) => b.amount_jpy === null && b.note === '事項要求')).toBe(true);
  });

  it('keeps notes in fine print or after ※ apart from the bullets, but a ※ inside a 【予算】 entry with its figures', () => {
    const overseas = byName(records, '放送コンテンツの海外展開');
    expect(overseas.sections['概要']).not.toContain('500億円');
    expect(overseas.sections['注記']).toBe('2020年度までに放送コンテンツ関連海外売上高を500億円に増加させることを目標(成長戦略フォローアップ(令和元年6月21日閣議決定))');
    const medical = byName(records, '医療・介護・健康データ利活用基盤高度化の推進');
    expect(medical.sections['注記']).toBe('※ AMED(国立研究開発法人日本医療研究開発機構)の事業として実施');
    expect(medical.sections['医療・介護・健康分野における先導的ICT利活用研究推進']).not.toContain('AMED');
    const telework = byName(records, 'テレワーク・サテライトオフィスの推進');
    expect(telework.sections['注記']).toBeUndefined();
    expect(telework.budget.some((b) => b.part_of && b.amount_jpy === 970_000_000)).toBe(true);
  });

  it('links no record as a repeat: the sample prints no 再掲', () => {
    expect(records.every((r) => r.repeat_of === null)).toBe(true);
  });
});
