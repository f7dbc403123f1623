import type { BudgetChange, EditionDiff } from '../../../schemas/types.ts';
import { toCsv } from '../csv.ts';
import { figureLabel } from './edition-model.ts';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  number: '番号',
  category: '施策分類',
  field: '分野',
  strategy_refs: '総合戦略における位置づけ',
  offices: '担当部局',
  contacts: '連絡先',
};
export const fieldLabel = (field: string): string => (field.startsWith('sections/') ? `本文「${field.slice(9)}」` : (FIELD_LABELS[field] ?? field));

const yen = (n: number | null): string => (n === null ? '—' : `${n.toLocaleString('en-US')}円`);
const signed = (n: number, text: string): string => (n > 0 ? `+${text}` : text);

function budgetText(change: BudgetChange): string {
  const figure = change.after ?? change.before!;
  const label = figureLabel(figure);
  if (change.before === null) return `${label}: ${yen(change.after!.amount_jpy)} (新たに掲載)`;
  if (change.after === null) return `${label}: ${yen(change.before.amount_jpy)} (掲載なし)`;
  const delta = change.delta_jpy === null ? '' : ` (${signed(change.delta_jpy, yen(change.delta_jpy))}${change.delta_percent === null ? '' : `, ${signed(change.delta_percent, `${change.delta_percent}%`)}`})`;
  return `${label}: ${yen(change.before.amount_jpy)} → ${yen(change.after.amount_jpy)}${delta}`;
}

function headlineText(change: BudgetChange): string {
  const delta = change.delta_jpy === null ? '' : ` (${signed(change.delta_jpy, yen(change.delta_jpy))}${change.delta_percent === null ? '' : `, ${signed(change.delta_percent, `${change.delta_percent}%`)}`})`;
  return `${figureLabel(change.before!)} ${yen(change.before!.amount_jpy)} → ${figureLabel(change.after!)} ${yen(change.after!.amount_jpy)}${delta}`;
}

/** The columns of diff.csv. */
export const DIFF_HEADER = ['種別', '施策ID', '施策名(前)', '施策名(後)', '項目', '年度', '段階', '変更前', '変更後', '増減額(円)', '増減率(%)', '一致度'];

/** diff.csv: one row per added, removed or renamed policy, per changed field and per changed budget figure. */
export function diffToCsv(diff: EditionDiff): string {
  const rows: string[][] = [];
  const n = (v: number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
  for (const p of diff.added) rows.push(['追加', p.id, '', p.name, '', '', '', '', '', '', '', '']);
  for (const p of diff.removed) rows.push(['削除', p.id, p.name, '', '', '', '', '', '', '', '', '']);
  for (const r of diff.renamed) rows.push(['名称変更', r.id, r.from_name, r.to_name, r.via === 'name' ? '施策名' : `予算項目「${r.via_text}」`, '', '', r.from_name, r.to_name, '', '', String(r.score)]);
  for (const c of diff.changed) {
    for (const f of c.fields) rows.push(['項目変更', c.id, c.name, c.name, fieldLabel(f.field), '', '', f.before ?? '', f.after ?? '', '', '', '']);
    for (const b of c.budget) {
      const figure = b.after ?? b.before!;
      rows.push(['予算変更', c.id, c.name, c.name, '予算', String(figure.fiscal_year), figure.stage, n(b.before?.amount_jpy), n(b.after?.amount_jpy), n(b.delta_jpy), n(b.delta_percent), '']);
    }
    if (c.headline !== null) {
      const h = c.headline;
      rows.push(['主要予算額', c.id, c.name, c.name, `${figureLabel(h.before!)} → ${figureLabel(h.after!)}`, String(h.after!.fiscal_year), h.after!.stage, n(h.before!.amount_jpy), n(h.after!.amount_jpy), n(h.delta_jpy), n(h.delta_percent), '']);
    }
  }
  return toCsv(DIFF_HEADER, rows);
}

/** CHANGELOG.md: the diff for people, in Japanese. */
export function diffToChangelog(diff: EditionDiff): string {
  const s = diff.summary;
  const out = [
    `# 変更履歴: ${diff.from.dataset} ${diff.from.edition} → ${diff.to.dataset} ${diff.to.edition}`,
    '',
    `- 施策数: ${diff.from.policies} → ${diff.to.policies}`,
    `- 両方にある施策: ${s.matched} (名前が同じ ${s.same_name}、名称変更 ${s.renamed})`,
    `- 追加: ${s.added}、削除: ${s.removed}、内容の変更: ${s.changed}`,
    '',
    '施策は施策IDで対応づけています。名称変更の一致度は施策名 (または旧版の予算項目名) の文字bigramのDice係数 (0〜1) です。',
    '',
  ];
  if (diff.renamed.length > 0) {
    out.push('## 名称変更', '');
    for (const r of diff.renamed) {
      const via = r.via === 'budget-item' ? ` (旧版の予算項目「${r.via_text}」と一致)` : '';
      out.push(`- 「${r.from_name}」→「${r.to_name}」 一致度 ${r.score}${via} \`${r.id}\``);
    }
    out.push('');
  }
  if (diff.added.length > 0) out.push('## 追加', '', ...diff.added.map((p) => `- 「${p.name}」 \`${p.id}\``), '');
  if (diff.removed.length > 0) out.push('## 削除', '', ...diff.removed.map((p) => `- 「${p.name}」 \`${p.id}\``), '');
  if (diff.changed.length > 0) {
    out.push('## 内容の変更', '');
    for (const c of diff.changed) {
      out.push(`### ${c.name}`, '');
      if (c.headline !== null) out.push(`- 主要予算額: ${headlineText(c.headline)}`);
      for (const f of c.fields) out.push(`- ${fieldLabel(f.field)}: ${f.before === null ? '(なし)' : '変更'}${f.after === null ? ' → (なし)' : ''}`);
      for (const b of c.budget) out.push(`- 予算 ${budgetText(b)}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
