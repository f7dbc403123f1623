import type { DocumentProfile } from '../profile.ts';

/** 総務省's chapter of the FY2021 地方創生 policy catalogue: one policy per page, labels in a ruled box. */
export const soumuShisakuFy2021: DocumentProfile = {
  id: 'soumu-shisaku-fy2021',
  title: '地方創生に資する未来技術関連施策集 (総務省, 令和3年度)',
  series: 'soumu-chihou-shisaku',
  // Short markers, so scans still match: OCR splits the wrapped labels (総合戦 / 略該当 / 箇所).
  recognise: ['施策名', '分野', '特徴'],
  recordStart: /^施策名\s*[:：]\s*(?<name>.+)$/,
  labels: [
    { target: { kind: 'field' }, variants: ['分野'] },
    { target: { kind: 'strategy_refs' }, variants: ['総合戦略該当箇所', '総合戦略該当'] },
    { target: { kind: 'budget' }, variants: ['予算額', '予算'] },
    { target: { kind: 'section', key: '特徴・ポイント' }, variants: ['特徴・ポイント', '特徴ポイント'] },
    { target: { kind: 'section', key: '目的' }, variants: ['目的', '事業目的'] },
    { target: { kind: 'section', key: '概要' }, variants: ['概要', '事業の概要', '事業概要'] },
    {
      target: { kind: 'section', key: '期待される効果' },
      variants: [/^[<〈＜]?(事業により)?期待(される|する)効果[>〉＞]?$/],
    },
  ],
  sectionStop: /^[<〈＜【].{1,30}[>〉＞】]$/,
  margins: { top: 32, bottom: 30 },
  runningHeader: /^総務省$/,
  budget: { defaultFiscalYear: 2021, defaultStage: 'initial' },
  ministry: '総務省',
  // The published editions' text layers leave spaces where lines wrap (「ポイン ト」, 「予算 額」 in the seeds).
  wrapSpaces: {},
};
