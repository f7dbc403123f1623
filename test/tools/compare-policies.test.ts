import { describe, expect, it } from 'vitest';
import type { TruthPolicy } from '../../samples/make/truth.ts';
import type { PolicyRecord } from '../../schemas/types.ts';
import { comparePolicies } from '../../tools/eval/compare-policies.ts';
import { policyRecord } from '../support/policy-record.ts';

const truthPolicy = (name: string): TruthPolicy => ({ name, pages: [1], category: null, field: null, strategy_refs: [], offices: [], budget: [], sections: {}, number: null });

const record = (name: string): PolicyRecord => policyRecord(name, { source: { sha256: '0'.repeat(64), file_name: 'a.pdf', pages: [1], method: 'ocr', ocr_confidence: 90 } });

describe('comparePolicies', () => {
  it('counts a record whose name OCR misread by one character as found, and its name as wrong', () => {
    const scores = comparePolicies(
      [truthPolicy('ローカル5Gの周波数帯拡充に向けた制度整備'), truthPolicy('ICT基盤高度化事業')],
      [record('ローカル5Gの周波数淀拡充に向けた制度整備'), record('ICT基盤高度化事業')],
      (printed) => printed,
    );
    expect(scores).toMatchObject({ expected: 2, found: 2, missing: [], spurious: [] });
    expect(scores.fields.name).toEqual({ right: 1, total: 2 });
  });

  it('keeps a record of another name spurious and the truth record missing', () => {
    const scores = comparePolicies([truthPolicy('ICT基盤高度化事業')], [record('ICT基高度化')], (printed) => printed);
    expect(scores).toMatchObject({ found: 0, missing: ['ICT基盤高度化事業'], spurious: ['ICT基高度化'] });
  });
});
