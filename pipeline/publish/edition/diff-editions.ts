import type { BudgetChange, BudgetFigure, BudgetLine, DiffChange, EditionDiff, EditionPolicies, FieldChange, PolicyRecord } from '../../../schemas/types.ts';
import { bestKeyMatch, matchKeys, normaliseName } from './match-names.ts';

const STAGE_ORDER = ['initial', 'draft', 'request', 'supplementary'] as const;

/** Budget lines summed per fiscal year, stage and supplementary number (重点施策 print several items per measure). */
export function budgetFigures(lines: readonly BudgetLine[]): BudgetFigure[] {
  const figures = new Map<string, BudgetFigure>();
  for (const line of lines) {
    const key = `${line.fiscal_year}|${line.stage}|${line.supplementary_no ?? ''}`;
    const figure = figures.get(key) ?? { fiscal_year: line.fiscal_year, stage: line.stage, supplementary_no: line.supplementary_no, amount_jpy: null, part_of: false, lines: 0 };
    figure.lines += 1;
    figure.part_of ||= line.part_of;
    if (line.amount_jpy !== null) figure.amount_jpy = (figure.amount_jpy ?? 0) + line.amount_jpy;
    figures.set(key, figure);
  }
  return [...figures.values()].sort(
    (a, b) => b.fiscal_year - a.fiscal_year || STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) || (a.supplementary_no ?? 0) - (b.supplementary_no ?? 0),
  );
}

/** The edition's main figure: the latest fiscal year's initial, draft or request total (not a supplementary). */
export const headlineFigure = (lines: readonly BudgetLine[]): BudgetFigure | null => budgetFigures(lines).find((f) => f.stage !== 'supplementary') ?? null;

export function compareFigures(before: BudgetFigure | null, after: BudgetFigure | null): BudgetChange {
  const known = before?.amount_jpy != null && after?.amount_jpy != null;
  const delta = known ? after!.amount_jpy! - before!.amount_jpy! : null;
  const percent = delta !== null && before!.amount_jpy! > 0 ? Math.round((delta * 10_000) / before!.amount_jpy!) / 100 : null;
  return { before, after, delta_jpy: delta, delta_percent: percent };
}

const figureKey = (f: BudgetFigure): string => `${f.fiscal_year}|${f.stage}|${f.supplementary_no ?? ''}`;

/** Budget changes per fiscal year and stage: both sides where both print it, one side where one does; unchanged totals left out. */
export function budgetChanges(before: readonly BudgetLine[], after: readonly BudgetLine[]): BudgetChange[] {
  const a = new Map(budgetFigures(before).map((f) => [figureKey(f), f]));
  const b = new Map(budgetFigures(after).map((f) => [figureKey(f), f]));
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  const all = budgetFigures([...before, ...after]).map(figureKey);
  keys.sort((x, y) => all.indexOf(x) - all.indexOf(y));
  return keys
    .map((key) => compareFigures(a.get(key) ?? null, b.get(key) ?? null))
    .filter((c) => c.before === null || c.after === null || c.before.amount_jpy !== c.after.amount_jpy || c.before.part_of !== c.after.part_of);
}

const joined = (values: readonly string[]): string | null => (values.length === 0 ? null : values.join('\n'));

function fieldChanges(a: PolicyRecord, b: PolicyRecord): FieldChange[] {
  const contacts = (r: PolicyRecord): string | null => joined(r.offices.flatMap((o) => [...o.phones, ...o.emails]));
  const pairs: [string, string | null, string | null][] = [
    ['number', a.number, b.number],
    ['category', a.category, b.category],
    ['field', a.field, b.field],
    ['strategy_refs', joined(a.strategy_refs), joined(b.strategy_refs)],
    ['offices', joined(a.offices.map((o) => o.name)), joined(b.offices.map((o) => o.name))],
    ['contacts', contacts(a), contacts(b)],
  ];
  for (const key of [...new Set([...Object.keys(a.sections), ...Object.keys(b.sections)])]) pairs.push([`sections/${key}`, a.sections[key] ?? null, b.sections[key] ?? null]);
  return pairs.filter(([, before, after]) => before !== after).map(([field, before, after]) => ({ field, before, after }));
}

/**
 * What changed from one edition to another, policy by policy (matched by their series ids): added,
 * removed, renamed (with the similarity of the closest names), changed fields and budget figures.
 */
export function diffEditions(series: string, from: EditionPolicies, to: EditionPolicies): EditionDiff {
  const before = new Map(from.policies.map((p) => [p.id, p]));
  const after = new Map(to.policies.map((p) => [p.id, p]));
  const diff: EditionDiff = {
    schema_version: '1.0.0',
    series,
    from: { dataset: from.dataset, edition: from.edition, policies: from.policies.length },
    to: { dataset: to.dataset, edition: to.edition, policies: to.policies.length },
    summary: { matched: 0, same_name: 0, renamed: 0, added: 0, removed: 0, changed: 0 },
    added: to.policies.filter((p) => !before.has(p.id)).map((p) => ({ id: p.id, name: p.name })),
    removed: from.policies.filter((p) => !after.has(p.id)).map((p) => ({ id: p.id, name: p.name })),
    renamed: [],
    changed: [],
  };
  for (const b of to.policies) {
    const a = before.get(b.id);
    if (a === undefined) continue;
    diff.summary.matched += 1;
    if (normaliseName(a.name) === normaliseName(b.name)) diff.summary.same_name += 1;
    else {
      const match = bestKeyMatch(matchKeys(a), [{ kind: 'name', text: b.name }]);
      diff.renamed.push({ id: b.id, from_name: a.name, to_name: b.name, score: match.score, via: match.via, via_text: match.fromText });
    }
    const fields = fieldChanges(a, b);
    const budget = budgetChanges(a.budget, b.budget);
    const [ha, hb] = [headlineFigure(a.budget), headlineFigure(b.budget)];
    const headline = ha === null || hb === null ? null : compareFigures(ha, hb);
    if (fields.length > 0 || budget.length > 0) diff.changed.push({ id: b.id, name: b.name, fields, budget, headline } satisfies DiffChange);
  }
  diff.summary.renamed = diff.renamed.length;
  diff.summary.added = diff.added.length;
  diff.summary.removed = diff.removed.length;
  diff.summary.changed = diff.changed.length;
  return diff;
}
