/**
 * What the second novel corpus adds to novel/kit.ts: a cover of any title, the label wordings of its
 * national and prefectural documents, and numbering helpers.
 */
import { esc } from '../layouts/model.ts';

/** A cover page: title lines, date and issuer, centred (the `.cover` style of novel/kit.ts). */
export const cover = (title: readonly string[], date: string, issuer: string): string =>
  `<div class="page cover"><div class="t">${title.map(esc).join('<br>')}</div><div class="d">${esc(date)}</div><div class="m">${esc(issuer)}</div></div>`;

/** Label wordings of the national documents (事業PR資料 / 予算概要). */
export const NATIONAL_LABELS: Record<string, string> = { 目的: '事業目的', 概要: '事業内容', 成果目標: '成果目標', 期待される効果: '期待される効果', 補助率: '補助率', 補助対象: '交付先', 事業期間: '事業期間' };
/** Label wordings of the prefecture's 重点施策. */
export const PREF_LABELS: Record<string, string> = { 目的: '目的', 概要: '事業内容', 成果目標: 'KPI', 期待される効果: '期待される効果', 補助率: '補助率', 補助対象: '補助対象', 事業期間: '事業期間' };

export const label = (labels: Record<string, string>, key: string): string => labels[key] ?? key;

export const roman = (i: number): string => 'ⅠⅡⅢⅣⅤⅥ'[i]!;
