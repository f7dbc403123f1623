import type { BudgetFigure, EditionPolicies } from '../../../schemas/types.ts';
import { budgetFigures, byFigureOrder } from './budget-figures.ts';
import { describe, renderRows, type CsvColumn, type CsvTable } from './edition-csv.ts';
import { STAGE_LABELS } from './edition-model.ts';

/** One figure of a policy (its lines of one fiscal year and stage summed) as one edition of the series printed it. */
export type BudgetSeriesRow = BudgetFigure & { policy: string; name: string; dataset: string; edition: string };

const COLUMNS: readonly CsvColumn<BudgetSeriesRow>[] = [
  { name: '施策ID', type: 'string', required: true, description: '版をまたいで変わらない施策ID (各版の policies.csv)。', value: (r) => r.policy },
  { name: '施策名', type: 'string', required: true, description: 'その版での施策名。', value: (r) => r.name },
  { name: '年度', type: 'integer', required: true, description: '西暦の会計年度。', value: (r) => r.fiscal_year },
  { name: '段階', type: 'string', required: true, enum: ['initial', 'supplementary', 'draft', 'request'], description: 'initial: 当初、supplementary: 補正、draft: 予算(案)、request: 要求。', value: (r) => r.stage },
  { name: '段階(表示)', type: 'string', description: '段階の日本語表記。', value: (r) => STAGE_LABELS[r.stage] ?? r.stage },
  { name: '補正の次数', type: 'integer', description: '第3次補正 → 3。', value: (r) => r.supplementary_no },
  { name: '金額(円)', type: 'integer', description: 'その版のこの年度・段階の予算行の合計。どの行にも金額がないときは空。', value: (r) => r.amount_jpy },
  { name: '内数', type: 'boolean', description: '「の内数」の行を含む: より大きな事業の総額。', value: (r) => r.part_of },
  { name: '予算行数', type: 'integer', required: true, description: '合計した予算行の数。', value: (r) => r.lines },
  { name: '版', type: 'string', required: true, description: 'この金額を載せた版の日付 (YYYY-MM-DD)。前年度の額を載せる版もある。', value: (r) => r.edition },
  { name: 'データセット', type: 'string', required: true, description: 'この金額を載せた版のデータセット (文書ファミリー)。', value: (r) => r.dataset },
];

/**
 * The budget of every policy of a series across its editions: each edition's figures, the previous
 * years' that it prints among them, one row per policy, fiscal year, stage and edition; by policy,
 * then year (oldest first), stage and edition.
 */
export function budgetSeriesRows(editions: readonly EditionPolicies[]): BudgetSeriesRow[] {
  const rows = editions.flatMap((e) =>
    e.policies.flatMap((p) => budgetFigures(p.budget).map((f): BudgetSeriesRow => ({ ...f, policy: p.id, name: p.name, dataset: e.dataset, edition: e.edition }))),
  );
  return rows.sort((a, b) => a.policy.localeCompare(b.policy) || a.fiscal_year - b.fiscal_year || byFigureOrder(a, b) || a.edition.localeCompare(b.edition) || a.dataset.localeCompare(b.dataset));
}

/** budget_series.csv of an edition: the rows of the series up to and including it. */
export function renderBudgetSeries(rows: readonly BudgetSeriesRow[]): CsvTable {
  return {
    path: 'budget_series.csv',
    name: 'budget_series',
    title: '予算の推移 (シリーズの全版)',
    columns: describe(COLUMNS),
    primaryKey: [],
    foreignKeys: [],
    text: renderRows(COLUMNS, rows),
  };
}
