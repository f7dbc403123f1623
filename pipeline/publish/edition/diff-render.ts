import type { BudgetChange, BudgetFigure, BudgetTotal, DiffPolicy, EditionDiff, FieldChange } from '../../../schemas/types.ts';
import { toCsv } from '../csv.ts';
import { figureLabel } from './edition-model.ts';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  number: '番号',
  category: '施策分類',
  field: '分野',
  strategy_refs: '総合戦略における位置づけ',
  offices: '担当部局',
  contacts: '連絡先',
  municipality: '市区町村',
  prefecture: '都道府県',
  chapter: '章',
};
export const fieldLabel = (field: string): string =>
  field.startsWith('sections/') ? `本文「${field.slice(9)}」` : field.startsWith('fields/') ? `項目「${field.slice(7)}」` : (FIELD_LABELS[field] ?? field);

/** What became of a field: added (it was not printed before), removed, or changed. */
export const fieldChangeKind = (f: FieldChange): string => (f.before === null ? '追加' : f.after === null ? '削除' : '変更');

/** What a diff's records are called, 施策 or 事例. */
export const recordNoun = (diff: EditionDiff): string => (diff.kind === 'cases' ? '事例' : '施策');

export const yen = (n: number | null): string => (n === null ? '—' : `${n.toLocaleString('en-US')}円`);
const signed = (n: number, text: string): string => (n > 0 ? `+${text}` : text);
export const signedYen = (n: number): string => signed(n, yen(n));

/** Why a headline has no delta. */
export const NOT_COMPARABLE = '年度・段階が異なるため比較できません';

/** 「 (+514,000,000円, +13.96%)」 for a like-for-like change with amounts, else nothing. */
const deltaText = (change: BudgetChange): string =>
  change.delta_jpy === null ? '' : ` (${signedYen(change.delta_jpy)}${change.delta_percent === null ? '' : `, ${signed(change.delta_percent, `${change.delta_percent}%`)}`})`;

function budgetText(change: BudgetChange): string {
  const figure = change.after ?? change.before!;
  const label = figureLabel(figure);
  if (change.before === null) return `${label}: ${yen(change.after!.amount_jpy)} (新たに掲載)`;
  if (change.after === null) return `${label}: ${yen(change.before.amount_jpy)} (掲載なし)`;
  return `${label}: ${yen(change.before.amount_jpy)} → ${yen(change.after.amount_jpy)}${deltaText(change)}`;
}

function headlineText(change: BudgetChange): string {
  const figures = `${figureLabel(change.before!)} ${yen(change.before!.amount_jpy)} → ${figureLabel(change.after!)} ${yen(change.after!.amount_jpy)}`;
  return change.comparable ? `${figures}${deltaText(change)}` : `${figures} (${NOT_COMPARABLE})`;
}

/** 「2023年度 予算(案) 580,000,000円 (内数)」, or 「予算の記載なし」. */
export const figureText = (figure: BudgetFigure | null): string =>
  figure === null ? '予算の記載なし' : `${figureLabel(figure)} ${yen(figure.amount_jpy)}${figure.part_of ? ' (内数)' : ''}`;

/** 「追加 580,000,000円、削除 120,000,000円 (前の版 12施策、この版 15施策)」. */
export const totalShares = (t: BudgetTotal, noun: string): string =>
  `うち追加 ${yen(t.added_jpy)}、削除 ${yen(t.removed_jpy)} (金額のある${noun}: 前の版 ${t.before_records}、この版 ${t.after_records})`;

/** The columns of diff.csv. */
export const DIFF_HEADER = ['種別', '施策ID', '施策名(前)', '施策名(後)', '項目', '年度', '段階', '変更前', '変更後', '増減額(円)', '増減率(%)', '一致度', '備考'];

/**
 * diff.csv: one row per added, removed or renamed record (with its main figure), per changed field,
 * per changed budget figure, per headline comparison and per fiscal year's and stage's total.
 */
export function diffToCsv(diff: EditionDiff): string {
  const rows: string[][] = [];
  const n = (v: number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
  const year = (f: BudgetFigure | null): string => n(f?.fiscal_year);
  for (const p of diff.added) rows.push(['追加', p.id, '', p.name, p.budget === null ? '' : '主要予算額', year(p.budget), p.budget?.stage ?? '', '', n(p.budget?.amount_jpy), '', '', '', p.budget?.part_of === true ? '内数' : '']);
  for (const p of diff.removed) rows.push(['削除', p.id, p.name, '', p.budget === null ? '' : '主要予算額', year(p.budget), p.budget?.stage ?? '', n(p.budget?.amount_jpy), '', '', '', '', p.budget?.part_of === true ? '内数' : '']);
  for (const r of diff.renamed) {
    rows.push(['名称変更', r.id, r.from_name, r.to_name, r.via === 'name' ? '施策名' : `予算項目「${r.via_text}」`, '', '', r.from_name, r.to_name, '', '', String(r.score), r.review ? '要確認' : '']);
  }
  for (const c of diff.changed) {
    for (const f of c.fields) rows.push(['項目変更', c.id, c.name, c.name, fieldLabel(f.field), '', '', f.before ?? '', f.after ?? '', '', '', '', fieldChangeKind(f)]);
    for (const b of c.budget) {
      const figure = b.after ?? b.before!;
      rows.push(['予算変更', c.id, c.name, c.name, '予算', String(figure.fiscal_year), figure.stage, n(b.before?.amount_jpy), n(b.after?.amount_jpy), n(b.delta_jpy), n(b.delta_percent), '', b.before === null ? '新たに掲載' : b.after === null ? '掲載なし' : '']);
    }
    if (c.headline !== null) {
      const h = c.headline;
      rows.push(['主要予算額', c.id, c.name, c.name, `${figureLabel(h.before!)} → ${figureLabel(h.after!)}`, String(h.after!.fiscal_year), h.after!.stage, n(h.before!.amount_jpy), n(h.after!.amount_jpy), n(h.delta_jpy), n(h.delta_percent), '', h.comparable ? '' : NOT_COMPARABLE]);
    }
  }
  for (const t of diff.totals) {
    rows.push(['合計', '', '', '', figureLabel(t), String(t.fiscal_year), t.stage, n(t.before_jpy), n(t.after_jpy), n(t.delta_jpy), '', '', totalShares(t, recordNoun(diff))]);
  }
  return toCsv(DIFF_HEADER, rows);
}

const listedLine = (p: DiffPolicy, kind: EditionDiff['kind']): string => `- 「${p.name}」${kind === 'policies' ? ` ${figureText(p.budget)}` : ''} \`${p.id}\``;

/** CHANGELOG.md: the diff for people, in Japanese. */
export function diffToChangelog(diff: EditionDiff): string {
  const s = diff.summary;
  const noun = recordNoun(diff);
  const out = [
    `# 変更履歴: ${diff.from.dataset} ${diff.from.edition} → ${diff.to.dataset} ${diff.to.edition}`,
    '',
    `- ${noun}数: ${diff.from.records} → ${diff.to.records}`,
    `- 両方にある${noun}: ${s.matched} (名前が同じ ${s.same_name}、名称変更 ${s.renamed})`,
    `- 追加: ${s.added}、削除: ${s.removed}、内容の変更: ${s.changed}`,
    '',
    diff.kind === 'policies'
      ? '施策は施策IDで対応づけています。名称変更の一致度は施策名 (または旧版の予算項目名) の文字bigramのDice係数 (0〜1) で、0.5未満 (担当部局が同じことで対応づけたもの) は「要確認」です。予算の増減は同じ年度・段階どうしでだけ出しています。'
      : '事例は事例ID (事例名と地域から決まる) で対応づけています。',
    '',
  ];
  if (diff.renamed.length > 0) {
    out.push('## 名称変更', '');
    for (const r of diff.renamed) {
      const via = r.via === 'budget-item' ? ` (旧版の予算項目「${r.via_text}」と一致)` : '';
      out.push(`- 「${r.from_name}」→「${r.to_name}」 一致度 ${r.score}${r.review ? ' **要確認**' : ''}${via} \`${r.id}\``);
    }
    out.push('');
  }
  if (diff.added.length > 0) out.push('## 追加', '', ...diff.added.map((p) => listedLine(p, diff.kind)), '');
  if (diff.removed.length > 0) out.push('## 削除', '', ...diff.removed.map((p) => listedLine(p, diff.kind)), '');
  if (diff.totals.length > 0) {
    out.push('## 予算の合計 (年度・段階ごと、内数を除く)', '');
    for (const t of diff.totals) {
      const delta = t.delta_jpy === null ? '' : ` (${signedYen(t.delta_jpy)})`;
      out.push(`- ${figureLabel(t)}: ${yen(t.before_jpy)} → ${yen(t.after_jpy)}${delta}、${totalShares(t, noun)}`);
    }
    out.push('');
  }
  if (diff.changed.length > 0) {
    out.push('## 内容の変更', '');
    for (const c of diff.changed) {
      out.push(`### ${c.name}`, '');
      if (c.headline !== null) out.push(`- 主要予算額: ${headlineText(c.headline)}`);
      for (const f of c.fields) out.push(`- ${fieldLabel(f.field)}: ${fieldChangeKind(f)}`);
      for (const b of c.budget) out.push(`- 予算 ${budgetText(b)}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
