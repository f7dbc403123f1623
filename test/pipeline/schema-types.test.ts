import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSchemaTypes } from '../../schemas/generate-types.ts';
import { validateAgainst } from '../../pipeline/validate/schema-validator.ts';
import { repoRoot } from '../support/samples.ts';

describe('schemas/', () => {
  it('has types.ts generated from the current schemas (run `npm run schemas`)', async () => {
    expect(readFileSync(join(repoRoot, 'schemas', 'types.ts'), 'utf8')).toBe(await renderSchemaTypes());
  });

  it('rejects a budget line whose amount is not whole yen, naming the field', () => {
    const issues = validateAgainst('policy-record.schema.json#/$defs/BudgetLine', {
      fiscal_year: 2023, era_label: '令和5年度', stage: 'draft', supplementary_no: null, account: null,
      amount_jpy: 580.5, unit: '百万円', part_of: true, approximate: false, new: false, note: null, raw: '令和5年度予算(案):580.5百万円の内数',
    });
    expect(issues).toEqual([{ type: 'schema-violation', field: '/amount_jpy', message: '/amount_jpy must be integer,null' }]);
  });
});
