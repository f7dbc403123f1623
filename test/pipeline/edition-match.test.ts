import { describe, expect, it } from 'vitest';
import type { PolicyRecord } from '../../schemas/types.ts';
import { findEditionDate, parseJapaneseDate } from '../../pipeline/normalise/japanese-dates.ts';
import { budgetFigures, budgetChanges } from '../../pipeline/publish/edition/budget-figures.ts';
import { budgetItemNames, nameSimilarity, officeRelation } from '../../pipeline/publish/edition/match-names.ts';
import { assignSeriesIds, emptySeriesIds } from '../../pipeline/publish/edition/series-ids.ts';
import { policyRecord } from '../support/policy-record.ts';

const record = (id: string, name: string, raws: string[] = [], division: string | null = null): PolicyRecord =>
  policyRecord(name, {
    id,
    offices: division === null ? [] : [{ name: division, name_raw: division, ministry: '総務省', bureau: null, division, phones: [], emails: [], flags: [] }],
    budget: raws.map((raw) => ({ fiscal_year: 2020, era_label: '', stage: 'request', supplementary_no: null, account: null, amount_jpy: 100, unit: '億円', part_of: false, approximate: false, new: false, note: null, raw })),
  });

describe('edition date', () => {
  it('reads era and Western dates, 元年 and Kangxi radicals', () => {
    expect(parseJapaneseDate('令和4年12⽉23⽇')).toBe('2022-12-23');
    expect(parseJapaneseDate('令和元年8月30日')).toBe('2019-08-30');
    expect(parseJapaneseDate('平成31年4月1日')).toBe('2019-04-01');
    expect(parseJapaneseDate('2021年3月31日')).toBe('2021-03-31');
    expect(parseJapaneseDate('令和4年2月30日')).toBeNull();
    expect(parseJapaneseDate('令和3年度')).toBeNull();
  });

  it('takes the first date of the cover', () => {
    const page = (number: number, texts: string[]) => ({ number, width: 1, height: 1, method: 'text' as const, method_reason: null, lines: texts.map((text) => ({ text, bbox: [0, 0, 1, 1] as [number, number, number, number], font_size: 10 })) });
    expect(findEditionDate([page(1, ['施策集', '令和3年3月31日']), page(2, ['令和4年1月1日'])])).toBe('2021-03-31');
    expect(findEditionDate([page(1, ['施策名:x'])])).toBeNull();
  });
});

describe('matching names across editions', () => {
  it('scores close names by character bigrams', () => {
    expect(nameSimilarity('個人番号カード交付事業費補助金', 'マイナンバーカード交付事業費補助金')).toBeCloseTo(0.6667, 4);
    expect(nameSimilarity('「新たな日常」の定着', '新たな日常の定着')).toBe(1);
  });

  it('reads the budget items printed before their figures', () => {
    expect(budgetItemNames(record('a', 'x', ['個人番号カード交付事業費補助金 841.1億円(元年度 150.0億円)', '令和3年度当初 3,682百万円', '※サテライト 9.7億円の内数']))).toEqual(['個人番号カード交付事業費補助金']);
  });

  it('relates offices by division and unit', () => {
    expect(officeRelation(['division:移動通信課'], ['division:移動通信課新世代移動通信システム推進室'])).toBe('same');
    expect(officeRelation(['division:情報流通振興課情報活用支援室'], ['division:情報流通振興課'])).toBe('same');
    expect(officeRelation([], ['division:移動通信課'])).toBe('unknown');
    expect(officeRelation(['division:移動通信課'], ['division:データ通信課'])).toBe('different');
  });

  it('keeps ids across editions, matches renames and never drifts on a re-run', () => {
    const first = assignSeriesIds(emptySeriesIds('s'), 'a/2020-01-01', [record('a-1', '個人番号カードの普及', ['個人番号カード交付事業費補助金 841.1億円']), record('a-2', 'テレワーク普及展開推進事業')]);
    const second = assignSeriesIds(first.registry, 'b/2021-01-01', [record('b-1', 'テレワーク普及展開推進事業'), record('b-2', 'マイナンバーカード交付事業費補助金'), record('b-3', '全く新しい施策')]);
    expect(second.matches.map((m) => m.match)).toEqual(['same-name', 'budget-item', 'new']);
    expect(second.matches[0]!.id).toBe(first.matches[1]!.id);
    expect(second.matches[1]).toMatchObject({ id: first.matches[0]!.id, matched_name: '個人番号カード交付事業費補助金', score: 0.6667 });
    const again = assignSeriesIds(second.registry, 'b/2021-01-01', [record('b-1', 'テレワーク普及展開推進事業'), record('b-2', 'マイナンバーカード交付事業費補助金'), record('b-3', '全く新しい施策')]);
    expect(again.matches).toEqual(second.matches);
    expect(JSON.stringify(again.registry)).toBe(JSON.stringify(second.registry));
  });
});

describe('budget changes', () => {
  it('sums lines per fiscal year and stage and gives the delta in yen and percent', () => {
    const lines = record('a', 'x', ['a 1億円', 'b 2億円']).budget;
    expect(budgetFigures(lines)).toEqual([{ fiscal_year: 2020, stage: 'request', supplementary_no: null, amount_jpy: 200, part_of: false, lines: 2 }]);
    const after = lines.map((l) => ({ ...l, amount_jpy: 150 }));
    expect(budgetChanges(lines, after)).toEqual([expect.objectContaining({ delta_jpy: 100, delta_percent: 50 })]);
    expect(budgetChanges(lines, lines)).toEqual([]);
  });
});
