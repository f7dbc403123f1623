import type { BudgetChange, BudgetFigure, BudgetLine } from '../../../schemas/types.ts';

const STAGE_ORDER = ['initial', 'draft', 'request', 'supplementary'] as const;

/** What makes two figures like for like: the same fiscal year, stage and supplementary number. */
export const figureKey = (f: Pick<BudgetFigure, 'fiscal_year' | 'stage' | 'supplementary_no'>): string => `${f.fiscal_year}|${f.stage}|${f.supplementary_no ?? ''}`;

/** Latest fiscal year first, then 当初, 案, 要求, 補正 (by number). */
export const byFigureOrder = (a: Pick<BudgetFigure, 'fiscal_year' | 'stage' | 'supplementary_no'>, b: Pick<BudgetFigure, 'fiscal_year' | 'stage' | 'supplementary_no'>): number =>
  b.fiscal_year - a.fiscal_year || STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) || (a.supplementary_no ?? 0) - (b.supplementary_no ?? 0);

/** Budget lines summed per fiscal year, stage and supplementary number (重点施策 print several items per measure). */
export function budgetFigures(lines: readonly BudgetLine[]): BudgetFigure[] {
  const figures = new Map<string, BudgetFigure>();
  for (const line of lines) {
    const key = figureKey(line);
    const figure = figures.get(key) ?? { fiscal_year: line.fiscal_year, stage: line.stage, supplementary_no: line.supplementary_no, amount_jpy: null, part_of: false, lines: 0 };
    figure.lines += 1;
    figure.part_of ||= line.part_of;
    if (line.amount_jpy !== null) figure.amount_jpy = (figure.amount_jpy ?? 0) + line.amount_jpy;
    figures.set(key, figure);
  }
  return [...figures.values()].sort(byFigureOrder);
}

/** A record's main figure: the latest fiscal year's initial, draft or request total (not a supplementary). */
export const headlineFigure = (lines: readonly BudgetLine[]): BudgetFigure | null => budgetFigures(lines).find((f) => f.stage !== 'supplementary') ?? null;

/**
 * Two figures side by side. Only figures of the same fiscal year and stage are compared: a
 * 2023 予算(案) against a 2021 当初 is a different budget, not a change, so it gets no delta.
 */
export function compareFigures(before: BudgetFigure | null, after: BudgetFigure | null): BudgetChange {
  const comparable = before !== null && after !== null && figureKey(before) === figureKey(after);
  const known = comparable && before.amount_jpy !== null && after.amount_jpy !== null;
  const delta = known ? after.amount_jpy! - before.amount_jpy! : null;
  const percent = delta !== null && before!.amount_jpy! > 0 ? Math.round((delta * 10_000) / before!.amount_jpy!) / 100 : null;
  return { before, after, comparable, delta_jpy: delta, delta_percent: percent };
}

/** Budget changes per fiscal year and stage: both sides where both print it, one side where one does; unchanged totals left out. */
export function budgetChanges(before: readonly BudgetLine[], after: readonly BudgetLine[]): BudgetChange[] {
  const a = new Map(budgetFigures(before).map((f) => [figureKey(f), f]));
  const b = new Map(budgetFigures(after).map((f) => [figureKey(f), f]));
  const figures = [...new Map([...a, ...b]).values()].sort(byFigureOrder);
  return figures
    .map((f) => compareFigures(a.get(figureKey(f)) ?? null, b.get(figureKey(f)) ?? null))
    .filter((c) => c.before === null || c.after === null || c.before.amount_jpy !== c.after.amount_jpy || c.before.part_of !== c.after.part_of);
}
