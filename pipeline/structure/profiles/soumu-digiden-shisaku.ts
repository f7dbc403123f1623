import type { DocumentProfile } from '../profile.ts';

/** デジタル田園都市国家構想 総務省関連施策集 (2022-12-23): a ruled header row of 施策分類 / 位置づけ / 予算額 per policy. */
export const soumuDigidenShisaku: DocumentProfile = {
  id: 'soumu-digiden-shisaku',
  title: 'デジタル田園都市国家構想 総務省関連施策集',
  series: 'soumu-chihou-shisaku',
  recognise: ['施策名', '施策分類', 'における位置'],
  recordStart: /^施策名\s*[:：]\s*(?<name>.+)$/,
  labels: [
    { target: { kind: 'category' }, variants: ['施策分類'] },
    {
      // Eight spellings in the 2022 edition alone (デジ田, デン田, デジタル田舎, デジタル人材確保 …).
      target: { kind: 'strategy_refs' },
      variants: [/^デ[ジン].{0,14}(戦略|構想)における位置(づ|付)け$/],
    },
    // Some pages leave the 予算額 cell empty and print the figures in a box lower down.
    { target: { kind: 'budget' }, variants: ['予算額'], apart: /^[(（]?(令和|平成)(\d+|元)年度.*(予算|補正|要求).*[:：]/u },
    { target: { kind: 'section', key: '施策効果の詳細' }, variants: ['施策効果の詳細', '施策効果'] },
    { target: { kind: 'section', key: '目的' }, variants: ['目的'] },
    { target: { kind: 'section', key: '概要' }, variants: ['概要'] },
    { target: { kind: 'section', key: '詳細' }, variants: ['詳細'] },
    { target: { kind: 'section', key: '具体的取組' }, variants: ['【具体的取組】', '具体的取組'] },
  ],
  // Chapter headings of the excerpted strategy, the roadmap's caption, and the excerpt's source office
  // (「（総務省…）」, whose closing bracket may wrap to the next line) end a section.
  sectionStop: /^(第\d+章|[<〈＜‹]中長期的取組[>〉＞›]|[(（]総務省.*)$/u,
  margins: { top: 48, bottom: 30 },
  budget: { defaultFiscalYear: 2023, defaultStage: 'draft' },
  ministry: '総務省',
  // The published editions' text layers leave spaces where lines wrap (「ポイン ト」, 「予算 額」 in the seeds).
  wrapSpaces: {},
};
