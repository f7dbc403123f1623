import type { DocumentProfile } from '../profile.ts';

/**
 * 総務省重点施策2020: chapters (1 …) and topics (① …) over numbered measures ((1) …), each with
 * bullets and 【予算】 lines in 億円 for the FY2020 request, prior-year figures in parentheses.
 */
export const soumuJutenShisaku: DocumentProfile = {
  id: 'soumu-juten-shisaku',
  title: '総務省重点施策',
  series: 'soumu-chihou-shisaku',
  // 【予算】 entries are on every page; the title 重点施策 only on the cover.
  recognise: ['【予算】'],
  recordStart: /^[(（](?<num>\d{1,2})[)）]\s*(?<name>\S.*)$/u,
  hierarchy: [/^(?<num>\d{1,2})\s+\S/u, /^(?<num>[①-⑳])\s*\S/u],
  // The measure's bullets carry no label; notes printed under them (「※」, or a target in fine print) are kept apart.
  leadingText: { kind: 'section', key: '概要' },
  notes: { start: /^※/u, finePrint: true, key: '注記' },
  labels: [
    // A 【予算】 entry may wrap onto the next lines (with its own ※ remarks); a new bullet ends it.
    { target: { kind: 'budget' }, variants: ['【予算】', /^【予算\(.{1,10}\)】$/u], until: /^[・•◆]/u },
    // 「◆ 民放ラジオの難聴解消支援」: a sub-measure whose bullets are a section under its own name.
    { target: { kind: 'section', key: '' }, variants: [/^◆(?<key>.+)$/u] },
  ],
  margins: { top: 20, bottom: 30 },
  // Written in 2019 for the FY2020 request: a figure without a year is the request.
  budget: { defaultFiscalYear: 2020, defaultStage: 'request' },
  ministry: '総務省',
  // The published editions' text layers leave spaces where lines wrap (「ポイン ト」, 「予算 額」 in the seeds).
  wrapSpaces: {},
};
