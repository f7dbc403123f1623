import { describe, expect, it } from 'vitest';
import type { BudgetLine, EditionPolicies, PolicyRecord } from '../../schemas/types.ts';
import { diffEditions } from '../../pipeline/publish/edition/diff-editions.ts';
import { budgetSeriesRows } from '../../pipeline/publish/edition/budget-series.ts';
import { renderDiffHtml } from '../../pipeline/publish/edition/diff-html.ts';
import { policyRecord } from '../support/policy-record.ts';

const line = (fiscal_year: number, stage: BudgetLine['stage'], amount_jpy: number | null, part_of = false): BudgetLine => ({
  fiscal_year, era_label: '', stage, supplementary_no: null, account: null, amount_jpy, unit: '百万円', part_of, approximate: false, new: false, note: null, raw: '',
});
const policy = (id: string, budget: BudgetLine[]): PolicyRecord => policyRecord(id, { id, budget });
const edition = (date: string, policies: PolicyRecord[]): EditionPolicies => ({ schema_version: '1.0.0', dataset: 'd', series: 's', edition: date, policies, matches: [] });

describe('budget deltas across editions', () => {
  const from = edition('2022-01-01', [policy('a', [line(2023, 'request', 800)]), policy('b', [line(2022, 'initial', 100)]), policy('gone', [line(2022, 'initial', 40), line(2022, 'initial', 1000, true)])]);
  const to = edition('2023-01-01', [policy('a', [line(2023, 'draft', 700)]), policy('b', [line(2022, 'initial', 150)]), policy('new', [line(2022, 'initial', 60)])]);
  const diff = diffEditions('s', from, to);

  it('compares a figure only with the same year and stage', () => {
    const change = (id: string) => diff.changed.find((c) => c.id === id)!;
    expect(change('b').headline).toMatchObject({ comparable: true, delta_jpy: 50, delta_percent: 50 });
    // A request and a draft of the same year are different budgets: no delta, said so.
    expect(change('a').headline).toMatchObject({ comparable: false, delta_jpy: null, delta_percent: null });
  });

  it('totals each year and stage, の内数 left out, with the added and removed policies’ share', () => {
    expect(diff.totals).toEqual([
      { fiscal_year: 2023, stage: 'draft', supplementary_no: null, before_jpy: null, before_records: 0, after_jpy: 700, after_records: 1, added_jpy: 0, removed_jpy: 0, delta_jpy: null },
      { fiscal_year: 2023, stage: 'request', supplementary_no: null, before_jpy: 800, before_records: 1, after_jpy: null, after_records: 0, added_jpy: 0, removed_jpy: 0, delta_jpy: null },
      { fiscal_year: 2022, stage: 'initial', supplementary_no: null, before_jpy: 140, before_records: 2, after_jpy: 210, after_records: 2, added_jpy: 60, removed_jpy: 40, delta_jpy: 70 },
    ]);
    expect(diff.added).toEqual([{ id: 'new', name: 'new', budget: expect.objectContaining({ fiscal_year: 2022, stage: 'initial', amount_jpy: 60 }) }]);
  });

  it('charts the like-for-like deltas only', () => {
    const html = renderDiffHtml(diff, 't');
    expect(html).toContain('<g class="delta" data-policy="b" data-delta="50">');
    expect(html).not.toContain('<g class="delta" data-policy="a"');
  });

  it('charts the budget over the editions of the policies both print, each figure a bar', () => {
    const html = renderDiffHtml(diff, 't', budgetSeriesRows([from, to]));
    const charted = [...html.matchAll(/<svg[^>]*class="series" data-policy="([^"]+)"/gu)].map((m) => m[1]);
    expect(charted).toEqual(['a', 'b']);
    expect(html).toContain('data-year="2022" data-stage="initial" data-edition="2023-01-01" data-amount="150"');
  });
});
