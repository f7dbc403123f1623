import type { BudgetTotal, DiffChange, DiffPolicy, EditionDiff, EditionPolicies, FieldChange, PolicyRecord } from '../../../schemas/types.ts';
import { diffCases } from './diff-cases.ts';
import type { EditionRecords } from './edition-model.ts';
import { budgetChanges, budgetFigures, byFigureOrder, compareFigures, figureKey, headlineFigure } from './budget-figures.ts';
import { bestKeyMatch, matchKeys, normaliseName } from './match-names.ts';
import { MIN_NAME_SCORE } from './series-ids.ts';

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

const listed = (p: PolicyRecord): DiffPolicy => ({ id: p.id, name: p.name, budget: headlineFigure(p.budget) });

/**
 * Each fiscal year and stage either edition prints, summed over its policies, with the share of the
 * added and removed ones. A の内数 line is part of a larger programme's budget, so it is left out
 * rather than counted twice.
 */
export function budgetTotals(from: readonly PolicyRecord[], to: readonly PolicyRecord[], added: ReadonlySet<string>, removed: ReadonlySet<string>): BudgetTotal[] {
  const totals = new Map<string, BudgetTotal>();
  const add = (policy: PolicyRecord, side: 'before' | 'after'): void => {
    const own = policy.budget.filter((line) => !line.part_of && line.amount_jpy !== null);
    for (const figure of budgetFigures(own)) {
      const { fiscal_year, stage, supplementary_no } = figure;
      const amount = figure.amount_jpy!;
      const total = totals.get(figureKey(figure)) ?? { fiscal_year, stage, supplementary_no, before_jpy: null, before_records: 0, after_jpy: null, after_records: 0, added_jpy: 0, removed_jpy: 0, delta_jpy: null };
      total[`${side}_jpy`] = (total[`${side}_jpy`] ?? 0) + amount;
      total[`${side}_records`] += 1;
      if (side === 'after' && added.has(policy.id)) total.added_jpy += amount;
      if (side === 'before' && removed.has(policy.id)) total.removed_jpy += amount;
      totals.set(figureKey(figure), total);
    }
  };
  for (const p of from) add(p, 'before');
  for (const p of to) add(p, 'after');
  return [...totals.values()]
    .map((t) => ({ ...t, delta_jpy: t.before_jpy === null || t.after_jpy === null ? null : t.after_jpy - t.before_jpy }))
    .sort(byFigureOrder);
}

/**
 * What changed from one edition to another, policy by policy (matched by their series ids): added
 * and removed (with their main figure), renamed (with the similarity of the closest names; a rename
 * the names alone would not have made is marked for review), changed fields, budget figures compared
 * like for like, and each year's and stage's totals.
 */
export function diffEditions(series: string, from: EditionPolicies, to: EditionPolicies): EditionDiff {
  const before = new Map(from.policies.map((p) => [p.id, p]));
  const after = new Map(to.policies.map((p) => [p.id, p]));
  const added = to.policies.filter((p) => !before.has(p.id));
  const removed = from.policies.filter((p) => !after.has(p.id));
  const diff: EditionDiff = {
    schema_version: '2.0.0',
    kind: 'policies',
    series,
    from: { dataset: from.dataset, edition: from.edition, records: from.policies.length },
    to: { dataset: to.dataset, edition: to.edition, records: to.policies.length },
    summary: { matched: 0, same_name: 0, renamed: 0, added: added.length, removed: removed.length, changed: 0 },
    added: added.map(listed),
    removed: removed.map(listed),
    renamed: [],
    changed: [],
    totals: budgetTotals(from.policies, to.policies, new Set(added.map((p) => p.id)), new Set(removed.map((p) => p.id))),
  };
  for (const b of to.policies) {
    const a = before.get(b.id);
    if (a === undefined) continue;
    diff.summary.matched += 1;
    if (normaliseName(a.name) === normaliseName(b.name)) diff.summary.same_name += 1;
    else {
      const match = bestKeyMatch(matchKeys(a), [{ kind: 'name', text: b.name }]);
      diff.renamed.push({ id: b.id, from_name: a.name, to_name: b.name, score: match.score, via: match.via, via_text: match.fromText, review: match.score < MIN_NAME_SCORE });
    }
    const fields = fieldChanges(a, b);
    const budget = budgetChanges(a.budget, b.budget);
    const [ha, hb] = [headlineFigure(a.budget), headlineFigure(b.budget)];
    const headline = ha === null || hb === null ? null : compareFigures(ha, hb);
    if (fields.length > 0 || budget.length > 0) diff.changed.push({ id: b.id, name: b.name, fields, budget, headline } satisfies DiffChange);
  }
  diff.summary.renamed = diff.renamed.length;
  diff.summary.changed = diff.changed.length;
  return diff;
}

/** The diff of two editions of one kind (a catalogue's policies, or a collection's cases). */
export function diffEditionRecords(series: string, from: EditionRecords, to: EditionRecords): EditionDiff {
  if (from.kind === 'policies' && to.kind === 'policies') return diffEditions(series, from.policies, to.policies);
  if (from.kind === 'cases' && to.kind === 'cases') return diffCases(series, from.cases, to.cases);
  throw new Error(`Cannot diff a ${from.kind} edition against a ${to.kind} edition`);
}
