import type { PolicyRecord } from '../../schemas/types.ts';

/** A policy record with nothing read but its name, and the fields a test gives. */
export const policyRecord = (name: string, fields: Partial<PolicyRecord> = {}): PolicyRecord => ({
  id: `test-${name}`,
  name,
  name_raw: name,
  number: null,
  repeat_of: null,
  category: null,
  field: null,
  strategy_refs: [],
  offices: [],
  budget: [],
  sections: {},
  tables: [],
  source: { sha256: '0'.repeat(64), file_name: 'a.pdf', pages: [1], method: 'text', ocr_confidence: null },
  ...fields,
});
