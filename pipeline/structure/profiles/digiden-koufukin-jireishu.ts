import type { DocumentProfile, LabelSpec } from '../profile.ts';

/** A field box's label, under its canonical heading, with the spellings the sources show. */
const field = (key: string, ...variants: string[]): LabelSpec => ({ target: { kind: 'section', key }, variants: [key, ...variants] });

/**
 * デジタル田園都市国家構想交付金 (デジタル実装タイプ) 参考事例集 (2022-12-12): one case per page (or two
 * side by side), a tag 「事例1：兵庫県佐用町」 over the case's heading, field boxes of ☆ items, chapters
 * on dark pages of their own. Its records are cases, not policies.
 */
export const digidenKoufukinJireishu: DocumentProfile = {
  id: 'digiden-koufukin-jireishu',
  title: 'デジタル田園都市国家構想交付金 (デジタル実装タイプ) 参考事例集',
  recognise: ['デジタル田園都市国家構想交付金', '事例集'],
  // Cases are found by their tags (`cases.tag`): no line starts a policy record.
  recordStart: /(?<name>(?!))/u,
  labels: [
    field('ポイント'),
    field('具体的な取組内容', '具体的な取り組み内容', '具体的取組内容'),
    field('目的'),
    field('概要'),
    field('課題'),
    field('エリア'),
    field('事業内容'),
    field('事業概要'),
  ],
  margins: { top: 30, bottom: 20 },
  // Unused (a case collection prints no budgets), but every profile states them.
  budget: { defaultFiscalYear: 2022, defaultStage: 'initial' },
  ministry: '内閣官房',
  cases: {
    tag: /^(?:(?<number>事例\d+)\s*[:：]\s*)?(?<place>(?:北海道|東京都|京都府|大阪府|\S{2,3}県).*)$/u,
    municipalitySeparator: /[、，,]/u,
    note: { pattern: /^[（(].+[)）]$/u, key: '注記' },
    chapter: { number: /^\d{1,2}$/u, minFontSize: 40 },
    itemMark: /^[☆★]\s*/u,
  },
};
